import { WiretraceError } from "../core/errors.js";
import { hashRange, hashString } from "./hash32.js";

/** Seed for shingle hashes, so that a one-word shingle does not hash like the word itself. */
const SHINGLE_SEED = 0x5eed5417;

/**
 * One 32-bit hash per word: {@link hashString} of each word, in order.
 *
 * @example wordHashes(["the", "cat", "the"])[0] === wordHashes(["the"])[0] // true
 */
export function wordHashes(words: readonly string[]): Uint32Array {
  const out = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = hashString(words[i] as string);
  return out;
}

/**
 * One 32-bit hash per word shingle: position `i` hashes `words[i..i+size)` in order (murmur3 over the word
 * hashes, so no joined strings are built). There are `words.length - size + 1` shingles; a text with fewer words
 * than `size` (but at least one) gives one shingle of all its words, and a text without words gives none.
 *
 * @example shingleHashes(["a", "b", "c", "d"], 3).length // 2
 * @example shingleHashes(["a", "b"], 3).length // 1
 * @example shingleHashes(["x", "a", "b", "c"], 3)[1] === shingleHashes(["a", "b", "c"], 3)[0] // true
 */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  return shinglesOfWordHashes(wordHashes(words), size);
}

/**
 * {@link shingleHashes} from the words' hashes ({@link wordHashes}, or `wordHashesOf` straight from a text).
 *
 * @example shinglesOfWordHashes(wordHashes(["a", "b", "c"]), 2)[0] === shingleHashes(["a", "b"], 2)[0] // true
 */
export function shinglesOfWordHashes(hashes: Uint32Array, size: number): Uint32Array {
  if (!Number.isInteger(size) || size < 1) {
    throw new WiretraceError("usage", `shingle size must be a positive integer, got ${size}`);
  }
  const n = hashes.length;
  if (n === 0) return new Uint32Array(0);
  if (n < size) return Uint32Array.of(hashRange(hashes, 0, n, SHINGLE_SEED));
  const out = new Uint32Array(n - size + 1);
  for (let i = 0; i < out.length; i++) out[i] = hashRange(hashes, i, i + size, SHINGLE_SEED);
  return out;
}

/**
 * The distinct values of `hashes`, ascending, in a new array: a shingle *set*, as exact Jaccard needs.
 *
 * @example Array.from(uniqueSorted(Uint32Array.of(5, 1, 5, 3))) // [1, 3, 5]
 */
export function uniqueSorted(hashes: Uint32Array): Uint32Array {
  const sorted = hashes.slice().sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i] as number;
    if (n === 0 || sorted[n - 1] !== value) sorted[n++] = value;
  }
  return sorted.slice(0, n);
}

/** Slots of the open-addressing table {@link distinctCount} reuses; larger inputs get a table of their own. */
const REUSED_SLOTS = 1 << 15;
const reusedTable = new Uint32Array(REUSED_SLOTS);

/**
 * How many distinct values `hashes` holds: `uniqueSorted(hashes).length`, counted in a hash table without
 * sorting or copying. The values are hashes already, so their low bits pick the slot.
 *
 * @example distinctCount(Uint32Array.of(5, 1, 5, 0, 0)) // 3
 */
export function distinctCount(hashes: Uint32Array): number {
  const n = hashes.length;
  let size = 1024;
  while (size < 2 * n) size *= 2;
  const table = size <= REUSED_SLOTS ? reusedTable.subarray(0, size).fill(0) : new Uint32Array(size);
  const mask = size - 1;
  // Slot value 0 means empty, so zero itself is counted on the side.
  let zero = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const value = hashes[i] as number;
    if (value === 0) {
      zero = 1;
      continue;
    }
    let slot = value & mask;
    for (;;) {
      const held = table[slot] as number;
      if (held === 0) {
        table[slot] = value;
        count++;
        break;
      }
      if (held === value) break;
      slot = (slot + 1) & mask;
    }
  }
  return count + zero;
}
