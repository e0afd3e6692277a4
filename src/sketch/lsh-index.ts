import { WiretraceError } from "../core/errors.js";
import { bandKeys, checkBanding } from "./band-keys.js";

/**
 * The banding of a {@link MemoryLshIndex}: choose it with `optimalLshParams`.
 *
 * @example new MemoryLshIndex<ArticleId>({ bands: 25, rows: 5 })
 */
export interface LshIndexOptions {
  /** Number of bands; a pair is a candidate when any band matches. */
  readonly bands: number;
  /** Signature slots per band; `bands × rows` must not exceed the signature length. */
  readonly rows: number;
}

/**
 * A banded LSH index in memory: per band, a map from band key to the ids holding it. A query looks up one bucket
 * per band, never scanning the entries. The reference implementation for two-file runs and benchmarks; stores
 * keep the same {@link bandKeys} in tables.
 *
 * @example
 * const index = new MemoryLshIndex<string>({ bands: 25, rows: 5 });
 * index.insert("a", hasher.signature(shinglesOfA));
 * index.query(hasher.signature(shinglesOfB)) // ["a"] when A and B are similar enough
 */
export class MemoryLshIndex<Id> {
  readonly bands: number;
  readonly rows: number;
  readonly #buckets: Map<number, Id[]>[];
  readonly #keysOf = new Map<Id, Uint32Array>();

  constructor(options: LshIndexOptions) {
    checkBanding(Number.MAX_SAFE_INTEGER, options.bands, options.rows); // any signature length, for now
    this.bands = options.bands;
    this.rows = options.rows;
    this.#buckets = Array.from({ length: options.bands }, () => new Map<number, Id[]>());
  }

  /** Number of ids in the index. */
  get size(): number {
    return this.#keysOf.size;
  }

  /** True when `id` is in the index. */
  has(id: Id): boolean {
    return this.#keysOf.has(id);
  }

  /** Add `id` with its signature; an id already present is a usage error (use {@link update}). */
  insert(id: Id, signature: Uint32Array): void {
    if (this.#keysOf.has(id)) throw new WiretraceError("usage", `id ${String(id)} is already in the LSH index`);
    const keys = bandKeys(signature, this.bands, this.rows);
    this.#keysOf.set(id, keys);
    for (let b = 0; b < this.bands; b++) {
      const table = this.#buckets[b] as Map<number, Id[]>;
      const key = keys[b] as number;
      const bucket = table.get(key);
      if (bucket === undefined) table.set(key, [id]);
      else bucket.push(id);
    }
  }

  /** Remove `id`; returns false when it was not there. */
  remove(id: Id): boolean {
    const keys = this.#keysOf.get(id);
    if (keys === undefined) return false;
    this.#keysOf.delete(id);
    for (let b = 0; b < this.bands; b++) {
      const table = this.#buckets[b] as Map<number, Id[]>;
      const key = keys[b] as number;
      const bucket = table.get(key) as Id[];
      if (bucket.length === 1) {
        table.delete(key);
        continue;
      }
      const at = bucket.indexOf(id);
      bucket[at] = bucket[bucket.length - 1] as Id;
      bucket.pop();
    }
    return true;
  }

  /** Replace the signature of `id`, or add it when absent. */
  update(id: Id, signature: Uint32Array): void {
    this.remove(id);
    this.insert(id, signature);
  }

  /**
   * The distinct ids sharing at least one band key with `signature`, in order of first match (band by band).
   * An id's own signature finds itself.
   */
  query(signature: Uint32Array): Id[] {
    const keys = bandKeys(signature, this.bands, this.rows);
    const seen = new Set<Id>();
    for (let b = 0; b < this.bands; b++) {
      const bucket = (this.#buckets[b] as Map<number, Id[]>).get(keys[b] as number);
      if (bucket !== undefined) for (const id of bucket) seen.add(id);
    }
    return [...seen];
  }
}
