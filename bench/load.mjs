// npm run load [-- --clients N] [-- --seconds S] [-- --articles N] [-- --uploads N]
//
// Load test of `wiretrace serve` on loopback: builds a store of generated articles, starts the server as its own
// process (as a user runs it, with a write token), then runs 50 concurrent clients for 30 s (at most 60) doing mixed
// reads of the JSON API and a few (8) authenticated uploads of 5 articles each. Every response must have the expected status: any error
// fails the run (exit 1). Prints requests per second and p50/p90/p99 latency, overall and per route.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { articleLines, loadSentences, prng, sentenceModel } from "./corpus.mjs";
import { ingest } from "../dist/engine/ingest.js";
import { openSqliteStore } from "../dist/store/sqlite/sqlite-store.js";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const clients = arg("clients", 50);
const seconds = Math.min(arg("seconds", 30), 60);
const articles = arg("articles", 3000);
// Each upload runs a whole ingest in the server's one thread (the story engine is loaded per upload): a few only.
const uploadsWanted = arg("uploads", 8);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const dir = mkdtempSync(join(tmpdir(), "wiretrace-load-"));
const db = join(dir, "load.db");
let server = null;
try {
  await run();
} finally {
  server?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}

async function run() {
  // A store of generated news-like articles, with rewrites so that relations, stories and duplicates exist.
  const { sentences, origin } = loadSentences();
  const model = sentenceModel(sentences);
  const lines = [...articleLines(articles, Array.from({ length: 4000 }, () => model()), 5)];
  const rand = prng(9);
  for (let i = 0; i < articles / 10; i++) {
    const base = JSON.parse(lines[Math.floor(rand() * lines.length)]);
    lines.push(JSON.stringify({ ...base, id: `${base.id}-copy-${i}`, source: "Copy Desk" }));
  }
  writeFileSync(join(dir, "corpus.jsonl"), `${lines.join("\n")}\n`);
  const store = openSqliteStore(db);
  const t0 = performance.now();
  const report = await ingest(store, [join(dir, "corpus.jsonl")]);
  await store.close();
  console.log(`wiretrace load test on node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ` +
    `${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} before the run`);
  console.log(`store: ${report.inserted.toLocaleString("en-US")} articles (sentences from ${origin}), ` +
    `${report.relations} relations, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const token = randomBytes(16).toString("hex");
  server = spawn(process.execPath, [join(root, "bin", "wiretrace.js"), "serve", "--db", db, "--port", "0", "--json"], {
    env: { ...process.env, WIRETRACE_TOKEN: token }, stdio: ["ignore", "pipe", "inherit"],
  });
  const first = await new Promise((resolve, reject) => {
    createInterface({ input: server.stdout }).once("line", resolve);
    server.once("exit", (code) => reject(new Error(`wiretrace serve exited with ${code}`)));
  });
  const base = JSON.parse(first).url;
  const get = async (path) => (await fetch(base + path)).json();
  const ids = (await get("/api/articles?limit=500")).articles.map((a) => a.id);
  const stories = (await get("/api/stories?limit=200")).stories.map((s) => s.id);
  const words = ["strike", "minister", "said", "police", "government", "court", "market", "election", "percent"];

  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const enc = encodeURIComponent;
  // Reads as the web UI and API users make them, with weights; uploads are a few percent of requests.
  const routes = [
    { name: "GET /api/health", weight: 5, path: () => "/api/health" },
    { name: "GET /api/stats", weight: 5, path: () => "/api/stats" },
    { name: "GET /api/articles", weight: 15, path: () => `/api/articles?limit=50&offset=${Math.floor(Math.random() * 1000)}` },
    { name: "GET /api/articles/:id", weight: 20, path: () => `/api/articles/${enc(pick(ids))}` },
    { name: "GET /api/articles/:id/relations", weight: 10, path: () => `/api/articles/${enc(pick(ids))}/relations` },
    { name: "GET /api/search", weight: 15, path: () => `/api/search?q=${pick(words)}` },
    { name: "GET /api/stories", weight: 10, path: () => "/api/stories?limit=50" },
    { name: "GET /api/stories/:id", weight: 10, path: () => `/api/stories/${enc(pick(stories))}` },
    { name: "GET /api/compare", weight: 5, path: () => `/api/compare?a=${enc(pick(ids))}&b=${enc(pick(ids))}` },
    { name: "GET /api/articles/:id/timeline", weight: 3, path: () => `/api/articles/${enc(pick(ids))}/timeline` },
  ];
  const totalWeight = routes.reduce((s, r) => s + r.weight, 0);
  const chooseRoute = () => {
    let x = Math.random() * totalWeight;
    for (const r of routes) if ((x -= r.weight) < 0) return r;
    return routes[0];
  };

  const latencies = new Map();
  const errors = [];
  let uploads = 0;
  const record = (name, ms) => {
    const list = latencies.get(name) ?? [];
    list.push(ms);
    latencies.set(name, list);
  };
  const begin = performance.now();
  const deadline = begin + seconds * 1000;
  const client = async (c) => {
    // Clients 0 … uploadsWanted-1 each upload once, at evenly spaced moments of the run.
    let uploadAt = c < uploadsWanted ? begin + ((c + 1) * seconds * 1000) / (uploadsWanted + 1) : Number.POSITIVE_INFINITY;
    while (performance.now() < deadline) {
      const write = performance.now() >= uploadAt;
      if (write) uploadAt = Number.POSITIVE_INFINITY;
      const route = write ? { name: "POST /api/articles (upload)" } : chooseRoute();
      const started = performance.now();
      try {
        let response;
        if (write) {
          const k = uploads++;
          const body = Array.from({ length: 5 }, (_, i) => JSON.stringify({
            id: `load-${c}-${k}-${i}`, source: `Uploader ${c}`, published: "2023-11-01",
            title: `Upload ${k} item ${i}`, text: `${model()} ${model()} ${model()}`,
          })).join("\n");
          response = await fetch(`${base}/api/articles?format=jsonl&name=load-${c}-${k}.jsonl`, {
            method: "POST", body, headers: { authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" },
          });
        } else {
          response = await fetch(base + route.path());
        }
        await response.arrayBuffer();
        const expected = write ? 201 : 200;
        if (response.status !== expected) errors.push(`${route.name}: status ${response.status}, expected ${expected}`);
      } catch (error) {
        errors.push(`${route.name}: ${error.message}`);
      }
      record(route.name, performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  const elapsed = (performance.now() - started) / 1000;

  const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const line = (name, list) => {
    const s = [...list].sort((a, b) => a - b);
    return `  ${name.padEnd(34)} ${String(s.length).padStart(7)} ${pct(s, 50).toFixed(1).padStart(8)} ` +
      `${pct(s, 90).toFixed(1).padStart(8)} ${pct(s, 99).toFixed(1).padStart(8)} ${s[s.length - 1].toFixed(1).padStart(8)}`;
  };
  const all = [...latencies.values()].flat();
  console.log(`${clients} concurrent clients on loopback for ${elapsed.toFixed(1)} s: ${all.length.toLocaleString("en-US")} requests ` +
    `(${Math.round(all.length / elapsed)}/s), ${uploads} authenticated uploads, ${errors.length} errors`);
  console.log(`  ${"route".padEnd(34)} ${"requests".padStart(7)} ${"p50 ms".padStart(8)} ${"p90 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}`);
  console.log(line("all", all));
  for (const [name, list] of [...latencies].sort((a, b) => b[1].length - a[1].length)) console.log(line(name, list));
  if (errors.length > 0) {
    const counts = new Map();
    for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
    for (const [e, n] of counts) console.log(`  error ×${n}: ${e}`);
    process.exitCode = 1;
  }
}
