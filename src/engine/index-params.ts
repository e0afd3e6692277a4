import { WiretraceError } from "../core/errors.js";
import type { Store } from "./store.js";

/**
 * How articles are sketched and indexed. A store keeps the parameters it was built with: sketches made with other
 * parameters cannot be compared, so changing them means rebuilding the index (`wiretrace reindex`).
 */
export interface IndexParams {
  /** Words per shingle. Default 4: short enough to survive light rewording, long enough to be specific. */
  readonly shingleSize: number;
  /** MinHash permutations. Default 64: the 28 bands of 2 rows that a 0.2 threshold calls for use 56 of them, and candidates are verified exactly, so more permutations would only cost time and space. */
  readonly numPerm: number;
  /** Hash family seed. Default 1. */
  readonly seed: number;
  /**
   * The Jaccard threshold the LSH bands are tuned for (bands × rows by `optimalLshParams`, as datasketch does).
   * Default 0.2 (28 bands of 2 rows): low, so that a short text keeping a third of a long
   * one, or a heavy rewrite, is still a candidate; every candidate is verified exactly, so the low threshold costs
   * verification time, not precision.
   */
  readonly threshold: number;
}

export const defaultIndexParams: IndexParams = { shingleSize: 4, numPerm: 64, seed: 1, threshold: 0.2 };

const SETTING = "index-params";

/**
 * The parameters a store's index uses: the stored ones, or `requested` (saved) for a store that has none.
 * Throws when `requested` differs from what the store was built with.
 */
export async function storeIndexParams(store: Store, requested?: IndexParams): Promise<IndexParams> {
  const saved = await store.getSetting(SETTING);
  if (saved === null) {
    const params = requested ?? defaultIndexParams;
    await store.setSetting(SETTING, JSON.stringify(params));
    return params;
  }
  const stored = JSON.parse(saved) as IndexParams;
  if (requested && JSON.stringify(requested) !== JSON.stringify(stored)) {
    throw new WiretraceError("usage", `the store's index was built with ${saved}; rebuild it to use other parameters`);
  }
  return stored;
}

/** Record new parameters (after a rebuild). */
export async function saveIndexParams(store: Store, params: IndexParams): Promise<void> {
  await store.setSetting(SETTING, JSON.stringify(params));
}
