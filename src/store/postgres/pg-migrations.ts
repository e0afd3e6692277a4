/** A PostgreSQL schema change: applied once, in order, in one transaction, recorded in `schema_migrations`. */
export interface PgMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The PostgreSQL schema. It mirrors the SQLite one (same tables and meanings) with three differences: the LSH
 * table is partitioned by publication month (`lsh_bands_YYYY_MM`, created on demand) so old windows can be dropped
 * whole; `articles.search` is a stored tsvector for full-text search; and stories carry the generation that last
 * saved them, so a worker can fetch only what other workers changed. Long texts and JSON are TOAST-compressed with
 * lz4 (PostgreSQL 14+), which costs far less CPU than the default pglz when every batch rewrites story profiles.
 */
export const pgMigrations: readonly PgMigration[] = [
  {
    version: 1,
    name: "articles and quarantine",
    sql: `
      CREATE TABLE articles (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        source text,
        url text,
        title text,
        byline text,
        published text NOT NULL,
        published_json text NOT NULL,
        published_date text NOT NULL,
        published_at bigint NOT NULL,
        text text COMPRESSION lz4 NOT NULL,
        text_hash text NOT NULL,
        language text NOT NULL,
        story_label text,
        ingested_at text NOT NULL,
        raw bytea COMPRESSION lz4 NOT NULL,
        origin_file text NOT NULL,
        origin_line integer,
        origin_format text NOT NULL,
        duplicate_of text,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
        ) STORED
      );
      CREATE INDEX articles_by_hash ON articles (text_hash, seq);
      CREATE INDEX articles_by_published ON articles (published_at, seq);
      CREATE INDEX articles_by_source ON articles (source, published_at);
      CREATE INDEX articles_search ON articles USING gin (search);
      CREATE TABLE quarantine (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_key text NOT NULL UNIQUE,
        file text NOT NULL,
        line integer,
        field text,
        reason text NOT NULL,
        raw bytea NOT NULL,
        quarantined_at text NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: "sketches, partitioned LSH bands, relations and settings",
    sql: `
      CREATE TABLE settings (name text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE sketches (
        seq bigint PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
        shingles integer NOT NULL,
        published_day integer NOT NULL,
        signature bytea NOT NULL
      );
      -- band_key is the unsigned 32-bit key stored as a signed integer; published_day is days since 1970-01-01.
      CREATE TABLE lsh_bands (
        band_key integer NOT NULL,
        published_day integer NOT NULL,
        seq bigint NOT NULL,
        PRIMARY KEY (band_key, seq, published_day)
      ) PARTITION BY RANGE (published_day);
      CREATE TABLE relations (
        a_seq bigint NOT NULL,
        b_seq bigint NOT NULL,
        kind text NOT NULL,
        source_seq bigint,
        evidence text NOT NULL,
        PRIMARY KEY (a_seq, b_seq)
      );
      CREATE INDEX relations_by_b ON relations (b_seq, a_seq);
      CREATE INDEX relations_by_kind ON relations (kind);
    `,
  },
  {
    version: 3,
    name: "stories, with generations for concurrent workers",
    sql: `
      CREATE TABLE story_state (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        generation bigint NOT NULL
      );
      INSERT INTO story_state (generation) VALUES (0);
      CREATE TABLE stories (
        id text PRIMARY KEY,
        headline text,
        first_at bigint,
        last_at bigint,
        size integer NOT NULL,
        profile text COMPRESSION lz4 NOT NULL,
        updated_at text NOT NULL,
        generation bigint NOT NULL,
        listed bigint GENERATED ALWAYS AS IDENTITY
      );
      CREATE INDEX stories_by_last ON stories (last_at);
      CREATE INDEX stories_by_generation ON stories (generation);
      CREATE TABLE stories_removed (id text PRIMARY KEY, generation bigint NOT NULL);
      CREATE TABLE story_articles (
        article_seq bigint PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
        story_id text NOT NULL,
        score double precision NOT NULL,
        evidence text COMPRESSION lz4 NOT NULL,
        assigned_at text NOT NULL
      );
      CREATE INDEX story_articles_by_story ON story_articles (story_id, article_seq);
      CREATE TABLE story_events (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL,
        story_id text NOT NULL,
        other_id text,
        article_id text,
        detail text NOT NULL,
        at text NOT NULL
      );
      CREATE INDEX story_events_by_story ON story_events (story_id, seq);
      CREATE INDEX story_events_by_other ON story_events (other_id, seq);
    `,
  },
  {
    version: 4,
    name: "no planner statistics for long text columns",
    // Nothing filters or joins on these, and sampling them (a tsvector above all) made autovacuum's ANALYZE of a
    // growing articles table cost a core for long stretches of a million-article ingest. Measured at 50,000
    // articles: ANALYZE of articles 0.85-0.96 s before, 0.33-0.41 s after.
    sql: `
      ALTER TABLE articles
        ALTER COLUMN text SET STATISTICS 0,
        ALTER COLUMN search SET STATISTICS 0,
        ALTER COLUMN raw SET STATISTICS 0,
        ALTER COLUMN published_json SET STATISTICS 0;
      ALTER TABLE stories ALTER COLUMN profile SET STATISTICS 0;
      ALTER TABLE story_articles ALTER COLUMN evidence SET STATISTICS 0;
      ALTER TABLE quarantine ALTER COLUMN raw SET STATISTICS 0;
    `,
  },
];
