import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePublished } from "../src/core/published.js";
import { textHash } from "../src/core/text.js";
import { articleId, storyId, type Article, type Rejection } from "../src/core/types.js";
import type { Store } from "../src/engine/store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { tempDir } from "./helpers.js";
import { openTestPgStore, pgUnavailable, reportPgUnavailable } from "./pg-helpers.js";

/**
 * Every store implementation runs the same contract. WIRETRACE_STORES=sqlite limits the run to some of them.
 * PostgreSQL runs when WIRETRACE_TEST_PG reaches a server (each store in a fresh schema, dropped on close).
 */
const factories: Record<string, () => Promise<Store>> = {
  "sqlite (memory)": async () => openSqliteStore(":memory:"),
  "sqlite (file)": async () => openSqliteStore(join(tempDir(), "contract.db")),
  ...(pgUnavailable === null ? { "postgres": openTestPgStore } : {}),
};
const only = process.env["WIRETRACE_STORES"]?.split(",");
if (pgUnavailable !== null && (!only || only.includes("postgres"))) {
  describe("store contract: postgres", () => reportPgUnavailable("store contract"));
}

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

    it("answers many candidate lookups at once as one lookup each would", async () => {
      const store = await open();
      try {
        // 150 articles with 28 keys each drawn from 300 values: many rows per key, more rows than one insert holds.
        const articles = Array.from({ length: 150 }, (_, i) => article(`m${i}`, `Text ${i}.`));
        const keysOf = (i: number) => Array.from({ length: 28 }, (_, b) => (i * 7919 + b * 104729) % 300 + 1);
        await store.writeBatch(articles, [], new Map(articles.map((a, i) => [a.id, sketch(keysOf(i))])));
        const queries = [Uint32Array.of(), Uint32Array.of(1, 2, 3), Uint32Array.of(299, 300), Uint32Array.of(5000), Uint32Array.from(keysOf(3))];
        const many = await store.lshCandidatesMany(queries);
        expect(many).toHaveLength(queries.length);
        for (const [i, keys] of queries.entries()) expect(many[i]).toEqual(await store.lshCandidates(keys));
        expect(many[4]).toContain("m3");
        expect(many[3]).toEqual([]);
        expect(await store.lshCandidatesMany([])).toEqual([]);
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

for (const [name, open] of Object.entries(factories)) {
  if (only && !only.some((o) => name.startsWith(o))) continue;
  describe(`store contract, full-text search: ${name}`, () => {
    const corpus = (): Article[] => [
      { ...article("strike", "Rockets struck the port city of Haifa on Friday, officials said.", "2023-07-07", "Wire"),
        title: "Port strike kills two" },
      article("talks", "Ceasefire talks resumed in Cairo as envoys met for a third day.", "2023-07-08", "Daily"),
      article("both", "After the strike on the port, ceasefire talks stalled in Cairo.", "2023-07-09", "Herald"),
    ];
    const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();

    it("finds articles by the words of their titles and texts, with a snippet", async () => {
      const store = await open();
      try {
        await store.writeBatch(corpus(), []);
        expect(ids(await store.searchArticles("Cairo"))).toEqual(["both", "talks"]);
        expect(ids(await store.searchArticles("kills"))).toEqual(["strike"]);
        expect(ids(await store.searchArticles("haifa"))).toEqual(["strike"]);
        expect(ids(await store.searchArticles("HAIFA"))).toEqual(["strike"]);
        expect(await store.searchArticles("submarine")).toEqual([]);
        const [hit] = await store.searchArticles("envoys");
        expect(hit).toMatchObject({ id: "talks", source: "Daily", title: "Title talks", published: "2023-07-08", duplicateOf: null });
        expect(hit!.chars).toBe(corpus()[1]!.text.length);
        expect(hit!.snippet).toMatch(/envoys/i);
        expect(hit!.snippet).not.toMatch(/[<>]/);
        expect(typeof hit!.rank).toBe("number");
      } finally {
        await store.close();
      }
    });

    it("requires every word, ranks a title match first and pages", async () => {
      const store = await open();
      try {
        await store.writeBatch(corpus(), []);
        expect(ids(await store.searchArticles("ceasefire Cairo strike"))).toEqual(["both"]);
        const port = await store.searchArticles("port");
        expect(ids(port)).toEqual(["both", "strike"]);
        expect(port[0]!.id).toBe("strike");
        expect(port[0]!.rank).toBeGreaterThan(port[1]!.rank);
        const first = await store.searchArticles("port", { limit: 1 });
        const second = await store.searchArticles("port", { limit: 1, offset: 1 });
        expect([...first, ...second].map((h) => h.id)).toEqual(port.map((h) => h.id));
      } finally {
        await store.close();
      }
    });

    it("reads quotes, operators and punctuation as plain words, never as query syntax", async () => {
      const store = await open();
      try {
        await store.writeBatch(corpus(), []);
        const queries = [
          '"Cairo', 'Cairo"', "Cairo AND (", "Cairo OR", "NOT Cairo", "Cairo*", "^Cairo", "Cairo NEAR(", "Cairo -",
          "{Cairo}", "Cairo:", "[Cairo]", "Cairo\u0000", "\\Cairo", "+Cairo", "Cairo;",
        ];
        for (const q of queries) expect(ids(await store.searchArticles(q)), q).toEqual(["both", "talks"]);
        for (const q of ["title:Cairo", "Cairo's", "'; DROP TABLE articles; --", "a:b:c", "NEAR(a b, 2)", "x OR y AND z"]) {
          expect(Array.isArray(await store.searchArticles(q)), q).toBe(true);
        }
        for (const q of ["", "   ", '"', "()", "*", "AND", "-- ;", "\u200b"]) expect(await store.searchArticles(q), q).toEqual([]);
        expect(await store.stats()).toMatchObject({ articles: 3 });
      } finally {
        await store.close();
      }
    });

    it("keeps the index in step with writes and deletes", async () => {
      const store = await open();
      try {
        await store.writeBatch(corpus(), []);
        expect(await store.deleteArticle(articleId("talks"))).toBe(true);
        expect(ids(await store.searchArticles("Cairo"))).toEqual(["both"]);
        expect(await store.searchArticles("envoys")).toEqual([]);
        await store.writeBatch([article("later", "Envoys returned to Cairo on Monday.", "2023-07-10")], []);
        expect(ids(await store.searchArticles("Cairo"))).toEqual(["both", "later"]);
        // A conflicting re-send of an id changes nothing: the stored text stays the one found.
        await store.writeBatch([article("later", "Something else entirely about Haifa.", "2023-07-10")], []);
        expect(ids(await store.searchArticles("envoys"))).toEqual(["later"]);
        expect(ids(await store.searchArticles("haifa"))).toEqual(["strike"]);
      } finally {
        await store.close();
      }
    });
  });
}

for (const [name, open] of Object.entries(factories)) {
  if (only && !only.some((o) => name.startsWith(o))) continue;
  describe(`store contract, integrity check: ${name}`, () => {
    const derived = {
      kind: "derived" as const, extent: "whole" as const, share: 0.9, source: "a" as const, confidence: 0.9,
      evidence: { jaccard: 0.6, containmentAInB: 0.5, containmentBInA: 0.9, shareOfA: 0.5, shareOfB: 0.9, passages: [], rules: ["time/a-earlier"] },
    };
    const story = (id: string, size: number) => ({
      id: storyId(id), headline: `Story ${id}`, firstAt: 0, lastAt: 0, size, profile: "{}",
    });
    const checks = async (store: Store) => (await store.checkIntegrity()).map((p) => p.check).sort();

    it("finds nothing wrong in an empty store or after ordinary writes, relations, stories and deletes", async () => {
      const store = await open();
      try {
        expect(await store.checkIntegrity()).toEqual([]);
        await store.setSetting("index-params", JSON.stringify({ shingleSize: 4, numPerm: 4, seed: 1, threshold: 0.2 }));
        const [a, b, c, d] = [article("a", "Same text."), article("b", "B text."), article("c", "same TEXT."), article("d", "Same text.")];
        const sketches = new Map([[a.id, sketch([1, 2])], [b.id, sketch([2, 3])], [c.id, sketch([1, 2])], [d.id, sketch([1, 2])]]);
        await store.writeBatch([a, b, c, d], [rejection(7)], sketches);
        await store.putRelations([{ a: a.id, b: b.id, relation: derived }, { a: b.id, b: c.id, relation: derived }]);
        await store.saveStories({
          stories: [story("s1", 2)], created: [story("s1", 2), story("s2", 2)], removed: [], events: [],
          assignments: [
            { article: a.id, story: storyId("s1"), score: 1, evidence: "{}" },
            { article: b.id, story: storyId("s1"), score: 1, evidence: "{}" },
            { article: c.id, story: storyId("s2"), score: 1, evidence: "{}" },
            { article: d.id, story: storyId("s2"), score: 1, evidence: "{}" },
          ],
        });
        expect(await store.checkIntegrity()).toEqual([]);
        // Deleting the original of two exact duplicates makes the earlier of them the original.
        expect(await store.deleteArticle(a.id)).toBe(true);
        expect((await store.getArticle(c.id))?.duplicateOf).toBeNull();
        expect((await store.getArticle(d.id))?.duplicateOf).toBe("c");
        expect(await store.deleteArticle(b.id)).toBe(true);
        expect(await store.checkIntegrity()).toEqual([]);
        await store.replaceSketches(new Map([[c.id, sketch([5, 6], [9, 9, 9, 9])]]));
        expect(await store.checkIntegrity()).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it("reports an article missing from the index of an indexed store", async () => {
      const store = await open();
      try {
        await store.setSetting("index-params", JSON.stringify({ shingleSize: 4, numPerm: 4, seed: 1, threshold: 0.2 }));
        await store.writeBatch([article("a", "A.")], [], new Map([[articleId("a"), sketch([1])]]));
        await store.writeBatch([article("b", "B.")], []);
        const problems = await store.checkIntegrity();
        expect(problems.map((p) => p.check)).toEqual(["article-without-sketch"]);
        expect(problems[0]!.detail).toMatch(/^1 .*: b$/);
      } finally {
        await store.close();
      }
    });

    it("reports an assignment to a story that was never saved", async () => {
      const store = await open();
      try {
        await store.writeBatch([article("a", "A.")], []);
        await store.saveStories({
          stories: [], created: [], removed: [], events: [],
          assignments: [{ article: articleId("a"), story: storyId("ghost"), score: 1, evidence: "{}" }],
        });
        expect(await checks(store)).toEqual(["story-member-without-story"]);
      } finally {
        await store.close();
      }
    });

    it("reads every assignment at once and records events without moving articles", async () => {
      const store = await open();
      try {
        await store.writeBatch([article("a", "A."), article("b", "B."), article("c", "C.")], []);
        expect(await store.storyAssignments()).toEqual(new Map());
        await store.saveStories({
          stories: [story("s1", 2), { ...story("s2", 1), profile: JSON.stringify({ terms: ["vellin", "strike"] }) }],
          created: [], removed: [], events: [],
          assignments: [
            { article: articleId("a"), story: storyId("s1"), score: 1, evidence: "{}" },
            { article: articleId("b"), story: storyId("s1"), score: 1, evidence: "{}" },
            { article: articleId("c"), story: storyId("s2"), score: 1, evidence: "{}" },
          ],
        });
        const before = await store.storyAssignments();
        expect([...before].sort()).toEqual([["a", "s1"], ["b", "s1"], ["c", "s2"]]);
        const detail = JSON.stringify({ recluster: true, articles: 1, of: 1 });
        await store.addStoryEvents([
          { kind: "merge", story: storyId("s1"), other: storyId("s2"), article: null, detail },
          { kind: "split", story: storyId("s2"), other: storyId("s1"), article: null, detail },
        ]);
        // Unlike an online merge saved with saveStories, a recorded one moves nothing.
        expect(await store.storyAssignments()).toEqual(before);
        const events = await store.storyEvents(storyId("s2"));
        expect(events.map((e) => [e.kind, e.story, e.other, e.article, e.detail])).toEqual([
          ["merge", "s1", "s2", null, detail],
          ["split", "s2", "s1", null, detail],
        ]);
        expect(await checks(store)).toEqual([]);
        // The list carries each story's top terms from its saved profile; a profile without them gives none.
        const listed = new Map((await store.listStories()).map((x) => [x.id as string, x.terms]));
        expect(listed).toEqual(new Map([["s1", []], ["s2", ["vellin", "strike"]]]));
        // Clearing the stories for a re-clustering keeps their merge and split history, not their creation.
        await store.saveStories({
          stories: [], created: [], removed: [], assignments: [],
          events: [{ kind: "create", story: storyId("s1"), other: null, article: articleId("a"), detail: "{}" }],
        });
        await store.clearStories();
        expect(await store.storyAssignments()).toEqual(new Map());
        expect(await store.listStories()).toEqual([]);
        expect((await store.storyEvents(storyId("s1"))).map((e) => e.kind)).toEqual(["merge", "split"]);
        expect(await checks(store)).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
}
