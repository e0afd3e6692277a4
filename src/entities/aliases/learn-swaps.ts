import { tokenize, type Tokens } from "../../sketch/tokens.js";
import type { Swap } from "./types.js";

/** How swaps are read from aligned sentence pairs. */
export interface LearnSwapsOptions {
  /** Least number of times a swap must be seen to be returned. Default 2. */
  readonly minCount: number;
  /** Longest span, in words, on either side of a swap. Default 4 ("Islamic State group"). */
  readonly maxSpanWords: number;
  /** Least number of words the two sentences must share for their differences to count as swaps. Default 3. */
  readonly minSharedWords: number;
  /** Sentences longer than this (in words) are skipped: the alignment is quadratic. Default 200. */
  readonly maxWords: number;
}

/** The defaults of {@link learnSwaps}. */
export const defaultLearnSwapsOptions: LearnSwapsOptions = {
  minCount: 2,
  maxSpanWords: 4,
  minSharedWords: 3,
  maxWords: 200,
};

/** An aligned sentence pair: a sentence of the original and the sentence of the rewrite that renders it. */
export interface SentencePair {
  readonly a: string;
  readonly b: string;
}

/** A span of differing words: `[aStart, aEnd)` in a replaced by `[bStart, bEnd)` in b. */
interface Hunk {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
}

/**
 * The differing spans of two word sequences, by a longest-common-subsequence alignment, and how many words the
 * alignment shares. Quadratic in time and memory: meant for sentences.
 *
 * @example diffHunks(["a", "b", "c"], ["a", "x", "c"]) // { hunks: [{ aStart: 1, aEnd: 2, bStart: 1, bEnd: 2 }], shared: 2 }
 */
export function diffHunks(a: readonly string[], b: readonly string[]): { hunks: Hunk[]; shared: number } {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: { aStart: number; bStart: number } | null = null;
  const close = (): void => {
    if (open !== null) hunks.push({ aStart: open.aStart, aEnd: i, bStart: open.bStart, bEnd: j });
    open = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      close();
      i++;
      j++;
      continue;
    }
    open ??= { aStart: i, bStart: j };
    if (j >= m || (i < n && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) i++;
    else j++;
  }
  close();
  return { hunks, shared: lcs[0]! };
}

/** Folded words of a span, except that words written in capitals stay so: "IS" the group is not "is" the verb. */
function spanKey(text: string, tokens: Tokens, start: number, end: number): string {
  const words: string[] = [];
  for (let k = start; k < end; k++) {
    const surface = text.slice(tokens.starts[k], tokens.ends[k]);
    words.push(/^\p{Lu}{2,}$/u.test(surface) ? surface : tokens.words[k]!);
  }
  return words.join(" ");
}

/**
 * Term substitutions that aligned rewrites make consistently: in each pair, a span of words of `a` replaced by a
 * span of `b` with equal words around it (or the sentence edge). Swaps seen at least `minCount` times are
 * returned, most frequent first, each as first written. Both sides must be non-empty: insertions and deletions
 * are not swaps.
 *
 * @example
 * learnSwaps([
 *   { a: "IS fighters seized the town on Monday.", b: "Daesh fighters seized the town on Monday." },
 *   { a: "The army said IS had withdrawn.", b: "The army said Daesh had withdrawn." },
 * ]) // [{ from: "IS", to: "Daesh", count: 2 }]
 */
export function learnSwaps(pairs: readonly SentencePair[], options: Partial<LearnSwapsOptions> = {}): Swap[] {
  const o = { ...defaultLearnSwapsOptions, ...options };
  const counts = new Map<string, { from: string; to: string; count: number }>();
  for (const pair of pairs) {
    const ta = tokenize(pair.a);
    const tb = tokenize(pair.b);
    if (ta.words.length > o.maxWords || tb.words.length > o.maxWords) continue;
    const { hunks, shared } = diffHunks(ta.words, tb.words);
    if (shared < o.minSharedWords) continue;
    for (const h of hunks) {
      const aLen = h.aEnd - h.aStart;
      const bLen = h.bEnd - h.bStart;
      if (aLen === 0 || bLen === 0 || aLen > o.maxSpanWords || bLen > o.maxSpanWords) continue;
      const key = `${spanKey(pair.a, ta, h.aStart, h.aEnd)}\u0000${spanKey(pair.b, tb, h.bStart, h.bEnd)}`;
      const seen = counts.get(key);
      if (seen !== undefined) {
        seen.count++;
        continue;
      }
      const from = pair.a.slice(ta.starts[h.aStart], ta.ends[h.aEnd - 1]);
      const to = pair.b.slice(tb.starts[h.bStart], tb.ends[h.bEnd - 1]);
      counts.set(key, { from, to, count: 1 });
    }
  }
  return [...counts.values()]
    .filter((s) => s.count >= o.minCount)
    .sort((x, y) => y.count - x.count || (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
}
