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
      DELETE FROM lsh_bands_recent WHERE seq = (SELECT seq FROM articles WHERE id = 'a4');
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

describe("the SQLite band table's two levels", () => {
  it("finds, replaces and deletes band rows whether they are recent or merged, and stays consistent", async () => {
    const { openSqliteStore } = await import("../src/store/sqlite/sqlite-store.js");
    const { articleId } = await import("../src/core/types.js");
    const { parsePublished } = await import("../src/core/published.js");
    const { textHash } = await import("../src/core/text.js");
    // A merge every 10 band rows: the first batches end up in lsh_bands, the last in lsh_bands_recent.
    const store = openSqliteStore(":memory:", { mergeBandRows: 10 });
    try {
      const make = (i: number) => {
        const text = `Article ${i}.`;
        return {
          id: articleId(`b${i}`), source: "O", url: null, title: null, byline: null, published: parsePublished("2023-01-02")!,
          text, language: "en", textHash: textHash(text), storyLabel: null, ingestedAt: "2026-01-01T00:00:00.000Z",
          raw: text, origin: { file: "x", line: i, format: "jsonl" as const },
        };
      };
      const sketch = (keys: number[]) => ({ shingles: 3, signature: Uint32Array.of(1, 2), bandKeys: Uint32Array.from(keys) });
      for (let batch = 0; batch < 4; batch++) {
        const articles = [0, 1, 2].map((k) => make(batch * 3 + k));
        await store.writeBatch(articles, [], new Map(articles.map((a, k) => [a.id, sketch([100 + k, 200 + batch])])));
      }
      // Key 100 is shared by the first article of every batch, merged or recent.
      expect(await store.lshCandidates(Uint32Array.of(100))).toEqual(["b0", "b3", "b6", "b9"]);
      expect(await store.lshCandidatesMany([Uint32Array.of(100), Uint32Array.of(203)])).toEqual([["b0", "b3", "b6", "b9"], ["b9", "b10", "b11"]]);
      await store.replaceSketches(new Map([[articleId("b0"), sketch([300])], [articleId("b9"), sketch([300])]]));
      expect(await store.lshCandidates(Uint32Array.of(100))).toEqual(["b3", "b6"]);
      expect(await store.lshCandidates(Uint32Array.of(300))).toEqual(["b0", "b9"]);
      expect(await store.deleteArticle(articleId("b3"))).toBe(true);
      expect(await store.lshCandidates(Uint32Array.of(100))).toEqual(["b6"]);
      expect(await store.checkIntegrity()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
