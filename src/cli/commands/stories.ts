import type { Command } from "commander";
import { NotFoundError, WiretraceError } from "../../core/errors.js";
import { plural } from "../../core/plural.js";
import { articleId, storyId } from "../../core/types.js";
import { buildDossier } from "../../dossier/build-dossier.js";
import { renderDossierHtml } from "../../dossier/render-html.js";
import { renderDossierMarkdown } from "../../dossier/render-markdown.js";
import { renderDossierText } from "../../dossier/render-text.js";
import { describeStoryEvent, reclusterAll, saveStoryOptions, storedStoryOptions } from "../../engine/stories.js";
import { parseStoryOptionAssignments } from "../../stories/options.js";
import { print, printJson, type CliIo } from "../io.js";
import { collect } from "../size-option.js";
import { dbLocation, withStore } from "../store-option.js";

const day = (ms: number | null) => (ms === null ? "undated" : new Date(ms).toISOString().slice(0, 10));

const DOSSIER_FORMATS = ["text", "json", "md", "html"] as const;
const isDossierFormat = (f: string): f is (typeof DOSSIER_FORMATS)[number] => (DOSSIER_FORMATS as readonly string[]).includes(f);

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
          const terms = s.terms.length > 0 ? `  [${s.terms.slice(0, 5).join(", ")}]` : "";
          print(io, `${s.id}  ${day(s.firstAt)} to ${day(s.lastAt)}  ${plural(s.size, "article").padStart(12)}, ${plural(s.outlets, "outlet").padStart(10)}  ${s.headline ?? ""}${terms}`);
        }
        print(io, `(${stories.length} stories shown)`);
      });
    });

  program
    .command("story")
    .description("one story's dossier: coverage by outlet, derivation tree, claims with their independent reports and contradictions, timeline, entities")
    .argument("<id>", "story id, or an article id to show that article's story")
    .option("--db <file>", "database file")
    .option("--format <format>", `${DOSSIER_FORMATS.join(", ")} (html is one self-contained page)`, "text")
    .option("--json", "print JSON (the same as --format json)")
    .option("--claims <n>", "text, md and html: show at most n claims, the most corroborated first", (v) => Number(v))
    .action(async (id: string, flags: { db?: string; format: string; json?: boolean; claims?: number }) => {
      const format = flags.json ? "json" : flags.format;
      if (!isDossierFormat(format)) {
        throw new WiretraceError("usage", `--format must be one of ${DOSSIER_FORMATS.join(", ")} (got ${JSON.stringify(format)})`);
      }
      if (flags.claims !== undefined && !(Number.isInteger(flags.claims) && flags.claims >= 0)) {
        throw new WiretraceError("usage", "--claims must be a whole number of 0 or more");
      }
      await withStore(dbLocation(io, flags.db), async (store) => {
        const story = (await store.getStory(storyId(id))) ? storyId(id) : await store.storyOf(articleId(id));
        if (!story) throw new NotFoundError(`no story (or article) with id ${JSON.stringify(id)}`);
        const dossier = await buildDossier(store, story);
        const options = flags.claims === undefined ? {} : { maxClaims: flags.claims };
        if (format === "json") return printJson(io, dossier);
        if (format === "md") return void io.stdout.write(renderDossierMarkdown(dossier, options));
        if (format === "html") return void io.stdout.write(renderDossierHtml(dossier, options));
        io.stdout.write(renderDossierText(dossier, options));
        const changes = (await store.storyEvents(story)).filter((e) => e.kind !== "create");
        if (changes.length > 0) {
          print(io);
          for (const e of changes) print(io, describeStoryEvent(e));
        }
      });
    });

  program
    .command("recluster")
    .description("cluster every stored article again, in publication order (the same result however they were batched); --set changes the story options for good")
    .option("--db <file>", "database file")
    .option("--set <name=value>", "a story option to use from now on, e.g. threshold=0.2 (repeatable; see StoryOptions in the README)", collect, [])
    .option("--defaults", "go back to the default story options first")
    .option("--json", "print JSON")
    .action(async (flags: { db?: string; set: string[]; defaults?: boolean; json?: boolean }) => {
      const changes = parseStoryOptionAssignments(flags.set);
      await withStore(dbLocation(io, flags.db), async (store) => {
        const options = { ...(flags.defaults ? {} : await storedStoryOptions(store)), ...changes };
        if (flags.defaults || flags.set.length > 0) await saveStoryOptions(store, options);
        const r = await reclusterAll(store);
        if (flags.json) return printJson(io, { ...r, options });
        print(io, `re-clustered ${r.articles} articles into ${r.stories} stories: ${r.split} earlier stories split, ${r.merged} stories merged from several`);
        if (r.rejoined > 0) print(io, `${plural(r.rejoined, "article")} that had a story to itself joined another, judged against the stories as they ended up`);
        const set = Object.entries(options).map(([k, v]) => `${k}=${v}`);
        print(io, `story options: ${set.length > 0 ? `${set.join(", ")}, the defaults otherwise` : "the defaults"}`);
      });
    });
}
