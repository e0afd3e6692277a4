import { WiretraceError } from "../core/errors.js";
import { fmix32 } from "./hash32.js";

/**
 * Options for {@link createMinHasher}.
 *
 * @example createMinHasher({ numPerm: 256 }) // finer estimates, half the speed
 */
export interface MinHashOptions {
  /** Slots in a signature, one per hash function; the estimate's standard error is at most 0.5/√numPerm. Default 128. */
  readonly numPerm: number;
  /** Seed of the hash family. Signatures compare only when made with the same seed and numPerm. Default 1. */
  readonly seed: number;
}

/** @example createMinHasher(defaultMinHashOptions).numPerm // 128 */
export const defaultMinHashOptions: MinHashOptions = { numPerm: 128, seed: 1 };

/**
 * Makes MinHash signatures of shingle-hash sets; the same hasher must make every signature that is compared.
 *
 * @example estimateJaccard(hasher.signature(shinglesOfA), hasher.signature(shinglesOfB)) // ≈ Jaccard(A, B)
 */
export interface MinHasher {
  readonly numPerm: number;
  readonly seed: number;
  /**
   * Slot `i` is the least value of `h_i` over the shingles. Duplicates and order do not matter. No shingles give
   * every slot `0xFFFFFFFF`.
   */
  signature(shingles: Uint32Array): Uint32Array;
}

/**
 * Sentinel in every slot of an empty set's signature.
 *
 * @example hasher.signature(new Uint32Array(0)).every((slot) => slot === EMPTY_SLOT) // true
 */
export const EMPTY_SLOT = 0xffffffff;

/** Counter-based generator (splitmix-like): the i-th value from a seed, so a family is a function of its seed. */
function seededValues(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = Math.imul(seed | 0, 0x2545f491) ^ 0x6a09e667;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) | 0;
    out[i] = fmix32(state);
  }
  return out;
}

/**
 * Create a MinHash signer. Hash function `i` is `h_i(x) = (a_i·fmix32(x) + b_i) mod 2^32` with `a_i` odd and
 * both drawn from the seed. An odd multiplier makes each `h_i` a permutation of uint32, and after `fmix32` the
 * inputs are uniformly spread, so the least `h_i` is equally likely to fall on any shingle: the slot collision
 * rate is the Jaccard similarity, and the slots err independently (measured: the error's spread matches the
 * binomial √(J(1-J)/numPerm)). One multiply and one add per shingle and slot keeps it fast.
 *
 * @example
 * const hasher = createMinHasher({ numPerm: 64 });
 * const sig = hasher.signature(shingleHashes(tokenize(text).words, 5));
 * sig.length // 64
 */
export function createMinHasher(options: Partial<MinHashOptions> = {}): MinHasher {
  const { numPerm, seed } = { ...defaultMinHashOptions, ...options };
  if (!Number.isInteger(numPerm) || numPerm < 1) {
    throw new WiretraceError("usage", `numPerm must be a positive integer, got ${numPerm}`);
  }
  if (!Number.isInteger(seed)) throw new WiretraceError("usage", `seed must be an integer, got ${seed}`);
  const random = seededValues(seed, 2 * numPerm);
  const mul = new Int32Array(numPerm);
  const add = new Int32Array(numPerm);
  for (let i = 0; i < numPerm; i++) {
    mul[i] = (random[2 * i] as number) | 1;
    // Adding 2^31 lets the loop compare signed int32s (fast in V8) in the order of the unsigned values.
    add[i] = ((random[2 * i + 1] as number) ^ SIGN) | 0;
  }
  return { numPerm, seed, signature: (shingles) => signatureOf(shingles, mul, add) };
}

const SIGN = 0x80000000;
const SIGNED_EMPTY = 0x7fffffff;

/** Mixed shingles of the signature being made, reused rather than allocated per call (up to this many). */
const mixed = new Int32Array(1 << 15);

/** The MinHash loop: four hash functions per pass over the shingles, all in int32 arithmetic. */
function signatureOf(shingles: Uint32Array, mul: Int32Array, add: Int32Array): Uint32Array {
  const numPerm = mul.length;
  const sig = new Uint32Array(numPerm);
  // Mixing each shingle once (n steps, not n·numPerm) keeps the affine family fair even for structured input
  // such as small consecutive integers, where (a·x + b) alone biases the estimate.
  const n = shingles.length;
  const x = n <= mixed.length ? mixed : new Int32Array(n);
  for (let k = 0; k < n; k++) x[k] = fmix32(shingles[k] as number) | 0;
  let p = 0;
  for (; p + 4 <= numPerm; p += 4) {
    const a0 = mul[p] as number, a1 = mul[p + 1] as number, a2 = mul[p + 2] as number, a3 = mul[p + 3] as number;
    const b0 = add[p] as number, b1 = add[p + 1] as number, b2 = add[p + 2] as number, b3 = add[p + 3] as number;
    let m0 = SIGNED_EMPTY, m1 = SIGNED_EMPTY, m2 = SIGNED_EMPTY, m3 = SIGNED_EMPTY;
    for (let k = 0; k < n; k++) {
      const s = x[k] as number;
      let q = (Math.imul(a0, s) + b0) | 0;
      if (q < m0) m0 = q;
      q = (Math.imul(a1, s) + b1) | 0;
      if (q < m1) m1 = q;
      q = (Math.imul(a2, s) + b2) | 0;
      if (q < m2) m2 = q;
      q = (Math.imul(a3, s) + b3) | 0;
      if (q < m3) m3 = q;
    }
    sig[p] = (m0 ^ SIGN) >>> 0;
    sig[p + 1] = (m1 ^ SIGN) >>> 0;
    sig[p + 2] = (m2 ^ SIGN) >>> 0;
    sig[p + 3] = (m3 ^ SIGN) >>> 0;
  }
  for (; p < numPerm; p++) {
    const a = mul[p] as number;
    const b = add[p] as number;
    let m = SIGNED_EMPTY;
    for (let k = 0; k < n; k++) {
      const q = (Math.imul(a, x[k] as number) + b) | 0;
      if (q < m) m = q;
    }
    sig[p] = (m ^ SIGN) >>> 0;
  }
  return sig;
}

/**
 * Estimate the Jaccard similarity of two shingle sets from their signatures: the fraction of equal slots. Two
 * empty sets estimate as 1 (every slot is the sentinel), so callers skip texts without words.
 *
 * @example estimateJaccard(hasher.signature(a), hasher.signature(a)) // 1
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) {
    throw new WiretraceError("usage", `signatures differ in length (${a.length} and ${b.length}) or are empty`);
  }
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
