import { describe, expect, it } from "vitest";
import { parsePublished } from "../src/core/published.js";
import { textHash } from "../src/core/text.js";
import { articleId, type Article } from "../src/core/types.js";
import type { ArticleSketch } from "../src/engine/store.js";
import { openPgStore } from "../src/store/postgres/pg-store.js";
import { dropSchema, freshSchema, openTestPgStore, pgTestUrlFor, pgUnavailable, reportPgUnavailable } from "./pg-helpers.js";

function article(id: string, text: string, published = "2023-07-09"): Article {
  return {
    id: articleId(id), source: "Outlet", url: null, title: `Title ${id}`, byline: null,
    published: parsePublished(published)!, text, language: "en", textHash: textHash(text), storyLabel: null,
    ingestedAt: "2026-01-01T00:00:00.000Z", raw: JSON.stringify({ id, text }),
    origin: { file: "in.jsonl", line: 1, format: "jsonl" },
  };
}
const sketch = (keys: number[]): ArticleSketch => ({
  shingles: 4, signature: Uint32Array.from([1, 2, 3, 4]), bandKeys: Uint32Array.from(keys),
});

describe("PostgreSQL store: what only it does", () => {
  if (pgUnavailable !== null) {
    reportPgUnavailable("PostgreSQL store");
    return;
  }

  it("keeps the LSH index in month partitions and drops old windows whole", async () => {
    const store = await openTestPgStore();
    try {
      await store.setSetting("index-params", JSON.stringify({ shingleSize: 4, numPerm: 4, seed: 1, threshold: 0.2 }));
      const batch = [article("jan", "January.", "2023-01-15"), article("feb", "February.", "2023-02-28T23:30:00-05:00"),
        article("mar", "March.", "2023-03-01")];
      // Band keys above 2^31 exercise the unsigned-to-signed mapping.
      await store.writeBatch(batch, [], new Map(batch.map((a) => [a.id, sketch([7, 2 ** 32 - 1])])));
      expect(await store.lshCandidates(Uint32Array.of(2 ** 32 - 1))).toEqual(["jan", "feb", "mar"]);
      expect([...(await store.getSketch(articleId("feb")))!.bandKeys]).toEqual([7, 2 ** 32 - 1]);
      await expect(store.dropIndexBefore("2023-3-1")).rejects.toThrow(/date: expected YYYY-MM-DD/);
      // February's article was published on March 1st in UTC: it is filed under March.
      expect(await store.dropIndexBefore("2023-03-01")).toEqual(["lsh_bands_2023_01"]);
      expect(await store.lshCandidates(Uint32Array.of(7))).toEqual(["feb", "mar"]);
      expect(await store.getSketch(articleId("jan"))).toBeNull();
      expect((await store.stats()).articles).toBe(3);
      expect(await store.checkIntegrity()).toEqual([]);
      // An article from the dropped window arriving later is indexed again in a new partition.
      await store.writeBatch([article("late", "Late January.", "2023-01-20")], [], new Map([[articleId("late"), sketch([7])]]));
      expect(await store.lshCandidates(Uint32Array.of(7))).toEqual(["feb", "mar", "late"]);
      expect(await store.sizeOnDisk()).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it("stores each article once when two connections write overlapping batches at the same time", async () => {
    const schema = freshSchema();
    const url = pgTestUrlFor(schema);
    const [one, two] = [await openPgStore(url), await openPgStore(url)];
    try {
      // 150 ids, both writers send all of them in different orders; 50 texts repeat under other ids.
      const all = Array.from({ length: 150 }, (_, i) => article(`x${i}`, `Shared text number ${i % 100}.`));
      const reversed = [...all].reverse();
      const write = async (store: typeof one, list: Article[]) => {
        let inserted = 0;
        for (let i = 0; i < list.length; i += 10) {
          const part = list.slice(i, i + 10);
          inserted += (await store.writeBatch(part, [], new Map(part.map((a) => [a.id, sketch([1, 2, 3])])))).inserted;
        }
        return inserted;
      };
      const [a, b] = await Promise.all([write(one, all), write(two, reversed)]);
      expect(a + b).toBe(150);
      expect(await one.stats()).toMatchObject({ articles: 150, exactDuplicates: 50 });
      expect(await one.checkIntegrity()).toEqual([]);
      expect((await one.lshCandidates(Uint32Array.of(2))).length).toBe(150);
    } finally {
      await one.close();
      await two.close();
      await dropSchema(schema);
    }
  });

  it("answers relations of many articles at once as one lookup each would", async () => {
    const store = await openTestPgStore();
    try {
      await store.writeBatch(["a", "b", "c", "d"].map((id) => article(id, `Text ${id}.`)), []);
      const relation = (share: number) => ({
        kind: "derived" as const, extent: "partial" as const, share, source: "a" as const, confidence: 0.7,
        evidence: { jaccard: 0.3, containmentAInB: 0.4, containmentBInA: 0.2, shareOfA: 0.4, shareOfB: 0.2, passages: [], rules: [] },
      });
      await store.putRelations([
        { a: articleId("a"), b: articleId("b"), relation: relation(0.1) },
        { a: articleId("c"), b: articleId("b"), relation: relation(0.2) },
        { a: articleId("a"), b: articleId("c"), relation: relation(0.3) },
      ]);
      const ids = ["a", "b", "c", "d", "missing"].map(articleId);
      const many = await store.relationsOfMany(ids);
      for (const id of ids) expect(many.get(id), id).toEqual(await store.relationsOf(id));
      expect(many.get(articleId("b"))!.map((r) => r.relation.share)).toEqual([0.1, 0.2]);
    } finally {
      await store.close();
    }
  });

  it("refuses to open an unmigrated schema when asked not to migrate", async () => {
    const schema = freshSchema();
    try {
      await expect(openPgStore(pgTestUrlFor(schema), { migrate: false })).rejects.toThrow(/run `wiretrace migrate/);
    } finally {
      await dropSchema(schema);
    }
  });
});
