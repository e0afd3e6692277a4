import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { alignSentences } from "./align.js";

const A = [
  "Rebels seized the airport of Tal Hamra on Monday after a week of fighting.",
  "At least 12 civilians were killed in air strikes on the market, medics said.",
  "The army has not commented on the fighting.",
  "Aid workers said 3,000 families had fled toward Qamishli.",
  "Schools in the town will reopen next week, the council said.",
];

describe("alignSentences", () => {
  it("pairs identical sentences as same and in place", () => {
    const r = alignSentences(A, A);
    expect(r.pairs.map((p) => [p.a, p.b, p.label, p.moved])).toEqual(A.map((_, i) => [[i], [i], "same", false]));
    expect(r.onlyInA).toEqual([]);
    expect(r.onlyInB).toEqual([]);
    expect(r.pairs.every((p) => p.score === 1)).toBe(true);
  });

  it("labels rewrites reworded and keeps unmatched sentences apart", () => {
    const b = [
      "Insurgents seized the airport of Tal Hamra on Monday after a week of fighting.",
      "At least 15 civilians were reportedly killed in air strikes on the market, medics said.",
      "The town has changed hands three times since 2014.",
      "Aid workers said 3,000 families had fled toward Qamishli.",
    ];
    const r = alignSentences(A, b);
    expect(r.pairs.map((p) => [p.a, p.b, p.label])).toEqual([[[0], [0], "reworded"], [[1], [1], "reworded"], [[3], [3], "same"]]);
    expect(r.onlyInA).toEqual([2, 4]);
    expect(r.onlyInB).toEqual([2]);
    expect(r.pairs.every((p) => !p.moved)).toBe(true);
  });

  it("marks a sentence moved when its relative position changed", () => {
    const b = [A[0]!, A[3]!, A[1]!, A[2]!, A[4]!];
    const r = alignSentences(A, b);
    expect(r.pairs.filter((p) => p.moved).map((p) => p.a)).toEqual([[3]]);
    expect(r.pairs.every((p) => p.label === "same")).toBe(true);
  });

  it("joins a sentence split in two (one to many) and two merged into one (many to one)", () => {
    const split = alignSentences(
      ["Rebels seized the airport on Monday, and government troops withdrew to the southern suburbs of the city."],
      ["Rebels seized the airport on Monday.", "Government troops withdrew to the southern suburbs of the city."],
    );
    expect(split.pairs).toHaveLength(1);
    expect(split.pairs[0]!.a).toEqual([0]);
    expect(split.pairs[0]!.b).toEqual([0, 1]);
    expect(split.onlyInB).toEqual([]);
    const merged = alignSentences(
      ["Rebels seized the airport on Monday.", "Government troops withdrew to the southern suburbs of the city."],
      ["Rebels seized the airport on Monday, and government troops withdrew to the southern suburbs of the city."],
    );
    expect(merged.pairs[0]!.a).toEqual([0, 1]);
    expect(merged.pairs[0]!.b).toEqual([0]);
    expect(merged.onlyInA).toEqual([]);
  });

  it("aligns nothing between unrelated texts and handles empty input", () => {
    const r = alignSentences(A, ["The choir sang at the cathedral on Sunday.", "Tickets cost ten euros."]);
    expect(r.pairs).toEqual([]);
    expect(r.onlyInA).toEqual([0, 1, 2, 3, 4]);
    expect(alignSentences([], [])).toEqual({ pairs: [], onlyInA: [], onlyInB: [] });
    expect(alignSentences(A, []).onlyInA).toHaveLength(5);
  });

  it("turns any reordering into same pairs only, moved or not, with nothing unmatched (property)", () => {
    fc.assert(fc.property(fc.shuffledSubarray(A.map((_, i) => i), { minLength: A.length, maxLength: A.length }), (order) => {
      const b = order.map((i) => A[i]!);
      const r = alignSentences(A, b);
      expect(r.onlyInA).toEqual([]);
      expect(r.onlyInB).toEqual([]);
      expect(r.pairs.every((p) => p.label === "same" && p.a.length === 1 && b[p.b[0]!] === A[p.a[0]!])).toBe(true);
      // Pairs not moved keep their order on both sides.
      const kept = r.pairs.filter((p) => !p.moved).map((p) => p.b[0]!);
      expect(kept).toEqual([...kept].sort((x, y) => x - y));
      const inPlace = order.every((i, k) => i === k);
      expect(r.pairs.some((p) => p.moved)).toBe(!inPlace);
    }));
  });
});
