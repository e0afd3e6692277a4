import type { IntegrityProblem } from "../../engine/store.js";
import { DUPLICATE_CHECKS, EXAMPLES, RELATION_CHECKS, reportProblem, STORY_MEMBER_CHECK, type RowCheck } from "../integrity-checks.js";
import type { PgDb } from "./pg-db.js";
import { INDEX_START_SETTING } from "./pg-lsh.js";

/**
 * The same invariants as the SQLite store's check (same names), in PostgreSQL's SQL. Foreign keys and page
 * integrity are the server's own business here; what is left is what the schema cannot enforce.
 */
const ROW_CHECKS: readonly RowCheck[] = [
  {
    check: "band-without-sketch",
    what: "LSH band rows whose sketch is gone",
    sql: `SELECT 'band ' || b.band_key || ', seq ' || b.seq AS detail FROM lsh_bands b
      LEFT JOIN sketches s ON s.seq = b.seq WHERE s.seq IS NULL`,
  },
  {
    check: "band-wrong-day",
    what: "LSH band rows filed under another publication day than their sketch",
    sql: `SELECT 'seq ' || b.seq AS detail FROM lsh_bands b JOIN sketches s ON s.seq = b.seq
      WHERE s.published_day <> b.published_day`,
  },
  ...RELATION_CHECKS,
  STORY_MEMBER_CHECK,
  ...DUPLICATE_CHECKS,
  {
    check: "published-unreadable",
    what: "articles whose stored publication time is not a publication record",
    sql: `SELECT id AS detail FROM articles WHERE published_json !~ '"kind":"(date|datetime)"'`,
  },
];

/**
 * Check a PostgreSQL store's invariants (see the SQLite check for their meaning). Sketches are read in chunks of
 * 10,000 to check their shape and that each band key has its row.
 */
export async function checkPgIntegrity(db: PgDb): Promise<IntegrityProblem[]> {
  const out: IntegrityProblem[] = [];
  for (const c of ROW_CHECKS) {
    const rows = (await db.query<{ detail: string }>(`SELECT detail FROM (${c.sql}) x LIMIT ${EXAMPLES}`)).map((r) => r.detail);
    if (rows.length === 0) continue;
    const count = rows.length < EXAMPLES
      ? rows.length
      : (await db.query<{ n: number }>(`SELECT count(*) AS n FROM (${c.sql}) x`))[0]!.n;
    reportProblem(out, c.check, c.what, rows, count);
  }
  await checkSketches(db, out);
  return out;
}

async function checkSketches(db: PgDb, out: IntegrityProblem[]): Promise<void> {
  const saved = (await db.query<{ value: string }>("SELECT value FROM settings WHERE name = 'index-params'"))[0]?.value;
  const numPerm = saved === undefined ? null : (JSON.parse(saved) as { numPerm?: number }).numPerm ?? null;
  if (saved !== undefined) {
    // Articles older than a dropped index window are unindexed on purpose.
    const start = Number((await db.query<{ value: string }>("SELECT value FROM settings WHERE name = $1", [INDEX_START_SETTING]))[0]?.value ?? "-1e9");
    const missing = await db.query<{ id: string }>(
      `SELECT a.id FROM articles a LEFT JOIN sketches s ON s.seq = a.seq
        WHERE s.seq IS NULL AND a.published_at >= $1::bigint * 86400000 ORDER BY a.seq`, [start]);
    reportProblem(out, "article-without-sketch", "articles not in the near-duplicate index", missing.map((r) => r.id), missing.length);
  }
  const bandRows = new Map(
    (await db.query<{ seq: number; n: number }>("SELECT seq, count(*)::int AS n FROM lsh_bands GROUP BY seq")).map((r) => [r.seq, r.n]),
  );
  const malformed: string[] = [];
  const unbanded: string[] = [];
  for (let after = 0; ;) {
    const rows = await db.query<{ seq: number; signature: Buffer }>(
      "SELECT seq, signature FROM sketches WHERE seq > $1 ORDER BY seq LIMIT 10000", [after]);
    if (rows.length === 0) break;
    for (const row of rows) {
      const blob = row.signature;
      const words = blob.byteLength / 4;
      const bands = blob.byteLength >= 4 ? blob.readUInt32LE(0) : -1;
      if (!Number.isInteger(words) || bands < 0 || 1 + bands > words || (numPerm !== null && words !== 1 + bands + numPerm)) {
        malformed.push(`seq ${row.seq}`);
        continue;
      }
      const keys = new Set<number>();
      for (let i = 1; i <= bands; i++) keys.add(blob.readUInt32LE(i * 4));
      if ((bandRows.get(row.seq) ?? 0) !== keys.size) unbanded.push(`seq ${row.seq}`);
    }
    after = rows[rows.length - 1]!.seq;
  }
  reportProblem(out, "sketch-malformed", "sketches of the wrong shape for the store's index parameters", malformed, malformed.length);
  reportProblem(out, "sketch-without-bands", "sketches whose LSH band rows are missing", unbanded, unbanded.length);
}
