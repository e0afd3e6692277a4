// Sentence alignment that does not depend on order. Every sentence of A is compared with the sentences of B that
// share a content word with it; pairs are taken best first, one to one; a pair then absorbs neighbouring
// unmatched sentences when they are split or merged parts of it; what is left is unmatched. Pairs whose order
// differs from the longest run of pairs in the same order on both sides are `moved`.

import { prepareSentence, type PreparedSentence } from "./sentence-features.js";
import { preparedSimilarity } from "./similarity.js";

/** One aligned unit: sentence indexes of A and of B (several on one side for split or merged sentences). */
export interface AlignedPair {
  a: number[];
  b: number[];
  /** `same`: the same words (case and punctuation aside); `reworded`: otherwise. */
  label: "same" | "reworded";
  /** The pair's relative position differs: it is not on the longest common ordering of the alignment. */
  moved: boolean;
  /** {@link sentenceSimilarity} of the two sides (joined when several). */
  score: number;
}

/** A sentence alignment: pairs in A's order, and the indexes of unmatched sentences on each side. */
export interface Alignment {
  pairs: AlignedPair[];
  onlyInA: number[];
  onlyInB: number[];
}

/** An alignment with each sentence's best score. */
export interface DetailedAlignment extends Alignment {
  /**
   * The best similarity each A sentence reached with a B sentence: 1 for a sentence found word for word, else the
   * best among B sentences sharing at least a fifth of its content words (0 if none).
   */
  readonly bestA: readonly number[];
  readonly bestB: readonly number[];
}

/** Options of {@link alignSentences}. */
export interface AlignOptions {
  /**
   * Least similarity for two sentences to be aligned. Lower than the paraphrase threshold: a rewrite that swaps
   * terms and adds hedges still renders the sentence. Default 0.3 (chosen on the compare test articles, where it
   * aligns every rewritten sentence and none of two independent reports' sentences).
   */
  readonly minScore: number;
  /** Least share of a sentence's content words found on the other side for it to join a pair as a split part. Default 0.6. */
  readonly minPartCover: number;
}

export const defaultAlignOptions: AlignOptions = { minScore: 0.3, minPartCover: 0.6 };

/** Least content-word Dice overlap for a pair to be scored by the model at all. */
const MIN_CONTENT_DICE = 0.2;

interface Candidate {
  readonly i: number;
  readonly j: number;
  readonly score: number;
}

/**
 * Pairs of sentences that share at least one content word, scored, those at `minScore` or above best first; and
 * the best score each sentence reached with any other (0 when it shares no content word).
 */
function candidates(
  ia: readonly number[], ib: readonly number[], prepA: (i: number) => PreparedSentence, prepB: (j: number) => PreparedSentence,
  sizes: { a: number; b: number }, minScore: number,
): { list: Candidate[]; bestA: Float64Array; bestB: Float64Array } {
  const index = new Map<string, number[]>();
  for (const j of ib) {
    for (const w of prepB(j).content) {
      const list = index.get(w);
      if (list) list.push(j);
      else index.set(w, [j]);
    }
  }
  const list: Candidate[] = [];
  const bestA = new Float64Array(sizes.a);
  const bestB = new Float64Array(sizes.b);
  const shared = new Int32Array(sizes.b);
  const touched: number[] = [];
  for (const i of ia) {
    const s = prepA(i);
    for (const w of s.content) {
      for (const j of index.get(w) ?? []) {
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
      }
    }
    for (const j of touched) {
      const common = shared[j]!;
      shared[j] = 0;
      const t = prepB(j);
      // Pairs sharing under a fifth of their content words (Dice) are never near the alignment threshold: skip the model.
      if ((2 * common) / (s.content.size + t.content.size) < MIN_CONTENT_DICE) continue;
      const score = preparedSimilarity(s, t);
      if (score > bestA[i]!) bestA[i] = score;
      if (score > bestB[j]!) bestB[j] = score;
      if (score >= minScore) list.push({ i, j, score });
    }
    touched.length = 0;
  }
  list.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  return { list, bestA, bestB };
}

/** A cheap key of a sentence's words: equal keys mean the same words, case, punctuation and diacritics aside. */
function exactKey(text: string): string {
  const lower = text.toLowerCase();
  // ASCII text (most English news) needs no Unicode folding.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower.replace(/[^a-z0-9]+/g, " ").trim();
  return lower.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Lazily prepared sentences: a sentence matched word for word is never prepared. */
function lazy(texts: readonly string[]): (i: number) => PreparedSentence {
  const cache: (PreparedSentence | undefined)[] = new Array(texts.length);
  return (i) => (cache[i] ??= prepareSentence(texts[i]!));
}

/** Share of `part`'s content words that `whole` has. */
function cover(part: PreparedSentence, whole: PreparedSentence): number {
  if (part.content.size === 0) return 0;
  let n = 0;
  for (const w of part.content) if (whole.content.has(w)) n++;
  return n / part.content.size;
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, k) => w === b[k]);

/** Indexes of the longest strictly increasing subsequence of `xs`. */
function longestIncreasing(xs: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(xs.length).fill(-1);
  for (let k = 0; k < xs.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[k]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const keep = new Set<number>();
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) keep.add(k);
  return keep;
}

/**
 * Align the sentences of two texts, whatever their order: one to one, one to many (split or merged sentences) and
 * unmatched. Pairs come in the order of their first A sentence.
 *
 * @example
 * alignSentences(["Rebels took the town.", "Ten people died."], ["Ten people died.", "Insurgents took the town."])
 * // pairs: [{ a: [0], b: [1], label: "reworded", moved: true, … }, { a: [1], b: [0], label: "same", moved: false, … }]
 */
export function alignSentences(a: readonly string[], b: readonly string[], options: Partial<AlignOptions> = {}): Alignment {
  const { pairs, onlyInA, onlyInB } = alignSentencesDetailed(a, b, options);
  return { pairs, onlyInA, onlyInB };
}

/** {@link alignSentences}, also returning each sentence's best score (for the compare report). */
export function alignSentencesDetailed(a: readonly string[], b: readonly string[], options: Partial<AlignOptions> = {}): DetailedAlignment {
  const o = { ...defaultAlignOptions, ...options };
  const pa = lazy(a);
  const pb = lazy(b);
  const ofA = new Int32Array(a.length).fill(-1);
  const ofB = new Int32Array(b.length).fill(-1);
  const groups: { a: number[]; b: number[]; exact: boolean }[] = [];
  // Sentences found word for word on the other side pair first, in order, without the model.
  const byKey = new Map<string, number[]>();
  b.forEach((text, j) => {
    const key = exactKey(text);
    if (key === "") return;
    const list = byKey.get(key);
    if (list) list.push(j);
    else byKey.set(key, [j]);
  });
  a.forEach((text, i) => {
    const j = byKey.get(exactKey(text))?.shift();
    if (j === undefined) return;
    ofA[i] = groups.length;
    ofB[j] = groups.length;
    groups.push({ a: [i], b: [j], exact: true });
  });
  const restA = a.map((_, i) => i).filter((i) => ofA[i] === -1);
  const restB = b.map((_, j) => j).filter((j) => ofB[j] === -1);
  const found = candidates(restA, restB, pa, pb, { a: a.length, b: b.length }, o.minScore);
  for (const c of found.list) {
    if (ofA[c.i] !== -1 || ofB[c.j] !== -1) continue;
    ofA[c.i] = groups.length;
    ofB[c.j] = groups.length;
    groups.push({ a: [c.i], b: [c.j], exact: false });
  }
  // Split and merged sentences: a pair takes in a neighbouring unmatched sentence of one side when the other side
  // holds most of its content and the joined pair is at least as alike.
  const joined = (idx: readonly number[], side: readonly string[]) => idx.map((k) => side[k]).join(" ");
  const grow = (g: { a: number[]; b: number[]; exact: boolean }, gi: number, side: "a" | "b"): void => {
    const own = side === "a" ? pa : pb;
    const owner = side === "a" ? ofA : ofB;
    const texts = side === "a" ? a : b;
    const free = (k: number) => k >= 0 && k < texts.length && owner[k] === -1;
    for (;;) {
      const idx = g[side];
      const near = [idx[0]! - 1, idx[idx.length - 1]! + 1].filter(free);
      if (near.length === 0) return;
      const otherIdx = side === "a" ? g.b : g.a;
      const otherJoined = otherIdx.length === 1 ? (side === "a" ? pb : pa)(otherIdx[0]!) : prepareSentence(joined(otherIdx, side === "a" ? b : a));
      const parts = near.filter((k) => cover(own(k), otherJoined) >= o.minPartCover);
      if (parts.length === 0) return;
      const before = preparedSimilarity(idx.length === 1 ? own(idx[0]!) : prepareSentence(joined(idx, texts)), otherJoined);
      let grew = false;
      for (const k of parts) {
        const next = k < idx[0]! ? [k, ...idx] : [...idx, k];
        const after = preparedSimilarity(prepareSentence(joined(next, texts)), otherJoined);
        if (after + 0.02 < before) continue;
        g[side] = next;
        g.exact = false;
        owner[k] = gi;
        grew = true;
        break;
      }
      if (!grew) return;
    }
  };
  groups.forEach((g, gi) => {
    grow(g, gi, "a");
    grow(g, gi, "b");
  });
  groups.sort((x, y) => x.a[0]! - y.a[0]!);
  const inOrder = longestIncreasing(groups.map((g) => g.b[0]!));
  const bestA = [...found.bestA];
  const bestB = [...found.bestB];
  const pairs: AlignedPair[] = groups.map((g, k) => {
    const moved = !inOrder.has(k);
    if (g.exact) {
      bestA[g.a[0]!] = 1;
      bestB[g.b[0]!] = 1;
      return { a: g.a, b: g.b, label: "same", moved, score: 1 };
    }
    const single = g.a.length === 1 && g.b.length === 1;
    const xa = single ? pa(g.a[0]!) : prepareSentence(joined(g.a, a));
    const xb = single ? pb(g.b[0]!) : prepareSentence(joined(g.b, b));
    const score = preparedSimilarity(xa, xb);
    return { a: g.a, b: g.b, label: sameWords(xa.words, xb.words) ? "same" : "reworded", moved, score };
  });
  const onlyInA = a.map((_, i) => i).filter((i) => ofA[i] === -1);
  const onlyInB = b.map((_, j) => j).filter((j) => ofB[j] === -1);
  return { pairs, onlyInA, onlyInB, bestA, bestB };
}
