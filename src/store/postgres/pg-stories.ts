import type pg from "pg";
import { articleId, storyId, type ArticleId, type StoryId } from "../../core/types.js";
import type { SavedStory, StoryEvent, StoryLock, StoryStore, StorySummary } from "../../engine/store.js";
import type { PgDb } from "./pg-db.js";
import { rowToStory, rowToStoryEvent, rowToStorySummary, rowToSummary, type Row } from "../rows.js";

type Loaded = { story: SavedStory; articles: ArticleId[] }[];

async function withMembers(client: pg.ClientBase, rows: Row[]): Promise<Loaded> {
  const members = new Map<string, ArticleId[]>();
  if (rows.length > 0) {
    const found = await client.query<{ story_id: string; id: string }>(
      `SELECT x.story_id, a.id FROM story_articles x JOIN articles a ON a.seq = x.article_seq
        WHERE x.story_id = ANY($1::text[]) ORDER BY x.article_seq`,
      [rows.map((r) => r["id"] as string)],
    );
    for (const r of found.rows) {
      const list = members.get(r.story_id) ?? [];
      list.push(articleId(r.id));
      members.set(r.story_id, list);
    }
  }
  return rows.map((r) => ({ story: rowToStory(r), articles: members.get(r["id"] as string) ?? [] }));
}

/** Keep the last of several entries with the same key (one statement may not update a row twice). */
function lastByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((i) => [key(i), i])).values()];
}

/**
 * Stories in PostgreSQL. Every save takes the next generation number (a row lock on `story_state` orders them) and
 * stamps the stories it writes with it. This store object remembers the generation it has seen, so
 * {@link StoryStore.storyChanges} returns only what other workers saved since, and {@link StoryStore.lockStories}
 * holds a session advisory lock that makes story assignment one batch at a time across every worker.
 */
export function pgStoryStore(db: PgDb): StoryStore {
  let seen = 0;
  const STORY_LOCK = 2;

  return {
    async loadStories(sinceMs, beforeMs) {
      return db.transaction(async (client) => {
        const generation = (await client.query<{ generation: number }>("SELECT generation FROM story_state")).rows[0]!.generation;
        const rows = (await client.query(
          `SELECT * FROM stories WHERE ($1::bigint IS NULL OR last_at IS NULL OR last_at >= $1)
            AND ($2::bigint IS NULL OR last_at < $2) ORDER BY listed`, [sinceMs, beforeMs ?? null],
        )).rows as Row[];
        const out = await withMembers(client, rows);
        // A first load is the state changes are counted from; an earlier stretch loaded later is not.
        if (beforeMs === undefined) seen = generation;
        return out;
      }, "REPEATABLE READ");
    },

    async storyChanges() {
      return db.transaction(async (client) => {
        const generation = (await client.query<{ generation: number }>("SELECT generation FROM story_state")).rows[0]!.generation;
        const rows = (await client.query("SELECT * FROM stories WHERE generation > $1 ORDER BY listed", [seen])).rows as Row[];
        const removed = (await client.query<{ id: string }>("SELECT id FROM stories_removed WHERE generation > $1", [seen])).rows;
        const changed = await withMembers(client, rows);
        seen = generation;
        return { changed, removed: removed.map((r) => storyId(r.id)) };
      }, "REPEATABLE READ");
    },

    async lockStories(): Promise<StoryLock> {
      const client = await db.pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1, $2)", [db.lockSpace, STORY_LOCK]);
      } catch (error) {
        client.release(true);
        throw error;
      }
      let held = true;
      return {
        async release() {
          if (!held) return;
          held = false;
          try {
            await client.query("SELECT pg_advisory_unlock($1, $2)", [db.lockSpace, STORY_LOCK]);
            client.release();
          } catch (error) {
            // Closing the connection releases a session lock too.
            client.release(true);
            throw error;
          }
        },
      };
    },

    async saveStories(batch) {
      const generation = await db.transaction(async (client) => {
        const g = (await client.query<{ generation: number }>(
          "UPDATE story_state SET generation = generation + 1 RETURNING generation")).rows[0]!.generation;
        const at = new Date().toISOString();
        const assignments = lastByKey(batch.assignments, (a) => a.article);
        if (assignments.length > 0) {
          await client.query(
            `INSERT INTO story_articles (article_seq, story_id, score, evidence, assigned_at)
              SELECT a.seq, d.story, d.score, d.evidence, $5
                FROM unnest($1::text[], $2::text[], $3::float8[], $4::text[]) AS d (id, story, score, evidence)
                JOIN articles a ON a.id = d.id ORDER BY a.seq
              ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id, score = excluded.score,
                evidence = excluded.evidence, assigned_at = excluded.assigned_at`,
            [assignments.map((a) => a.article), assignments.map((a) => a.story), assignments.map((a) => a.score),
              assignments.map((a) => a.evidence), at],
          );
        }
        for (const e of batch.events) {
          await client.query(
            "INSERT INTO story_events (kind, story_id, other_id, article_id, detail, at) VALUES ($1, $2, $3, $4, $5, $6)",
            [e.kind, e.story, e.other, e.article, e.detail, at],
          );
          if (e.kind === "merge" && e.other !== null) {
            await client.query("UPDATE story_articles SET story_id = $1 WHERE story_id = $2", [e.story, e.other]);
          }
        }
        const upsert = async (stories: readonly SavedStory[], onConflict: string) => {
          const list = lastByKey(stories, (s) => s.id);
          if (list.length === 0) return;
          await client.query(
            `INSERT INTO stories (id, headline, first_at, last_at, size, profile, updated_at, generation)
              SELECT id, headline, first_at, last_at, size, profile, $7, $8
                FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::int[], $6::text[])
                  WITH ORDINALITY AS d (id, headline, first_at, last_at, size, profile, n) ORDER BY n
              ${onConflict}`,
            [list.map((s) => s.id), list.map((s) => s.headline), list.map((s) => s.firstAt), list.map((s) => s.lastAt),
              list.map((s) => s.size), list.map((s) => s.profile), at, g],
          );
        };
        // A created story whose profile is saved in the same batch is written once, by the upsert below.
        const upserted = new Set(batch.stories.map((st) => st.id));
        await upsert(batch.created.filter((st) => !upserted.has(st.id)), "ON CONFLICT (id) DO NOTHING");
        if (batch.removed.length > 0) {
          await client.query("DELETE FROM stories WHERE id = ANY($1::text[])", [batch.removed]);
          await client.query(
            `INSERT INTO stories_removed (id, generation) SELECT id, $2 FROM unnest($1::text[]) AS id
              ON CONFLICT (id) DO UPDATE SET generation = excluded.generation`,
            [[...new Set(batch.removed)], g],
          );
        }
        await upsert(batch.stories, `ON CONFLICT (id) DO UPDATE SET headline = excluded.headline,
          first_at = excluded.first_at, last_at = excluded.last_at, size = excluded.size, profile = excluded.profile,
          updated_at = excluded.updated_at, generation = excluded.generation`);
        return g;
      });
      // Nobody saved in between: what this worker has seen includes its own save.
      if (generation === seen + 1) seen = generation;
    },

    async listStories(query = {}): Promise<StorySummary[]> {
      const rows = await db.query(
        `SELECT s.id, s.headline, s.first_at, s.last_at, s.size,
            (SELECT count(DISTINCT a.source) FROM story_articles x JOIN articles a ON a.seq = x.article_seq
              WHERE x.story_id = s.id)::int AS outlets,
            (s.profile::jsonb -> 'terms')::text AS terms
          FROM stories s ORDER BY s.last_at DESC NULLS LAST, s.id COLLATE "C" LIMIT $1 OFFSET $2`,
        [query.limit ?? 50, query.offset ?? 0],
      );
      return rows.map(rowToStorySummary);
    },

    async getStory(id) {
      const row = (await db.query("SELECT * FROM stories WHERE id = $1", [id]))[0];
      if (!row) return null;
      const rows = await db.query(
        `SELECT a.id, a.source, a.title, a.published, a.language, length(a.text) AS chars, a.duplicate_of,
            x.score, x.evidence FROM story_articles x JOIN articles a ON a.seq = x.article_seq
          WHERE x.story_id = $1 ORDER BY a.published_at, a.seq`,
        [id],
      );
      return {
        story: rowToStory(row),
        articles: rows.map((r) => ({ ...rowToSummary(r), score: r["score"] as number, evidence: r["evidence"] as string })),
      };
    },

    async storyOf(article) {
      const row = (await db.query<{ story_id: string }>(
        "SELECT x.story_id FROM story_articles x JOIN articles a ON a.seq = x.article_seq WHERE a.id = $1", [article]))[0];
      return row ? storyId(row.story_id) : null;
    },

    async storyEvents(id: StoryId) {
      const rows = await db.query("SELECT * FROM story_events WHERE story_id = $1 OR other_id = $1 ORDER BY seq", [id]);
      return rows.map(rowToStoryEvent);
    },

    async addStoryEvents(events: readonly StoryEvent[]) {
      if (events.length === 0) return;
      const at = new Date().toISOString();
      await db.query(
        `INSERT INTO story_events (kind, story_id, other_id, article_id, detail, at)
          SELECT d.kind, d.story, d.other, d.article, d.detail, $6
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS d (kind, story, other, article, detail, n)
            ORDER BY d.n`,
        [events.map((e) => e.kind), events.map((e) => e.story), events.map((e) => e.other), events.map((e) => e.article),
          events.map((e) => e.detail), at],
      );
    },

    async storyAssignments() {
      const rows = await db.query<{ id: string; story_id: string }>(
        "SELECT a.id, x.story_id FROM story_articles x JOIN articles a ON a.seq = x.article_seq");
      return new Map(rows.map((r) => [articleId(r.id), storyId(r.story_id)]));
    },

    async clearStories() {
      await db.transaction(async (client) => {
        await client.query("TRUNCATE story_articles, stories, stories_removed");
        await client.query("DELETE FROM story_events WHERE kind = 'create'");
        const g = (await client.query<{ generation: number }>(
          "UPDATE story_state SET generation = generation + 1 RETURNING generation")).rows[0]!.generation;
        seen = g;
      });
    },
  };
}
