// Near-duplicate and reuse detection at scale: planted rewrite families in a generated corpus, found through the
// store's LSH index and verified, next to a brute-force all-pairs baseline on a subset.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ingest, openSqliteStore } from "../dist/index.js";
import { makeSketcher } from "../dist/engine/sketcher.js";
import { defaultIndexParams } from "../dist/engine/index-params.js";
import { tokenize } from "../dist/sketch/tokens.js";
import { shingleHashes, uniqueSorted } from "../dist/sketch/shingle.js";
import { loadSentences, prng, sentenceModel } from "./corpus.mjs";
import { quantile, timeLookups } from "./lookup-timing.mjs";
import { indexPipeline } from "./index-pipeline.mjs";

const SWAPS = [["said", "claimed"], ["the", "this"], ["police", "officers"], ["government", "administration"], ["people", "persons"]];

function variant(kind, sentences, rand) {
  if (kind === "exact") return sentences.join(" ");
  if (kind === "near") {
    return sentences.map((s) => (rand() < 0.2 ? s.replace(/\b(\w+)\b/, "$1,") : s)).join(" ").replace(/ said /, " stated ");
  }
  if (kind === "light") {
    const kept = sentences.filter(() => rand() > 0.2).map((s) => SWAPS.reduce((t, [a, b]) => (rand() < 0.5 ? t.replaceAll(` ${a} `, ` ${b} `) : t), s));
    const mid = Math.floor(kept.length / 2);
    return [...kept.slice(mid), "Background", ...kept.slice(0, mid)].join(" ");
  }
  const n = Math.max(3, Math.round(sentences.length / 3));
  const start = Math.floor(rand() * (sentences.length - n + 1));
  return sentences.slice(start, start + n).join(" ");
}

/** The corpus as records, with each article's family (planted rewrites share one) and the kind of edit. */
function makeCorpus(count, makeSentence) {
  const rand = prng(5);
  const records = [];
  const kinds = ["exact", "near", "light", "cut"];
  while (records.length < count) {
    const n = 10 + Math.floor(rand() * 12);
    const sentences = Array.from({ length: n }, makeSentence);
    const day = Math.floor(rand() * 360);
    const family = records.length;
    const base = { family, kind: "original", day, text: sentences.join(" ") };
    records.push(base);
    if (rand() < 0.1) {
      for (const kind of kinds) {
        if (records.length >= count || rand() < 0.4) continue;
        records.push({ family, kind, day: day + 1 + Math.floor(rand() * 3), text: variant(kind, sentences, rand) });
      }
    }
  }
  return records.map((r, i) => ({
    ...r,
    id: `r${i}`,
    line: JSON.stringify({ id: `r${i}`, source: `Outlet ${i % 40}`, published: new Date(Date.UTC(2023, 0, 1 + r.day)).toISOString().slice(0, 10), text: r.text }),
  }));
}

function truthPairs(records) {
  const byFamily = new Map();
  for (const r of records) byFamily.set(r.family, [...(byFamily.get(r.family) ?? []), r]);
  const pairs = new Map();
  for (const members of byFamily.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [x, y] = [members[i], members[j]];
        const dup = [x.kind, y.kind].every((k) => k === "original" || k === "exact" || k === "near");
        pairs.set(key(x.id, y.id), dup ? "duplicate" : "derived");
      }
    }
  }
  return pairs;
}

const key = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function score(found, truth, ids) {
  const inSet = (k) => { const [a, b] = k.split("|"); return ids.has(a) && ids.has(b); };
  const out = {};
  for (const kind of ["duplicate", "derived"]) {
    const gold = [...truth].filter(([k, v]) => v === kind && inSet(k)).map(([k]) => k);
    const predicted = [...found].filter(([k, v]) => (kind === "duplicate" ? v !== "derived" : v === "derived") && inSet(k)).map(([k]) => k);
    const correct = predicted.filter((k) => truth.has(k)).length;
    const recalled = gold.filter((k) => found.has(k)).length;
    out[kind] = { precision: predicted.length ? correct / predicted.length : 1, recall: gold.length ? recalled / gold.length : 1, gold: gold.length };
  }
  return out;
}

const pct = (p) => `${(p * 100).toFixed(1)}%`.padStart(7);

/** Close a store after `run`, returning what it returned. */
async function withStore(store, run) {
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/**
 * A store holding the corpus's articles and nothing of the index, made once. `copy(name)` gives the path of a fresh
 * copy of it (for a child process), `open(name)` opens one here.
 */
async function articlesOnly(dir, file) {
  const path = join(dir, "articles-only.db");
  const store = openSqliteStore(path);
  await ingest(store, [file], { stories: false, index: false });
  await store.close();
  const copy = (name) => {
    const target = join(dir, name);
    copyFileSync(path, target);
    return target;
  };
  return { copy, open: (name) => openSqliteStore(copy(name)) };
}

/**
 * The index path alone, as a stream of batches of 1,000 would drive it: MinHash signatures on this thread, then one
 * LSH lookup for the batch and the insert of its signatures and band rows, into a store that already holds the
 * articles (stored beforehand, not timed).
 */
async function benchIndexPath(open, records) {
  const store = open("index-path.db");
  try {
    const sketcher = makeSketcher(defaultIndexParams);
    let sketchMs = 0, queryMs = 0, insertMs = 0, candidates = 0;
    for (let start = 0; start < records.length; start += 1000) {
      const batch = records.slice(start, start + 1000);
      let t = performance.now();
      const sketches = new Map(batch.map((r) => [r.id, sketcher.sketchOnly(r.text)]));
      sketchMs += performance.now() - t;
      t = performance.now();
      const found = await store.lshCandidatesMany([...sketches.values()].map((s) => s.bandKeys));
      queryMs += performance.now() - t;
      for (const list of found) candidates += list.length;
      t = performance.now();
      await store.replaceSketches(sketches);
      insertMs += performance.now() - t;
    }
    const total = sketchMs + queryMs + insertMs;
    return { perSecond: records.length / (total / 1000), sketchMs, queryMs, insertMs, candidates };
  } finally {
    await store.close();
  }
}

/** Run `bench/ingest-child.mjs` (the index pipeline or the whole ingest) in a process of its own, as a user's command runs. */
async function inChild(mode, dbPath, file, count) {
  const child = new URL("./ingest-child.mjs", import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(process.execPath, [child, mode, dbPath, file, String(count)], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout);
}

/** Lookups in a separate process (bench/lookup-worker.mjs), as a user's command would run them. */
async function lookupsElsewhere(dbPath, file) {
  const worker = new URL("./lookup-worker.mjs", import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(process.execPath, [worker, dbPath, file, "1000"], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout);
}

export async function benchReuse({ articles, subset = 5000 }) {
  const dir = mkdtempSync(join(tmpdir(), "wiretrace-reuse-"));
  try {
    const { sentences, origin } = loadSentences();
    const records = makeCorpus(articles, sentenceModel(sentences));
    const truth = truthPairs(records);
    console.log(`corpus: ${records.length.toLocaleString("en-US")} articles (sentences from a bigram model of ${origin}), ${truth.size.toLocaleString("en-US")} planted related pairs`);
    const file = join(dir, "corpus.jsonl");
    writeFileSync(file, records.map((r) => r.line).join("\n"));

    const { copy, open } = await articlesOnly(dir, file);
    const indexPath = await benchIndexPath(open, records);
    // The index path end to end from the file: in a process of its own, as `wiretrace ingest` runs, and in this
    // one, whose heap holds the whole corpus (its garbage collection slows the storing thread).
    const pipeline = await inChild("pipeline", copy("index-pipeline.db"), file, records.length);
    const pipelineHere = await withStore(open("index-pipeline-here.db"), (s) => indexPipeline(s, file, records.length));

    // wiretrace: ingest = read + sketch + store + LSH query + verify, end to end, in a process of its own.
    const dbPath = join(dir, "reuse.db");
    const whole = await inChild("ingest", dbPath, file, records.length);
    const ingestSecs = whole.secs;
    const cpuSecs = whole.cpuSecs;
    const report = { relations: whole.relations, timings: whole.timings };
    const store = openSqliteStore(dbPath);
    let t;
    const relations = await store.listRelations(["duplicate", "near-duplicate", "derived"]);
    const found = new Map(relations.map((r) => [key(r.a, r.b), r.relation.kind === "derived" ? "derived" : "duplicate"]));

    // Lookup latency: sketch + candidates + verification for 1,000 stored articles.
    const rand = prng(9);
    const here = await timeLookups(store, Array.from({ length: 1000 }, () => records[Math.floor(rand() * records.length)].text));
    await store.close();
    const elsewhere = await lookupsElsewhere(dbPath, file);
    const db = new Database(dbPath, { readonly: true });
    let indexBytes = 0;
    try {
      indexBytes = db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name IN ('sketches', 'lsh_bands', 'lsh_bands_recent')").pluck().get();
    } catch {
      indexBytes = Number.NaN;
    }
    db.close();

    const all = new Set(records.map((r) => r.id));
    const s = score(found, truth, all);
    console.log(`wiretrace, LSH index in SQLite, all ${records.length.toLocaleString("en-US")} articles:`);
    const tm = report.timings;
    const ip = indexPath;
    console.log(`  signature + index insert + LSH query, one thread: ${ip.perSecond.toFixed(0)} articles/s (signatures ${ip.sketchMs.toFixed(0)} ms, lookups ${ip.queryMs.toFixed(0)} ms, signature and band rows ${ip.insertMs.toFixed(0)} ms)`);
    console.log(`  signature + index insert + LSH query, end to end from the file on two threads (a worker reads and signs, signing shared):`);
    for (const [where, p] of [["in a process of its own", pipeline], ["in this bench process", pipelineHere]]) {
      console.log(`    ${where}: ${p.perSecond.toFixed(0)} articles/s (${p.secs.toFixed(1)} s; lookups ${p.queryMs.toFixed(0)} ms, band rows ${p.insertMs.toFixed(0)} ms)`);
    }
    console.log(`  whole ingest without stories (read, store articles and full text, index, verify, relate), in a process of its own:`);
    console.log(`    ${(records.length / ingestSecs).toFixed(0)} articles/s (${ingestSecs.toFixed(1)} s, CPU ${cpuSecs.toFixed(1)} s in all threads); ${report.relations} relations`);
    console.log(`    worker thread: read and validate JSONL ${tm.readMs.toFixed(0)} ms, signatures ${tm.sketchMs.toFixed(0)} ms`);
    console.log(`    storing thread: articles, full-text and LSH index rows ${tm.storeMs.toFixed(0)} ms, LSH lookups ${tm.queryMs.toFixed(0)} ms, verify ${tm.candidates.toLocaleString("en-US")} candidates ${tm.verifyMs.toFixed(0)} ms, waiting for input ${tm.waitMs.toFixed(0)} ms`);
    console.log(`  index: ${(indexBytes / records.length).toFixed(0)} bytes per article (signatures and band keys, dbstat)`);
    console.log(`  lookup (sketch + candidates + verify), 1,000 stored articles:`);
    console.log(`    in a process of its own (after ${elsewhere.warmUp} warm-up lookups, ${elsewhere.candidates.toFixed(1)} candidates each): p50 ${quantile(elsewhere.total, 0.5).toFixed(2)} ms, p99 ${quantile(elsewhere.total, 0.99).toFixed(2)} ms; candidates query alone p50 ${quantile(elsewhere.query, 0.5).toFixed(2)} ms, p99 ${quantile(elsewhere.query, 0.99).toFixed(2)} ms`);
    console.log(`    in this bench process (its heap holds the whole corpus): p50 ${quantile(here.total, 0.5).toFixed(2)} ms, p99 ${quantile(here.total, 0.99).toFixed(2)} ms; candidates query alone p50 ${quantile(here.query, 0.5).toFixed(2)} ms, p99 ${quantile(here.query, 0.99).toFixed(2)} ms`);
    console.log(`  duplicate pairs: precision ${pct(s.duplicate.precision)}, recall ${pct(s.duplicate.recall)} of ${s.duplicate.gold}`);
    console.log(`  derived pairs:   precision ${pct(s.derived.precision)}, recall ${pct(s.derived.recall)} of ${s.derived.gold}`);

    if (subset <= 0) return;
    // Baseline: brute force over all pairs of the first `subset` articles, exact shingle sets and the same verification rule.
    const sub = records.slice(0, subset);
    const subIds = new Set(sub.map((r) => r.id));
    t = performance.now();
    const sets = sub.map((r) => uniqueSorted(shingleHashes(tokenize(r.text).words, defaultIndexParams.shingleSize)));
    const bruteFound = new Map();
    for (let i = 0; i < sub.length; i++) {
      for (let j = i + 1; j < sub.length; j++) {
        const [a, b] = [sets[i], sets[j]];
        let x = 0, y = 0, inter = 0;
        while (x < a.length && y < b.length) {
          if (a[x] === b[y]) { inter++; x++; y++; } else if (a[x] < b[y]) x++; else y++;
        }
        const jac = inter / (a.length + b.length - inter || 1);
        const cont = Math.max(inter / (a.length || 1), inter / (b.length || 1));
        if (jac >= 0.8) bruteFound.set(key(sub[i].id, sub[j].id), "duplicate");
        else if (cont >= 0.25) bruteFound.set(key(sub[i].id, sub[j].id), "derived");
      }
    }
    const bruteSecs = (performance.now() - t) / 1000;
    const sb = score(bruteFound, truth, subIds);
    const sl = score(found, truth, subIds);
    console.log(`on the first ${subset.toLocaleString("en-US")} articles:        wiretrace (LSH)   baseline (all pairs)`);
    console.log(`  duplicate recall                       ${pct(sl.duplicate.recall)}           ${pct(sb.duplicate.recall)}`);
    console.log(`  derived recall                         ${pct(sl.derived.recall)}           ${pct(sb.derived.recall)}`);
    console.log(`  derived precision                      ${pct(sl.derived.precision)}           ${pct(sb.derived.precision)}`);
    console.log(`  ms per article to find related ones      ${(ingestSecs * 1000 / records.length).toFixed(3)}            ${(bruteSecs * 1000 / sub.length).toFixed(3)} (grows with the archive)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
