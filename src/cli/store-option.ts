import { resolve } from "node:path";
import type { Store } from "../engine/store.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { CliIo } from "./io.js";

/** The database a command uses: `--db`, else WIRETRACE_DB, else `./wiretrace.db`. */
export function dbLocation(io: CliIo, given: string | undefined): string {
  return given ?? io.env["WIRETRACE_DB"] ?? resolve(io.cwd, "wiretrace.db");
}

/** Open the store a command names, run `work`, and close it whatever happens. */
export async function withStore<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Open a store by location: a file path (SQLite). PostgreSQL URLs arrive with the PostgreSQL store. */
export function openStore(location: string): Store {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error("PostgreSQL stores are not available in this version; use a SQLite file path");
  }
  return openSqliteStore(location);
}
