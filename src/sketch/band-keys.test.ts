import { describe, expect, it } from "vitest";
import { bandKeys } from "./band-keys.js";

describe("bandKeys", () => {
  const signature = Uint32Array.from({ length: 12 }, (_, i) => i * 7919);

  it("gives one key per band, the same every time", () => {
    expect(bandKeys(signature, 4, 3).length).toBe(4);
    expect(bandKeys(signature, 4, 3)).toEqual(bandKeys(signature.slice(), 4, 3));
  });

  it("changes a band's key, and only that band's, when one of its rows changes", () => {
    const changed = signature.slice();
    changed[4] = 1;
    const before = bandKeys(signature, 4, 3);
    const after = bandKeys(changed, 4, 3);
    expect(Array.from(after, (key, b) => key === before[b])).toEqual([true, false, true, true]);
  });

  it("keys the same rows differently in different bands", () => {
    const repeated = Uint32Array.of(5, 6, 5, 6, 5, 6);
    const keys = bandKeys(repeated, 3, 2);
    expect(new Set(keys).size).toBe(3);
  });

  it("depends on row order within a band", () => {
    expect(bandKeys(Uint32Array.of(1, 2), 1, 2)[0]).not.toBe(bandKeys(Uint32Array.of(2, 1), 1, 2)[0]);
  });

  it("ignores slots past bands × rows", () => {
    const longer = Uint32Array.of(...signature, 99, 100);
    expect(bandKeys(longer, 4, 3)).toEqual(bandKeys(signature, 4, 3));
  });

  it.each<[number, number]>([
    [0, 3],
    [4, 0],
    [5, 3],
    [2.5, 2],
  ])("rejects %d bands of %d rows for 12 slots", (bands, rows) => {
    expect(() => bandKeys(signature, bands, rows)).toThrow(/bands|slots/);
  });
});
