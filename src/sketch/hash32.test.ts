import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fmix32, hashRange, hashString, mix32 } from "./hash32.js";

/** Four bytes, little-endian, as one uint32: how murmur3 reads a block. */
const block = (bytes: string): number =>
  (bytes.charCodeAt(0) | (bytes.charCodeAt(1) << 8) | (bytes.charCodeAt(2) << 16) | (bytes.charCodeAt(3) << 24)) >>> 0;

describe("32-bit hashing", () => {
  // Published murmur3 x86_32 test vectors: an empty key is the finaliser alone, a four-byte key is mix32.
  it.each<[string, number, number]>([
    ["", 0, 0],
    ["", 1, 0x514e28b7],
    ["", 0xffffffff, 0x81f16f39],
    ["test", 0, 0xba6bd213],
    ["aaaa", 0x9747b28c, 0x5a97808a],
    ["abcd", 0x9747b28c, 0xf0478627],
    ["\x00\x00\x00\x00", 0, 0x2362f9de],
    ["\xff\xff\xff\xff", 0, 0x76293b50],
    ["\x21\x43\x65\x87", 0x5082edee, 0x2362f9de],
  ])("matches murmur3_32(%j, %d)", (key, seed, expected) => {
    const got = key === "" ? hashRange([], 0, 0, seed) : mix32(block(key), seed);
    expect(got).toBe(expected);
    if (key !== "") expect(hashRange([block(key)], 0, 1, seed)).toBe(expected);
  });

  it("finalises with a bijection", () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
    const seen = new Set<number>();
    for (let x = 0; x < 100_000; x++) seen.add(fmix32(x * 0x10001));
    expect(seen.size).toBe(100_000);
  });

  it("returns unsigned 32-bit integers", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), (text, seed) => {
        for (const h of [hashString(text, seed), mix32(text.length, seed), fmix32(seed)]) {
          expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
        }
      }),
      { seed: 3 },
    );
  });

  it("hashes strings by content, seed and order", () => {
    expect(hashString("assad")).toBe(hashString("assad"));
    expect(hashString("assad", 1)).not.toBe(hashString("assad", 2));
    expect(hashString("ab")).not.toBe(hashString("ba"));
    expect(hashRange([1, 2], 0, 2, 0)).not.toBe(hashRange([2, 1], 0, 2, 0));
    expect(hashRange([1, 2, 3], 1, 3, 9)).toBe(hashRange([2, 3], 0, 2, 9));
  });

  it("spreads similar words over the whole range", () => {
    // 20,000 short similar words: no collisions, and each of 16 buckets by top bits holds about 1/16 of them.
    const buckets = new Array<number>(16).fill(0);
    const seen = new Set<number>();
    for (let i = 0; i < 20_000; i++) {
      const h = hashString(`w${i}`);
      seen.add(h);
      buckets[h >>> 28] = (buckets[h >>> 28] as number) + 1;
    }
    expect(seen.size).toBe(20_000);
    for (const count of buckets) expect(Math.abs(count - 1250)).toBeLessThan(150);
  });
});
