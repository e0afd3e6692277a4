import Database from "better-sqlite3";
import { formatPublished, publishedSortKey } from "../../core/published.js";
import { articleId, storyId, type Article, type ArticleId, type Rejection } from "../../core/types.js";
import { flipRelation, type Relation, type RelationKind } from "../../reuse/relation.js";
import {
  conflictReason,
  type ArticleSketch,
  type StorySummary,
  type StoredRelation,
  type ArticleQuery,
  type ArticleSummary,
  type BatchResult,
  type DuplicateGroup,
  type QuarantineEntry,
  type SearchHit,
  type Store,
  type StoreStats,
  type StoredArticle,
} from "../../engine/store.js";
import { quarantineKey } from "../quarantine-key.js";
import { fts5Match, searchTerms } from "../search-terms.js";
import { sqliteMigrations, type Migration } from "./migrations.js";
import { checkSqliteIntegrity } from "./integrity.js";
import { rowToArticle, rowToQuarantine, rowToStory, rowToStoryEvent, rowToStorySummary, rowToSummary, type Row } from "../rows.js";

/** Options for {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Open without writing (no migrations are applied). Default false. */
  readonly readonly?: boolean;
  /** Milliseconds to wait for a lock held by another process. Default 5000. */
  readonly busyTimeoutMs?: number;
  /** Recent LSH band rows kept apart before they are merged into the main band table. Default 560,000 (20,000 articles). */
  readonly mergeBandRows?: number;
}


function applyMigrations(db: Database.Database, migrations: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(
    (db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version),
  );
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        m.version, m.name, new Date().toISOString(),
      );
    }).immediate();
  }
}

/** Signature and band keys in one blob: [bands: u32][band keys...][signature...], little-endian. */
function sketchBlob(sketch: ArticleSketch): Buffer {
  const out = new Uint32Array(1 + sketch.bandKeys.length + sketch.signature.length);
  out[0] = sketch.bandKeys.length;
  out.set(sketch.bandKeys, 1);
  out.set(sketch.signature, 1 + sketch.bandKeys.length);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

function blobWords(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Uint32Array(copy.buffer);
}

function bandKeysOf(blob: Buffer): Uint32Array {
  const words = blobWords(blob);
  return words.subarray(1, 1 + (words[0] ?? 0));
}

function blobSketch(shingles: number, blob: Buffer): ArticleSketch {
  const words = blobWords(blob);
  const bands = words[0] ?? 0;
  return { shingles, bandKeys: words.slice(1, 1 + bands), signature: words.slice(1 + bands) };
}

const relationRow = (r: { a: string; b: string; evidence: string }): StoredRelation => ({
  a: articleId(r.a), b: articleId(r.b), relation: JSON.parse(r.evidence) as Relation,
});

/**
 * Open (and create or migrate) a SQLite store: WAL journal, versioned migrations, one transaction per batch.
 *
 * @example const store = openSqliteStore("wiretrace.db"); ... await store.close();
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  if (!options.readonly) {
    if (path !== ":memory:") db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("cache_size = -262144");
    db.pragma("temp_store = MEMORY");
    // A batch dirties pages all over the band index, and each checkpoint copies them to the database file and
    // syncs it. Checkpointing every 10,000 WAL pages (40 MB) instead of SQLite's 1,000 writes a page rewritten by
    // successive batches once, not once per batch: storing the sketches of 100,000 articles took 8.6-9.0 s, now
    // 6.7-7.7 s.
    db.pragma("wal_autocheckpoint = 10000");
    applyMigrations(db, sqliteMigrations);
  }

  const byId = db.prepare("SELECT id, text_hash FROM articles WHERE id = ?");
  const firstWithHash = db.prepare("SELECT id FROM articles WHERE text_hash = ? ORDER BY seq LIMIT 1");
  const insertArticle = db.prepare(`INSERT INTO articles (
      id, source, url, title, byline, published, published_json, published_date, published_at, text, text_hash,
      language, story_label, ingested_at, raw, origin_file, origin_line, origin_format, duplicate_of)
    VALUES (@id, @source, @url, @title, @byline, @published, @published_json, @published_date, @published_at, @text,
      @text_hash, @language, @story_label, @ingested_at, @raw, @origin_file, @origin_line, @origin_format, @duplicate_of)`);
  const insertQuarantine = db.prepare(`INSERT OR IGNORE INTO quarantine
      (entry_key, file, line, field, reason, raw, quarantined_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);

  // An upsert, not INSERT OR REPLACE: with foreign keys on, REPLACE's delete step costs about ten times the insert.
  const insertSketch = db.prepare(`INSERT INTO sketches (seq, shingles, signature) VALUES (?, ?, ?)
    ON CONFLICT (seq) DO UPDATE SET shingles = excluded.shingles, signature = excluded.signature`);
  // Band rows: new ones go to lsh_bands_recent, which is merged into lsh_bands in key order once it holds
  // MERGE_BAND_ROWS rows. Random keys inserted straight into one large B-tree dirty most of its pages at every
  // batch, so the cost per article grew with the archive (measured 49 → 184 µs from 20,000 to 100,000 articles);
  // two levels keep it flat (about 70 µs). Lookups read both tables.
  const MERGE_BAND_ROWS = options.mergeBandRows ?? 560_000;
  const insertBand = db.prepare("INSERT OR IGNORE INTO lsh_bands_recent (band_key, seq) VALUES (?, ?)");
  const deleteBandRows = ["lsh_bands", "lsh_bands_recent"].map((t) => db.prepare(`DELETE FROM ${t} WHERE band_key = ? AND seq = ?`));
  const deleteBand = (key: number, seq: number): void => {
    for (const d of deleteBandRows) d.run(key, seq);
  };
  const countRecent = db.prepare("SELECT count(*) FROM lsh_bands_recent").pluck();
  let recentRows = options.readonly ? 0 : (countRecent.get() as number);
  const mergeRecent = db.prepare("INSERT OR IGNORE INTO lsh_bands SELECT band_key, seq FROM lsh_bands_recent ORDER BY band_key, seq");
  const clearRecent = db.prepare("DELETE FROM lsh_bands_recent");
  /** Within a write transaction: fold the recent band rows into the main table when there are enough of them. */
  const mergeBandsIfDue = (added: number): void => {
    recentRows += added;
    if (recentRows < MERGE_BAND_ROWS) return;
    mergeRecent.run();
    clearRecent.run();
    recentRows = 0;
  };
  const seqOf = db.prepare("SELECT seq FROM articles WHERE id = ?").pluck();
  const getById = db.prepare("SELECT * FROM articles WHERE id = ?");
  const sketchOf = db.prepare("SELECT shingles, signature FROM sketches WHERE seq = ?");
  // Band rows go in sorted by key, many per statement: B-tree inserts in key order touch each page once per batch
  // instead of once per row, and one statement per 64 rows spares the per-call cost.
  const BAND_ROWS = 64;
  const insertBands = db.prepare(
    `INSERT OR IGNORE INTO lsh_bands_recent (band_key, seq) VALUES ${Array.from({ length: BAND_ROWS }, () => "(?, ?)").join(", ")}`,
  );
  const insertBandRows = (rows: { key: number; seq: number }[]): void => {
    rows.sort((x, y) => x.key - y.key || x.seq - y.seq);
    let i = 0;
    const args: number[] = new Array<number>(2 * BAND_ROWS);
    for (; i + BAND_ROWS <= rows.length; i += BAND_ROWS) {
      for (let j = 0; j < BAND_ROWS; j++) {
        const row = rows[i + j]!;
        args[2 * j] = row.key;
        args[2 * j + 1] = row.seq;
      }
      insertBands.run(args);
    }
    for (; i < rows.length; i++) insertBand.run(rows[i]!.key, rows[i]!.seq);
    mergeBandsIfDue(rows.length);
  };
  /** Store a sketch; its band rows are appended to `bands` (inserted by the caller) or inserted now. */
  const storeSketch = (seq: number, sketch: ArticleSketch, isNew: boolean, bands?: { key: number; seq: number }[]): void => {
    const old = isNew ? undefined : (sketchOf.get(seq) as { signature: Buffer } | undefined);
    if (old) for (const key of bandKeysOf(old.signature)) deleteBand(key, seq);
    insertSketch.run(seq, sketch.shingles, sketchBlob(sketch));
    if (bands) for (const key of sketch.bandKeys) bands.push({ key, seq });
    else for (const key of sketch.bandKeys) insertBand.run(key, seq);
  };
  // Called once per new article by story assignment: prepared once.
  const relationsOfSeq = db.prepare(`SELECT x.id AS a, y.id AS b, r.evidence FROM relations r
    JOIN articles x ON x.seq = r.a_seq JOIN articles y ON y.seq = r.b_seq
    WHERE r.a_seq = ? OR r.b_seq = ? ORDER BY r.a_seq, r.b_seq`);
  const candidatesMany = db.prepare(`SELECT b.band_key AS k, b.seq AS seq, a.id AS id
    FROM (SELECT band_key, seq FROM lsh_bands WHERE band_key IN (SELECT value FROM json_each(?))
      UNION ALL SELECT band_key, seq FROM lsh_bands_recent WHERE band_key IN (SELECT value FROM json_each(?))) b
    JOIN articles a ON a.seq = b.seq`);

  // bm25 with titles weighted ×5; a snippet of about 16 words from the text, as plain text.
  // Prepared on first use: a read-only store opened on a database older than migration 4 has no index to search.
  let searchQuery: Database.Statement | undefined;
  let dataVersion: number | null = null;
  const searchSql = `SELECT a.id, a.source, a.title, a.published, a.language, length(a.text) AS chars,
      a.duplicate_of, snippet(articles_fts, 1, '', '', '…', 16) AS snippet, bm25(articles_fts, 5.0, 1.0) AS score
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE articles_fts MATCH ? ORDER BY score, a.seq LIMIT ? OFFSET ?`;

  /** Candidates for many key sets with one query: for each, the articles sharing a key, in arrival order. */
  const candidatesOf = (keySets: readonly Uint32Array[]): ArticleId[][] => {
    const wanted = new Set<number>();
    for (const keys of keySets) for (const key of keys) wanted.add(key);
    if (wanted.size === 0) return keySets.map(() => []);
    const byKey = new Map<number, { seq: number; id: ArticleId }[]>();
    const keys = JSON.stringify([...wanted]);
    for (const row of candidatesMany.iterate(keys, keys) as Iterable<{ k: number; seq: number; id: string }>) {
      let list = byKey.get(row.k);
      if (!list) byKey.set(row.k, (list = []));
      list.push({ seq: row.seq, id: articleId(row.id) });
    }
    return keySets.map((keys) => {
      const found = new Map<number, ArticleId>();
      for (const key of keys) for (const hit of byKey.get(key) ?? []) found.set(hit.seq, hit.id);
      return [...found].sort((x, y) => x[0] - y[0]).map(([, id]) => id);
    });
  };

  const quarantine = (r: Rejection, at: string): boolean =>
    insertQuarantine.run(quarantineKey(r), r.file, r.line, r.field, r.reason, Buffer.from(r.raw), at).changes > 0;

  const write = db.transaction((
    articles: readonly Article[], rejections: readonly Rejection[], sketches?: ReadonlyMap<ArticleId, ArticleSketch>,
  ): BatchResult => {
    let inserted = 0, duplicates = 0, unchanged = 0, quarantined = 0, requarantined = 0;
    const conflicts: Rejection[] = [];
    const insertedIds: ArticleId[] = [];
    const bandRows: { key: number; seq: number }[] = [];
    const at = new Date().toISOString();
    for (const a of articles) {
      const existing = byId.get(a.id) as { id: string; text_hash: string } | undefined;
      if (existing) {
        if (existing.text_hash === a.textHash) {
          unchanged++;
          continue;
        }
        const rejection: Rejection = {
          file: a.origin.file, line: a.origin.line, field: "id", reason: conflictReason(a.id), raw: Buffer.from(a.raw),
        };
        conflicts.push(rejection);
        if (quarantine(rejection, at)) quarantined++;
        else requarantined++;
        continue;
      }
      const original = firstWithHash.get(a.textHash) as { id: string } | undefined;
      const info = insertArticle.run({
        id: a.id, source: a.source, url: a.url, title: a.title, byline: a.byline,
        published: formatPublished(a.published), published_json: JSON.stringify(a.published),
        published_date: a.published.date, published_at: publishedSortKey(a.published),
        text: a.text, text_hash: a.textHash, language: a.language, story_label: a.storyLabel,
        ingested_at: a.ingestedAt, raw: a.raw, origin_file: a.origin.file, origin_line: a.origin.line,
        origin_format: a.origin.format, duplicate_of: original?.id ?? null,
      });
      inserted++;
      insertedIds.push(a.id);
      if (original) duplicates++;
      const sketch = sketches?.get(a.id);
      if (sketch) storeSketch(Number(info.lastInsertRowid), sketch, true, bandRows);
    }
    insertBandRows(bandRows);
    for (const r of rejections) {
      if (quarantine(r, at)) quarantined++;
      else requarantined++;
    }
    return { inserted, insertedIds, duplicates, unchanged, conflicts, quarantined, requarantined };
  });

  return {
    kind: "sqlite",
    async writeBatch(articles, rejections, sketches) {
      return write.immediate(articles, rejections, sketches);
    },
    async getArticles(ids) {
      const out: StoredArticle[] = [];
      for (const id of new Set(ids)) {
        const row = getById.get(id) as Row | undefined;
        if (row) out.push(rowToArticle(row));
      }
      return out;
    },
    async deleteArticle(id) {
      return db.transaction(() => {
        const seq = seqOf.get(id) as number | undefined;
        if (seq === undefined) return false;
        const old = sketchOf.get(seq) as { signature: Buffer } | undefined;
        if (old) for (const key of bandKeysOf(old.signature)) deleteBand(key, seq);
        db.prepare("DELETE FROM sketches WHERE seq = ?").run(seq);
        db.prepare("DELETE FROM relations WHERE a_seq = ? OR b_seq = ?").run(seq, seq);
        db.prepare("DELETE FROM story_articles WHERE article_seq = ?").run(seq);
        db.prepare("DELETE FROM articles WHERE seq = ?").run(seq);
        // Its exact duplicates now duplicate the next earliest article with the same text, which becomes the original.
        const dups = db.prepare("SELECT seq FROM articles WHERE duplicate_of = ? ORDER BY seq").pluck().all(id) as number[];
        if (dups.length > 0) {
          const [first, ...rest] = dups as [number, ...number[]];
          db.prepare("UPDATE articles SET duplicate_of = NULL WHERE seq = ?").run(first);
          const firstId = db.prepare("SELECT id FROM articles WHERE seq = ?").pluck().get(first) as string;
          const repoint = db.prepare("UPDATE articles SET duplicate_of = ? WHERE seq = ?");
          for (const seq of rest) repoint.run(firstId, seq);
        }
        return true;
      }).immediate();
    },
    async getSketch(id) {
      const seq = seqOf.get(id) as number | undefined;
      const row = seq === undefined ? undefined : (sketchOf.get(seq) as { shingles: number; signature: Buffer } | undefined);
      return row ? blobSketch(row.shingles, row.signature) : null;
    },
    async lshCandidates(bandKeys) {
      return candidatesOf([bandKeys])[0]!;
    },
    async lshCandidatesMany(keySets) {
      return candidatesOf(keySets);
    },
    async replaceSketches(entries) {
      db.transaction(() => {
        const bands: { key: number; seq: number }[] = [];
        for (const [id, sketch] of entries) {
          const seq = seqOf.get(id) as number | undefined;
          if (seq !== undefined) storeSketch(seq, sketch, false, bands);
        }
        insertBandRows(bands);
      }).immediate();
    },
    async scanSketches(afterSeq, limit) {
      const rows = db
        .prepare(`SELECT s.seq, a.id, s.shingles, s.signature FROM sketches s JOIN articles a ON a.seq = s.seq
          WHERE s.seq > ? ORDER BY s.seq LIMIT ?`)
        .all(afterSeq, limit) as { seq: number; id: string; shingles: number; signature: Buffer }[];
      return rows.map((r) => ({ seq: r.seq, id: articleId(r.id), sketch: blobSketch(r.shingles, r.signature) }));
    },
    async putRelations(relations) {
      const put = db.prepare(`INSERT INTO relations (a_seq, b_seq, kind, source_seq, evidence) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (a_seq, b_seq) DO UPDATE SET kind = excluded.kind, source_seq = excluded.source_seq, evidence = excluded.evidence`);
      db.transaction(() => {
        for (const r of relations) {
          const a = seqOf.get(r.a) as number | undefined;
          const b = seqOf.get(r.b) as number | undefined;
          if (a === undefined || b === undefined) continue;
          const [first, second, rel] = a < b ? [a, b, r.relation] : [b, a, flipRelation(r.relation)];
          const source = rel.source === "a" ? first : rel.source === "b" ? second : null;
          put.run(first, second, rel.kind, source, JSON.stringify(rel));
        }
      }).immediate();
    },
    async relationsOf(id) {
      const seq = seqOf.get(id) as number | undefined;
      if (seq === undefined) return [];
      const rows = relationsOfSeq.all(seq, seq) as { a: string; b: string; evidence: string }[];
      return rows.map(relationRow);
    },
    async listRelations(kinds: readonly RelationKind[]) {
      const rows = db
        .prepare(`SELECT x.id AS a, y.id AS b, r.evidence FROM relations r
          JOIN articles x ON x.seq = r.a_seq JOIN articles y ON y.seq = r.b_seq
          WHERE r.kind IN (SELECT value FROM json_each(?)) ORDER BY r.a_seq, r.b_seq`)
        .all(JSON.stringify(kinds)) as { a: string; b: string; evidence: string }[];
      return rows.map(relationRow);
    },
    async loadStories(sinceMs, beforeMs) {
      const rows = db
        .prepare(`SELECT * FROM stories WHERE (@since IS NULL OR last_at IS NULL OR last_at >= @since)
          AND (@before IS NULL OR last_at < @before) ORDER BY rowid`)
        .all({ since: sinceMs, before: beforeMs ?? null }) as Row[];
      const members = db.prepare(`SELECT a.id FROM story_articles s JOIN articles a ON a.seq = s.article_seq
        WHERE s.story_id = ? ORDER BY s.article_seq`).pluck();
      return rows.map((r) => ({ story: rowToStory(r), articles: (members.all(r["id"]) as string[]).map(articleId) }));
    },
    async saveStories(batch) {
      const upsert = db.prepare(`INSERT INTO stories (id, headline, first_at, last_at, size, profile, updated_at)
        VALUES (@id, @headline, @firstAt, @lastAt, @size, @profile, @at)
        ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, first_at = excluded.first_at,
          last_at = excluded.last_at, size = excluded.size, profile = excluded.profile, updated_at = excluded.updated_at`);
      const assign = db.prepare(`INSERT INTO story_articles (article_seq, story_id, score, evidence, assigned_at)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id,
          score = excluded.score, evidence = excluded.evidence, assigned_at = excluded.assigned_at`);
      const move = db.prepare("UPDATE story_articles SET story_id = ? WHERE story_id = ?");
      const create = db.prepare(`INSERT OR IGNORE INTO stories (id, headline, first_at, last_at, size, profile, updated_at)
        VALUES (@id, @headline, @firstAt, @lastAt, @size, @profile, @at)`);
      const remove = db.prepare("DELETE FROM stories WHERE id = ?");
      const event = db.prepare(`INSERT INTO story_events (kind, story_id, other_id, article_id, detail, at)
        VALUES (?, ?, ?, ?, ?, ?)`);
      db.transaction(() => {
        const at = new Date().toISOString();
        for (const a of batch.assignments) {
          const seq = seqOf.get(a.article) as number | undefined;
          if (seq !== undefined) assign.run(seq, a.story, a.score, a.evidence, at);
        }
        for (const e of batch.events) {
          event.run(e.kind, e.story, e.other, e.article, e.detail, at);
          if (e.kind === "merge" && e.other !== null) move.run(e.story, e.other);
        }
        for (const story of batch.created) create.run({ ...story, at });
        for (const id of batch.removed) remove.run(id);
        for (const story of batch.stories) upsert.run({ ...story, at });
      }).immediate();
    },
    async listStories(query = {}): Promise<StorySummary[]> {
      const rows = db
        .prepare(`SELECT s.id, s.headline, s.first_at, s.last_at, s.size,
            (SELECT count(DISTINCT a.source) FROM story_articles x JOIN articles a ON a.seq = x.article_seq
              WHERE x.story_id = s.id) AS outlets,
            CASE WHEN json_valid(s.profile) THEN json_extract(s.profile, '$.terms') END AS terms
          FROM stories s ORDER BY s.last_at DESC, s.id LIMIT ? OFFSET ?`)
        .all(query.limit ?? 50, query.offset ?? 0) as Row[];
      return rows.map(rowToStorySummary);
    },
    async getStory(id) {
      const row = db.prepare("SELECT * FROM stories WHERE id = ?").get(id) as Row | undefined;
      if (!row) return null;
      const rows = db
        .prepare(`SELECT a.id, a.source, a.title, a.published, a.language, length(a.text) AS chars, a.duplicate_of,
            x.score, x.evidence FROM story_articles x JOIN articles a ON a.seq = x.article_seq
          WHERE x.story_id = ? ORDER BY a.published_at, a.seq`)
        .all(id) as Row[];
      return {
        story: rowToStory(row),
        articles: rows.map((r) => ({
          ...rowToSummary(r), score: r["score"] as number, evidence: r["evidence"] as string,
        })),
      };
    },
    async storyOf(article) {
      const seq = seqOf.get(article) as number | undefined;
      if (seq === undefined) return null;
      const id = db.prepare("SELECT story_id FROM story_articles WHERE article_seq = ?").pluck().get(seq) as string | undefined;
      return id === undefined ? null : storyId(id);
    },
    async storyEvents(id) {
      const rows = db
        .prepare("SELECT * FROM story_events WHERE story_id = ? OR other_id = ? ORDER BY seq")
        .all(id, id) as Row[];
      return rows.map(rowToStoryEvent);
    },
    async addStoryEvents(events) {
      const event = db.prepare(`INSERT INTO story_events (kind, story_id, other_id, article_id, detail, at)
        VALUES (?, ?, ?, ?, ?, ?)`);
      db.transaction(() => {
        const at = new Date().toISOString();
        for (const e of events) event.run(e.kind, e.story, e.other, e.article, e.detail, at);
      }).immediate();
    },
    async storyAssignments() {
      const rows = db
        .prepare("SELECT a.id, x.story_id FROM story_articles x JOIN articles a ON a.seq = x.article_seq")
        .raw()
        .all() as [string, string][];
      return new Map(rows.map(([a, s]) => [articleId(a), storyId(s)]));
    },
    async clearStories() {
      db.transaction(() => {
        db.exec("DELETE FROM story_articles; DELETE FROM stories; DELETE FROM story_events WHERE kind = 'create';");
      }).immediate();
    },
    async getSetting(name) {
      return (db.prepare("SELECT value FROM settings WHERE name = ?").pluck().get(name) as string | undefined) ?? null;
    },
    async setSetting(name, value) {
      db.prepare("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")
        .run(name, value);
    },
    async getArticle(id) {
      const row = getById.get(id) as Row | undefined;
      return row ? rowToArticle(row) : null;
    },
    async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
      const rows = db
        .prepare(`SELECT id, source, title, published, language, length(text) AS chars, duplicate_of FROM articles
          WHERE (@source IS NULL OR source = @source)
          ORDER BY published_at DESC, seq DESC LIMIT @limit OFFSET @offset`)
        .all({ source: query.source ?? null, limit: query.limit ?? 50, offset: query.offset ?? 0 }) as Row[];
      return rows.map(rowToSummary);
    },
    async articleIdsByPublication(query) {
      return (db.prepare("SELECT id FROM articles ORDER BY published_at, seq LIMIT ? OFFSET ?").pluck()
        .all(query.limit, query.offset) as string[]).map(articleId);
    },
    async listQuarantine(query = {}): Promise<QuarantineEntry[]> {
      const rows = db
        .prepare("SELECT * FROM quarantine ORDER BY seq LIMIT ? OFFSET ?")
        .all(query.limit ?? 1000, query.offset ?? 0) as Row[];
      return rows.map(rowToQuarantine);
    },
    async exactDuplicateGroups(): Promise<DuplicateGroup[]> {
      const rows = db
        .prepare(`SELECT text_hash, id FROM articles WHERE text_hash IN
            (SELECT text_hash FROM articles GROUP BY text_hash HAVING count(*) > 1)
          ORDER BY text_hash, seq`)
        .all() as { text_hash: string; id: string }[];
      const groups = new Map<string, ArticleId[]>();
      for (const r of rows) {
        const ids = groups.get(r.text_hash) ?? [];
        ids.push(articleId(r.id));
        groups.set(r.text_hash, ids);
      }
      return [...groups].map(([textHash, ids]) => ({ textHash, ids }));
    },
    async stats(): Promise<StoreStats> {
      const r = db
        .prepare(`SELECT count(*) AS articles, count(DISTINCT source) AS sources,
            count(duplicate_of) AS dups, min(published_date) AS first, max(published_date) AS last FROM articles`)
        .get() as Row;
      const q = db.prepare("SELECT count(*) AS n FROM quarantine").get() as { n: number };
      return {
        articles: r["articles"] as number,
        sources: r["sources"] as number,
        exactDuplicates: r["dups"] as number,
        quarantined: q.n,
        firstPublished: (r["first"] as string | null) ?? null,
        lastPublished: (r["last"] as string | null) ?? null,
      };
    },
    async searchArticles(query, options = {}) {
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      searchQuery ??= db.prepare(searchSql);
      const rows = searchQuery.all(fts5Match(terms), options.limit ?? 20, options.offset ?? 0) as Row[];
      return rows.map((r): SearchHit => ({
        ...rowToSummary(r), snippet: (r["snippet"] as string).replace(/\s+/g, " ").trim(), rank: -(r["score"] as number),
      }));
    },
    async checkIntegrity() {
      return checkSqliteIntegrity(db);
    },
    async writtenElsewhere() {
      // SQLite's data_version changes when another connection commits, never for this connection's own writes.
      const version = db.pragma("data_version", { simple: true }) as number;
      const changed = dataVersion !== null && version !== dataVersion;
      dataVersion = version;
      return changed;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
