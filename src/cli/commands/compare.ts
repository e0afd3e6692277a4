import { stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { InputError, NotFoundError } from "../../core/errors.js";
import { formatPublished } from "../../core/published.js";
import { articleId, type Article } from "../../core/types.js";
import { compareArticles, renderCompareHtml, renderCompareText, type CompareSide } from "../../compare/compare.js";
import { readInputs } from "../../ingest/read-inputs.js";
import { printJson, type CliIo } from "../io.js";
import { dbLocation, isPgLocation, withStore } from "../store-option.js";

const sideOf = (a: Article): CompareSide => ({
  id: a.id, source: a.source, title: a.title, published: formatPublished(a.published), text: a.text,
});

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The first article of a file, or null when `arg` names no file. */
async function fromFile(arg: string, io: CliIo): Promise<Article | null> {
  if (arg !== "-" && !(await isFile(resolve(io.cwd, arg)))) return null;
  for await (const item of readInputs([arg], { cwd: io.cwd, stdin: io.stdin })) {
    if (item.kind === "article") return item.article;
    throw new InputError(item.rejection.reason, { file: item.rejection.file, line: item.rejection.line, field: item.rejection.field });
  }
  throw new InputError("no article in this input", { file: arg });
}

/** Each argument as a file when one exists by that name, else as an article id in the store. */
async function resolveSides(args: readonly [string, string], io: CliIo, db: string | undefined): Promise<[CompareSide, CompareSide]> {
  const found: (Article | null)[] = [];
  for (const arg of args) found.push(await fromFile(arg, io));
  const missing = args.filter((_, i) => found[i] === null);
  if (missing.length > 0) {
    const location = dbLocation(io, db);
    if (!isPgLocation(location) && !existsSync(location)) {
      throw new NotFoundError(`no file named ${JSON.stringify(missing[0])}, and no database at ${location} to look it up as an article id`);
    }
    await withStore(location, async (store) => {
      for (let i = 0; i < args.length; i++) {
        if (found[i] !== null) continue;
        const stored = await store.getArticle(articleId(args[i]!));
        if (!stored) throw new NotFoundError(`no file and no stored article named ${JSON.stringify(args[i])}`);
        found[i] = stored;
      }
    });
  }
  return [sideOf(found[0]!), sideOf(found[1]!)];
}

/** `wiretrace compare A B`: align two versions of a story and explain the rewrite. */
export function compareCommand(program: Command, io: CliIo): void {
  program
    .command("compare")
    .description("compare two versions of a story: aligned sentences, word diffs, and what changed (facts, quotes, attribution, substitutions, names, omissions)")
    .argument("<a>", "the first version (often the original): a file in any supported format, - for stdin, or a stored article id")
    .argument("<b>", "the second version (often the rewrite)")
    .option("--db <file>", "database file, for stored ids")
    .option("--json", "print the report as JSON")
    .option("--html", "print a self-contained side-by-side HTML page")
    .option("--no-alignment", "leave the sentence-by-sentence alignment out of the terminal report")
    .option("--color", "colour the terminal report even when not writing to a terminal")
    .option("--no-color", "never colour the terminal report")
    .action(async (a: string, b: string, flags: { db?: string; json?: boolean; html?: boolean; alignment: boolean; color?: boolean }) => {
      if (flags.json && flags.html) throw new InputError("choose one of --json and --html", { field: "--html" });
      if (a === "-" && b === "-") throw new InputError("only one side can be read from standard input", { field: "-" });
      const [sa, sb] = await resolveSides([a, b], io, flags.db);
      const report = compareArticles(sa, sb);
      if (flags.json) return printJson(io, report);
      if (flags.html) {
        io.stdout.write(renderCompareHtml(report));
        return;
      }
      const color = flags.color ?? (io.stdout.isTTY === true && io.env["NO_COLOR"] === undefined);
      io.stdout.write(renderCompareText(report, { color, alignment: flags.alignment }));
    });
}
