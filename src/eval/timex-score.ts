// TempEval-3 scoring of time expressions (UzZaman et al. 2013), micro-averaged over documents:
// - strict extraction: a system span equal to a gold span; relaxed: spans that overlap (on non-blank text);
// - matching is one to one: exact pairs first, then larger overlaps, then text order;
// - value and type F1: relaxed F1 times the share of relaxed pairs with the same value (type); this equals an F1
//   with "matched and same value" counted against the system and the gold totals.
// The alignment and ordering mirror ../shared/tools/score_timex.py so the two agree to the printed figure.
import type { TimexSpan } from "./timeml.js";

/** Raw counts, summed over documents. */
export interface TimexCounts {
  readonly gold: number;
  readonly system: number;
  readonly strict: number;
  readonly relaxed: number;
  readonly valueCorrect: number;
  readonly typeCorrect: number;
}

export const emptyCounts: TimexCounts = { gold: 0, system: 0, strict: 0, relaxed: 0, valueCorrect: 0, typeCorrect: 0 };

/** Scores as fractions from 0 to 1. */
export interface TimexScores {
  readonly strictPrecision: number;
  readonly strictRecall: number;
  readonly strictF1: number;
  readonly relaxedPrecision: number;
  readonly relaxedRecall: number;
  readonly relaxedF1: number;
  readonly valueF1: number;
  readonly valueAccuracy: number;
  readonly typeF1: number;
  readonly typeAccuracy: number;
  readonly counts: TimexCounts;
}

/** One-to-one relaxed alignment of gold and system spans in one text. */
export function alignSpans(
  text: string,
  gold: readonly TimexSpan[],
  system: readonly TimexSpan[],
): [TimexSpan, TimexSpan][] {
  const candidates: { exact: boolean; overlap: number; g: number; s: number; i: number; j: number }[] = [];
  gold.forEach((g, i) => {
    system.forEach((s, j) => {
      const lo = Math.max(g.start, s.start);
      const hi = Math.min(g.end, s.end);
      if (lo < hi && text.slice(lo, hi).trim() !== "") {
        candidates.push({ exact: g.start === s.start && g.end === s.end, overlap: hi - lo, g: g.start, s: s.start, i, j });
      }
    });
  });
  candidates.sort((a, b) =>
    Number(!a.exact) - Number(!b.exact) || b.overlap - a.overlap || a.g - b.g || a.s - b.s || a.i - b.i || a.j - b.j);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: [TimexSpan, TimexSpan][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.i) || usedSystem.has(c.j)) continue;
    usedGold.add(c.i);
    usedSystem.add(c.j);
    pairs.push([gold[c.i]!, system[c.j]!]);
  }
  return pairs;
}

/** Counts for one document. */
export function countDocument(text: string, gold: readonly TimexSpan[], system: readonly TimexSpan[]): TimexCounts {
  let strict = 0;
  let valueCorrect = 0;
  let typeCorrect = 0;
  const pairs = alignSpans(text, gold, system);
  for (const [g, s] of pairs) {
    if (g.start === s.start && g.end === s.end) strict++;
    if (g.value === s.value) valueCorrect++;
    if (g.type === s.type) typeCorrect++;
  }
  return { gold: gold.length, system: system.length, strict, relaxed: pairs.length, valueCorrect, typeCorrect };
}

/** Sum counts. */
export const addCounts = (a: TimexCounts, b: TimexCounts): TimexCounts => ({
  gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed,
  valueCorrect: a.valueCorrect + b.valueCorrect, typeCorrect: a.typeCorrect + b.typeCorrect,
});

function prf(tp: number, system: number, gold: number): [number, number, number] {
  const p = system ? tp / system : 0;
  const r = gold ? tp / gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

/** Precision, recall and F1 from counts, computed in the same order as the reference scorer. */
export function timexScores(counts: TimexCounts): TimexScores {
  const [sp, sr, sf] = prf(counts.strict, counts.system, counts.gold);
  const [rp, rr, rf] = prf(counts.relaxed, counts.system, counts.gold);
  const valueAccuracy = counts.relaxed ? counts.valueCorrect / counts.relaxed : 0;
  const typeAccuracy = counts.relaxed ? counts.typeCorrect / counts.relaxed : 0;
  return {
    strictPrecision: sp, strictRecall: sr, strictF1: sf, relaxedPrecision: rp, relaxedRecall: rr, relaxedF1: rf,
    valueF1: rf * valueAccuracy, valueAccuracy, typeF1: rf * typeAccuracy, typeAccuracy, counts,
  };
}
