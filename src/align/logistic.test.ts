import { describe, expect, it } from "vitest";
import { predictLogistic, trainLogistic } from "./logistic.js";

describe("trainLogistic", () => {
  it("separates separable data and is deterministic", () => {
    const xs = [[0, 1], [0.2, 0.9], [0.1, 0.7], [0.9, 0.1], [0.8, 0.3], [1, 0]];
    const ys = [0, 0, 0, 1, 1, 1];
    const m = trainLogistic(xs, ys);
    expect(xs.map((x) => (predictLogistic(m, x) >= 0.5 ? 1 : 0))).toEqual(ys);
    expect(trainLogistic(xs, ys)).toEqual(m);
  });

  it("folds standardisation into the weights: a constant feature gets no weight, a shifted one the same slope", () => {
    const xs = [[5, 0], [5, 1], [5, 2], [5, 3]];
    const m = trainLogistic(xs, [0, 0, 1, 1]);
    expect(m.weights[0]).toBeCloseTo(0, 9);
    const shifted = trainLogistic(xs.map(([c, x]) => [c!, x! + 100]), [0, 0, 1, 1]);
    expect(shifted.weights[1]).toBeCloseTo(m.weights[1]!, 6);
  });

  it("rejects mismatched examples and labels", () => {
    expect(() => trainLogistic([[1]], [1, 0])).toThrow("1 examples and 2 labels");
    expect(() => trainLogistic([], [])).toThrow(RangeError);
  });
});
