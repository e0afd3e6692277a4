import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePublished } from "../../core/published.js";
import { textHash } from "../../core/text.js";
import { articleId, type Article } from "../../core/types.js";
import type { Store } from "../../engine/store.js";
import { openSqliteStore } from "./sqlite-store.js";

const article = (id: string, text: string): Article => ({
  id: articleId(id), source: "Wire", url: null, title: null, byline: null, published: parsePublished("2023-07-09")!,
  text, language: "en", textHash: textHash(text), storyLabel: null, ingestedAt: "2026-01-01T00:00:00.000Z",
  raw: text, origin: { file: "in.txt", line: null, format: "text" },
});

describe("SQLite full-text search with arbitrary queries", () => {
  let store: Store;
  beforeAll(async () => {
    store = openSqliteStore(":memory:");
    await store.writeBatch([article("a", "Envoys met in Cairo on Friday."), article("b", "Rockets hit Haifa (again) at 3 a.m.")], []);
  });
  afterAll(() => store.close());

  it("never throws, whatever the user types", async () => {
    const alphabet = fc.constantFrom(..."\"'()*:^-+{}[]<>,.;!?/\\|&~`@#$% \t\nANDORNOTNEARcairohaifa0123é\u0000\u200b");
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 })), async (q) => {
        const hits = await store.searchArticles(q);
        expect(Array.isArray(hits)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("finds a word wrapped in any punctuation", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(..."\"'()*:^-+{}[]<>,.;!?|&~`"), fc.constantFrom(..."\"'()*:^-+{}[]<>,.;!?|&~`"), async (l, r) => {
        expect((await store.searchArticles(`${l}Cairo${r}`)).map((h) => h.id)).toEqual(["a"]);
      }),
      { numRuns: 100 },
    );
  });
});
