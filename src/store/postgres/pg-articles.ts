import type pg from "pg";
import { formatPublished, publishedSortKey } from "../../core/published.js";
import type { Article, ArticleId, Rejection } from "../../core/types.js";
import { conflictReason, type ArticleSketch, type BatchResult } from "../../engine/store.js";
import { quarantineKey } from "../quarantine-key.js";
import { copyRows } from "./copy-in.js";
import { lockHash, type PgDb } from "./pg-db.js";
import { publishedDay, sketchBytes, type PgLsh } from "./pg-lsh.js";

/** The article columns in insert order; `unnest` feeds them as arrays, one element per article. */
const COLUMNS = [
  ["id", "text"], ["source", "text"], ["url", "text"], ["title", "text"], ["byline", "text"], ["published", "text"],
  ["published_json", "text"], ["published_date", "text"], ["published_at", "bigint"], ["text", "text"],
  ["text_hash", "text"], ["language", "text"], ["story_label", "text"], ["ingested_at", "text"], ["raw", "bytea"],
  ["origin_file", "text"], ["origin_line", "integer"], ["origin_format", "text"], ["duplicate_of", "text"],
] as const;

const INSERT_ARTICLES = `INSERT INTO articles (${COLUMNS.map(([c]) => c).join(", ")})
  SELECT * FROM unnest(${COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(", ")})
  ON CONFLICT (id) DO NOTHING RETURNING seq, id`;

function articleColumns(articles: readonly { article: Article; duplicateOf: string | null }[]): unknown[][] {
  const cols: unknown[][] = COLUMNS.map(() => []);
  for (const { article: a, duplicateOf } of articles) {
    const values = [
      a.id, a.source, a.url, a.title, a.byline, formatPublished(a.published), JSON.stringify(a.published),
      a.published.date, publishedSortKey(a.published), a.text, a.textHash, a.language, a.storyLabel, a.ingestedAt,
      Buffer.from(a.raw, "utf8"), a.origin.file, a.origin.line, a.origin.format, duplicateOf,
    ];
    values.forEach((v, i) => cols[i]!.push(v));
  }
  return cols;
}

const conflictOf = (a: Article): Rejection => ({
  file: a.origin.file, line: a.origin.line, field: "id", reason: conflictReason(a.id), raw: Buffer.from(a.raw),
});

/**
 * Write a batch in one transaction, safe with other workers writing at the same time:
 * - advisory locks on the batch's text hashes (taken in order, so never a deadlock) make "first article with this
 *   text" well defined: two workers storing the same text under two ids cannot both believe theirs is the first;
 * - articles go in with `INSERT ... ON CONFLICT (id) DO NOTHING`; an id another worker stored meanwhile is then
 *   classified like one stored earlier (unchanged, or a conflict);
 * - quarantine entries are unique on their key; sketches and band rows of new articles are bulk-loaded with COPY.
 */
export async function writeArticleBatch(
  db: PgDb, lsh: PgLsh, articles: readonly Article[], rejections: readonly Rejection[],
  sketches?: ReadonlyMap<ArticleId, ArticleSketch>,
): Promise<BatchResult> {
  const withSketch = sketches && sketches.size > 0;
  if (withSketch) await lsh.ensurePartitions(articles.map((a) => publishedDay(publishedSortKey(a.published))));
  return db.transaction(async (client) => {
    const hashes = [...new Set(articles.map((a) => lockHash(a.textHash)))].sort((x, y) => x - y);
    if (hashes.length > 0) {
      await client.query("SELECT pg_advisory_xact_lock($1, h) FROM unnest($2::int[]) AS h ORDER BY h", [db.lockSpace, hashes]);
    }
    const ids = [...new Set(articles.map((a) => a.id))];
    const stored = new Map<string, string>();
    for (const r of (await client.query<{ id: string; text_hash: string }>(
      "SELECT id, text_hash FROM articles WHERE id = ANY($1::text[])", [ids])).rows) stored.set(r.id, r.text_hash);
    const firstWith = new Map<string, string>();
    const textHashes = [...new Set(articles.map((a) => a.textHash))];
    for (const r of (await client.query<{ id: string; text_hash: string }>(
      `SELECT DISTINCT ON (text_hash) text_hash, id FROM articles WHERE text_hash = ANY($1::text[]) ORDER BY text_hash, seq`,
      [textHashes])).rows) firstWith.set(r.text_hash, r.id);

    // Decide each article in batch order, as the SQLite store does one by one.
    type Decision = { article: Article; kind: "insert" | "unchanged" | "conflict"; duplicateOf: string | null };
    const decisions: Decision[] = [];
    for (const a of articles) {
      const existing = stored.get(a.id);
      if (existing !== undefined) {
        decisions.push({ article: a, kind: existing === a.textHash ? "unchanged" : "conflict", duplicateOf: null });
        continue;
      }
      const original = firstWith.get(a.textHash) ?? null;
      decisions.push({ article: a, kind: "insert", duplicateOf: original });
      stored.set(a.id, a.textHash);
      if (original === null) firstWith.set(a.textHash, a.id);
    }
    const toInsert = decisions.filter((d) => d.kind === "insert");
    const seqOf = new Map<string, number>();
    if (toInsert.length > 0) {
      const rows = (await client.query<{ seq: number; id: string }>(INSERT_ARTICLES, articleColumns(toInsert))).rows;
      for (const r of rows) seqOf.set(r.id, r.seq);
    }
    // Ids another worker committed between our read and our insert: classify against what it stored.
    const raced = toInsert.filter((d) => !seqOf.has(d.article.id));
    if (raced.length > 0) {
      const now = new Map((await client.query<{ id: string; text_hash: string }>(
        "SELECT id, text_hash FROM articles WHERE id = ANY($1::text[])", [raced.map((d) => d.article.id)])).rows.map((r) => [r.id, r.text_hash]));
      for (const d of raced) d.kind = now.get(d.article.id) === d.article.textHash ? "unchanged" : "conflict";
    }

    const conflicts = decisions.filter((d) => d.kind === "conflict").map((d) => conflictOf(d.article));
    const { quarantined, requarantined } = await quarantine(client, [...conflicts, ...rejections]);
    if (withSketch) {
      const sketchRows: { seq: number; day: number; shingles: number; sketch: ArticleSketch }[] = [];
      for (const d of toInsert) {
        const seq = seqOf.get(d.article.id);
        const sketch = sketches.get(d.article.id);
        if (seq === undefined || !sketch) continue;
        sketchRows.push({ seq, day: publishedDay(publishedSortKey(d.article.published)), shingles: sketch.shingles, sketch });
      }
      await copyRows(client, "sketches", ["seq", "shingles", "published_day", "signature"],
        sketchRows.map((r) => [r.seq, r.shingles, r.day, sketchBytes(r.sketch)]));
      await lsh.insertBands(client, sketchRows);
    }
    const inserted = toInsert.filter((d) => seqOf.has(d.article.id));
    return {
      inserted: inserted.length,
      insertedIds: inserted.map((d) => d.article.id),
      duplicates: inserted.filter((d) => d.duplicateOf !== null).length,
      unchanged: decisions.filter((d) => d.kind === "unchanged").length,
      conflicts,
      quarantined,
      requarantined,
    };
  });
}

async function quarantine(client: pg.ClientBase, entries: readonly Rejection[]): Promise<{ quarantined: number; requarantined: number }> {
  if (entries.length === 0) return { quarantined: 0, requarantined: 0 };
  const at = new Date().toISOString();
  const rows = await client.query(
    `INSERT INTO quarantine (entry_key, file, line, field, reason, raw, quarantined_at)
      SELECT k, f, l, fi, r, b, $7 FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::bytea[])
        WITH ORDINALITY AS q (k, f, l, fi, r, b, n) ORDER BY n
      ON CONFLICT (entry_key) DO NOTHING`,
    [
      entries.map(quarantineKey), entries.map((e) => e.file), entries.map((e) => e.line), entries.map((e) => e.field),
      entries.map((e) => e.reason), entries.map((e) => Buffer.from(e.raw)), at,
    ],
  );
  const quarantined = rows.rowCount ?? 0;
  return { quarantined, requarantined: entries.length - quarantined };
}
