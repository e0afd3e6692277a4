import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bioAllowed, viterbi } from "./viterbi.js";

const LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"];

/** Every allowed sequence, scored: the oracle Viterbi must agree with. */
function bruteForce(emissions: Float64Array, transitions: Float32Array, n: number, L: number, allowed: boolean[][]): number {
  let best = -Infinity;
  const walk = (t: number, prev: number, score: number) => {
    if (t === n) {
      best = Math.max(best, score);
      return;
    }
    for (let y = 0; y < L; y++) {
      if (allowed[prev]![y]) walk(t + 1, y, score + transitions[prev * L + y]! + emissions[t * L + y]!);
    }
  };
  walk(0, L, 0);
  return best;
}

describe("viterbi", () => {
  it("forbids I- after O, after another type and at the start", () => {
    const allowed = bioAllowed(LABELS);
    expect(allowed[0]![2]).toBe(false); // O → I-PER
    expect(allowed[3]![2]).toBe(false); // B-LOC → I-PER
    expect(allowed[5]![2]).toBe(false); // start → I-PER
    expect(allowed[1]![2]).toBe(true); // B-PER → I-PER
  });

  it("finds the best allowed sequence (against brute force)", () => {
    const L = LABELS.length;
    const allowed = bioAllowed(LABELS);
    const scores = (length: number) => fc.array(fc.integer({ min: -5, max: 5 }), { minLength: length, maxLength: length });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.constant(n), scores(n * L), scores((L + 1) * L))), ([n, e, t]) => {
        const emissions = Float64Array.from(e);
        const transitions = Float32Array.from(t);
        const path = viterbi(emissions, transitions, n, L, allowed);
        let score = 0;
        let prev = L;
        path.forEach((y, i) => {
          expect(allowed[prev]![y]).toBe(true);
          score += transitions[prev * L + y]! + emissions[i * L + y]!;
          prev = y;
        });
        expect(score).toBeCloseTo(bruteForce(emissions, transitions, n, L, allowed), 6);
      }),
    );
  });
});
