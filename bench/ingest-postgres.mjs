// Ingest into PostgreSQL with 1 and with N worker processes, near-duplicate lookup latency and bytes per article.
// `npm run bench -- --store postgres [--workers 1,2] [--articles N] --only ingest`. The server is WIRETRACE_BENCH_PG,
// else WIRETRACE_TEST_PG; every run gets a fresh schema, dropped afterwards.
import { execFile } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { openPgStore } from "../dist/index.js";
import { loadSentences, sampleLines } from "./corpus.mjs";
import { writeCorpus } from "./ingest.mjs";
import { quantile, timeLookups } from "./lookup-timing.mjs";

const run = promisify(execFile);
const worker = new URL("./pg-worker.mjs", import.meta.url).pathname;

const serverUrl = () => {
  const url = process.env.WIRETRACE_BENCH_PG ?? process.env.WIRETRACE_TEST_PG;
  if (!url) throw new Error("set WIRETRACE_BENCH_PG (or WIRETRACE_TEST_PG) to a PostgreSQL URL for --store postgres");
  return url;
};

const withSchema = (url, schema) => {
  const u = new URL(url);
  u.searchParams.set("schema", schema);
  return u.toString();
};

async function sql(url, text, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Split the corpus into `n` files, line i to file i mod n (interleaved, as workers sharing a feed would get it). */
async function split(file, n, dir) {
  const paths = Array.from({ length: n }, (_, w) => join(dir, `part-${n}-${w}.jsonl`));
  const outs = paths.map((p) => createWriteStream(p));
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    const out = outs[i++ % n];
    if (!out.write(`${line}\n`)) await new Promise((r) => out.once("drain", r));
  }
  await Promise.all(outs.map((out) => new Promise((r) => out.end(r))));
  return paths;
}

async function bytesOf(url, schema) {
  const rows = await sql(url, `SELECT c.relname AS name, pg_total_relation_size(c.oid)::bigint AS bytes FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`, [schema]);
  let total = 0, index = 0;
  for (const r of rows) {
    total += Number(r.bytes);
    if (r.name === "sketches" || r.name.startsWith("lsh_bands_")) index += Number(r.bytes);
  }
  return { total, index };
}

/** What each mode runs: the default path, the path without stories, and storing alone. */
export const MODES = {
  default: { label: "default (store, index, relate, stories)", options: {} },
  index: { label: "store, index, relate (no stories)", options: { stories: false } },
  "store-only": { label: "store only", options: { index: false, stories: false } },
};

export async function benchIngestPostgres({ articles, workers = [1, 2], modes = ["default", "store-only"], corpus }) {
  for (const m of modes) if (!(m in MODES)) throw new Error(`--modes: unknown mode ${m} (expected ${Object.keys(MODES).join(", ")})`);
  const url = serverUrl();
  const dir = mkdtempSync(join(tmpdir(), "wiretrace-pgbench-"));
  const schemas = [];
  try {
    const { sentences, origin } = loadSentences();
    const file = corpus ?? join(dir, "corpus.jsonl");
    if (!corpus) await writeCorpus(file, articles, sentences);
    const mb = statSync(file).size / 1e6;
    const version = (await sql(url, "SHOW server_version"))[0].server_version;
    console.log(`corpus: ${articles.toLocaleString("en-US")} articles, ${mb.toFixed(1)} MB of JSONL, sentences from a bigram model of ${origin}`);
    console.log(`PostgreSQL ${version} on ${new URL(url).host}; each worker is a separate process`);
    console.log("ingest into PostgreSQL                                        articles/s      MB/s   seconds  bytes/article  index bytes/article");
    // Lookups run on the first indexed one-worker store; every other store is dropped once measured.
    let lookupTarget = null;
    for (const mode of modes) {
      for (const n of [...new Set(workers)]) {
        const schema = `wt_bench_${mode.replace("-", "_")}_${n}_${process.pid}`;
        schemas.push(schema);
        const target = withSchema(url, schema);
        await sql(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        const migrate = await openPgStore(target);
        await migrate.close();
        const parts = n === 1 ? [file] : await split(file, n, dir);
        process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${mode}, ${n} worker(s)…\n`);
        const t0 = performance.now();
        const reports = await Promise.all(parts.map((p) =>
          run(process.execPath, [worker, target, p, mode], { maxBuffer: 1 << 24 }).then((r) => JSON.parse(r.stdout))));
        const secs = (performance.now() - t0) / 1000;
        const inserted = reports.reduce((s, r) => s + r.inserted, 0);
        if (inserted !== articles) throw new Error(`${mode}, ${n} workers: expected ${articles} articles, stored ${inserted}`);
        const bytes = await bytesOf(url, schema);
        const label = `wiretrace ${MODES[mode].label}, ${n} worker${n === 1 ? "" : "s"}`;
        console.log(`  ${label.padEnd(60)}${fmt(articles / secs, 10)} ${fmt(mb / secs, 9, 1)} ${fmt(secs, 9, 1)} ${fmt(bytes.total / articles, 14)} ${fmt(bytes.index / articles, 20)}`);
        const tm = reports[0].timings;
        if (mode !== "store-only") {
          console.log(`    worker 1 of ${n}, ms per phase: read ${tm.readMs.toFixed(0)}, sketch ${tm.sketchMs.toFixed(0)}, store ${tm.storeMs.toFixed(0)}, LSH query ${tm.queryMs.toFixed(0)}, verify ${tm.verifyMs.toFixed(0)}, stories ${tm.storiesMs.toFixed(0)}`);
        }
        if (lookupTarget === null && n === 1 && mode !== "store-only") lookupTarget = target;
        else await sql(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      }
    }
    if (lookupTarget !== null) await lookups(lookupTarget, file);
  } finally {
    for (const s of schemas) await sql(url, `DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lookup latency on a one-worker store, as the reuse section measures it on SQLite: 1,000 stored articles. */
export async function lookups(target, file) {
  const texts = (await sampleLines(file, 1000, 9)).map((line) => JSON.parse(line).text);
  const store = await openPgStore(target);
  try {
    const t = await timeLookups(store, texts);
    console.log(`near-duplicate lookup on the first indexed 1-worker store, 1,000 stored articles (${t.candidates.toFixed(1)} candidates each):`);
    console.log(`  lookup (sketch + candidates + verify): p50 ${quantile(t.total, 0.5).toFixed(2)} ms, p99 ${quantile(t.total, 0.99).toFixed(2)} ms; candidates query alone p50 ${quantile(t.query, 0.5).toFixed(2)} ms, p99 ${quantile(t.query, 0.99).toFixed(2)} ms`);
  } finally {
    await store.close();
  }
}

const fmt = (value, width, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).padStart(width);
