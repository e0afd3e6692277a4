// One near-duplicate lookup as a user's query runs it (sketch, LSH candidates, exact verification of each), timed.
import { makeSketcher } from "../dist/engine/sketcher.js";
import { defaultIndexParams } from "../dist/engine/index-params.js";
import { compareTexts } from "../dist/reuse/passages.js";
import { tokenize } from "../dist/sketch/tokens.js";

/**
 * Look up each text in `store` and time it: `total` per lookup (sketch + candidates + verify) and `query` for the
 * candidates query alone, in ms; the first `warmUp` lookups run but are not counted. `candidates` is the mean
 * number per counted lookup.
 */
export async function timeLookups(store, texts, warmUp = 0) {
  const sketcher = makeSketcher(defaultIndexParams);
  const total = [];
  const query = [];
  let candidates = 0;
  for (const [i, text] of texts.entries()) {
    const t0 = performance.now();
    const { tokens, sketch } = sketcher.sketch(text);
    const t1 = performance.now();
    const ids = await store.lshCandidates(sketch.bandKeys);
    const t2 = performance.now();
    for (const other of await store.getArticles(ids)) compareTexts(tokens, tokenize(other.text), { shingleSize: defaultIndexParams.shingleSize });
    if (i < warmUp) continue;
    total.push(performance.now() - t0);
    query.push(t2 - t1);
    candidates += ids.length;
  }
  return { total, query, candidates: candidates / Math.max(1, texts.length - warmUp), warmUp };
}

/** The value below which a share `q` of `values` falls. */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
