import { describe, expect, it } from "vitest";
import { candidateProbability, lshErrorAreas, optimalLshParams } from "./lsh-params.js";

const weighted = (threshold: number, bands: number, rows: number): number => {
  const areas = lshErrorAreas(threshold, bands, rows);
  return 0.5 * areas.falsePositive + 0.5 * areas.falseNegative;
};

describe("candidateProbability", () => {
  it.each<[number, number, number, number]>([
    [0, 25, 5, 0],
    [1, 25, 5, 1],
    [0.5, 1, 1, 0.5],
    [0.5, 20, 5, 1 - Math.pow(1 - 1 / 32, 20)],
    [0.9, 5, 25, 1 - Math.pow(1 - Math.pow(0.9, 25), 5)],
  ])("P(s=%d, b=%d, r=%d) = %d", (s, bands, rows, expected) => {
    expect(candidateProbability(s, bands, rows)).toBeCloseTo(expected, 12);
  });

  it("rises with similarity", () => {
    let previous = -1;
    for (let s = 0; s <= 1; s += 0.05) {
      const p = candidateProbability(s, 25, 5);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
  });
});

describe("optimalLshParams", () => {
  // Expected values come from the same exhaustive search with 4,000-interval Simpson integration in Python,
  // the search datasketch's MinHashLSH runs (with scipy's adaptive quadrature).
  it.each<[number, number, number, number]>([
    [0.5, 128, 25, 5],
    [0.8, 128, 9, 13],
    [0.9, 128, 5, 25],
    [0.3, 128, 37, 3],
    [0.7, 64, 8, 8],
  ])("threshold %d with %d slots → %d bands × %d rows", (threshold, numPerm, bands, rows) => {
    const params = optimalLshParams(threshold, numPerm);
    expect([params.bands, params.rows]).toEqual([bands, rows]);
    expect(params.bands * params.rows).toBeLessThanOrEqual(numPerm);
  });

  it("picks, at 0.5 and 128 slots, a banding with less weighted error than its neighbours", () => {
    const { bands, rows, falsePositive, falseNegative } = optimalLshParams(0.5, 128);
    const chosen = 0.5 * falsePositive + 0.5 * falseNegative;
    expect(chosen).toBeCloseTo(0.04374, 4); // the same figure from Python at 20,000 intervals: 0.043737
    const neighbours = [
      [bands - 1, rows], [bands + 1, rows], [bands, rows - 1], [bands, rows + 1],
      [bands - 1, rows + 1], [bands + 1, rows - 1], [bands - 1, rows - 1],
      // the most bands that fit for one row more or one row fewer
      [Math.floor(128 / (rows + 1)), rows + 1], [Math.floor(128 / (rows - 1)), rows - 1],
    ].filter(([b, r]) => (b as number) >= 1 && (r as number) >= 1 && (b as number) * (r as number) <= 128);
    expect(neighbours.length).toBeGreaterThanOrEqual(6);
    for (const [b, r] of neighbours) expect(weighted(0.5, b as number, r as number)).toBeGreaterThan(chosen);
    // and the S-curve crosses one half near the threshold
    expect(candidateProbability(0.5, bands, rows)).toBeGreaterThan(0.4);
    expect(candidateProbability(0.5, bands, rows)).toBeLessThan(0.7);
  });

  it("trades false positives for false negatives as the weights say", () => {
    const balanced = optimalLshParams(0.5, 128);
    const recall = optimalLshParams(0.5, 128, { falsePositive: 0.1, falseNegative: 0.9 });
    expect([recall.bands, recall.rows]).toEqual([32, 4]);
    expect(recall.falseNegative).toBeLessThan(balanced.falseNegative);
    expect(recall.falsePositive).toBeGreaterThan(balanced.falsePositive);
  });

  it("handles the ends of the threshold range", () => {
    expect(optimalLshParams(0, 128)).toMatchObject({ bands: 128, rows: 1, falsePositive: 0 });
    expect(optimalLshParams(1, 128)).toMatchObject({ bands: 1, rows: 128, falseNegative: 0 });
  });

  it.each<[number, number, { falsePositive: number; falseNegative: number }]>([
    [-0.1, 128, { falsePositive: 0.5, falseNegative: 0.5 }],
    [1.5, 128, { falsePositive: 0.5, falseNegative: 0.5 }],
    [Number.NaN, 128, { falsePositive: 0.5, falseNegative: 0.5 }],
    [0.5, 0, { falsePositive: 0.5, falseNegative: 0.5 }],
    [0.5, 12.5, { falsePositive: 0.5, falseNegative: 0.5 }],
    [0.5, 128, { falsePositive: -1, falseNegative: 0.5 }],
    [0.5, 128, { falsePositive: 0, falseNegative: 0 }],
  ])("rejects threshold %d, numPerm %d, weights %j", (threshold, numPerm, weights) => {
    expect(() => optimalLshParams(threshold, numPerm, weights)).toThrow();
  });
});
