import { randomBytes } from "node:crypto";
import pg from "pg";
import { it } from "vitest";
import { openPgStore, type PgStore, type PgStoreOptions } from "../src/store/postgres/pg-store.js";

/**
 * The PostgreSQL the tests use: `WIRETRACE_TEST_PG` (CI sets it, see .ci/run). When it is unset or the server does
 * not answer, PostgreSQL tests skip with the reason, except under CI=true, where they fail with it.
 */
export const pgTestUrl = process.env["WIRETRACE_TEST_PG"] ?? null;
const inCi = process.env["CI"] === "true";

async function probe(): Promise<string | null> {
  if (pgTestUrl === null) return "WIRETRACE_TEST_PG is not set (e.g. postgres://wiretrace:wiretrace@127.0.0.1:5432/wiretrace_test)";
  const client = new pg.Client({ connectionString: pgTestUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `cannot reach PostgreSQL at WIRETRACE_TEST_PG: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export const pgUnavailable: string | null = await probe();

/**
 * When PostgreSQL is unavailable: one test that fails under CI=true, or is skipped (with the reason as its name)
 * elsewhere. Call inside a `describe` in place of the PostgreSQL tests.
 */
export function reportPgUnavailable(what: string): void {
  const reason = pgUnavailable ?? "";
  if (inCi) {
    it(`${what}: PostgreSQL is required in CI`, () => {
      throw new Error(`PostgreSQL tests cannot run under CI=true: ${reason}`);
    });
  } else {
    it.skip(`${what}: skipped, ${reason}`, () => {});
  }
}

/** A fresh schema name: each store a test opens has tables of its own, so parallel test files never collide. */
export const freshSchema = (): string => `wt_test_${randomBytes(6).toString("hex")}`;

/** Drop a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgTestUrl! });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** The test server's URL for a schema: what `--db` takes. */
export const pgTestUrlFor = (schema: string): string => {
  const url = new URL(pgTestUrl!);
  url.searchParams.set("schema", schema);
  return url.toString();
};

/** Open a store in a fresh schema that is dropped when the store is closed. */
export async function openTestPgStore(options: PgStoreOptions = {}): Promise<PgStore> {
  const schema = options.schema ?? freshSchema();
  const store = await openPgStore(pgTestUrl!, { ...options, schema });
  const close = store.close.bind(store);
  return {
    ...store,
    async close() {
      await close();
      await dropSchema(schema);
    },
  };
}
