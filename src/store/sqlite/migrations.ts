/** A schema change: applied once, in order, inside a transaction, and recorded in `schema_migrations`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: "articles and quarantine",
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT,
        url TEXT,
        title TEXT,
        byline TEXT,
        published TEXT NOT NULL,
        published_json TEXT NOT NULL,
        published_date TEXT NOT NULL,
        published_at INTEGER NOT NULL,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        language TEXT NOT NULL,
        story_label TEXT,
        ingested_at TEXT NOT NULL,
        raw TEXT NOT NULL,
        origin_file TEXT NOT NULL,
        origin_line INTEGER,
        origin_format TEXT NOT NULL,
        duplicate_of TEXT
      );
      CREATE INDEX articles_by_hash ON articles (text_hash, seq);
      CREATE INDEX articles_by_published ON articles (published_at, seq);
      CREATE INDEX articles_by_source ON articles (source, published_at);
      CREATE TABLE quarantine (
        seq INTEGER PRIMARY KEY,
        entry_key TEXT NOT NULL UNIQUE,
        file TEXT NOT NULL,
        line INTEGER,
        field TEXT,
        reason TEXT NOT NULL,
        raw BLOB NOT NULL,
        quarantined_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: "sketches, LSH bands, relations and settings",
    sql: `
      CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE sketches (
        seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
        shingles INTEGER NOT NULL,
        signature BLOB NOT NULL
      );
      CREATE TABLE lsh_bands (
        band_key INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (band_key, seq)
      ) WITHOUT ROWID;
      CREATE TABLE relations (
        a_seq INTEGER NOT NULL,
        b_seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        source_seq INTEGER,
        evidence TEXT NOT NULL,
        PRIMARY KEY (a_seq, b_seq)
      ) WITHOUT ROWID;
      CREATE INDEX relations_by_b ON relations (b_seq, a_seq);
    `,
  },
  {
    version: 3,
    name: "stories",
    sql: `
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        headline TEXT,
        first_at INTEGER,
        last_at INTEGER,
        size INTEGER NOT NULL,
        profile TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_by_last ON stories (last_at);
      CREATE TABLE story_articles (
        article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        score REAL NOT NULL,
        evidence TEXT NOT NULL,
        assigned_at TEXT NOT NULL
      );
      CREATE INDEX story_articles_by_story ON story_articles (story_id, article_seq);
      CREATE TABLE story_events (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        story_id TEXT NOT NULL,
        other_id TEXT,
        article_id TEXT,
        detail TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX story_events_by_story ON story_events (story_id, seq);
    `,
  },
  {
    version: 4,
    name: "full-text search",
    // An external-content FTS5 index over titles and texts (the text is not stored twice). Triggers keep it in step
    // with every insert, delete and update of an article; 'rebuild' back-fills articles stored before this version.
    // Porter stemming over unicode61 with diacritics removed, close to PostgreSQL's english text search.
    sql: `
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content = 'articles', content_rowid = 'seq',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
    `,
  },
  {
    version: 5,
    name: "recent LSH band rows",
    // New band rows go to a small table and are merged into lsh_bands in key order now and then (see the store):
    // inserting random keys straight into one big B-tree dirties most of its pages at every batch.
    sql: `
      CREATE TABLE lsh_bands_recent (
        band_key INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (band_key, seq)
      ) WITHOUT ROWID;
    `,
  },
];
