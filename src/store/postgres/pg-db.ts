import pg from "pg";
import { WiretraceError } from "../../core/errors.js";
import { pgMigrations, type PgMigration } from "./pg-migrations.js";

/** Where a PostgreSQL store lives: a server URL and, optionally, a schema inside its database. */
export interface PgLocation {
  /** The connection URL without wiretrace's own `schema` parameter. */
  readonly url: string;
  /** Schema holding the tables; null for the connection's default (normally `public`). */
  readonly schema: string | null;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Split a store URL: `postgres://user:pw@host:5432/db?schema=wt` keeps its tables in schema `wt`.
 *
 * @example pgLocation("postgres://h/db?schema=w1") // { url: "postgres://h/db", schema: "w1" }
 */
export function pgLocation(location: string, schema?: string): PgLocation {
  let parsed: URL;
  try {
    parsed = new URL(location);
  } catch {
    throw new WiretraceError("usage", `not a PostgreSQL URL: ${location}`);
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new WiretraceError("usage", `not a PostgreSQL URL (postgres://user:password@host:port/database): ${location}`);
  }
  const fromUrl = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  const chosen = schema ?? fromUrl ?? null;
  if (chosen !== null && !SCHEMA_NAME.test(chosen)) {
    throw new WiretraceError("usage", `schema: expected lower-case letters, digits and _ (at most 63), got ${JSON.stringify(chosen)}`);
  }
  return { url: parsed.toString(), schema: chosen };
}

/** 64-bit integers come back as numbers: sequence values and counts stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 && format !== "binary" ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A 32-bit hash of a string (FNV-1a), for advisory lock keys. */
export function lockHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const RETRYABLE = new Set(["40001", "40P01"]);

/** A connection pool with transactions that retry on deadlock and serialisation failures. */
export class PgDb {
  /** The lock namespace of this store: advisory locks of stores in other schemas never collide with ours. */
  readonly lockSpace: number;

  private constructor(readonly pool: pg.Pool, readonly location: PgLocation) {
    this.lockSpace = lockHash(`wiretrace:${location.schema ?? "public"}`);
  }

  /** Connect, checking the server answers, so a wrong URL fails here with a clear message. */
  static async connect(location: PgLocation, poolSize: number): Promise<PgDb> {
    const pool = new pg.Pool({
      connectionString: location.url,
      max: poolSize,
      types,
      connectionTimeoutMillis: 10_000,
      ...(location.schema === null ? {} : { options: `-c search_path=${location.schema}` }),
    });
    pool.on("error", () => {
      // An idle connection dropped by the server: the pool replaces it on next use.
    });
    try {
      const client = await pool.connect();
      client.release();
    } catch (error) {
      await pool.end().catch(() => {});
      throw new WiretraceError("store", `cannot connect to PostgreSQL at ${redact(location.url)}: ${(error as Error).message}`, { cause: error });
    }
    return new PgDb(pool, location);
  }

  async query<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.pool.query<R>(sql, params)).rows;
  }

  /**
   * A hot query as a named prepared statement: each connection plans it once. Planning costs more than running
   * the small index lookups of ingest (relations and stories of one article, LSH candidates).
   */
  async prepared<R extends pg.QueryResultRow = Record<string, unknown>>(name: string, sql: string, params: unknown[]): Promise<R[]> {
    return (await this.pool.query<R>({ name, text: sql, values: params })).rows;
  }

  /**
   * Run `work` in one transaction on one connection. Deadlocks and serialisation failures (two workers touching the
   * same rows) roll back and run `work` again, up to 8 times, after a short random pause.
   */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, isolation = "READ COMMITTED"): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
        const result = await work(client);
        await client.query("COMMIT");
        client.release();
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        client.release();
        const code = (error as { code?: string }).code;
        if (code !== undefined && RETRYABLE.has(code) && attempt < 8) {
          await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
          continue;
        }
        throw error;
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/**
 * Create the schema when missing and apply pending migrations, all in one transaction under an advisory lock, so
 * workers starting together migrate once. Returns the versions applied now.
 */
export async function applyPgMigrations(db: PgDb, migrations: readonly PgMigration[] = pgMigrations): Promise<number[]> {
  return db.transaction(async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1, 0)", [db.lockSpace]);
    if (db.location.schema !== null) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${db.location.schema}`);
      await client.query(`SET LOCAL search_path = ${db.location.schema}`);
    }
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
    const done = new Set((await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
        m.version, m.name, new Date().toISOString(),
      ]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** Versions recorded as applied (empty for a database wiretrace has not migrated). */
export async function appliedPgMigrations(db: PgDb): Promise<number[]> {
  const rows = await db.query<{ version: number }>(
    `SELECT version FROM schema_migrations ORDER BY version`,
  ).catch((error: { code?: string }) => {
    if (error.code === "42P01") return [];
    throw error;
  });
  return rows.map((r) => r.version);
}
