/**
 * Options of the story clusterer. The defaults were tuned on Giveme5W1H (383 articles, 69 events) by a grid over
 * threshold, title weight, member links and time decay: BCubed F1 0.932 there (see DESIGN.md, "Stories").
 */
export interface StoryOptions {
  /** Score at or above which an article joins the best candidate story; below it, a new story starts. Default 0.15. */
  readonly threshold: number;
  /** Weight of title terms relative to body terms in an article's vector. Default 5. */
  readonly titleWeight: number;
  /** Weight of the TF-IDF cosine between article and story centroid. Default 1. */
  readonly textWeight: number;
  /** Weight of the share of the article's named entities already in the story. Default 0.2. */
  readonly entityWeight: number;
  /** Weight of the largest reuse share between the article and an article of the story. Default 0.5. */
  readonly reuseWeight: number;
  /** Days over which the time factor decays by 1/e beyond the story's time span. Default 30. */
  readonly timeScaleDays: number;
  /** Stories last seen longer ago than this are no longer candidates. Default 400. */
  readonly windowDays: number;
  /** The time factor never falls below this (follow-ups weeks later still join). Default 0.7. */
  readonly timeFloor: number;
  /**
   * Two candidate stories whose centroids reach this cosine after an article joins one of them are merged (the
   * article bridged them). Default 1 (never).
   */
  readonly mergeThreshold: number;
  /** Recent member vectors kept per story; the text score is the larger of the centroid cosine and the best cosine to one of them. Default 5. */
  readonly memberLinks: number;
  /** The article's heaviest terms that some story is filed under, used to look up candidate stories. Default 12. */
  readonly queryTerms: number;
  /** A story is findable under its heaviest centroid terms, this many. Default 25. */
  readonly indexTerms: number;
  /** Terms kept in a story centroid. Default 300. */
  readonly centroidTerms: number;
  /**
   * Stories kept per term in the candidate index: the ones changed most recently. A full list drops the story
   * changed longest ago, so a lookup reads at most `queryTerms × maxPosting` entries however many stories there
   * are. Default 25.
   */
  readonly maxPosting: number;
  /**
   * Candidates scored in full, after ranking the looked-up stories by the weight of the query terms they share.
   * Default 10. With the posting cap, this keeps the cost per article flat however many stories there are.
   */
  readonly maxCandidates: number;
}

export const defaultStoryOptions: StoryOptions = {
  threshold: 0.15,
  titleWeight: 5,
  textWeight: 1,
  entityWeight: 0.2,
  reuseWeight: 0.5,
  timeScaleDays: 30,
  windowDays: 400,
  timeFloor: 0.7,
  memberLinks: 5,
  mergeThreshold: 1,
  queryTerms: 12,
  indexTerms: 25,
  centroidTerms: 300,
  maxPosting: 25,
  maxCandidates: 10,
};
