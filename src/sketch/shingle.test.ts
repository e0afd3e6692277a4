import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distinctCount, shingleHashes, uniqueSorted, wordHashes } from "./shingle.js";

const words = (text: string): string[] => text.split(" ").filter((w) => w !== "");

describe("shingleHashes", () => {
  it.each<[string, number, number]>([
    ["", 5, 0],
    ["one", 5, 1],
    ["one two three four", 5, 1],
    ["one two three four five", 5, 1],
    ["one two three four five six", 5, 2],
    ["a b c d e f g h i j", 3, 8],
    ["a b c", 1, 3],
  ])("%j in %d-word shingles gives %d", (text, size, count) => {
    expect(shingleHashes(words(text), size).length).toBe(count);
  });

  it("hashes a shingle by its words in order, wherever it stands", () => {
    const a = shingleHashes(words("x the cat sat on"), 3);
    const b = shingleHashes(words("the cat sat"), 3);
    expect(a[1]).toBe(b[0]);
    expect(shingleHashes(words("cat the sat"), 3)[0]).not.toBe(b[0]);
  });

  it("keeps a short text's single shingle apart from a word of the same text", () => {
    expect(shingleHashes(["cat"], 5)[0]).not.toBe(wordHashes(["cat"])[0]);
    expect(shingleHashes(["the", "cat"], 5)[0]).not.toBe(shingleHashes(["the", "cat", "sat"], 5)[0]);
  });

  it("agrees with hashing the joined shingle text: equal shingles, equal hashes (brute-force oracle)", () => {
    const vocabulary = fc.constantFrom("a", "b", "c", "d", "ab", "ba");
    fc.assert(
      fc.property(fc.array(vocabulary, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (ws, size) => {
        const hashes = shingleHashes(ws, size);
        const positions = Math.max(ws.length - size + 1, ws.length > 0 ? 1 : 0);
        const texts = Array.from({ length: positions }, (_, i) => ws.slice(i, i + size).join(" "));
        expect(hashes.length).toBe(texts.length);
        for (let i = 0; i < texts.length; i++) {
          for (let j = 0; j < texts.length; j++) expect(hashes[i] === hashes[j]).toBe(texts[i] === texts[j]);
        }
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it("rejects a shingle size that is not a positive integer", () => {
    for (const size of [0, -1, 2.5, Number.NaN]) expect(() => shingleHashes(["a"], size)).toThrow(/shingle size/);
  });
});

describe("uniqueSorted", () => {
  it.each<[number[], number[]]>([
    [[], []],
    [[5, 1, 5, 3], [1, 3, 5]],
    [[0xffffffff, 0, 0x80000000, 0], [0, 0x80000000, 0xffffffff]],
  ])("%j → %j", (input, output) => {
    expect(Array.from(uniqueSorted(Uint32Array.from(input)))).toEqual(output);
  });

  it("leaves its input alone", () => {
    const input = Uint32Array.of(3, 1, 3);
    uniqueSorted(input);
    expect(Array.from(input)).toEqual([3, 1, 3]);
  });
});

describe("distinctCount", () => {
  it("counts what uniqueSorted keeps, for any values, small ones and colliding slots included", () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(1024, 2048, 0xfffffc00));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3000 }), (values) => {
        const input = Uint32Array.from(values);
        expect(distinctCount(input)).toBe(uniqueSorted(input).length);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it("counts inputs too large for the reused table, and small ones after them", () => {
    const large = Uint32Array.from({ length: 40_000 }, (_, i) => (i * 2654435761) % 30_011);
    expect(distinctCount(large)).toBe(uniqueSorted(large).length);
    expect(distinctCount(Uint32Array.of(7, 7, 9))).toBe(2);
  });
});
