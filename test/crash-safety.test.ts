import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../src/eval/prng.js";
import type { Store } from "../src/engine/store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { tempDir } from "./helpers.js";

/**
 * Crash safety: `wiretrace ingest` is killed with SIGKILL at 50 seeded random moments of a 1,000-article ingest and
 * resumed by running the same command again. After every kill the store passes its integrity check; after every
 * completed resume it holds exactly what an uninterrupted ingest stores (the same articles, duplicates, quarantine and
 * reuse relations), each article in one story, and `wiretrace check` exits 0.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const KILLS = 50;
const ARTICLES = 1000;
const BATCH = "50";

/** The test runs the built CLI, `node bin/wiretrace.js`, as a user does; test/global-setup.ts builds dist/ once. */
const BIN = join(ROOT, "bin", "wiretrace.js");
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/cli/main.js is missing: the global setup's build failed");
});

/** Three JSONL files of generated news-like articles, with rewrites, exact copies and bad records among them. */
function writeCorpus(dir: string): { articles: number; rejected: number } {
  const rand = seededRandom(11);
  const vocabulary = Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 10007}`);
  const sentence = () => Array.from({ length: 8 + Math.floor(rand() * 12) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(" ");
  const bodies: string[][] = [];
  const lines: string[][] = [[], [], []];
  let articles = 0;
  let rejected = 0;
  for (let i = 0; i < ARTICLES; i++) {
    let body: string[];
    if (i % 10 === 9) {
      // A rewrite of an earlier article: a sentence dropped, one added.
      const base = bodies[Math.floor(rand() * bodies.length)]!;
      body = [...base.slice(1), `${sentence()}.`];
    } else if (i % 40 === 38) {
      body = bodies[Math.floor(rand() * bodies.length)]!;
    } else {
      body = Array.from({ length: 5 + Math.floor(rand() * 8) }, () => `${sentence()}.`);
    }
    bodies.push(body);
    const day = 1 + Math.floor(i / 80);
    const record = i % 250 === 7
      ? { id: `a${i}`, source: `Outlet ${i % 9}`, published: "sometime", text: body.join(" ") }
      : { id: `a${i}`, source: `Outlet ${i % 9}`, title: body[0]!.slice(0, 40), published: `2023-03-${String(day).padStart(2, "0")}`, text: body.join(" ") };
    if (record.published === "sometime") rejected++;
    else articles++;
    lines[Math.floor((i * 3) / ARTICLES)]!.push(JSON.stringify(record));
  }
  mkdirSync(dir, { recursive: true });
  lines.forEach((l, k) => writeFileSync(join(dir, `part-${k}.jsonl`), `${l.join("\n")}\n`));
  return { articles, rejected };
}

const ingestArgs = (corpus: string, db: string) => [BIN, "ingest", corpus, "--db", db, "--batch-size", BATCH, "--json"];

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

async function withStore<T>(db: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = openSqliteStore(db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** What must come out the same however often the ingest was interrupted. */
async function snapshot(db: string) {
  return withStore(db, async (store) => {
    const stats = await store.stats();
    const articles = (await store.listArticles({ limit: ARTICLES * 2 })).map((a) => `${a.id}=${a.duplicateOf ?? ""}`).sort();
    const relations = (await store.listRelations(["duplicate", "near-duplicate", "derived"]))
      .map((r) => `${r.a}/${r.b}/${r.relation.kind}/${r.relation.source}`).sort();
    let unassigned = 0;
    for (const line of articles) if ((await store.storyOf(line.split("=")[0] as never)) === null) unassigned++;
    return { stats, articles, relations, unassigned, problems: await store.checkIntegrity() };
  });
}

describe("crash safety of ingest", () => {
  it(`survives ${KILLS} SIGKILLs at random moments, resuming each time without losing or repeating an article`, async () => {
    const dir = tempDir();
    const corpus = join(dir, "corpus");
    const expected = writeCorpus(corpus);

    // Process start-up (loading the CLI) is timed apart, so that most kills land in the ingest itself.
    const startedUp = performance.now();
    expect(spawnSync(process.execPath, [BIN, "--version"]).status).toBe(0);
    const startupMs = performance.now() - startedUp;

    const refDb = join(dir, "reference.db");
    const started = performance.now();
    const ref = spawn(process.execPath, ingestArgs(corpus, refDb), { stdio: "ignore" });
    expect(await exited(ref)).toBe(3); // exit 3: some records were rejected, as planted
    const fullMs = performance.now() - started;
    const reference = await snapshot(refDb);
    expect(reference.stats).toMatchObject({ articles: expected.articles, quarantined: expected.rejected });
    expect(reference.stats.exactDuplicates).toBeGreaterThan(20);
    expect(reference.relations.length).toBeGreaterThan(100);
    expect(reference.unassigned).toBe(0);
    expect(reference.problems).toEqual([]);

    const rand = seededRandom(2026);
    let kills = 0;
    let rounds = 0;
    let db = "";
    let finished = true;
    const storedAtKill: number[] = [];
    while (kills < KILLS || !finished) {
      if (finished) {
        db = join(dir, `round-${++rounds}.db`);
        finished = false;
      }
      const child = spawn(process.execPath, ingestArgs(corpus, db), { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      const exit = exited(child);
      // From a little before the CLI has loaded to 80% of the way through a full ingest's own time. A shorter
      // window let a run of resumes be killed before any of them stored another batch, so the kills bunched.
      const delay = startupMs + (1.2 * rand() - 0.2) * 0.8 * Math.max(fullMs - startupMs, startupMs);
      const killAt = kills < KILLS ? sleep(delay).then(() => null) : new Promise<null>(() => {});
      let outcome = await Promise.race([exit.then((code) => ({ code })), killAt]);
      if (outcome === null && child.exitCode !== null) outcome = { code: child.exitCode };
      if (outcome === null) {
        child.kill("SIGKILL");
        await exit;
        kills++;
        // Whatever moment the kill hit, what is stored is consistent.
        if (existsSync(db)) {
          const [problems, stats] = await withStore(db, async (s) => [await s.checkIntegrity(), await s.stats()] as const);
          expect(problems, `after kill ${kills}`).toEqual([]);
          storedAtKill.push(stats.articles);
        } else storedAtKill.push(0);
        continue;
      }
      expect(outcome.code, `round ${rounds}: ${stderr}`).toBe(3);
      const after = await snapshot(db);
      expect(after.articles, `round ${rounds}: articles`).toEqual(reference.articles);
      expect(after.stats, `round ${rounds}: counts`).toEqual(reference.stats);
      expect(after.relations, `round ${rounds}: relations`).toEqual(reference.relations);
      expect(after.unassigned, `round ${rounds}: articles without a story`).toBe(0);
      expect(after.problems, `round ${rounds}: integrity`).toEqual([]);
      finished = true;
    }
    expect(kills).toBe(KILLS);
    console.log(`crash safety: start-up ${Math.round(startupMs)} ms, a full ingest ${Math.round(fullMs)} ms; ${kills} kills over ` +
      `${rounds} rounds; articles stored at the kills: ${storedAtKill.join(" ")}`);
    // The kills landed at many points of the ingest, not all at start-up or all at the end.
    expect(new Set(storedAtKill).size).toBeGreaterThanOrEqual(5);
    expect(storedAtKill.some((n) => n > 0 && n < expected.articles)).toBe(true);
    const check = spawnSync(process.execPath, [BIN, "check", "--db", db], { encoding: "utf8" });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toBe(`ok: ${expected.articles.toLocaleString("en-US")} articles, no problems found\n`);
  }, 400_000);
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
