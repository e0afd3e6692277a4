// Ingest throughput into SQLite: wiretrace's full path next to a bare baseline, on the same generated file.
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ingest, openSqliteStore } from "../dist/index.js";
import { articleLines, loadSentences, sentenceModel } from "./corpus.mjs";

async function writeCorpus(path, count, sentences) {
  const out = createWriteStream(path);
  const make = sentenceModel(sentences);
  const pool = Array.from({ length: 200_000 }, make);
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

    const store = openSqliteStore(join(dir, "wiretrace.db"));
    t = performance.now();
    const report = await ingest(store, [file]);
    const secs = (performance.now() - t) / 1000;
    await store.close();
    if (report.inserted !== articles || n !== articles) throw new Error(`expected ${articles} articles, stored ${report.inserted}`);
    const dbBytes = statSync(join(dir, "wiretrace.db")).size;

    console.log("ingest into SQLite                      articles/s      MB/s   seconds");
    console.log(`  wiretrace (read, validate, hash, store) ${fmt(articles / secs, 10)} ${fmt(mb / secs, 9, 1)} ${fmt(secs, 9, 1)}`);
    console.log(`  baseline (JSON.parse + bare INSERT)     ${fmt(articles / baseSecs, 10)} ${fmt(mb / baseSecs, 9, 1)} ${fmt(baseSecs, 9, 1)}`);
    console.log(`  store size: ${(dbBytes / articles).toFixed(0)} bytes per article (text, raw record and indexes)`);
    return { articles, mb, secs, baseSecs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (value, width, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).padStart(width);
