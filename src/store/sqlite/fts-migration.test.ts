import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { parsePublished } from "../../core/published.js";
import { textHash } from "../../core/text.js";
import { articleId, type Article } from "../../core/types.js";
import { tempDir } from "../../../test/helpers.js";
import { openSqliteStore } from "./sqlite-store.js";

const article = (id: string, text: string): Article => ({
  id: articleId(id), source: "Wire", url: null, title: null, byline: null, published: parsePublished("2023-07-09")!,
  text, language: "en", textHash: textHash(text), storyLabel: null, ingestedAt: "2026-01-01T00:00:00.000Z",
  raw: text, origin: { file: "in.txt", line: null, format: "text" },
});

describe("full-text search migration", () => {
  it("back-fills the index of a database made before it", async () => {
    const path = join(tempDir(), "old.db");
    const store = openSqliteStore(path);
    await store.writeBatch([article("a", "Envoys met in Cairo."), article("b", "Rockets hit Haifa.")], []);
    await store.close();
    // Make the file look as it did before version 4: no index, no triggers, the version not recorded.
    const db = new Database(path);
    db.exec(`DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_delete; DROP TRIGGER articles_fts_update;
      DROP TABLE articles_fts; DELETE FROM schema_migrations WHERE version = 4;`);
    db.close();

    const reopened = openSqliteStore(path);
    try {
      expect((await reopened.searchArticles("cairo")).map((h) => h.id)).toEqual(["a"]);
      expect((await reopened.searchArticles("haifa")).map((h) => h.id)).toEqual(["b"]);
    } finally {
      await reopened.close();
    }
  });
});
