import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { captureIo, tempDir } from "./helpers.js";

/** A small indexed store made through the CLI, with duplicates, relations and stories. */
async function builtStore(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = join(dir, "w.db");
  const story = "The harbour authority said on Tuesday that dockworkers would return to work after a three day strike over pay and hours";
  const lines = [
    { id: "a1", source: "Wire", published: "2023-07-01", title: "Strike ends", text: `${story}.` },
    { id: "a2", source: "Daily", published: "2023-07-02", title: "Strike ends", text: `${story}.` },
    { id: "a3", source: "Herald", published: "2023-07-03", title: "Port reopens", text: `${story}, officials said on Wednesday.` },
    { id: "a4", source: "Herald", published: "2023-07-04", title: "Museum", text: "The city museum reopened after an eight year restoration of its roof and galleries." },
  ];
  const file = join(dir, "in.jsonl");
  await import("node:fs/promises").then((fs) => fs.writeFile(file, lines.map((l) => JSON.stringify(l)).join("\n")));
  const run = captureIo(dir);
  expect(await main(["ingest", file, "--db", db], run.io)).toBe(EXIT.ok);
  return { dir, db };
}

async function check(dir: string, db: string, json = false) {
  const run = captureIo(dir);
  const code = await main(["check", "--db", db, ...(json ? ["--json"] : [])], run.io);
  return { code, out: run.out(), err: run.err() };
}

describe("wiretrace check on SQLite", () => {
  it("passes on a store built by ingest, in text and JSON", async () => {
    const { dir, db } = await builtStore();
    const text = await check(dir, db);
    expect(text).toMatchObject({ code: EXIT.ok, out: "ok: 4 articles, no problems found\n" });
    const json = await check(dir, db, true);
    expect(JSON.parse(json.out)).toEqual({ ok: true, articles: 4, problems: [] });
  });

  it("finds orphans, missing band rows, wrong duplicate links and broken relations written behind the store's back", async () => {
    const { dir, db } = await builtStore();
    const raw = new Database(db);
    raw.pragma("foreign_keys = OFF");
    raw.exec(`
      DELETE FROM lsh_bands WHERE seq = (SELECT seq FROM articles WHERE id = 'a4');
      INSERT INTO sketches (seq, shingles, signature) VALUES (999, 1, x'00000000');
      INSERT INTO lsh_bands (band_key, seq) VALUES (12345, 998);
      UPDATE articles SET duplicate_of = 'a3' WHERE id = 'a2';
      INSERT INTO relations (a_seq, b_seq, kind, source_seq, evidence) VALUES (3, 2, 'derived', 1, '{}');
      INSERT INTO relations (a_seq, b_seq, kind, source_seq, evidence) VALUES (1, 777, 'derived', NULL, '{}');
      INSERT INTO story_articles (article_seq, story_id, score, evidence, assigned_at) VALUES (555, 'nowhere', 1, '{}', 'x');
      UPDATE story_articles SET story_id = 'gone' WHERE article_seq = 4;
    `);
    raw.close();
    const result = await check(dir, db, true);
    expect(result.code).toBe(EXIT.error);
    const found = (JSON.parse(result.out) as { problems: { check: string }[] }).problems.map((p) => p.check).sort();
    expect(found).toEqual([
      "band-without-sketch", "duplicate-of-mismatch", "foreign-key", "relation-order",
      "relation-source", "relation-without-article", "sketch-malformed", "sketch-without-article", "sketch-without-bands",
      "story-member-without-article", "story-member-without-story",
    ]);
    const text = await check(dir, db);
    expect(text.code).toBe(EXIT.error);
    expect(text.out).toMatch(/^sketch-without-bands: 1 sketches whose LSH band rows are missing: seq 4$/m);
    expect(text.out).toMatch(/^11 problems found$/m);
  });

  it("reports an article indexed with a signature of another size than the store's parameters", async () => {
    const { dir, db } = await builtStore();
    const raw = new Database(db);
    raw.prepare("UPDATE sketches SET signature = ? WHERE seq = 1").run(Buffer.from(Uint32Array.of(1, 7, 1, 2).buffer));
    raw.close();
    const store = openSqliteStore(db);
    try {
      expect((await store.checkIntegrity()).map((p) => p.check)).toEqual(["sketch-malformed"]);
    } finally {
      await store.close();
    }
  });

  it("refuses a database file that does not exist rather than creating it", async () => {
    const dir = tempDir();
    const result = await check(dir, join(dir, "missing.db"));
    expect(result.code).toBe(EXIT.notFound);
    expect(result.err).toMatch(/no database at .*missing\.db/);
  });
});

describe("wiretrace check: the full-text index", () => {
  it("finds a search index out of step with the articles", async () => {
    const { dir, db } = await builtStore();
    const raw = new Database(db);
    // Drop the triggers' work for one article: its title and text change without the index knowing.
    raw.exec("DROP TRIGGER articles_fts_update; UPDATE articles SET text = 'Something else entirely.' WHERE id = 'a4';");
    raw.close();
    const result = await check(dir, db, true);
    expect(result.code).toBe(EXIT.error);
    expect((JSON.parse(result.out) as { problems: { check: string }[] }).problems.map((p) => p.check)).toEqual(["search-index"]);
  });
});
