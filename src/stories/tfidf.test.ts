import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { heaviest, termVector } from "./tfidf.js";

describe("heaviest", () => {
  it("ranks like a full sort by weight, ties by id, whatever k and filter", () => {
    const entries = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 6 })), { selector: (e) => e[0], maxLength: 120 });
    fc.assert(fc.property(entries, fc.integer({ min: 0, max: 130 }), fc.boolean(), (pairs, k, filter) => {
      const v = termVector(pairs.map(([id, w]) => [id, w / 2] as const));
      const eligible = filter ? (id: number) => id % 3 !== 0 : undefined;
      const weight = (id: number, w: number) => w * (1 + (id % 2));
      const expected = [...v.ids.keys()]
        .filter((i) => !eligible || eligible(v.ids[i]!))
        .sort((x, y) => weight(v.ids[y]!, v.weights[y]!) - weight(v.ids[x]!, v.weights[x]!) || v.ids[x]! - v.ids[y]!)
        .slice(0, k);
      expect(heaviest(v, k, weight, eligible)).toEqual(expected);
    }), { numRuns: 1000 });
  });
});
