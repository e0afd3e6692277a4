import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jaro, jaroWinkler } from "./jaro-winkler.js";

describe("jaroWinkler", () => {
  // Reference values from Winkler (1990) and common implementations.
  it.each([
    ["martha", "marhta", 0.961],
    ["dixon", "dicksonx", 0.813],
    ["jellyfish", "smellyfish", 0.896],
    ["abc", "xyz", 0],
    ["same", "same", 1],
  ])("scores %s ~ %s as %f", (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it("is symmetric, within [0, 1], 1 on equal strings and never below Jaro", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeCloseTo(jaroWinkler(b, a), 12);
        expect(s).toBeGreaterThanOrEqual(jaro(a, b) - 1e-12);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
        expect(jaroWinkler(a, a)).toBe(1);
      }),
    );
  });
});
