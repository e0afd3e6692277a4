import { existsSync } from "node:fs";
import type { Command } from "commander";
import { NotFoundError } from "../../core/errors.js";
import { EXIT, print, printJson, type CliIo } from "../io.js";
import { dbLocation, withStore } from "../store-option.js";

/** `wiretrace check`: verify the store's invariants; exit 0 when consistent, 1 with the problems listed. */
export function checkCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("check")
    .description("check the store's integrity (index, relations, stories, duplicates); exit 1 when something is broken")
    .option("--db <file>", "database file (default ./wiretrace.db or $WIRETRACE_DB)")
    .option("--json", "print JSON")
    .action(async (flags: { db?: string; json?: boolean }) => {
      const location = dbLocation(io, flags.db);
      if (!/^postgres(ql)?:\/\//.test(location) && !existsSync(location)) {
        throw new NotFoundError(`no database at ${location}`);
      }
      const { problems, articles } = await withStore(location, async (store) => ({
        problems: await store.checkIntegrity(),
        articles: (await store.stats()).articles,
      }));
      if (flags.json) printJson(io, { ok: problems.length === 0, articles, problems });
      else if (problems.length === 0) print(io, `ok: ${articles.toLocaleString("en-US")} articles, no problems found`);
      else {
        for (const p of problems) print(io, `${p.check}: ${p.detail}`);
        print(io, `${problems.length} problem${problems.length === 1 ? "" : "s"} found`);
      }
      if (problems.length > 0) setExit(EXIT.error);
    });
}
