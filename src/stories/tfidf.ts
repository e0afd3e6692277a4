/** A sparse vector: term → weight. */
export type SparseVector = ReadonlyMap<string, number>;

/** Document frequencies, counted as documents arrive. */
export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private docs = 0;

  /** Count one document's distinct terms. */
  add(terms: Iterable<string>): void {
    this.docs++;
    for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  /** Smoothed inverse document frequency: log((N + 1) / (df + 1)) + 1. */
  idf(term: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  get documents(): number {
    return this.docs;
  }

  /** The counts, for saving. */
  entries(): IterableIterator<[string, number]> {
    return this.df.entries();
  }

  /** Restore saved counts. */
  static from(documents: number, counts: Iterable<readonly [string, number]>): DocumentFrequencies {
    const out = new DocumentFrequencies();
    out.docs = documents;
    for (const [term, n] of counts) out.df.set(term, n);
    return out;
  }
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
