import { WiretraceError } from "../core/errors.js";
import { fmix32, hashRange } from "./hash32.js";

const BAND_SEED = 0x1b873593;

/**
 * Throw a usage error unless `bands × rows` slots fit in a signature of `length` slots.
 *
 * @example checkBanding(128, 25, 5) // fine: 125 slots used, 3 ignored
 */
export function checkBanding(length: number, bands: number, rows: number): void {
  if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(rows) || rows < 1) {
    throw new WiretraceError("usage", `bands and rows must be positive integers, got ${bands} and ${rows}`);
  }
  if (bands * rows > length) {
    const need = `${bands} bands of ${rows} rows need ${bands * rows} slots`;
    throw new WiretraceError("usage", `${need}; the signature has ${length}`);
  }
}

/**
 * One 32-bit key per LSH band: band `b` hashes slots `[b·rows, (b+1)·rows)` in order, seeded by the band index.
 * Two signatures are candidates when they share a key *in the same band*; the seed makes the same rows in two
 * bands hash differently, so even a store that keeps every band's keys in one column rarely mixes them up (a
 * store should still key on `(band, key)`). Slots past `bands·rows` are not used.
 *
 * @example
 * const keys = bandKeys(signature, 25, 5);
 * keys.length // 25
 */
export function bandKeys(signature: Uint32Array, bands: number, rows: number): Uint32Array {
  checkBanding(signature.length, bands, rows);
  const keys = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    keys[b] = hashRange(signature, b * rows, (b + 1) * rows, fmix32(BAND_SEED + b));
  }
  return keys;
}
