/** Clustering figures over the gold items, defined as `../shared/tools/score_clusters.py` defines them. */
export interface ClusterMetrics {
  readonly pairP: number;
  readonly pairR: number;
  readonly pairF1: number;
  readonly bcubedP: number;
  readonly bcubedR: number;
  readonly bcubedF1: number;
  readonly ari: number;
  readonly nmi: number;
  readonly items: number;
  readonly goldClusters: number;
  readonly predClusters: number;
}

const pairs = (k: number) => (k * (k - 1)) / 2;
const div = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => div(2 * p * r, p + r);

function count<K>(keys: Iterable<K>): Map<K, number> {
  const out = new Map<K, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/**
 * Pair-counting P/R/F1 (Miranda et al. 2018), BCubed P/R/F1 (Amigó et al. 2009), adjusted Rand index and NMI
 * (arithmetic-mean normalisation). Items are the gold ids; a gold id with no prediction is its own singleton.
 *
 * @example clusterMetrics(new Map([["a", "1"], ["b", "1"]]), new Map([["a", "x"], ["b", "x"]])).bcubedF1 // 1
 */
export function clusterMetrics(gold: ReadonlyMap<string, string>, pred: ReadonlyMap<string, string>): ClusterMetrics {
  const labels: [string, string][] = [...gold].map(([id, g]) => [g, pred.has(id) ? `p\u0000${pred.get(id)}` : `missing\u0000${id}`]);
  const n = labels.length;
  const cells = count(labels.map(([g, p]) => `${g}\u0001${p}`));
  const gsize = count(labels.map(([g]) => g));
  const psize = count(labels.map(([, p]) => p));
  const split = (cell: string) => cell.split("\u0001") as [string, string];

  let sameBoth = 0;
  for (const c of cells.values()) sameBoth += pairs(c);
  let sameGold = 0;
  for (const c of gsize.values()) sameGold += pairs(c);
  let samePred = 0;
  for (const c of psize.values()) samePred += pairs(c);
  const pairP = div(sameBoth, samePred);
  const pairR = div(sameBoth, sameGold);

  let b3p = 0;
  let b3r = 0;
  for (const [cell, c] of cells) {
    const [g, p] = split(cell);
    b3p += (c * c) / psize.get(p)!;
    b3r += (c * c) / gsize.get(g)!;
  }
  const bcubedP = div(b3p, n);
  const bcubedR = div(b3r, n);

  const expected = div(sameGold * samePred, pairs(n));
  const top = (sameGold + samePred) / 2;
  const ari = top === expected ? 1 : (sameBoth - expected) / (top - expected);

  const entropy = (sizes: Map<string, number>) => {
    let h = 0;
    for (const s of sizes.values()) h -= (s / n) * Math.log(s / n);
    return h;
  };
  const hGold = entropy(gsize);
  const hPred = entropy(psize);
  let mi = 0;
  for (const [cell, c] of cells) {
    const [g, p] = split(cell);
    mi += (c / n) * Math.log((n * c) / (gsize.get(g)! * psize.get(p)!));
  }
  const nmi = hGold === 0 && hPred === 0 ? 1 : Math.max(0, Math.min(1, div(mi, (hGold + hPred) / 2)));

  return {
    pairP, pairR, pairF1: f1(pairP, pairR), bcubedP, bcubedR, bcubedF1: f1(bcubedP, bcubedR), ari, nmi,
    items: n, goldClusters: gsize.size, predClusters: psize.size,
  };
}
