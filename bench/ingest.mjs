// Ingest throughput into SQLite: wiretrace's full path next to a bare baseline, on the same generated file.
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ingest, openSqliteStore } from "../dist/index.js";
import { articleLines, loadSentences, sentenceModel } from "./corpus.mjs";

/**
 * Write `count` articles drawn from a pool of generated sentences. The pool grows with the corpus (two sentences
 * per article, at least 200,000), so a sentence is shared by about as many articles at 1M as at 100k.
 */
export async function writeCorpus(path, count, sentences) {
  const out = createWriteStream(path);
  const make = sentenceModel(sentences);
  const pool = Array.from({ length: Math.max(200_000, 2 * count) }, make);
  for (const line of articleLines(count, pool)) {
    if (!out.write(`${line}\n`)) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(r));
}

/** Baseline: parse each line and insert id, date and text into a bare table, 1000 rows a transaction. */
async function baseline(file, dbPath) {
  const db = new Database(dbPath);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE a (id TEXT PRIMARY KEY, published TEXT, text TEXT)");
  const insert = db.prepare("INSERT OR IGNORE INTO a VALUES (?, ?, ?)");
  const flush = db.transaction((rows) => {
    for (const r of rows) insert.run(r.id, r.published, r.text);
  });
  let rows = [];
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    const r = JSON.parse(line);
    rows.push(r);
    n++;
    if (rows.length === 1000) {
      flush(rows);
      rows = [];
    }
  }
  flush(rows);
  db.close();
  return n;
}

export async function benchIngest({ articles }) {
  const dir = mkdtempSync(join(tmpdir(), "wiretrace-bench-"));
  try {
    const { sentences, origin } = loadSentences();
    const file = join(dir, "corpus.jsonl");
    await writeCorpus(file, articles, sentences);
    const mb = statSync(file).size / 1e6;
    console.log(`corpus: ${articles.toLocaleString("en-US")} articles, ${mb.toFixed(1)} MB of JSONL, sentences from a bigram model of ${origin}`);

    let t = performance.now();
    const n = await baseline(file, join(dir, "baseline.db"));
    const baseSecs = (performance.now() - t) / 1000;

    const run = async (name, options) => {
      const store = openSqliteStore(join(dir, `${name}.db`));
      const t0 = performance.now();
      const report = await ingest(store, [file], options);
      const secs = (performance.now() - t0) / 1000;
      await store.close();
      if (report.inserted !== articles) throw new Error(`expected ${articles} articles, stored ${report.inserted}`);
      return { secs, bytes: statSync(join(dir, `${name}.db`)).size, report };
    };
    const plain = await run("plain", { index: false, stories: false });
    const full = await run("full", {});
    if (n !== articles) throw new Error(`baseline stored ${n}`);

    console.log("ingest into SQLite                                    articles/s      MB/s   seconds  bytes/article");
    const row = (label, secs, bytes) =>
      console.log(`  ${label.padEnd(52)}${fmt(articles / secs, 10)} ${fmt(mb / secs, 9, 1)} ${fmt(secs, 9, 1)} ${fmt(bytes / articles, 14)}`);
    row("wiretrace, default (store, index, relate, stories)", full.secs, full.bytes);
    row("wiretrace, store only (read, validate, hash, store)", plain.secs, plain.bytes);
    row("baseline (JSON.parse + bare INSERT of id, date, text)", baseSecs, statSync(join(dir, "baseline.db")).size);
    const tm = full.report.timings;
    console.log(`  default run, ms per phase: read ${tm.readMs.toFixed(0)}, sketch ${tm.sketchMs.toFixed(0)}, store ${tm.storeMs.toFixed(0)}, LSH query ${tm.queryMs.toFixed(0)}, verify ${tm.verifyMs.toFixed(0)}, stories ${tm.storiesMs.toFixed(0)}`);
    return { articles, mb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (value, width, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).padStart(width);
