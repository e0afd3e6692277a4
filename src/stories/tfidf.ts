/** A sparse vector: term → weight. */
export type SparseVector = ReadonlyMap<string, number>;

/**
 * Document frequencies, counted as documents arrive. Terms are numbered as they are first seen (the clusterer's
 * vectors hold these numbers, not strings), and ln(df + 1) is kept per term, so an IDF costs one subtraction.
 */
export class DocumentFrequencies {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private counts = new Int32Array(1024);
  private logCounts = new Float64Array(1024);
  private docs = 0;
  private logDocs = 0;

  /** The number of a term, given one if it is new. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id === this.counts.length) {
        const counts = new Int32Array(id * 2);
        counts.set(this.counts);
        this.counts = counts;
        const logs = new Float64Array(id * 2);
        logs.set(this.logCounts);
        this.logCounts = logs;
      }
    }
    return id;
  }

  /** The term a number stands for. */
  term(id: number): string {
    return this.terms[id]!;
  }

  /** Count one document's distinct terms. */
  add(terms: Iterable<string>): void {
    const ids: number[] = [];
    for (const term of terms) ids.push(this.id(term));
    this.addIds(ids);
  }

  /** Count one document's distinct term numbers. */
  addIds(ids: Iterable<number>): void {
    this.docs++;
    this.logDocs = Math.log(this.docs + 1);
    for (const id of ids) {
      const n = ++this.counts[id]!;
      this.logCounts[id] = Math.log(n + 1);
    }
  }

  /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
  idf(term: string): number {
    const id = this.ids.get(term);
    return this.logDocs - (id === undefined ? 0 : this.logCounts[id]!) + 1;
  }

  /** {@link idf} by term number. */
  idfOf(id: number): number {
    return this.logDocs - this.logCounts[id]! + 1;
  }

  get documents(): number {
    return this.docs;
  }

  /** The counts, for saving. */
  *entries(): IterableIterator<[string, number]> {
    for (let id = 0; id < this.terms.length; id++) if (this.counts[id]! > 0) yield [this.terms[id]!, this.counts[id]!];
  }

  /** Restore saved counts. */
  static from(documents: number, counts: Iterable<readonly [string, number]>): DocumentFrequencies {
    const out = new DocumentFrequencies();
    out.docs = documents;
    out.logDocs = Math.log(documents + 1);
    for (const [term, n] of counts) {
      const id = out.id(term);
      out.counts[id] = n;
      out.logCounts[id] = Math.log(n + 1);
    }
    return out;
  }
}

/** A sparse vector over term numbers: ascending ids with their weights. */
export interface TermVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** A term-number vector from (id, weight) pairs in any order. */
export function termVector(entries: Iterable<readonly [number, number]>): TermVector {
  const pairs = [...entries].sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(pairs.length);
  const weights = new Float64Array(pairs.length);
  pairs.forEach(([id, w], i) => {
    ids[i] = id;
    weights[i] = w;
  });
  return { ids, weights };
}

/** `a + b`, term by term. */
export function addVectors(a: TermVector, b: TermVector): TermVector {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float64Array(ids.length);
  let i = 0, j = 0, n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Number.MAX_SAFE_INTEGER;
    const y = j < b.ids.length ? b.ids[j]! : Number.MAX_SAFE_INTEGER;
    if (x === y) {
      ids[n] = x;
      weights[n++] = a.weights[i++]! + b.weights[j++]!;
    } else if (x < y) {
      ids[n] = x;
      weights[n++] = a.weights[i++]!;
    } else {
      ids[n] = y;
      weights[n++] = b.weights[j++]!;
    }
  }
  return { ids: ids.slice(0, n), weights: weights.slice(0, n) };
}

/**
 * The `k` heaviest entries of `v` under `weight(id, w)`, heaviest first (ties by id), as indexes into `v`. With
 * `eligible`, only entries whose id it accepts count. A small `k` keeps a short ranked list as it scans, so no
 * objects are made and most entries cost one comparison; a `k` near the length sorts.
 */
export function heaviest(v: TermVector, k: number, weight: (id: number, w: number) => number, eligible?: (id: number) => boolean): number[] {
  const n = v.ids.length;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = weight(v.ids[i]!, v.weights[i]!);
  // Ids ascend with the index, so a tie broken by index is broken by id.
  const ahead = (x: number, y: number) => w[x]! > w[y]! || (w[x] === w[y] && x < y);
  const limit = Math.min(k, n);
  if (limit <= 0) return [];
  if (limit * 4 > n) {
    const all: number[] = [];
    for (let i = 0; i < n; i++) if (!eligible || eligible(v.ids[i]!)) all.push(i);
    return all.sort((x, y) => (ahead(x, y) ? -1 : 1)).slice(0, limit);
  }
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    if (eligible && !eligible(v.ids[i]!)) continue;
    if (top.length === limit) {
      if (!ahead(i, top[limit - 1]!)) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && ahead(i, top[at - 1]!)) at--;
    top.splice(at, 0, i);
  }
  return top;
}

/** `v` cut to the entries at `keep` (indexes into `v`), still ascending. */
export function keepEntries(v: TermVector, keep: readonly number[]): TermVector {
  const order = [...keep].sort((a, b) => a - b);
  return { ids: Int32Array.from(order, (i) => v.ids[i]!), weights: Float64Array.from(order, (i) => v.weights[i]!) };
}

/**
 * Cosine of `a` and `b` with every term weighted by its current IDF: one merge pass, no weighted copy made.
 * `aNorm` is `a`'s IDF-weighted length when the caller has it.
 */
export function idfCosine(a: TermVector, b: TermVector, df: DocumentFrequencies, aNorm?: number): number {
  let na = 0, nb = 0, d = 0;
  let i = 0;
  const computeA = aNorm === undefined;
  for (let j = 0; j < b.ids.length; j++) {
    const id = b.ids[j]!;
    const bw = b.weights[j]! * df.idfOf(id);
    nb += bw * bw;
    while (i < a.ids.length && a.ids[i]! < id) {
      if (computeA) {
        const aw = a.weights[i]! * df.idfOf(a.ids[i]!);
        na += aw * aw;
      }
      i++;
    }
    if (i < a.ids.length && a.ids[i] === id) {
      const aw = a.weights[i]! * df.idfOf(id);
      if (computeA) na += aw * aw;
      d += aw * bw;
      i++;
    }
  }
  if (computeA) {
    for (; i < a.ids.length; i++) {
      const aw = a.weights[i]! * df.idfOf(a.ids[i]!);
      na += aw * aw;
    }
  } else {
    na = aNorm * aNorm;
  }
  return na === 0 || nb === 0 ? 0 : d / Math.sqrt(na * nb);
}

/** The IDF-weighted length of `v`. */
export function idfNorm(v: TermVector, df: DocumentFrequencies): number {
  let n = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const w = v.weights[i]! * df.idfOf(v.ids[i]!);
    n += w * w;
  }
  return Math.sqrt(n);
}

/**
 * TF-IDF with sublinear term frequency (1 + ln tf), L2-normalised.
 *
 * @example tfidf(new Map([["strike", 2]]), df).get("strike") // 1
 */
export function tfidf(counts: ReadonlyMap<string, number>, df: DocumentFrequencies): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [term, tf] of counts) {
    const w = (1 + Math.log(tf)) * df.idf(term);
    out.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of out) out.set(term, w / norm);
  return out;
}

/** Dot product of two sparse vectors (iterating the smaller). */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) {
    const v = large.get(term);
    if (v !== undefined) sum += w * v;
  }
  return sum;
}

/** The `k` heaviest terms, heaviest first (ties by term, so results are stable). */
export function topTerms(v: SparseVector, k: number): string[] {
  return [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, k).map(([t]) => t);
}

/** Sublinear term frequencies (1 + ln tf), unit length: a vector without IDF, to weight when comparing. */
export function tfVector(counts: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [term, tf] of counts) {
    const w = 1 + Math.log(tf);
    out.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of out) out.set(term, w / norm);
  return out;
}

/** The vector with each term multiplied by its IDF. */
export function idfWeighted(v: SparseVector, df: DocumentFrequencies): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, w] of v) out.set(term, w * df.idf(term));
  return out;
}

/** Cosine of `a` and `b` after weighting each term by `weight(term)`. */
export function weightedCosine(a: SparseVector, b: SparseVector, weight: (term: string) => number): number {
  let na = 0;
  let nb = 0;
  let d = 0;
  for (const [t, w] of a) {
    const iw = weight(t);
    na += w * w * iw * iw;
    const v = b.get(t);
    if (v !== undefined) d += w * v * iw * iw;
  }
  for (const [t, w] of b) {
    const iw = weight(t);
    nb += w * w * iw * iw;
  }
  return na === 0 || nb === 0 ? 0 : d / Math.sqrt(na * nb);
}

/** The vector scaled to unit length (unchanged when zero). */
export function unit(v: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm === 0) return v;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}
