import Database from "better-sqlite3";
import { formatPublished, publishedSortKey } from "../../core/published.js";
import { articleId, type Article, type ArticleId, type Published, type Rejection } from "../../core/types.js";
import {
  conflictReason,
  type ArticleQuery,
  type ArticleSummary,
  type BatchResult,
  type DuplicateGroup,
  type QuarantineEntry,
  type Store,
  type StoreStats,
  type StoredArticle,
} from "../../engine/store.js";
import { quarantineKey } from "../quarantine-key.js";
import { sqliteMigrations, type Migration } from "./migrations.js";

/** Options for {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Open without writing (no migrations are applied). Default false. */
  readonly readonly?: boolean;
  /** Milliseconds to wait for a lock held by another process. Default 5000. */
  readonly busyTimeoutMs?: number;
}

type Row = Record<string, unknown>;

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

function rowToArticle(r: Row): StoredArticle {
  return {
    id: articleId(r["id"] as string),
    source: (r["source"] as string | null) ?? null,
    url: (r["url"] as string | null) ?? null,
    title: (r["title"] as string | null) ?? null,
    byline: (r["byline"] as string | null) ?? null,
    published: JSON.parse(r["published_json"] as string) as Published,
    text: r["text"] as string,
    language: r["language"] as string,
    textHash: r["text_hash"] as string,
    storyLabel: (r["story_label"] as string | null) ?? null,
    ingestedAt: r["ingested_at"] as string,
    raw: r["raw"] as string,
    origin: {
      file: r["origin_file"] as string,
      line: (r["origin_line"] as number | null) ?? null,
      format: r["origin_format"] as Article["origin"]["format"],
    },
    duplicateOf: (r["duplicate_of"] as ArticleId | null) ?? null,
  };
}

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

  const quarantine = (r: Rejection, at: string): boolean =>
    insertQuarantine.run(quarantineKey(r), r.file, r.line, r.field, r.reason, Buffer.from(r.raw), at).changes > 0;

  const write = db.transaction((articles: readonly Article[], rejections: readonly Rejection[]): BatchResult => {
    let inserted = 0, duplicates = 0, unchanged = 0, quarantined = 0, requarantined = 0;
    const conflicts: Rejection[] = [];
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
      insertArticle.run({
        id: a.id, source: a.source, url: a.url, title: a.title, byline: a.byline,
        published: formatPublished(a.published), published_json: JSON.stringify(a.published),
        published_date: a.published.date, published_at: publishedSortKey(a.published),
        text: a.text, text_hash: a.textHash, language: a.language, story_label: a.storyLabel,
        ingested_at: a.ingestedAt, raw: a.raw, origin_file: a.origin.file, origin_line: a.origin.line,
        origin_format: a.origin.format, duplicate_of: original?.id ?? null,
      });
      inserted++;
      if (original) duplicates++;
    }
    for (const r of rejections) {
      if (quarantine(r, at)) quarantined++;
      else requarantined++;
    }
    return { inserted, duplicates, unchanged, conflicts, quarantined, requarantined };
  });

  return {
    kind: "sqlite",
    async writeBatch(articles, rejections) {
      return write.immediate(articles, rejections);
    },
    async getArticle(id) {
      const row = db.prepare("SELECT * FROM articles WHERE id = ?").get(id) as Row | undefined;
      return row ? rowToArticle(row) : null;
    },
    async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
      const rows = db
        .prepare(`SELECT id, source, title, published, language, length(text) AS chars, duplicate_of FROM articles
          WHERE (@source IS NULL OR source = @source)
          ORDER BY published_at DESC, seq DESC LIMIT @limit OFFSET @offset`)
        .all({ source: query.source ?? null, limit: query.limit ?? 50, offset: query.offset ?? 0 }) as Row[];
      return rows.map((r) => ({
        id: articleId(r["id"] as string),
        source: (r["source"] as string | null) ?? null,
        title: (r["title"] as string | null) ?? null,
        published: r["published"] as string,
        language: r["language"] as string,
        chars: r["chars"] as number,
        duplicateOf: (r["duplicate_of"] as ArticleId | null) ?? null,
      }));
    },
    async listQuarantine(query = {}): Promise<QuarantineEntry[]> {
      const rows = db
        .prepare("SELECT * FROM quarantine ORDER BY seq LIMIT ? OFFSET ?")
        .all(query.limit ?? 1000, query.offset ?? 0) as Row[];
      return rows.map((r) => ({
        seq: r["seq"] as number,
        file: r["file"] as string,
        line: (r["line"] as number | null) ?? null,
        field: (r["field"] as string | null) ?? null,
        reason: r["reason"] as string,
        raw: new Uint8Array(r["raw"] as Buffer),
        quarantinedAt: r["quarantined_at"] as string,
      }));
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
    async close() {
      if (db.open) db.close();
    },
  };
}
