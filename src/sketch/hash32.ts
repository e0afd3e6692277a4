// Fast 32-bit hashing for sketches: words, shingles and LSH bands. Not cryptographic; collisions are expected at
// about 1 in 2^32 per pair and every consumer treats a hash match as a candidate, never as proof.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/**
 * murmur3's 32-bit finaliser: a bijection on uint32 that spreads every input bit over every output bit.
 *
 * @example fmix32(0) // 0
 * @example fmix32(1) // 0x514e28b7
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hash a string: FNV-1a over its UTF-16 code units, then {@link fmix32} so that short words differing in one
 * letter land far apart. Linear in the length, no allocation.
 *
 * @example hashString("assad") === hashString("assad") // true
 * @example hashString("assad", 1) !== hashString("assad", 2) // true: the seed picks another function
 */
export function hashString(text: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return fmix32(h ^ text.length);
}

/**
 * {@link hashString} of `text.slice(start, end)` with ASCII capitals lower-cased: the hash of an ASCII word's
 * folded form, made without building it.
 *
 * @example hashAsciiLower("The Army", 4, 8) === hashString("army") // true
 */
export function hashAsciiLower(text: string, start: number, end: number): number {
  let h = FNV_OFFSET | 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    h ^= c;
    h = Math.imul(h, FNV_PRIME);
  }
  return fmix32(h ^ (end - start));
}

/** One murmur3 x86_32 block step: mix the 32-bit block `k` into the running state `h`. */
function step(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * Hash one 32-bit value under a seed: exactly murmur3 x86_32 of its four little-endian bytes. Different seeds
 * give unrelated functions, so `mix32(x, band)` keys the same value apart per band.
 *
 * @example mix32(0x74736574, 0) // 0xba6bd213, murmur3_32("test", 0)
 */
export function mix32(x: number, seed: number): number {
  return fmix32(step(seed | 0, x) ^ 4);
}

/**
 * Hash the 32-bit values `values[start..end)` in order under a seed: murmur3 x86_32 of their little-endian bytes.
 * Order matters, so it hashes word sequences (shingles) and signature rows (LSH bands) without building strings.
 *
 * @example hashRange(Uint32Array.of(1, 2, 3), 0, 2, 7) === hashRange(Uint32Array.of(1, 2), 0, 2, 7) // true
 * @example hashRange(Uint32Array.of(1, 2), 0, 2, 0) !== hashRange(Uint32Array.of(2, 1), 0, 2, 0) // true
 */
export function hashRange(values: ArrayLike<number>, start: number, end: number, seed: number): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = step(h, values[i] as number);
  return fmix32(h ^ ((end - start) << 2));
}
