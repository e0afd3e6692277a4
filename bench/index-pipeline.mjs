// The index path end to end on both cores, as ingest runs it: the JSONL file is read, validated and signed on a
// worker thread (the storing thread signs a share when it would otherwise wait), while the calling thread runs each
// batch's LSH lookup and inserts its signatures and band rows into a store that already holds the articles.
import { sketchedBatches } from "../dist/engine/read-pipeline.js";
import { defaultIndexParams } from "../dist/engine/index-params.js";

/** Timed from opening the file to the last batch stored; `count` is the number of articles the file must give. */
export async function indexPipeline(store, file, count) {
  let queryMs = 0, insertMs = 0, articles = 0;
  const t0 = performance.now();
  for await (const batch of sketchedBatches([file], {}, { batchSize: 1000, params: defaultIndexParams, worker: true })) {
    let t = performance.now();
    await store.lshCandidatesMany([...batch.sketches.values()].map((s) => s.bandKeys));
    queryMs += performance.now() - t;
    t = performance.now();
    await store.replaceSketches(batch.sketches);
    insertMs += performance.now() - t;
    articles += batch.articles.length;
  }
  const secs = (performance.now() - t0) / 1000;
  if (articles !== count) throw new Error(`index pipeline: expected ${count} articles, read ${articles}`);
  return { perSecond: count / secs, secs, queryMs, insertMs };
}
