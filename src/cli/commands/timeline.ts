import type { Command } from "commander";
import { NotFoundError } from "../../core/errors.js";
import { articleId, storyId, type ArticleId } from "../../core/types.js";
import type { StoredArticle } from "../../engine/store.js";
import { buildTimeline, timelineEntries, type TimelineEvent } from "../../timeline/timeline.js";
import { print, printJson, type CliIo } from "../io.js";
import { dbLocation, withStore } from "../store-option.js";

const snippet = (s: string, max = 110): string => {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The lines of one event: its date, then each telling with its outlet and the expression that dated it. */
function eventLines(event: TimelineEvent, articles: ReadonlyMap<ArticleId, StoredArticle>): string[] {
  const head = `${event.date.padEnd(16)} ${`(${event.granularity})`.padEnd(10)}`;
  return event.entries.map((e, i) => {
    const outlet = articles.get(e.articleId)?.source ?? e.articleId;
    const lead = i === 0 ? head : " ".repeat(head.length);
    return `${lead} ${outlet}: "${snippet(e.sentence)}"  [${e.timex.text}]`;
  });
}

/** `wiretrace timeline ID`: the dated events of a story, or of an article and the articles related to it. */
export function timelineCommands(program: Command, io: CliIo): void {
  program
    .command("timeline")
    .description("the timeline of a story, or of an article and the articles related to it by reuse: dated sentences, merged into events")
    .argument("<id>", "story id or article id")
    .option("--db <file>", "database file")
    .option("--json", "print JSON")
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const story = await store.getStory(storyId(id));
        if (story) {
          const members = (await store.getArticles(story.articles.map((a) => a.id)))
            .sort((a, b) => a.published.date.localeCompare(b.published.date) || a.id.localeCompare(b.id));
          const events = buildTimeline(members.flatMap((a) => timelineEntries(a)));
          if (flags.json) return printJson(io, { story: story.story.id, articles: members.map((a) => a.id), events });
          print(io, `story ${story.story.id} (${story.story.headline ?? "no headline"}), ${members.length} articles: ` +
            `${events.length} dated event${events.length === 1 ? "" : "s"}`);
          const byId = new Map(members.map((a) => [a.id, a]));
          for (const event of events) for (const line of eventLines(event, byId)) print(io, line);
          return;
        }
        const article = await store.getArticle(articleId(id));
        if (!article) throw new NotFoundError(`no story or article with id ${JSON.stringify(id)}`);
        const relatedIds = (await store.relationsOf(article.id)).map((r) => (r.a === article.id ? r.b : r.a));
        const related = (await store.getArticles(relatedIds)).filter((a) => a.id !== article.id)
          .sort((a, b) => a.published.date.localeCompare(b.published.date) || a.id.localeCompare(b.id));
        const all = [article, ...related];
        const events = buildTimeline(all.flatMap((a) => timelineEntries(a)));
        if (flags.json) {
          return printJson(io, { id: article.id, articles: all.map((a) => a.id), events });
        }
        const byId = new Map(all.map((a) => [a.id, a]));
        print(io, `${article.id} (${article.source ?? "unknown outlet"}, ${article.published.date})` +
          (related.length ? ` and ${related.length} related article${related.length === 1 ? "" : "s"}` : "") +
          `: ${events.length} dated event${events.length === 1 ? "" : "s"}`);
        for (const event of events) for (const line of eventLines(event, byId)) print(io, line);
      });
    });
}
