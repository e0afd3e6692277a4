import { resolve } from "node:path";
import type { Command } from "commander";
import { NotFoundError } from "../../core/errors.js";
import { storyId, type ArticleId } from "../../core/types.js";
import { resolveEntities } from "../../engine/entities.js";
import type { StoredRelation } from "../../engine/store.js";
import { print, printJson, type CliIo } from "../io.js";
import { dbLocation, withStore } from "../store-option.js";

/** `wiretrace entities [--story ID]`: canonical entities with their variants, counts and outlets. */
export function entityCommands(program: Command, io: CliIo): void {
  program
    .command("entities")
    .description("named entities of a story (or of the latest articles) with their spelling variants, counts and outlets")
    .option("--db <file>", "database file")
    .option("--story <id>", "only this story's articles")
    .option("--limit <n>", "without --story: the n latest articles", (v) => Number(v), 200)
    .option("--aliases <files...>", "extra alias tables (JSON) extending the shipped one")
    .option("--json", "print JSON, with the evidence of every merge")
    .action(async (flags: { db?: string; story?: string; limit: number; aliases?: string[]; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        let ids: ArticleId[];
        if (flags.story) {
          const story = await store.getStory(storyId(flags.story));
          if (!story) throw new NotFoundError(`no story with id ${JSON.stringify(flags.story)}`);
          ids = story.articles.map((a) => a.id);
        } else {
          ids = (await store.listArticles({ limit: flags.limit })).map((a) => a.id);
        }
        const articles = await store.getArticles(ids);
        const inSet = new Set(ids);
        const relations: StoredRelation[] = [];
        const seen = new Set<string>();
        for (const id of ids) {
          for (const r of await store.relationsOf(id)) {
            const key = `${r.a}\u0000${r.b}`;
            if (inSet.has(r.a) && inSet.has(r.b) && !seen.has(key)) {
              seen.add(key);
              relations.push(r);
            }
          }
        }
        const { entities, swaps } = resolveEntities(articles, relations, {
          aliasFiles: (flags.aliases ?? []).map((f) => resolve(io.cwd, f)),
        });
        if (flags.json) return printJson(io, { articles: ids.length, swaps, entities });
        print(io, `${entities.length} entities in ${ids.length} articles`);
        if (swaps.length > 0) print(io, `term swaps learned from rewrites: ${swaps.map((s) => `${s.from} → ${s.to} (${s.count})`).join(", ")}`);
        for (const e of entities) {
          const count = e.variants.reduce((n, v) => n + v.count, 0);
          const variants = e.variants.length > 1 ? `  [${e.variants.map((v) => `${v.text} ${v.count}`).join(", ")}]` : "";
          print(io, `${e.type.padEnd(4)} ${e.canonical}: ${count} mentions, ${e.outlets.length} outlets${variants}`);
        }
      });
    });
}
