import { WiretraceError } from "../core/errors.js";
import type { ArticleId } from "../core/types.js";
import { saveIndexParams, storeIndexParams, type IndexParams } from "./index-params.js";
import { RelateCache, relateNewArticles } from "./relate.js";
import { makeSketcher } from "./sketcher.js";
import type { ArticleSketch, Store } from "./store.js";

/**
 * Rebuild the LSH index with new parameters. When only the threshold changes, band keys are recomputed from the
 * stored signatures (no text is read); when the shingle size, permutations or seed change, the signatures are
 * made again from the texts. Returns how many articles were re-indexed.
 *
 * @example await rebuildIndex(store, { ...defaultIndexParams, threshold: 0.3 })
 */
export async function rebuildIndex(store: Store, params: IndexParams, batchSize = 2000): Promise<number> {
  if (!(params.threshold > 0 && params.threshold < 1)) {
    throw new WiretraceError("usage", `the threshold must be between 0 and 1, got ${params.threshold}`);
  }
  const old = await storeIndexParams(store);
  const fromSignatures = old.numPerm === params.numPerm && old.seed === params.seed && old.shingleSize === params.shingleSize;
  const sketcher = makeSketcher(params);
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await store.scanSketches(after, batchSize);
    if (rows.length === 0) break;
    const entries = new Map<ArticleId, ArticleSketch>();
    if (fromSignatures) {
      for (const r of rows) {
        entries.set(r.id, { ...r.sketch, bandKeys: r.sketch.shingles === 0 ? new Uint32Array(0) : sketcher.keys(r.sketch.signature) });
      }
    } else {
      for (const a of await store.getArticles(rows.map((r) => r.id))) entries.set(a.id, sketcher.sketch(a.text).sketch);
    }
    await store.replaceSketches(entries);
    count += rows.length;
    after = rows[rows.length - 1]!.seq;
  }
  await saveIndexParams(store, params);
  return count;
}

/**
 * Verify every stored article against the index again and store the relations found (those found before are
 * kept). Used after a crash between a batch and its relating, or after a rebuild. Returns the relations stored.
 */
export async function relateAll(store: Store, batchSize = 1000): Promise<number> {
  const sketcher = makeSketcher(await storeIndexParams(store));
  let after = 0;
  let count = 0;
  const cache = new RelateCache();
  for (;;) {
    const rows = await store.scanSketches(after, batchSize);
    if (rows.length === 0) break;
    const articles = new Map((await store.getArticles(rows.map((r) => r.id))).map((a) => [a.id, a]));
    const fresh = rows.flatMap((r) => {
      const article = articles.get(r.id);
      if (!article) return [];
      return [{ article, bandKeys: r.sketch.bandKeys }];
    });
    count += await relateNewArticles(store, sketcher, fresh, undefined, cache);
    after = rows[rows.length - 1]!.seq;
  }
  return count;
}
