import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandKeys } from "./band-keys.js";
import { fmix32 } from "./hash32.js";
import { MemoryLshIndex } from "./lsh-index.js";
import { candidateProbability, optimalLshParams } from "./lsh-params.js";
import { createMinHasher } from "./minhash.js";

const sig = (...values: number[]): Uint32Array => Uint32Array.from(values);

describe("MemoryLshIndex", () => {
  it("finds ids that share a band, and only those", () => {
    const index = new MemoryLshIndex<string>({ bands: 2, rows: 2 });
    index.insert("a", sig(1, 2, 3, 4));
    index.insert("b", sig(1, 2, 9, 9));
    index.insert("c", sig(7, 7, 3, 4));
    index.insert("d", sig(8, 8, 8, 8));
    expect(index.size).toBe(4);
    expect(index.query(sig(1, 2, 3, 4)).sort()).toEqual(["a", "b", "c"]);
    expect(index.query(sig(1, 2, 0, 0))).toEqual(["a", "b"]);
    expect(index.query(sig(2, 1, 4, 3))).toEqual([]);
  });

  it("removes and updates entries", () => {
    const index = new MemoryLshIndex<number>({ bands: 2, rows: 1 });
    index.insert(1, sig(5, 6));
    index.insert(2, sig(5, 7));
    expect(index.remove(1)).toBe(true);
    expect(index.remove(1)).toBe(false);
    expect(index.query(sig(5, 6))).toEqual([2]);
    index.update(2, sig(9, 9));
    expect(index.query(sig(5, 7))).toEqual([]);
    expect(index.query(sig(9, 0))).toEqual([2]);
    index.update(3, sig(9, 1));
    expect(index.query(sig(9, 1)).sort()).toEqual([2, 3]);
    expect(index.size).toBe(2);
    expect(index.has(1)).toBe(false);
  });

  it("refuses a second insert of one id and a signature too short for the banding", () => {
    const index = new MemoryLshIndex<string>({ bands: 2, rows: 2 });
    index.insert("a", sig(1, 2, 3, 4));
    expect(() => index.insert("a", sig(1, 2, 3, 4))).toThrow(/already/);
    expect(() => index.insert("b", sig(1, 2, 3))).toThrow(/slots/);
    expect(index.size).toBe(1);
    expect(() => new MemoryLshIndex({ bands: 0, rows: 2 })).toThrow();
  });

  it("answers like a brute-force scan after any sequence of inserts, updates and removes", () => {
    const signature = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }).map((v) => Uint32Array.from(v));
    const op = fc.oneof(
      fc.record({ kind: fc.constant("put" as const), id: fc.integer({ min: 0, max: 9 }), signature }),
      fc.record({ kind: fc.constant("remove" as const), id: fc.integer({ min: 0, max: 9 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), signature, (ops, probe) => {
        const index = new MemoryLshIndex<number>({ bands: 3, rows: 2 });
        const oracle = new Map<number, Uint32Array>();
        for (const o of ops) {
          if (o.kind === "put") {
            index.update(o.id, o.signature);
            oracle.set(o.id, o.signature);
          } else {
            expect(index.remove(o.id)).toBe(oracle.delete(o.id));
          }
        }
        const probeKeys = bandKeys(probe, 3, 2);
        const expected = [...oracle].filter(([, s]) => bandKeys(s, 3, 2).some((k, b) => k === probeKeys[b])).map(([id]) => id);
        const got = index.query(probe);
        expect(new Set(got).size).toBe(got.length);
        expect([...got].sort()).toEqual(expected.sort());
        expect(index.size).toBe(oracle.size);
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  // Planted pairs: 100 distinct shingles in the union, 100·s of them shared, the rest split evenly, so each pair's
  // exact Jaccard is s. The share of pairs that become candidates should follow 1 − (1 − s^r)^b.
  it.each<[number, number]>([
    [25, 5],
    [16, 8],
  ])("follows the S-curve with %d bands of %d rows on planted pairs", (bands, rows) => {
    const hasher = createMinHasher();
    const pairs = 300;
    let counter = 0;
    const fresh = (): number => fmix32(++counter * 0x9e3779b1 + bands);
    for (const s of [0.3, 0.5, 0.7, 0.9]) {
      const index = new MemoryLshIndex<number>({ bands, rows });
      const probes: Uint32Array[] = [];
      for (let p = 0; p < pairs; p++) {
        const shared = Array.from({ length: Math.round(100 * s) }, fresh);
        const half = (100 - shared.length) / 2;
        const a = [...shared, ...Array.from({ length: half }, fresh)];
        const b = [...shared, ...Array.from({ length: half }, fresh)];
        index.insert(p, hasher.signature(Uint32Array.from(a)));
        probes.push(hasher.signature(Uint32Array.from(b)));
      }
      const found = probes.filter((probe, p) => index.query(probe).includes(p)).length;
      expect(Math.abs(found / pairs - candidateProbability(s, bands, rows))).toBeLessThan(0.1);
    }
  });

  it("uses the optimal banding for 0.5 and 128 slots as the S-curve test assumes", () => {
    expect(optimalLshParams(0.5, 128)).toMatchObject({ bands: 25, rows: 5 });
  });
});
