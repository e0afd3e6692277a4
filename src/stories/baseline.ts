import type { ArticleId } from "../core/types.js";
import { termCounts } from "./terms.js";
import { DocumentFrequencies, dot, tfidf } from "./tfidf.js";

/**
 * The baseline wiretrace is measured against: single-pass clustering by TF-IDF cosine to each cluster's centroid,
 * every cluster compared (a scan), joining the best at or above `threshold`. No titles weighting, entities, time
 * or reuse.
 */
export function singlePassBaseline(
  docs: readonly { id: ArticleId; text: string }[], threshold = 0.3,
): Map<ArticleId, string> {
  const df = new DocumentFrequencies();
  const centroids: { sum: Map<string, number>; norm: number; label: string }[] = [];
  const out = new Map<ArticleId, string>();
  for (const doc of docs) {
    const counts = termCounts(doc.text);
    df.add(counts.keys());
    const v = tfidf(counts, df);
    let best = -1;
    let bestScore = -1;
    for (let i = 0; i < centroids.length; i++) {
      const c = centroids[i]!;
      const s = c.norm === 0 ? 0 : dot(v, c.sum) / c.norm;
      if (s > bestScore) [best, bestScore] = [i, s];
    }
    let target = centroids[best];
    if (!target || bestScore < threshold) {
      target = { sum: new Map(), norm: 0, label: `b${centroids.length}` };
      centroids.push(target);
    }
    for (const [t, w] of v) target.sum.set(t, (target.sum.get(t) ?? 0) + w);
    let norm = 0;
    for (const w of target.sum.values()) norm += w * w;
    target.norm = Math.sqrt(norm);
    out.set(doc.id, target.label);
  }
  return out;
}
