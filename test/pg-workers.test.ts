import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { articleId } from "../src/core/types.js";
import { seededRandom } from "../src/eval/prng.js";
import { openPgStore } from "../src/store/postgres/pg-store.js";
import { tempDir } from "./helpers.js";
import { dropSchema, freshSchema, pgTestUrlFor, pgUnavailable, reportPgUnavailable } from "./pg-helpers.js";

const run = promisify(execFile);

/**
 * A corpus of `count` JSONL articles in 24 stories over two months: each story has its own vocabulary, every 9th
 * article repeats an earlier text under a new id (an exact duplicate), and every 13th copies most of one.
 */
function corpus(count: number): { id: string; line: string }[] {
  const rand = seededRandom(11);
  const syllables = ["ka", "lo", "mer", "tin", "sa", "vel", "dro", "pan", "ris", "tu", "gen", "bo", "fal", "quin", "zo", "har"];
  const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => syllables[Math.floor(rand() * syllables.length)]).join("");
  const stories = Array.from({ length: 24 }, (_, s) => {
    const vocabulary = Array.from({ length: 30 }, word);
    const sentences = Array.from({ length: 14 }, () => {
      const words = Array.from({ length: 9 + Math.floor(rand() * 6) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]);
      return `${words.join(" ")}.`;
    });
    return { sentences, start: Date.UTC(2023, 4, 1) + s * 2 * 86_400_000 };
  });
  const texts: string[] = [];
  const out: { id: string; line: string }[] = [];
  for (let i = 0; i < count; i++) {
    const s = Math.floor(rand() * stories.length);
    const story = stories[s]!;
    let text = Array.from({ length: 6 }, () => story.sentences[Math.floor(rand() * story.sentences.length)]).join(" ");
    if (i % 9 === 8) text = texts[i - 5]!;
    else if (i % 13 === 12) text = `${texts[i - 3]!.split(". ").slice(0, 5).join(". ")}. Extra closing words here.`;
    texts.push(text);
    const published = new Date(story.start + Math.floor(rand() * 20) * 86_400_000).toISOString().slice(0, 10);
    const id = `w-${i}`;
    out.push({ id, line: JSON.stringify({ id, source: `Outlet ${i % 7}`, title: text.slice(0, 40), published, text }) });
  }
  return out;
}

describe("two ingest worker processes writing one PostgreSQL store", () => {
  if (pgUnavailable !== null) {
    reportPgUnavailable("concurrent workers");
    return;
  }

  it("loses and duplicates no article and puts every article in exactly one story", async () => {
    const dir = tempDir();
    const articles = corpus(360);
    // Interleaved halves, and every tenth article in both: the same id and text from two workers at once.
    const first = articles.filter((_, i) => i % 2 === 0 || i % 10 === 1);
    const second = articles.filter((_, i) => i % 2 === 1 || i % 10 === 0);
    const shared = articles.length - (articles.length - first.length) - (articles.length - second.length);
    writeFileSync(join(dir, "first.jsonl"), first.map((a) => a.line).join("\n"));
    writeFileSync(join(dir, "second.jsonl"), second.map((a) => a.line).join("\n"));
    const schema = freshSchema();
    const url = pgTestUrlFor(schema);
    const worker = (file: string) => run(process.execPath, ["test/pg-ingest-worker.mjs", url, join(dir, file), "12"], { timeout: 110_000 });
    try {
      const reports = (await Promise.all([worker("first.jsonl"), worker("second.jsonl")]))
        .map((r) => JSON.parse(r.stdout) as { read: number; inserted: number; unchanged: number });
      expect(reports.map((r) => r.read)).toEqual([first.length, second.length]);
      expect(reports[0]!.inserted + reports[1]!.inserted).toBe(articles.length);
      expect(reports[0]!.unchanged + reports[1]!.unchanged).toBe(shared);

      const store = await openPgStore(url);
      try {
        expect((await store.stats()).articles).toBe(articles.length);
        const stored = await store.getArticles(articles.map((a) => articleId(a.id)));
        expect(stored.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
        // Exact duplicates point at the first article with their text, whichever worker stored it.
        expect((await store.stats()).exactDuplicates).toBe(articles.filter((_, i) => i % 9 === 8).length);
        expect(await store.checkIntegrity()).toEqual([]);

        const stories = await store.listStories({ limit: 10_000 });
        const seen = new Map<string, string>();
        for (const s of stories) {
          const story = (await store.getStory(s.id))!;
          for (const a of story.articles) {
            expect(seen.has(a.id), `${a.id} is in ${seen.get(a.id)} and ${s.id}`).toBe(false);
            seen.set(a.id, s.id);
          }
          // A profile updated from a stale copy would lose the other worker's articles: its size would be short.
          expect(story.story.size, `size of ${s.id}`).toBe(story.articles.length);
        }
        expect(seen.size).toBe(articles.length);
        expect(stories.length).toBeLessThan(articles.length / 3);
        // Both workers saved their term counts: the shared statistics count every article once.
        const df = JSON.parse((await store.getSetting("story-df"))!) as { documents: number };
        expect(df.documents).toBe(articles.length);
      } finally {
        await store.close();
      }
    } finally {
      await dropSchema(schema);
    }
  }, 120_000);
});
