import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePublished } from "../src/core/published.js";
import { textHash } from "../src/core/text.js";
import { articleId, type Article, type Rejection } from "../src/core/types.js";
import type { Store } from "../src/engine/store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { tempDir } from "./helpers.js";

/** Every store implementation runs the same contract. WIRETRACE_STORES=sqlite limits the run to some of them. */
const factories: Record<string, () => Promise<Store>> = {
  "sqlite (memory)": async () => openSqliteStore(":memory:"),
  "sqlite (file)": async () => openSqliteStore(join(tempDir(), "contract.db")),
};
const only = process.env["WIRETRACE_STORES"]?.split(",");

function article(id: string, text: string, published = "2023-07-09", source: string | null = "Outlet"): Article {
  return {
    id: articleId(id), source, url: null, title: `Title ${id}`, byline: null,
    published: parsePublished(published)!, text, language: "en", textHash: textHash(text), storyLabel: null,
    ingestedAt: "2026-01-01T00:00:00.000Z", raw: JSON.stringify({ id, text }),
    origin: { file: "in.jsonl", line: 1, format: "jsonl" },
  };
}
const rejection = (line: number): Rejection => ({
  file: "in.jsonl", line, field: "published", reason: "no publication date", raw: Buffer.from(`{"line":${line}}`),
});

for (const [name, open] of Object.entries(factories)) {
  if (only && !only.some((o) => name.startsWith(o))) continue;
  describe(`store contract: ${name}`, () => {
    const withStore = async (work: (store: Store) => Promise<void>) => {
      const store = await open();
      try {
        await work(store);
      } finally {
        await store.close();
      }
    };

    it("stores a batch and reads every field back", () =>
      withStore(async (store) => {
        const a = article("a1", "The strike hit on Friday.", "2023-07-09T10:30:00+02:00");
        const result = await store.writeBatch([a], []);
        expect(result).toMatchObject({ inserted: 1, duplicates: 0, unchanged: 0, conflicts: [], quarantined: 0 });
        const back = await store.getArticle(a.id);
        expect(back).toEqual({ ...a, duplicateOf: null });
        expect(await store.getArticle(articleId("missing"))).toBeNull();
      }));

    it("adds nothing when the same batch is written twice", () =>
      withStore(async (store) => {
        const batch = [article("a1", "One."), article("a2", "Two.")];
        await store.writeBatch(batch, [rejection(3)]);
        const again = await store.writeBatch(batch, [rejection(3)]);
        expect(again).toMatchObject({ inserted: 0, unchanged: 2, quarantined: 0, requarantined: 1 });
        expect(await store.stats()).toMatchObject({ articles: 2, quarantined: 1 });
      }));

    it("records the same text under two ids as an exact duplicate, keeping both", () =>
      withStore(async (store) => {
        const result = await store.writeBatch([article("a1", "Same “text”."), article("a2", "same \"TEXT\".")], []);
        expect(result).toMatchObject({ inserted: 2, duplicates: 1 });
        expect((await store.getArticle(articleId("a2")))?.duplicateOf).toBe("a1");
        expect(await store.exactDuplicateGroups()).toEqual([{ textHash: textHash("Same “text”."), ids: ["a1", "a2"] }]);
        expect((await store.stats()).exactDuplicates).toBe(1);
      }));

    it("quarantines an id that arrives again with a different text and keeps the stored one", () =>
      withStore(async (store) => {
        await store.writeBatch([article("a1", "Original.")], []);
        const result = await store.writeBatch([article("a1", "Changed.")], []);
        expect(result.conflicts).toHaveLength(1);
        expect(result.conflicts[0]).toMatchObject({ field: "id", file: "in.jsonl", line: 1 });
        expect((await store.getArticle(articleId("a1")))?.text).toBe("Original.");
        const q = await store.listQuarantine();
        expect(q).toHaveLength(1);
        expect(q[0]?.reason).toMatch(/already stored with a different text/);
      }));

    it("keeps rejected records with their raw bytes and place", () =>
      withStore(async (store) => {
        await store.writeBatch([], [rejection(2), { ...rejection(5), line: null, field: null, raw: new Uint8Array([0, 1, 2, 255]) }]);
        const q = await store.listQuarantine();
        expect(q.map((e) => [e.line, e.field])).toEqual([[2, "published"], [null, null]]);
        expect([...q[1]!.raw]).toEqual([0, 1, 2, 255]);
      }));

    it("lists articles newest first, by outlet, with paging", () =>
      withStore(async (store) => {
        await store.writeBatch(
          [
            article("old", "Old.", "2023-07-01", "A"),
            article("new", "New.", "2023-07-09T23:30:00-05:00", "B"),
            article("mid", "Mid.", "2023-07-09", "A"),
          ],
          [],
        );
        expect((await store.listArticles()).map((a) => a.id)).toEqual(["new", "mid", "old"]);
        expect((await store.listArticles({ source: "A" })).map((a) => a.id)).toEqual(["mid", "old"]);
        expect((await store.listArticles({ limit: 1, offset: 1 })).map((a) => a.id)).toEqual(["mid"]);
        expect((await store.listArticles())[0]).toMatchObject({ published: "2023-07-09T23:30:00-05:00", chars: 4 });
        expect(await store.stats()).toMatchObject({ articles: 3, sources: 2, firstPublished: "2023-07-01", lastPublished: "2023-07-09" });
      }));
  });
}

const sketch = (keys: number[], sig: number[] = [1, 2, 3, 4]): import("../src/engine/store.js").ArticleSketch => ({
  shingles: sig.length, signature: Uint32Array.from(sig), bandKeys: Uint32Array.from(keys),
});

for (const [name, open] of Object.entries(factories)) {
  if (only && !only.some((o) => name.startsWith(o))) continue;
  describe(`store contract, index and relations: ${name}`, () => {
    it("finds candidates by band key, updates and deletes them", async () => {
      const store = await open();
      try {
        const [a, b, c] = [article("a", "A."), article("b", "B."), article("c", "C.")];
        await store.writeBatch([a, b, c], [], new Map([[a.id, sketch([1, 2])], [b.id, sketch([2, 3])], [c.id, sketch([9])]]));
        expect(await store.lshCandidates(Uint32Array.of(2))).toEqual(["a", "b"]);
        expect(await store.lshCandidates(Uint32Array.of(3, 9))).toEqual(["b", "c"]);
        expect(await store.lshCandidates(Uint32Array.of(7))).toEqual([]);
        await store.replaceSketches(new Map([[b.id, sketch([7], [5, 6])]]));
        expect(await store.lshCandidates(Uint32Array.of(2))).toEqual(["a"]);
        expect(await store.lshCandidates(Uint32Array.of(7))).toEqual(["b"]);
        expect([...(await store.getSketch(b.id))!.signature]).toEqual([5, 6]);
        expect(await store.deleteArticle(a.id)).toBe(true);
        expect(await store.deleteArticle(a.id)).toBe(false);
        expect(await store.lshCandidates(Uint32Array.of(1, 2))).toEqual([]);
        expect((await store.scanSketches(0, 10)).map((r) => r.id)).toEqual(["b", "c"]);
      } finally {
        await store.close();
      }
    });

    it("stores relations once per pair and reads them from either side", async () => {
      const store = await open();
      try {
        await store.writeBatch([article("a", "A."), article("b", "B.")], []);
        const relation = {
          kind: "derived" as const, extent: "partial" as const, share: 0.4, source: "b" as const, confidence: 0.7,
          evidence: { jaccard: 0.3, containmentAInB: 0.4, containmentBInA: 0.2, shareOfA: 0.4, shareOfB: 0.2, passages: [], rules: ["time/b-earlier"] },
        };
        // Given from the later article's side, stored from the earlier one's: the relation is flipped.
        await store.putRelations([{ a: articleId("b"), b: articleId("a"), relation }]);
        await store.putRelations([{ a: articleId("b"), b: articleId("a"), relation }]);
        const stored = await store.relationsOf(articleId("b"));
        expect(stored).toHaveLength(1);
        expect(stored[0]).toMatchObject({ a: "a", b: "b", relation: { source: "a", evidence: { containmentAInB: 0.2, rules: ["time/a-earlier"] } } });
        expect(await store.listRelations(["duplicate"])).toEqual([]);
        expect(await store.listRelations(["derived"])).toHaveLength(1);
        expect(await store.getSetting("x")).toBeNull();
        await store.setSetting("x", "1");
        await store.setSetting("x", "2");
        expect(await store.getSetting("x")).toBe("2");
      } finally {
        await store.close();
      }
    });
  });
}
