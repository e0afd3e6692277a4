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

interface Candidate {
  readonly i: number;
  readonly j: number;
  readonly score: number;
}

/** Pairs of sentences that share at least one content word (or are both without content), scored. */
function candidates(pa: readonly PreparedSentence[], pb: readonly PreparedSentence[], minScore: number): Candidate[] {
  const index = new Map<string, number[]>();
  pb.forEach((s, j) => {
    for (const w of s.content) {
      const list = index.get(w);
      if (list) list.push(j);
      else index.set(w, [j]);
    }
  });
  const out: Candidate[] = [];
  const seen = new Int32Array(pb.length).fill(-1);
  pa.forEach((s, i) => {
    for (const w of s.content) {
      for (const j of index.get(w) ?? []) {
        if (seen[j] === i) continue;
        seen[j] = i;
        const score = preparedSimilarity(s, pb[j]!);
        if (score >= minScore) out.push({ i, j, score });
      }
    }
  });
  return out.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
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
  const o = { ...defaultAlignOptions, ...options };
  const pa = a.map(prepareSentence);
  const pb = b.map(prepareSentence);
  const ofA = new Int32Array(a.length).fill(-1);
  const ofB = new Int32Array(b.length).fill(-1);
  const groups: { a: number[]; b: number[] }[] = [];
  for (const c of candidates(pa, pb, o.minScore)) {
    if (ofA[c.i] !== -1 || ofB[c.j] !== -1) continue;
    ofA[c.i] = groups.length;
    ofB[c.j] = groups.length;
    groups.push({ a: [c.i], b: [c.j] });
  }
  // Split and merged sentences: a pair takes in a neighbouring unmatched sentence of one side when the other side
  // holds most of its content and the joined pair is at least as alike.
  const joined = (idx: readonly number[], side: readonly string[]) => idx.map((k) => side[k]).join(" ");
  const grow = (g: { a: number[]; b: number[] }, gi: number, side: "a" | "b"): void => {
    const own = side === "a" ? pa : pb;
    const owner = side === "a" ? ofA : ofB;
    const texts = side === "a" ? a : b;
    const other = side === "a" ? pb : pa;
    for (;;) {
      const idx = g[side];
      const otherJoined = prepareSentence(joined(side === "a" ? g.b : g.a, side === "a" ? b : a));
      const before = preparedSimilarity(prepareSentence(joined(idx, texts)), otherJoined);
      let grew = false;
      for (const k of [idx[0]! - 1, idx[idx.length - 1]! + 1]) {
        if (k < 0 || k >= own.length || owner[k] !== -1) continue;
        if (cover(own[k]!, otherJoined) < o.minPartCover) continue;
        const next = k < idx[0]! ? [k, ...idx] : [...idx, k];
        const after = preparedSimilarity(prepareSentence(joined(next, texts)), otherJoined);
        if (after + 0.02 < before) continue;
        g[side] = next;
        owner[k] = gi;
        grew = true;
        break;
      }
      if (!grew || other.length === 0) return;
    }
  };
  groups.forEach((g, gi) => {
    grow(g, gi, "a");
    grow(g, gi, "b");
  });
  groups.sort((x, y) => x.a[0]! - y.a[0]!);
  const inOrder = longestIncreasing(groups.map((g) => g.b[0]!));
  const pairs: AlignedPair[] = groups.map((g, k) => {
    const ta = joined(g.a, a);
    const tb = joined(g.b, b);
    const single = g.a.length === 1 && g.b.length === 1;
    const xa = single ? pa[g.a[0]!]! : prepareSentence(ta);
    const xb = single ? pb[g.b[0]!]! : prepareSentence(tb);
    const score = preparedSimilarity(xa, xb);
    return { a: g.a, b: g.b, label: sameWords(xa.words, xb.words) ? "same" : "reworded", moved: !inOrder.has(k), score };
  });
  const onlyInA: number[] = [];
  const onlyInB: number[] = [];
  const usedA = new Set(pairs.flatMap((p) => p.a));
  const usedB = new Set(pairs.flatMap((p) => p.b));
  for (let i = 0; i < a.length; i++) if (!usedA.has(i)) onlyInA.push(i);
  for (let j = 0; j < b.length; j++) if (!usedB.has(j)) onlyInB.push(j);
  return { pairs, onlyInA, onlyInB };
}
