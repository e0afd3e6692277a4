// When candidates overlap, the longest wins (it read more of the expression); on a tie, the one from the parser
// that comes first in the pipeline.
import type { Candidate, TimexRefiner } from "../pipeline-types.js";

/** `refiner/overlap`: drops candidates that overlap a longer one. */
export function overlapRefiner(): TimexRefiner {
  return {
    name: "overlap",
    refine(_context, candidates) {
      const ranked = candidates
        .map((c, order) => ({ c, order }))
        .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
      const kept: Candidate[] = [];
      for (const { c } of ranked) {
        if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
