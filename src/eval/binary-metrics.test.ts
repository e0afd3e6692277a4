import { describe, expect, it } from "vitest";
import { binaryMetrics, rocAuc } from "./binary-metrics.js";

describe("binaryMetrics", () => {
  it("counts the confusion table and derives the figures", () => {
    const m = binaryMetrics([
      { gold: true, predicted: true, score: 0.9 },
      { gold: true, predicted: false, score: 0.4 },
      { gold: false, predicted: true, score: 0.6 },
      { gold: false, predicted: false, score: 0.1 },
      { gold: false, predicted: false, score: 0.2 },
    ]);
    expect(m).toMatchObject({ truePositive: 1, falseNegative: 1, falsePositive: 1, trueNegative: 2, accuracy: 0.6 });
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo(0.5);
    // Pairs (pos, neg) ranked right: 0.9 beats all 3; 0.4 beats 0.1 and 0.2 -> 5 of 6.
    expect(m.auc).toBeCloseTo(5 / 6);
  });

  it("gives ties half credit and is undefined with one class", () => {
    expect(rocAuc([{ gold: true, score: 1 }, { gold: false, score: 1 }])).toBe(0.5);
    expect(rocAuc([{ gold: true, score: 1 }])).toBeNaN();
  });
});
