import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { articleId } from "../src/core/types.js";
import { ingest } from "../src/engine/ingest.js";
import type { Store } from "../src/engine/store.js";
import { reclusterAll, saveStoryOptions, StoryEngine } from "../src/engine/stories.js";
import { openPgStore } from "../src/store/postgres/pg-store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { PORT_STRIKE, storyLine, tempDir } from "./helpers.js";
import { dropSchema, freshSchema, pgTestUrlFor, pgUnavailable, reportPgUnavailable } from "./pg-helpers.js";

// Two stories of four reports each; each report shares most of its words with the others of its story.
const PORT = PORT_STRIKE;
const FLOOD = [
  "Floods along the river Marro forced the evacuation of Tessa village after three days of heavy rain.",
  "Rescue boats reached Tessa as the Marro river flood cut the village's roads after days of rain.",
  "The Marro flood receded slowly, leaving Tessa villagers to count the damage from the heavy rain.",
  "Tessa's evacuated villagers returned as the Marro river fell after the week of rain and flooding.",
];
const line = storyLine;

/** Two connections to one store, as two processes would hold them. */
type Pair = { first: Store; second: Store; close(): Promise<void> };

const kinds: { name: string; open(): Promise<Pair> }[] = [
  {
    name: "SQLite",
    async open() {
      const path = join(tempDir(), "shared.db");
      const first = openSqliteStore(path);
      const second = openSqliteStore(path);
      return { first, second, close: async () => { await first.close(); await second.close(); } };
    },
  },
];
if (pgUnavailable === null) {
  kinds.push({
    name: "PostgreSQL",
    async open() {
      const schema = freshSchema();
      const first = await openPgStore(pgTestUrlFor(schema));
      const second = await openPgStore(pgTestUrlFor(schema));
      return {
        first, second,
        async close() {
          await first.close();
          await second.close();
          await dropSchema(schema);
        },
      };
    },
  });
}

let open: Pair | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

async function ingestLines(store: Store, engine: StoryEngine, lines: string[]): Promise<void> {
  const file = join(tempDir(), "batch.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);
  await ingest(store, [file], { worker: false, storyEngine: engine });
}

const storedDocuments = async (store: Store) => (JSON.parse((await store.getSetting("story-df"))!) as { documents: number }).documents;

describe("a story engine kept open while another process changes the store", () => {
  if (pgUnavailable !== null) reportPgUnavailable("story engine on a shared PostgreSQL store");

  for (const kind of kinds) {
    it(`${kind.name}: loads the stories of a late article's own time, outside the window of the newest`, async () => {
      open = await kind.open();
      const { first } = open;
      const dated = (id: string, text: string, published: string) => JSON.stringify({ id, source: `Outlet ${id}`, title: null, published, text });
      await ingestLines(first, await StoryEngine.open(first), [dated("p1", PORT[0]!, "2020-07-01"), dated("p2", PORT[1]!, "2020-07-02")]);
      await ingestLines(first, await StoryEngine.open(first), [dated("f1", FLOOD[0]!, "2023-07-01"), dated("f2", FLOOD[1]!, "2023-07-02")]);
      // A new engine loads the stories within 600 days of the newest (2023); the port strike's is three years older.
      const engine = await StoryEngine.open(first);
      expect(engine.clusterer.story((await first.storyOf(articleId("p1")))!)).toBeUndefined();
      await ingestLines(first, engine, [dated("p3", PORT[2]!, "2020-07-03")]);
      expect(await first.storyOf(articleId("p3"))).toBe(await first.storyOf(articleId("p1")));
      expect((await first.listStories({ limit: 10 })).map((s) => s.size).sort()).toEqual([2, 3]);
    });

    it(`${kind.name}: takes up options saved and a re-clustering run elsewhere at its next batch`, async () => {
      open = await kind.open();
      const { first, second } = open;
      const engine = await StoryEngine.open(first);
      await ingestLines(first, engine, [line("p1", PORT[0]!, 1), line("p2", PORT[1]!, 2), line("f1", FLOOD[0]!, 2)]);
      expect(await first.storyOf(articleId("p2"))).toBe(await first.storyOf(articleId("p1")));

      // Elsewhere: a threshold no article reaches, applied to every article stored.
      await saveStoryOptions(second, { threshold: 10 });
      const re = await reclusterAll(second);
      expect(re).toMatchObject({ articles: 3, stories: 3 });
      const before = new Set((await second.listStories({ limit: 100 })).map((s) => s.id));

      await ingestLines(first, engine, [line("p3", PORT[2]!, 3), line("f2", FLOOD[1]!, 3)]);
      expect(engine.clusterer.options.threshold).toBe(10);
      const stories = await second.listStories({ limit: 100 });
      // Each new article starts a story of its own, and no story of the replaced set came back.
      expect(stories).toHaveLength(5);
      expect(stories.filter((s) => !before.has(s.id)).map((s) => s.size)).toEqual([1, 1]);
      for (const id of ["p1", "p2", "p3", "f1", "f2"]) {
        expect(stories.map((s) => s.id)).toContain(await second.storyOf(articleId(id)));
      }
      expect(await storedDocuments(second)).toBe(5);
      expect(await second.checkIntegrity()).toEqual([]);
    });
  }

  it("recognises entities for story assignment only while the entity weight is above 0", async () => {
    open = await kinds[0]!.open();
    const { first } = open;
    const named = (id: string, day: number) => storyLine(id, `Maria Okafor of the Dockers Union said the port of Vellin stayed shut. ${PORT[day - 1]!}`, day);
    const entitiesOf = async (id: string) => {
      const story = (await first.getStory((await first.storyOf(articleId(id)))!))!;
      const member = story.articles.find((a) => a.id === id)!;
      return (JSON.parse(member.evidence) as { features: { entities: number } | null }).features?.entities;
    };
    await ingestLines(first, await StoryEngine.open(first), [named("a1", 1), named("a2", 2)]);
    expect(await entitiesOf("a2")).toBe(0);
    await saveStoryOptions(first, { entityWeight: 0.3 });
    await ingestLines(first, await StoryEngine.open(first), [named("a3", 3), named("a4", 4)]);
    // a3 is the first article with entity keys in its story; a4 finds all of its own there.
    expect(await entitiesOf("a4")).toBe(1);
    expect(await first.storyOf(articleId("a4"))).toBe(await first.storyOf(articleId("a1")));
  });

  if (pgUnavailable !== null) return;
  it("PostgreSQL: two engines kept open count each article once in the shared term statistics, however often they flush", async () => {
    open = await kinds.find((k) => k.name === "PostgreSQL")!.open();
    const { first, second } = open;
    const one = await StoryEngine.open(first);
    const two = await StoryEngine.open(second);
    await ingestLines(first, one, [line("p1", PORT[0]!, 1), line("f1", FLOOD[0]!, 1)]);
    await ingestLines(second, two, [line("p2", PORT[1]!, 2)]);
    await ingestLines(first, one, [line("p3", PORT[2]!, 3), line("f2", FLOOD[1]!, 3)]);
    await ingestLines(second, two, [line("p4", PORT[3]!, 4), line("f3", FLOOD[2]!, 4)]);
    await ingestLines(first, one, [line("f4", FLOOD[3]!, 5)]);
    expect(await storedDocuments(first)).toBe(8);
    const port = await first.storyOf(articleId("p1"));
    for (const id of ["p2", "p3", "p4"]) expect(await first.storyOf(articleId(id))).toBe(port);
  });

  it("PostgreSQL: a worker's batches wait for a re-clustering elsewhere, then assign to the stories it made", async () => {
    open = await kinds.find((k) => k.name === "PostgreSQL")!.open();
    const { first, second } = open;
    const engine = await StoryEngine.open(first);
    const early = Array.from({ length: 40 }, (_, i) => line(`e${i}`, (i % 2 ? PORT : FLOOD)[i % 4]!, 1 + (i % 3)));
    await ingestLines(first, engine, early);
    const late = Array.from({ length: 8 }, (_, i) => line(`l${i}`, (i % 2 ? PORT : FLOOD)[i % 4]!, 5 + (i % 3)));
    await Promise.all([
      reclusterAll(second),
      (async () => {
        for (const l of late) await ingestLines(first, engine, [l]);
      })(),
    ]);
    expect(await second.checkIntegrity()).toEqual([]);
    const stories = await second.listStories({ limit: 100 });
    expect(stories.reduce((n, s) => n + s.size, 0)).toBe(48);
    // Two stories, whichever finished first: a worker that kept the replaced stories would have brought some back.
    expect(stories).toHaveLength(2);
  });
});
