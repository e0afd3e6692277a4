import { articleId, type ArticleId } from "../../core/types.js";
import { flipRelation, type Relation, type RelationKind } from "../../reuse/relation.js";
import type {
  ArticleQuery, ArticleSketch, DuplicateGroup, QuarantineEntry, SearchHit, Store, StoreStats, StoredRelation,
} from "../../engine/store.js";
import { searchTerms, fts5Match } from "../search-terms.js";
import { writeArticleBatch } from "./pg-articles.js";
import { rowToArticle, rowToQuarantine, rowToSummary, SUMMARY_COLUMNS } from "../rows.js";
import { applyPgMigrations, appliedPgMigrations, PgDb, pgLocation } from "./pg-db.js";
import { checkPgIntegrity } from "./pg-integrity.js";
import { bytesBandKeys, bytesSketch, PgLsh, publishedDay, sketchBytes } from "./pg-lsh.js";
import { pgMigrations } from "./pg-migrations.js";
import { pgStoryStore } from "./pg-stories.js";
import { WiretraceError } from "../../core/errors.js";

/** Options for {@link openPgStore}. */
export interface PgStoreOptions {
  /** Schema for the tables, created when missing. Default: `?schema=` of the URL, else the server's default. */
  readonly schema?: string;
  /** Connections in the pool (concurrent requests of a server). Default 4. */
  readonly poolSize?: number;
  /** Apply pending migrations on open. Default true; with false, a store that needs them is an error. */
  readonly migrate?: boolean;
}

/** A PostgreSQL store, with what only it can do. */
export interface PgStore extends Store {
  readonly kind: "postgres";
  relationsOfMany(ids: readonly ArticleId[]): Promise<Map<ArticleId, StoredRelation[]>>;
  /**
   * Drop the near-duplicate index of every publication month that ends on or before `date` (`YYYY-MM-DD`): whole
   * partitions go, so it costs no scan. The articles stay; they are no longer candidates. Returns the partitions.
   */
  dropIndexBefore(date: string): Promise<string[]>;
  /** Bytes the store's tables and indexes take on disk. */
  sizeOnDisk(): Promise<number>;
}

const relationRow = (r: { a: string; b: string; evidence: string }): StoredRelation => ({
  a: articleId(r.a), b: articleId(r.b), relation: JSON.parse(r.evidence) as Relation,
});

/**
 * Open a PostgreSQL store (`postgres://user:password@host:port/database[?schema=name]`), applying pending
 * migrations. Safe to use from several processes at once: see DESIGN.md, Stores.
 *
 * @example const store = await openPgStore("postgres://wiretrace:pw@127.0.0.1/wiretrace"); ... await store.close();
 */
export async function openPgStore(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
  const db = await PgDb.connect(pgLocation(url, options.schema), options.poolSize ?? 4);
  try {
    if (options.migrate ?? true) await applyPgMigrations(db);
    else {
      const applied = await appliedPgMigrations(db);
      if (applied.length < pgMigrations.length) {
        throw new WiretraceError("store", "the PostgreSQL schema is not up to date: run `wiretrace migrate --db URL`");
      }
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return pgStoreOn(db);
}

/**
 * Apply pending migrations to the store at `url` and report versions.
 *
 * @example await migratePgStore("postgres://...") // { applied: [1, 2, 3], current: 3 }
 */
export async function migratePgStore(url: string, options: Pick<PgStoreOptions, "schema"> = {}): Promise<{ applied: number[]; current: number }> {
  const db = await PgDb.connect(pgLocation(url, options.schema), 1);
  try {
    const applied = await applyPgMigrations(db);
    const all = await appliedPgMigrations(db);
    return { applied, current: Math.max(0, ...all) };
  } finally {
    await db.close();
  }
}

function pgStoreOn(db: PgDb): PgStore {
  const lsh = new PgLsh(db);
  let closed = false;
  const seqsOf = async (ids: readonly string[]): Promise<Map<string, number>> =>
    new Map((await db.query<{ id: string; seq: number }>("SELECT id, seq FROM articles WHERE id = ANY($1::text[])", [[...new Set(ids)]]))
      .map((r) => [r.id, r.seq]));

  return {
    kind: "postgres",
    ...pgStoryStore(db),
    async writeBatch(articles, rejections, sketches) {
      return writeArticleBatch(db, lsh, articles, rejections, sketches);
    },
    async getArticle(id) {
      const row = (await db.query("SELECT * FROM articles WHERE id = $1", [id]))[0];
      return row ? rowToArticle(row) : null;
    },
    async getArticles(ids) {
      if (ids.length === 0) return [];
      return (await db.prepared("get-articles", "SELECT * FROM articles WHERE id = ANY($1::text[])", [[...new Set(ids)]])).map(rowToArticle);
    },
    async deleteArticle(id) {
      return db.transaction(async (client) => {
        const row = (await client.query<{ seq: number; signature: Buffer | null; day: number | null }>(
          `SELECT a.seq, s.signature, s.published_day AS day FROM articles a LEFT JOIN sketches s ON s.seq = a.seq
            WHERE a.id = $1 FOR UPDATE OF a`, [id])).rows[0];
        if (!row) return false;
        if (row.signature && row.day !== null) {
          await lsh.deleteBands(client, [{ seq: row.seq, day: row.day, keys: bytesBandKeys(row.signature) }]);
        }
        await client.query("DELETE FROM relations WHERE a_seq = $1 OR b_seq = $1", [row.seq]);
        await client.query("DELETE FROM articles WHERE seq = $1", [row.seq]);
        // Its exact duplicates now duplicate the next earliest article with the same text, which becomes the original.
        const dups = (await client.query<{ seq: number; id: string }>(
          "SELECT seq, id FROM articles WHERE duplicate_of = $1 ORDER BY seq", [id])).rows;
        const [first, ...rest] = dups;
        if (first) {
          await client.query("UPDATE articles SET duplicate_of = NULL WHERE seq = $1", [first.seq]);
          if (rest.length > 0) {
            await client.query("UPDATE articles SET duplicate_of = $1 WHERE seq = ANY($2::bigint[])", [first.id, rest.map((r) => r.seq)]);
          }
        }
        return true;
      });
    },
    async getSketch(id) {
      const row = (await db.query<{ shingles: number; signature: Buffer }>(
        "SELECT s.shingles, s.signature FROM sketches s JOIN articles a ON a.seq = s.seq WHERE a.id = $1", [id]))[0];
      return row ? bytesSketch(row.shingles, row.signature) : null;
    },
    async lshCandidates(bandKeys) {
      if (bandKeys.length === 0) return [];
      const keys = [...new Set(Array.from(bandKeys, (k) => k | 0))];
      const rows = await db.prepared<{ id: string }>("lsh-candidates",
        `SELECT a.id FROM articles a WHERE a.seq IN (SELECT seq FROM lsh_bands WHERE band_key = ANY($1::int[]))
          ORDER BY a.seq`, [keys]);
      return rows.map((r) => articleId(r.id));
    },
    async lshCandidatesMany(keySets) {
      const wanted = new Set<number>();
      for (const keys of keySets) for (const key of keys) wanted.add(key | 0);
      if (wanted.size === 0) return keySets.map(() => []);
      const byKey = new Map<number, { seq: number; id: ArticleId }[]>();
      const rows = await db.prepared<{ k: number; seq: number; id: string }>("lsh-candidates-many",
        `SELECT b.band_key AS k, a.seq, a.id FROM lsh_bands b JOIN articles a ON a.seq = b.seq
          WHERE b.band_key = ANY($1::int[])`, [[...wanted]]);
      for (const row of rows) {
        let list = byKey.get(row.k);
        if (!list) byKey.set(row.k, (list = []));
        list.push({ seq: row.seq, id: articleId(row.id) });
      }
      return keySets.map((keys) => {
        const found = new Map<number, ArticleId>();
        for (const key of keys) for (const hit of byKey.get(key | 0) ?? []) found.set(hit.seq, hit.id);
        return [...found].sort((x, y) => x[0] - y[0]).map(([, id]) => id);
      });
    },
    async replaceSketches(entries: ReadonlyMap<ArticleId, ArticleSketch>) {
      if (entries.size === 0) return;
      const found = await db.query<{ id: string; seq: number; published_at: number; signature: Buffer | null; day: number | null }>(
        `SELECT a.id, a.seq, a.published_at, s.signature, s.published_day AS day FROM articles a
          LEFT JOIN sketches s ON s.seq = a.seq WHERE a.id = ANY($1::text[])`, [[...entries.keys()]]);
      await lsh.ensurePartitions(found.map((r) => publishedDay(r.published_at)));
      await db.transaction(async (client) => {
        await lsh.deleteBands(client, found.flatMap((r) =>
          r.signature && r.day !== null ? [{ seq: r.seq, day: r.day, keys: bytesBandKeys(r.signature) }] : []));
        const rows = found.map((r) => ({ seq: r.seq, day: publishedDay(r.published_at), sketch: entries.get(articleId(r.id))! }));
        await client.query(
          `INSERT INTO sketches (seq, shingles, published_day, signature)
            SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::bytea[])
            ON CONFLICT (seq) DO UPDATE SET shingles = excluded.shingles, published_day = excluded.published_day,
              signature = excluded.signature`,
          [rows.map((r) => r.seq), rows.map((r) => r.sketch.shingles), rows.map((r) => r.day),
            rows.map((r) => Buffer.from(sketchBytes(r.sketch)))],
        );
        await lsh.insertBands(client, rows);
      });
    },
    async scanSketches(afterSeq, limit) {
      const rows = await db.query<{ seq: number; id: string; shingles: number; signature: Buffer }>(
        `SELECT s.seq, a.id, s.shingles, s.signature FROM sketches s JOIN articles a ON a.seq = s.seq
          WHERE s.seq > $1 ORDER BY s.seq LIMIT $2`, [afterSeq, limit]);
      return rows.map((r) => ({ seq: r.seq, id: articleId(r.id), sketch: bytesSketch(r.shingles, r.signature) }));
    },
    async putRelations(relations) {
      if (relations.length === 0) return;
      const seqs = await seqsOf(relations.flatMap((r) => [r.a, r.b]));
      const rows = new Map<string, [number, number, string, number | null, string]>();
      for (const r of relations) {
        const a = seqs.get(r.a);
        const b = seqs.get(r.b);
        if (a === undefined || b === undefined) continue;
        const [first, second, rel] = a < b ? [a, b, r.relation] : [b, a, flipRelation(r.relation)];
        const source = rel.source === "a" ? first : rel.source === "b" ? second : null;
        rows.set(`${first}-${second}`, [first, second, rel.kind, source, JSON.stringify(rel)]);
      }
      // In key order, so two workers writing overlapping pairs lock them in the same order.
      const list = [...rows.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      if (list.length === 0) return;
      await db.transaction(async (client) => {
        await client.query(
          `INSERT INTO relations (a_seq, b_seq, kind, source_seq, evidence)
            SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[], $5::text[])
            ON CONFLICT (a_seq, b_seq) DO UPDATE SET kind = excluded.kind, source_seq = excluded.source_seq,
              evidence = excluded.evidence`,
          [0, 1, 2, 3, 4].map((i) => list.map((r) => r[i])),
        );
      });
    },
    async relationsOf(id) {
      const rows = await db.prepared<{ a: string; b: string; evidence: string }>("relations-of",
        // Two index scans rather than one OR, which the planner would answer with a scan of the whole table.
        `SELECT x.id AS a, y.id AS b, r.evidence FROM (
            SELECT a_seq, b_seq, evidence FROM relations WHERE a_seq = (SELECT seq FROM articles WHERE id = $1)
            UNION ALL
            SELECT a_seq, b_seq, evidence FROM relations WHERE b_seq = (SELECT seq FROM articles WHERE id = $1)
          ) r JOIN articles x ON x.seq = r.a_seq JOIN articles y ON y.seq = r.b_seq ORDER BY r.a_seq, r.b_seq`, [id]);
      return rows.map(relationRow);
    },
    async relationsOfMany(ids) {
      const out = new Map<ArticleId, StoredRelation[]>(ids.map((id) => [id, []]));
      if (ids.length === 0) return out;
      const rows = await db.prepared<{ of: string; a: string; b: string; evidence: string }>("relations-of-many",
        `WITH mine AS (SELECT seq, id FROM articles WHERE id = ANY($1::text[]))
        SELECT r.of, x.id AS a, y.id AS b, r.evidence FROM (
            SELECT m.id AS of, r.a_seq, r.b_seq, r.evidence FROM mine m JOIN relations r ON r.a_seq = m.seq
            UNION ALL
            SELECT m.id AS of, r.a_seq, r.b_seq, r.evidence FROM mine m JOIN relations r ON r.b_seq = m.seq
          ) r JOIN articles x ON x.seq = r.a_seq JOIN articles y ON y.seq = r.b_seq ORDER BY r.a_seq, r.b_seq`,
        [[...new Set(ids)]]);
      for (const r of rows) out.get(articleId(r.of))?.push(relationRow(r));
      return out;
    },
    async listRelations(kinds: readonly RelationKind[]) {
      const rows = await db.query<{ a: string; b: string; evidence: string }>(
        `SELECT x.id AS a, y.id AS b, r.evidence FROM relations r
          JOIN articles x ON x.seq = r.a_seq JOIN articles y ON y.seq = r.b_seq
          WHERE r.kind = ANY($1::text[]) ORDER BY r.a_seq, r.b_seq`, [[...kinds]]);
      return rows.map(relationRow);
    },
    async getSetting(name) {
      return (await db.query<{ value: string }>("SELECT value FROM settings WHERE name = $1", [name]))[0]?.value ?? null;
    },
    async setSetting(name, value) {
      await db.query(
        "INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value", [name, value]);
    },
    async listArticles(query: ArticleQuery = {}) {
      const rows = await db.query(
        `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE ($1::text IS NULL OR source = $1)
          ORDER BY published_at DESC, seq DESC LIMIT $2 OFFSET $3`,
        [query.source ?? null, query.limit ?? 50, query.offset ?? 0]);
      return rows.map(rowToSummary);
    },
    async articleIdsByPublication(query) {
      const rows = await db.query<{ id: string }>(
        "SELECT id FROM articles ORDER BY published_at, seq LIMIT $1 OFFSET $2", [query.limit, query.offset]);
      return rows.map((r) => articleId(r.id));
    },
    async listQuarantine(query = {}): Promise<QuarantineEntry[]> {
      const rows = await db.query("SELECT * FROM quarantine ORDER BY seq LIMIT $1 OFFSET $2", [query.limit ?? 1000, query.offset ?? 0]);
      return rows.map(rowToQuarantine);
    },
    async exactDuplicateGroups(): Promise<DuplicateGroup[]> {
      const rows = await db.query<{ text_hash: string; id: string }>(
        `SELECT text_hash, id FROM articles WHERE text_hash IN
            (SELECT text_hash FROM articles GROUP BY text_hash HAVING count(*) > 1)
          ORDER BY text_hash COLLATE "C", seq`);
      const groups = new Map<string, ArticleId[]>();
      for (const r of rows) {
        const ids = groups.get(r.text_hash) ?? [];
        ids.push(articleId(r.id));
        groups.set(r.text_hash, ids);
      }
      return [...groups].map(([textHash, ids]) => ({ textHash, ids }));
    },
    async stats(): Promise<StoreStats> {
      const r = (await db.query(
        `SELECT count(*) AS articles, count(DISTINCT source) AS sources, count(duplicate_of) AS dups,
            min(published_date COLLATE "C") AS first, max(published_date COLLATE "C") AS last,
            (SELECT count(*) FROM quarantine) AS quarantined FROM articles`))[0]!;
      return {
        articles: r["articles"] as number,
        sources: r["sources"] as number,
        exactDuplicates: r["dups"] as number,
        quarantined: r["quarantined"] as number,
        firstPublished: (r["first"] as string | null) ?? null,
        lastPublished: (r["last"] as string | null) ?? null,
      };
    },
    async searchArticles(query, options = {}) {
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      // The terms hold only letters and digits, so this is a list of quoted phrases, all required.
      const rows = await db.query(
        `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
          hits AS (
            SELECT a.*, ts_rank_cd(a.search, q.q) AS score FROM articles a, q
              WHERE a.search @@ q.q ORDER BY score DESC, a.seq LIMIT $2 OFFSET $3)
        SELECT h.id, h.source, h.title, h.published, h.language, length(h.text) AS chars, h.duplicate_of, h.score,
            ts_headline('english', h.text, q.q, 'StartSel="",StopSel="",MaxWords=24,MinWords=10,MaxFragments=1') AS snippet
          FROM hits h, q ORDER BY h.score DESC, h.seq`,
        [fts5Match(terms), options.limit ?? 20, options.offset ?? 0]);
      return rows.map((r): SearchHit => ({
        ...rowToSummary(r), snippet: (r["snippet"] as string).replace(/\s+/g, " ").trim(), rank: r["score"] as number,
      }));
    },
    async checkIntegrity() {
      return checkPgIntegrity(db);
    },
    async dropIndexBefore(date) {
      const ms = Date.parse(`${date}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms)) {
        throw new WiretraceError("usage", `date: expected YYYY-MM-DD, got ${JSON.stringify(date)}`);
      }
      return lsh.dropBefore(publishedDay(ms));
    },
    async sizeOnDisk() {
      const rows = await db.query<{ bytes: number }>(
        `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')`);
      return rows[0]!.bytes;
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}
