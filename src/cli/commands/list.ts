import { InvalidArgumentError, type Command } from "commander";
import { articleId } from "../../core/types.js";
import { NotFoundError } from "../../core/errors.js";
import { articleJson, articleRows, articleText } from "../format.js";
import { print, printJson, type CliIo } from "../io.js";
import { dbLocation, withStore } from "../store-option.js";

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number, got ${JSON.stringify(value)}`);
  return n;
};

/** `wiretrace list`, `wiretrace show ID` and `wiretrace quarantine`: read what the store holds. */
export function readCommands(program: Command, io: CliIo): void {
  program
    .command("list")
    .description("list stored articles, newest first")
    .option("--db <file>", "database file")
    .option("--source <outlet>", "only this outlet")
    .option("--limit <n>", "at most n articles", positiveInt, 50)
    .option("--offset <n>", "skip the first n", positiveInt, 0)
    .option("--json", "print JSON")
    .action(async (flags: { db?: string; source?: string; limit: number; offset: number; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const articles = await store.listArticles({ limit: flags.limit, offset: flags.offset, source: flags.source });
        if (flags.json) return printJson(io, articles);
        const stats = await store.stats();
        for (const row of articleRows(articles)) print(io, row);
        print(io, `(${articles.length} of ${stats.articles} articles shown)`);
      });
    });

  program
    .command("show")
    .description("show one article with its metadata")
    .argument("<id>", "article id")
    .option("--db <file>", "database file")
    .option("--raw", "include the raw record as received (JSON output)")
    .option("--json", "print JSON")
    .action(async (id: string, flags: { db?: string; raw?: boolean; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const article = await store.getArticle(articleId(id));
        if (!article) throw new NotFoundError(`no article with id ${JSON.stringify(id)}`);
        if (flags.json) printJson(io, articleJson(article, flags.raw ?? false));
        else print(io, articleText(article));
      });
    });

  program
    .command("quarantine")
    .description("list rejected records kept in quarantine, with where they came from and why")
    .option("--db <file>", "database file")
    .option("--limit <n>", "at most n entries", positiveInt, 1000)
    .option("--json", "print JSON (raw bytes as base64)")
    .action(async (flags: { db?: string; limit: number; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const entries = await store.listQuarantine({ limit: flags.limit });
        if (flags.json) {
          return printJson(io, entries.map((e) => ({ ...e, raw: Buffer.from(e.raw).toString("base64") })));
        }
        for (const e of entries) {
          const place = [e.file, e.line === null ? null : String(e.line)].filter(Boolean).join(":");
          print(io, `${place}${e.field ? ` [${e.field}]` : ""}: ${e.reason} (${e.raw.byteLength} bytes kept)`);
        }
        print(io, `(${entries.length} quarantined)`);
      });
    });
}
