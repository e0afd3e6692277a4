// Near-duplicate lookups in a process of their own, as a user's command runs them: `node bench/lookup-worker.mjs
// DB FILE COUNT`. Opens the SQLite store, looks up COUNT articles of the JSONL FILE (every line equally likely,
// seeded) after a short warm-up, and prints the latencies as JSON.
import { openSqliteStore } from "../dist/index.js";
import { makeSketcher } from "../dist/engine/sketcher.js";
import { defaultIndexParams } from "../dist/engine/index-params.js";
import { compareTexts } from "../dist/reuse/passages.js";
import { tokenize } from "../dist/sketch/tokens.js";
import { sampleLines } from "./corpus.mjs";

const [dbPath, file, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 1000);
const WARM_UP = 100;

const texts = (await sampleLines(file, WARM_UP + count, 9)).map((line) => JSON.parse(line).text);
const store = openSqliteStore(dbPath);
try {
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
    if (i < WARM_UP) continue;
    total.push(performance.now() - t0);
    query.push(t2 - t1);
    candidates += ids.length;
  }
  process.stdout.write(JSON.stringify({ total, query, candidates: candidates / count, warmUp: WARM_UP }));
} finally {
  await store.close();
}
