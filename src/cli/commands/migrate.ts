import type { Command } from "commander";
import { migratePgStore } from "../../store/postgres/pg-store.js";
import { redact } from "../../store/postgres/pg-db.js";
import { print, printJson, type CliIo } from "../io.js";
import { dbLocation, isPgLocation, withStore } from "../store-option.js";

/**
 * `wiretrace migrate [--db]`: bring a store's schema up to date. Every command migrates on open too; this lets an
 * operator do it once, before starting many workers against one PostgreSQL.
 */
export function migrateCommand(program: Command, io: CliIo): void {
  program
    .command("migrate")
    .description("create or update the store's schema (a SQLite file or postgres://user:pw@host/db[?schema=name])")
    .option("--db <file-or-url>", "database file or PostgreSQL URL (default ./wiretrace.db or $WIRETRACE_DB)")
    .option("--json", "print JSON")
    .action(async (flags: { db?: string; json?: boolean }) => {
      const location = dbLocation(io, flags.db);
      if (isPgLocation(location)) {
        const { applied, current } = await migratePgStore(location);
        if (flags.json) printJson(io, { store: "postgres", applied, version: current });
        else print(io, applied.length === 0
          ? `PostgreSQL store at ${redact(location)} is up to date (schema version ${current})`
          : `PostgreSQL store at ${redact(location)}: applied migrations ${applied.join(", ")}; schema version ${current}`);
        return;
      }
      await withStore(location, async () => {});
      if (flags.json) printJson(io, { store: "sqlite", path: location });
      else print(io, `SQLite store at ${location} is up to date`);
    });
}
