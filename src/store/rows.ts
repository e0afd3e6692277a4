import { articleId, storyId, type Article, type ArticleId, type Published } from "../core/types.js";
import type { ArticleSummary, QuarantineEntry, SavedStory, StoredArticle, StoryEvent, StoryEventKind, StorySummary } from "../engine/store.js";

/** A result row as a driver returns it: column name → value. Both stores name their columns alike. */
export type Row = Record<string, unknown>;

/** An `articles` row as a stored article; `raw` may come back as text (SQLite) or bytes (PostgreSQL). */
export function rowToArticle(r: Row): StoredArticle {
  const raw = r["raw"];
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
    raw: typeof raw === "string" ? raw : (raw as Buffer).toString("utf8"),
    origin: {
      file: r["origin_file"] as string,
      line: (r["origin_line"] as number | null) ?? null,
      format: r["origin_format"] as Article["origin"]["format"],
    },
    duplicateOf: (r["duplicate_of"] as ArticleId | null) ?? null,
  };
}

/** The columns of an article summary, selected from `articles`. */
export const SUMMARY_COLUMNS = "id, source, title, published, language, length(text) AS chars, duplicate_of";

export const rowToSummary = (r: Row): ArticleSummary => ({
  id: articleId(r["id"] as string),
  source: (r["source"] as string | null) ?? null,
  title: (r["title"] as string | null) ?? null,
  published: r["published"] as string,
  language: r["language"] as string,
  chars: r["chars"] as number,
  duplicateOf: (r["duplicate_of"] as ArticleId | null) ?? null,
});

export const rowToStory = (r: Row): SavedStory => ({
  id: storyId(r["id"] as string),
  headline: (r["headline"] as string | null) ?? null,
  firstAt: (r["first_at"] as number | null) ?? null,
  lastAt: (r["last_at"] as number | null) ?? null,
  size: r["size"] as number,
  profile: r["profile"] as string,
});

export const rowToQuarantine = (r: Row): QuarantineEntry => ({
  seq: r["seq"] as number,
  file: r["file"] as string,
  line: (r["line"] as number | null) ?? null,
  field: (r["field"] as string | null) ?? null,
  reason: r["reason"] as string,
  raw: new Uint8Array(r["raw"] as Buffer),
  quarantinedAt: r["quarantined_at"] as string,
});

export const rowToStoryEvent = (r: Row): StoryEvent & { at: string } => ({
  kind: r["kind"] as StoryEventKind, story: storyId(r["story_id"] as string),
  other: r["other_id"] === null ? null : storyId(r["other_id"] as string),
  article: r["article_id"] === null ? null : articleId(r["article_id"] as string),
  detail: r["detail"] as string, at: r["at"] as string,
});

/** A story list row: the story's columns, `outlets` and `terms` (the JSON array saved in its profile, or null). */
export const rowToStorySummary = (r: Row): StorySummary => ({
  id: storyId(r["id"] as string), headline: (r["headline"] as string | null) ?? null,
  firstAt: (r["first_at"] as number | null) ?? null, lastAt: (r["last_at"] as number | null) ?? null,
  size: r["size"] as number, outlets: r["outlets"] as number,
  terms: typeof r["terms"] === "string" ? (JSON.parse(r["terms"]) as string[]) : [],
});
