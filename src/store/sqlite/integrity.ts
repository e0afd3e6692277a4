import type Database from "better-sqlite3";
import type { IntegrityProblem } from "../../engine/store.js";
import { DUPLICATE_CHECKS, EXAMPLES, RELATION_CHECKS, reportProblem, STORY_MEMBER_CHECK, type RowCheck } from "../integrity-checks.js";

/**
 * Invariants that hold after any sequence of public store calls, and after a crash at any point of an ingest (each
 * batch is one transaction; relations and stories are written after it and may be missing, never half-written).
 */
const ROW_CHECKS: readonly RowCheck[] = [
  {
    check: "sketch-without-article",
    what: "sketch rows whose article is gone",
    sql: "SELECT 'seq ' || s.seq AS detail FROM sketches s LEFT JOIN articles a ON a.seq = s.seq WHERE a.seq IS NULL",
  },
  {
    check: "band-without-sketch",
    what: "LSH band rows whose sketch is gone",
    sql: `SELECT 'band ' || b.band_key || ', seq ' || b.seq AS detail
      FROM (SELECT band_key, seq FROM lsh_bands UNION ALL SELECT band_key, seq FROM lsh_bands_recent) b
      LEFT JOIN sketches s ON s.seq = b.seq WHERE s.seq IS NULL`,
  },
  ...RELATION_CHECKS,
  {
    check: "story-member-without-article",
    what: "story assignments of articles that are gone",
    sql: `SELECT 'story ' || x.story_id || ', seq ' || x.article_seq AS detail FROM story_articles x
      LEFT JOIN articles a ON a.seq = x.article_seq WHERE a.seq IS NULL`,
  },
  STORY_MEMBER_CHECK,
  {
    check: "article-in-several-stories",
    what: "articles assigned to more than one story",
    sql: "SELECT 'seq ' || article_seq AS detail FROM story_articles GROUP BY article_seq HAVING count(*) > 1",
  },
  ...DUPLICATE_CHECKS,
  {
    check: "published-unreadable",
    what: "articles whose stored publication time does not parse",
    sql: "SELECT id AS detail FROM articles WHERE json_valid(published_json) = 0",
  },
];

/** Band keys held in a sketch blob: `[bands: u32][band keys...][signature...]`, little-endian. */
function blobBands(blob: Buffer): { bands: Uint32Array; words: number } | null {
  if (blob.byteLength % 4 !== 0 || blob.byteLength < 4) return null;
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  const words = new Uint32Array(copy.buffer);
  const bands = words[0]!;
  if (1 + bands > words.length) return null;
  return { bands: words.subarray(1, 1 + bands), words: words.length };
}

/**
 * Check a SQLite store's invariants: SQLite's own `integrity_check` and `foreign_key_check`, then every article
 * indexed when the store has an index (a sketch of the right shape, all its band rows), no orphan sketches, bands,
 * relations or story members, each article in at most one story, and `duplicate_of` naming the first earlier
 * article with the same text. An empty list means the store is consistent.
 *
 * @example const problems = checkSqliteIntegrity(db); // [] when consistent
 */
export function checkSqliteIntegrity(db: Database.Database): IntegrityProblem[] {
  const out: IntegrityProblem[] = [];
  const sqlite = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (!(sqlite.length === 1 && sqlite[0] === "ok")) reportProblem(out, "sqlite-integrity", "SQLite integrity errors", sqlite, sqlite.length);
  const fk = db.pragma("foreign_key_check") as { table: string; rowid: number; parent: string }[];
  reportProblem(out, "foreign-key", "rows referring to a missing parent row", fk.map((r) => `${r.table} rowid ${r.rowid} -> ${r.parent}`), fk.length);
  for (const c of ROW_CHECKS) {
    const rows = db.prepare(`SELECT detail FROM (${c.sql}) LIMIT ${EXAMPLES}`).pluck().all() as string[];
    if (rows.length === 0) continue;
    const count = rows.length < EXAMPLES ? rows.length : (db.prepare(`SELECT count(*) FROM (${c.sql})`).pluck().get() as number);
    reportProblem(out, c.check, c.what, rows, count);
  }
  checkSketches(db, out);
  checkSearchIndex(db, out);
  return out;
}

/** The full-text index holds exactly the stored articles' titles and texts (FTS5's own `integrity-check`). */
function checkSearchIndex(db: Database.Database, out: IntegrityProblem[]): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").pluck().get() !== undefined;
  if (!exists) return;
  try {
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
  } catch (error) {
    reportProblem(out, "search-index", "full-text index out of step with the articles", [(error as Error).message], 1);
  }
}

/** Every article has a sketch when the store is indexed; each sketch is well formed and all its bands are rows. */
function checkSketches(db: Database.Database, out: IntegrityProblem[]): void {
  const saved = db.prepare("SELECT value FROM settings WHERE name = 'index-params'").pluck().get() as string | undefined;
  const numPerm = saved === undefined ? null : (JSON.parse(saved) as { numPerm?: number }).numPerm ?? null;
  if (saved !== undefined) {
    const missing = db
      .prepare("SELECT a.id FROM articles a LEFT JOIN sketches s ON s.seq = a.seq WHERE s.seq IS NULL")
      .pluck().all() as string[];
    reportProblem(out, "article-without-sketch", "articles not in the near-duplicate index", missing, missing.length);
  }
  // Band rows live in two levels (see the store): a row may be in either.
  const bandTables = ["lsh_bands", "lsh_bands_recent"].map((t) => db.prepare(`SELECT 1 FROM ${t} WHERE band_key = ? AND seq = ?`).pluck());
  const hasBand = (key: number, seq: number) => bandTables.some((q) => q.get(key, seq) !== undefined);
  const malformed: string[] = [];
  const unbanded: string[] = [];
  for (const row of db.prepare("SELECT seq, signature FROM sketches ORDER BY seq").iterate() as Iterable<{ seq: number; signature: Buffer }>) {
    const blob = blobBands(row.signature);
    if (blob === null || (numPerm !== null && blob.words !== 1 + blob.bands.length + numPerm)) {
      malformed.push(`seq ${row.seq}`);
      continue;
    }
    for (const key of blob.bands) {
      if (!hasBand(key, row.seq)) {
        unbanded.push(`seq ${row.seq}`);
        break;
      }
    }
  }
  reportProblem(out, "sketch-malformed", "sketches of the wrong shape for the store's index parameters", malformed, malformed.length);
  reportProblem(out, "sketch-without-bands", "sketches whose LSH band rows are missing", unbanded, unbanded.length);
}
