import type { IntegrityProblem } from "../../engine/store.js";
import type { PgDb } from "./pg-db.js";
import { INDEX_START_SETTING } from "./pg-lsh.js";

/** At most this many examples are listed per failed check; the count is always given. */
const EXAMPLES = 5;

/** One invariant as a query returning the offending rows, each described by its `detail` column. */
interface RowCheck {
  readonly check: string;
  readonly what: string;
  readonly sql: string;
}

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
  {
    check: "relation-without-article",
    what: "relations naming an article that is gone",
    sql: `SELECT 'relation ' || r.a_seq || '-' || r.b_seq AS detail FROM relations r
      WHERE NOT EXISTS (SELECT 1 FROM articles WHERE seq = r.a_seq) OR NOT EXISTS (SELECT 1 FROM articles WHERE seq = r.b_seq)`,
  },
  {
    check: "relation-order",
    what: "relations not stored once, from the earlier-arrived side",
    sql: "SELECT 'relation ' || a_seq || '-' || b_seq AS detail FROM relations WHERE a_seq >= b_seq",
  },
  {
    check: "relation-source",
    what: "relations whose source is neither of their articles",
    sql: `SELECT 'relation ' || a_seq || '-' || b_seq || ', source ' || source_seq AS detail FROM relations
      WHERE source_seq IS NOT NULL AND source_seq NOT IN (a_seq, b_seq)`,
  },
  {
    check: "story-member-without-story",
    what: "story assignments to a story that does not exist",
    sql: `SELECT 'article ' || a.id || ' in ' || x.story_id AS detail FROM story_articles x
      JOIN articles a ON a.seq = x.article_seq LEFT JOIN stories s ON s.id = x.story_id WHERE s.id IS NULL`,
  },
  {
    check: "duplicate-of-missing",
    what: "duplicates of an article that is not stored",
    sql: `SELECT a.id || ' -> ' || a.duplicate_of AS detail FROM articles a
      LEFT JOIN articles o ON o.id = a.duplicate_of WHERE a.duplicate_of IS NOT NULL AND o.id IS NULL`,
  },
  {
    check: "duplicate-of-mismatch",
    what: "duplicates of an article with another text or that arrived later",
    sql: `SELECT a.id || ' -> ' || a.duplicate_of AS detail FROM articles a JOIN articles o ON o.id = a.duplicate_of
      WHERE o.text_hash <> a.text_hash OR o.seq >= a.seq`,
  },
  {
    check: "duplicate-of-not-first",
    what: "duplicates not pointing at the first article with their text",
    sql: `SELECT a.id || ' -> ' || a.duplicate_of AS detail FROM articles a JOIN articles o ON o.id = a.duplicate_of
      WHERE o.duplicate_of IS NOT NULL`,
  },
  {
    check: "duplicate-unmarked",
    what: "articles repeating an earlier text without being marked as its duplicate",
    sql: `SELECT a.id AS detail FROM articles a WHERE a.duplicate_of IS NULL
      AND EXISTS (SELECT 1 FROM articles o WHERE o.text_hash = a.text_hash AND o.seq < a.seq)`,
  },
  {
    check: "published-unreadable",
    what: "articles whose stored publication time is not a publication record",
    sql: `SELECT id AS detail FROM articles WHERE published_json !~ '"kind":"(date|datetime)"'`,
  },
];

function report(out: IntegrityProblem[], check: string, what: string, examples: readonly string[], count: number): void {
  if (count === 0) return;
  const shown = examples.slice(0, EXAMPLES).join("; ");
  out.push({ check, detail: `${count} ${what}${shown ? `: ${shown}` : ""}${count > EXAMPLES ? "; …" : ""}` });
}

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
    report(out, c.check, c.what, rows, count);
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
    report(out, "article-without-sketch", "articles not in the near-duplicate index", missing.map((r) => r.id), missing.length);
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
  report(out, "sketch-malformed", "sketches of the wrong shape for the store's index parameters", malformed, malformed.length);
  report(out, "sketch-without-bands", "sketches whose LSH band rows are missing", unbanded, unbanded.length);
}
