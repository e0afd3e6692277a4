import type { Command } from "commander";
import { NotFoundError } from "../../core/errors.js";
import { storyId } from "../../core/types.js";
import { reclusterAll } from "../../engine/stories.js";
import type { Assignment } from "../../stories/clusterer.js";
import { print, printJson, type CliIo } from "../io.js";
import { dbLocation, withStore } from "../store-option.js";

const day = (ms: number | null) => (ms === null ? "undated" : new Date(ms).toISOString().slice(0, 10));

/** Why an article is in its story, in a few words. */
export function assignmentReason(evidence: string): string {
  const a = JSON.parse(evidence) as Assignment;
  if (a.created) return a.runnerUp ? `started the story (best other story scored ${a.runnerUp.score.toFixed(2)})` : "started the story";
  const f = a.features;
  if (!f) return "already assigned";
  return `score ${a.score.toFixed(2)}: text ${f.text.toFixed(2)}, entities ${f.entities.toFixed(2)}, reuse ${f.reuse.toFixed(2)}, time ×${f.time.toFixed(2)}`;
}

/** `wiretrace stories`, `wiretrace story ID` and `wiretrace recluster`. */
export function storyCommands(program: Command, io: CliIo): void {
  program
    .command("stories")
    .description("list stories, most recently active first, with their outlet counts")
    .option("--db <file>", "database file")
    .option("--limit <n>", "at most n stories", (v) => Number(v), 50)
    .option("--json", "print JSON")
    .action(async (flags: { db?: string; limit: number; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const stories = await store.listStories({ limit: flags.limit });
        if (flags.json) return printJson(io, stories);
        for (const s of stories) {
          print(io, `${s.id}  ${day(s.firstAt)} to ${day(s.lastAt)}  ${String(s.size).padStart(3)} articles, ${String(s.outlets).padStart(2)} outlets  ${s.headline ?? ""}`);
        }
        print(io, `(${stories.length} stories shown)`);
      });
    });

  program
    .command("story")
    .description("one story: its articles grouped by outlet, in time order, with why each is there")
    .argument("<id>", "story id, or an article id to show that article's story")
    .option("--db <file>", "database file")
    .option("--json", "print JSON")
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const found = (await store.getStory(storyId(id))) ?? (await store.storyOf(id as never).then((s) => (s ? store.getStory(s) : null)));
        if (!found) throw new NotFoundError(`no story (or article) with id ${JSON.stringify(id)}`);
        const events = await store.storyEvents(found.story.id);
        if (flags.json) {
          return printJson(io, {
            ...found.story, profile: undefined,
            articles: found.articles.map((a) => ({ ...a, evidence: JSON.parse(a.evidence) as unknown })),
            events,
          });
        }
        const s = found.story;
        print(io, `${s.id}: ${s.headline ?? "(no headline)"}`);
        print(io, `${s.size} articles, ${day(s.firstAt)} to ${day(s.lastAt)}`);
        const byOutlet = new Map<string, typeof found.articles>();
        for (const a of found.articles) {
          const key = a.source ?? "(unknown outlet)";
          byOutlet.set(key, [...(byOutlet.get(key) ?? []), a]);
        }
        const order = [...byOutlet].sort((x, y) => x[1][0]!.published.localeCompare(y[1][0]!.published));
        for (const [outlet, articles] of order) {
          print(io);
          print(io, outlet);
          for (const a of articles) {
            print(io, `  ${a.published.slice(0, 16)}  ${a.id}  ${a.title ?? ""}`);
            print(io, `      ${assignmentReason(a.evidence)}`);
          }
        }
        const merges = events.filter((e) => e.kind === "merge");
        if (merges.length > 0) {
          print(io);
          for (const m of merges) print(io, `merged ${m.other} into ${m.story} when ${m.article} arrived (${m.detail})`);
        }
      });
    });

  program
    .command("recluster")
    .description("cluster every stored article again, in publication order (the same result however they were batched)")
    .option("--db <file>", "database file")
    .option("--json", "print JSON")
    .action(async (flags: { db?: string; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const count = await reclusterAll(store);
        const stories = (await store.listStories({ limit: 1_000_000 })).length;
        if (flags.json) return printJson(io, { articles: count, stories });
        print(io, `re-clustered ${count} articles into ${stories} stories`);
      });
    });
}
