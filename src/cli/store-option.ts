import { resolve } from "node:path";
import type { Store } from "../engine/store.js";
import { openPgStore } from "../store/postgres/pg-store.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { CliIo } from "./io.js";

/** The database a command uses: `--db` (a file path or a postgres:// URL), else WIRETRACE_DB, else `./wiretrace.db`. */
export function dbLocation(io: CliIo, given: string | undefined): string {
  return given ?? io.env["WIRETRACE_DB"] ?? resolve(io.cwd, "wiretrace.db");
}

/** Open the store a command names, run `work`, and close it whatever happens. */
export async function withStore<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** True for a PostgreSQL URL (`postgres://` or `postgresql://`), false for a SQLite file path. */
export const isPgLocation = (location: string): boolean => /^postgres(ql)?:\/\//.test(location);

/** Open a store by location: a PostgreSQL URL (migrated on open), else a SQLite file path. */
export async function openStore(location: string): Promise<Store> {
  return isPgLocation(location) ? openPgStore(location) : openSqliteStore(location);
}
