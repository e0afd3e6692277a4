/**
 * Options of the dossier. Defaults were set on the dossier test corpus (`test/fixtures/dossier/`) and the demo
 * corpus; they are not tuned on a labelled set, since none with claim labels is at hand.
 *
 * @example buildDossier(store, id, { maxCandidatesPerSentence: 20 })
 */
export interface DossierOptions {
  /**
   * A derived article hangs under a candidate source's own source (its sibling is lifted) when the candidate
   * explains fewer than this many of the article's words beyond what the earlier source explains. Default 8: the
   * shortest passage the reuse stage keeps, so the candidate must add at least one passage of its own.
   */
  readonly siblingMinOwnWords: number;
  /** Sentences shorter than this, in words, make no claims (datelines, bylines, "More to follow."). Default 4. */
  readonly minSentenceWords: number;
  /**
   * Claim candidates: each sentence is filed under its rarest words (by how many of the story's sentences hold
   * them), this many. Default 6.
   */
  readonly keyWordsPerSentence: number;
  /** Two sentences are compared only when they share at least this many key words. Default 2. */
  readonly minSharedKeyWords: number;
  /**
   * A key word proposes at most this many sentences, the earliest (in publication order): so a word that hundreds
   * of rewrites repeat still finds the first tellings, at a bounded cost. Default 200.
   */
  readonly maxPosting: number;
  /**
   * At most this many candidates (most shared key words first) are compared with each sentence, so the work per
   * sentence is bounded whatever the size of the story. Default 40.
   */
  readonly maxCandidatesPerSentence: number;
}

export const defaultDossierOptions: DossierOptions = {
  siblingMinOwnWords: 8,
  minSentenceWords: 4,
  keyWordsPerSentence: 6,
  minSharedKeyWords: 2,
  maxPosting: 200,
  maxCandidatesPerSentence: 40,
};
