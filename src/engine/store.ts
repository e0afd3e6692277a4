import type { Article, ArticleId, Rejection } from "../core/types.js";

/** An article as stored: the article and what the store found out when it arrived. */
export interface StoredArticle extends Article {
  /** The earliest stored article with the same normalised text, when this one is an exact duplicate of it. */
  readonly duplicateOf: ArticleId | null;
}

/** One line of an article list. */
export interface ArticleSummary {
  readonly id: ArticleId;
  readonly source: string | null;
  readonly title: string | null;
  /** Canonical publication string: `2023-07-09` or `2023-07-09T14:30:00+02:00`. */
  readonly published: string;
  readonly language: string;
  readonly chars: number;
  readonly duplicateOf: ArticleId | null;
}

/** What a batch write did. Counts add up to the batch's articles and rejections. */
export interface BatchResult {
  /** New articles stored. */
  readonly inserted: number;
  /** Of those, how many repeat the text of an article stored under another id. */
  readonly duplicates: number;
  /** Articles already stored with the same id and text: re-ingest adds nothing. */
  readonly unchanged: number;
  /** Articles whose id is already stored with a different text: quarantined as these rejections, the stored one kept. */
  readonly conflicts: readonly Rejection[];
  /** New quarantine entries (rejections and conflicts). */
  readonly quarantined: number;
  /** Rejections already in quarantine from an earlier ingest of the same input. */
  readonly requarantined: number;
}

export interface ArticleQuery {
  /** Default 50. */
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
  /** Only this outlet. */
  readonly source?: string | undefined;
}

/** A record kept in quarantine, with its raw bytes. */
export interface QuarantineEntry extends Rejection {
  readonly seq: number;
  readonly quarantinedAt: string;
}

export interface DuplicateGroup {
  readonly textHash: string;
  /** In order of arrival: the first is the one the others duplicate. */
  readonly ids: readonly ArticleId[];
}

export interface StoreStats {
  readonly articles: number;
  readonly sources: number;
  /** Articles that exactly duplicate an earlier one under another id. */
  readonly exactDuplicates: number;
  readonly quarantined: number;
  /** `YYYY-MM-DD` of the earliest and latest publication, `null` when empty. */
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

/**
 * Where wiretrace keeps what it knows. SQLite is the default; PostgreSQL implements the same interface for many
 * workers. Every method is asynchronous so both can. A store is opened by its own factory and must be closed.
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Store a batch atomically: all of it or none. Idempotent for the same input. */
  writeBatch(articles: readonly Article[], rejections: readonly Rejection[]): Promise<BatchResult>;
  getArticle(id: ArticleId): Promise<StoredArticle | null>;
  /** Articles in publication order, newest first. */
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  /** Quarantined records, oldest first. */
  listQuarantine(query?: { limit?: number; offset?: number }): Promise<QuarantineEntry[]>;
  /** Groups of two or more articles with the same normalised text. */
  exactDuplicateGroups(): Promise<DuplicateGroup[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** The reason recorded for an article whose id already holds another text. */
export const conflictReason = (id: ArticleId): string =>
  `id ${JSON.stringify(id)} is already stored with a different text; the stored article was kept`;
