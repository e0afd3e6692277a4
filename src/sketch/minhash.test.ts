import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_SLOT, createMinHasher, estimateJaccard } from "./minhash.js";
import { shingleHashes, uniqueSorted } from "./shingle.js";

const hasher = createMinHasher();

/** Exact Jaccard of two hash sets: the oracle the estimate is held to. */
function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const setA = new Set(uniqueSorted(a));
  const setB = new Set(uniqueSorted(b));
  let shared = 0;
  for (const h of setA) if (setB.has(h)) shared++;
  const union = setA.size + setB.size - shared;
  return union === 0 ? 1 : shared / union;
}

describe("MinHash signatures", () => {
  it("has numPerm slots and is deterministic per seed", () => {
    const shingles = shingleHashes("the minister said on friday that talks were over".split(" "), 3);
    expect(hasher.signature(shingles).length).toBe(128);
    expect(hasher.signature(shingles)).toEqual(createMinHasher({ seed: 1 }).signature(shingles));
    expect(hasher.signature(shingles)).not.toEqual(createMinHasher({ seed: 2 }).signature(shingles));
  });

  it("ignores order and duplicates of shingles", () => {
    const a = Uint32Array.of(7, 1, 99, 1, 7);
    expect(hasher.signature(a)).toEqual(hasher.signature(Uint32Array.of(1, 7, 99)));
  });

  it("signs a union as the slot-wise least of its parts' signatures, large sets included", () => {
    const hasher = createMinHasher({ numPerm: 64 });
    const a = Uint32Array.from({ length: 50_000 }, (_, i) => i * 7 + 1);
    const b = Uint32Array.from({ length: 300 }, (_, i) => i * 13 + 2);
    const union = new Uint32Array(a.length + b.length);
    union.set(a);
    union.set(b, a.length);
    const [sa, sb] = [hasher.signature(a), hasher.signature(b)];
    expect(Array.from(hasher.signature(union))).toEqual(Array.from(sa, (x, i) => Math.min(x, sb[i]!)));
  });

  it("gives an empty set the sentinel in every slot", () => {
    expect(Array.from(hasher.signature(new Uint32Array(0)))).toEqual(new Array(128).fill(EMPTY_SLOT));
  });

  it("computes every slot count the same way (unrolled and remainder loops agree)", () => {
    const shingles = shingleHashes("a b c d e f g h i j k l m n".split(" "), 2);
    const full = hasher.signature(shingles);
    for (const numPerm of [1, 3, 4, 7, 9]) {
      expect(createMinHasher({ numPerm }).signature(shingles)).toEqual(full.subarray(0, numPerm));
    }
  });

  it.each<[string, number]>([
    ["identical sets", 1],
    ["disjoint sets", 0],
  ])("estimates %s exactly enough", (name, expected) => {
    const a = shingleHashes(Array.from({ length: 200 }, (_, i) => `a${i}`), 1);
    const b = name === "identical sets" ? a : shingleHashes(Array.from({ length: 200 }, (_, i) => `b${i}`), 1);
    expect(estimateJaccard(hasher.signature(a), hasher.signature(b))).toBeCloseTo(expected, 1);
  });

  it("rejects bad options and mismatched signatures", () => {
    expect(() => createMinHasher({ numPerm: 0 })).toThrow(/numPerm/);
    expect(() => createMinHasher({ seed: 1.5 })).toThrow(/seed/);
    expect(() => estimateJaccard(new Uint32Array(4), new Uint32Array(5))).toThrow(/length/);
  });

  // The seeds are fixed: ±0.15 is 3.4 standard errors at J = 0.5 with 128 slots, which any unbiased MinHash
  // exceeds about once in 1,500 pairs, so a fresh seed per run would fail now and then by design.
  it("tracks exact Jaccard on word sets built to a known similarity (±0.15 each, mean error < 0.05)", () => {
    const errors: number[] = [];
    const sizes = fc.record({
      shared: fc.integer({ min: 0, max: 150 }),
      onlyA: fc.integer({ min: 0, max: 150 }),
      onlyB: fc.integer({ min: 0, max: 150 }),
      salt: fc.integer({ min: 0, max: 1e9 }),
    }).filter((s) => s.shared + s.onlyA + s.onlyB > 0);
    fc.assert(
      fc.property(sizes, ({ shared, onlyA, onlyB, salt }) => {
        const word = (kind: string, i: number): string => `${kind}${salt}x${i}`;
        const common = Array.from({ length: shared }, (_, i) => word("s", i));
        const a = [...common, ...Array.from({ length: onlyA }, (_, i) => word("a", i))];
        const b = [...Array.from({ length: onlyB }, (_, i) => word("b", i)), ...common.reverse()];
        const known = shared / (shared + onlyA + onlyB);
        const shinglesA = shingleHashes(a, 1);
        const shinglesB = shingleHashes(b, 1);
        if (a.length > 0 && b.length > 0) expect(exactJaccard(shinglesA, shinglesB)).toBeCloseTo(known, 12);
        const error = estimateJaccard(hasher.signature(shinglesA), hasher.signature(shinglesB)) - known;
        errors.push(Math.abs(error));
        expect(Math.abs(error)).toBeLessThanOrEqual(0.15);
      }),
      { seed: 42, numRuns: 300 },
    );
    expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeLessThan(0.05);
  });

  it("tracks exact Jaccard of 5-word shingle sets of edited texts (oracle: set intersection)", () => {
    const errors: number[] = [];
    const vocabulary = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const inserted = fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 });
    const edit = fc.record({ at: fc.nat(), drop: fc.integer({ min: 0, max: 40 }), insert: inserted });
    const base = fc.array(fc.constantFrom(...vocabulary), { minLength: 20, maxLength: 300 });
    const pair = fc.record({ base, edits: fc.array(edit, { maxLength: 6 }) });
    fc.assert(
      fc.property(pair, ({ base, edits }) => {
        const changed = [...base];
        for (const { at, drop, insert } of edits) changed.splice(at % (changed.length + 1), drop, ...insert);
        const a = shingleHashes(base, 5);
        const b = shingleHashes(changed, 5);
        if (b.length === 0) return;
        const error = estimateJaccard(hasher.signature(a), hasher.signature(b)) - exactJaccard(a, b);
        errors.push(Math.abs(error));
        expect(Math.abs(error)).toBeLessThanOrEqual(0.15);
      }),
      { seed: 1234, numRuns: 300 },
    );
    expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeLessThan(0.05);
  });

  it("signs 1,000 300-shingle texts well within a second", () => {
    const texts = Array.from({ length: 1000 }, (_, t) => shingleHashes(Array.from({ length: 304 }, (_, i) => `t${t}w${i}`), 5));
    const started = performance.now();
    for (const shingles of texts) hasher.signature(shingles);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
