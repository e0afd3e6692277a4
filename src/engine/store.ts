import type { Article, ArticleId, Rejection, StoryId } from "../core/types.js";
import type { Relation, RelationKind } from "../reuse/relation.js";

/** An article's MinHash sketch as the store keeps it: the signature and the LSH band keys made from it. */
export interface ArticleSketch {
  /** Distinct shingles the signature was made from. */
  readonly shingles: number;
  readonly signature: Uint32Array;
  /** One key per band; empty when the article is too short to index. */
  readonly bandKeys: Uint32Array;
}

/** A verified relation between two stored articles; `a` arrived before `b`. */
export interface StoredRelation {
  readonly a: ArticleId;
  readonly b: ArticleId;
  readonly relation: Relation;
}

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
  /** Their ids, in batch order. */
  readonly insertedIds: readonly ArticleId[];
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
export interface Store extends StoryStore {
  readonly kind: "sqlite" | "postgres";
  /**
   * Store a batch atomically: all of it or none. Idempotent for the same input. Sketches, keyed by article id, are
   * stored and indexed with their new articles.
   */
  writeBatch(
    articles: readonly Article[], rejections: readonly Rejection[], sketches?: ReadonlyMap<ArticleId, ArticleSketch>,
  ): Promise<BatchResult>;
  getArticle(id: ArticleId): Promise<StoredArticle | null>;
  /** Several articles at once, in no particular order; missing ids are left out. */
  getArticles(ids: readonly ArticleId[]): Promise<StoredArticle[]>;
  /** Remove an article with its sketch, index entries and relations. False when there was none. */
  deleteArticle(id: ArticleId): Promise<boolean>;
  getSketch(id: ArticleId): Promise<ArticleSketch | null>;
  /** Articles sharing at least one band key: an index lookup per key, never a scan. */
  lshCandidates(bandKeys: Uint32Array): Promise<ArticleId[]>;
  /** {@link lshCandidates} for many articles in one round trip: one list per key set, in the same order. */
  lshCandidatesMany(keySets: readonly Uint32Array[]): Promise<ArticleId[][]>;
  /** Replace an article's sketch and band keys (update, or a rebuild with new parameters). */
  replaceSketches(entries: ReadonlyMap<ArticleId, ArticleSketch>): Promise<void>;
  /** Stored sketches in arrival order after `afterSeq`, for rebuilding the index. */
  scanSketches(afterSeq: number, limit: number): Promise<{ seq: number; id: ArticleId; sketch: ArticleSketch }[]>;
  /** Insert or replace relations. */
  putRelations(relations: readonly StoredRelation[]): Promise<void>;
  /** Relations of one article, either side. */
  relationsOf(id: ArticleId): Promise<StoredRelation[]>;
  /**
   * {@link relationsOf} for many articles in one round trip, keyed by article (every id present). Optional: a store
   * over a network implements it; an embedded one is asked one article at a time.
   */
  relationsOfMany?(ids: readonly ArticleId[]): Promise<Map<ArticleId, StoredRelation[]>>;
  /** All relations of the given kinds. */
  listRelations(kinds: readonly RelationKind[]): Promise<StoredRelation[]>;
  /** Small named settings (index parameters), as JSON text. */
  getSetting(name: string): Promise<string | null>;
  setSetting(name: string, value: string): Promise<void>;
  /** Articles in publication order, newest first. */
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  /** Article ids in publication order, oldest first (ties in arrival order). */
  articleIdsByPublication(query: { limit: number; offset: number }): Promise<ArticleId[]>;
  /** Quarantined records, oldest first. */
  listQuarantine(query?: { limit?: number; offset?: number }): Promise<QuarantineEntry[]>;
  /** Groups of two or more articles with the same normalised text. */
  exactDuplicateGroups(): Promise<DuplicateGroup[]>;
  stats(): Promise<StoreStats>;
  /** Full-text search over titles and texts (FTS5 on SQLite, tsvector on PostgreSQL), best match first. */
  searchArticles(query: string, options?: { limit?: number; offset?: number }): Promise<SearchHit[]>;
  /** Check the store's invariants (`wiretrace check`); an empty list means it is consistent. */
  checkIntegrity(): Promise<IntegrityProblem[]>;
  close(): Promise<void>;
}

/** One full-text search result. */
export interface SearchHit extends ArticleSummary {
  /** A short extract of the text around the matched terms, plain text. */
  readonly snippet: string;
  /** Higher is a better match; comparable within one result list only. */
  readonly rank: number;
}

/** An invariant the store found broken. */
export interface IntegrityProblem {
  /** Which check failed, e.g. `sketch-without-article`. */
  readonly check: string;
  readonly detail: string;
}

/** The reason recorded for an article whose id already holds another text. */
export const conflictReason = (id: ArticleId): string =>
  `id ${JSON.stringify(id)} is already stored with a different text; the stored article was kept`;

/** A story's running profile as saved (see `StoryProfile` in src/stories). */
export interface SavedStory {
  readonly id: StoryId;
  readonly headline: string | null;
  readonly firstAt: number | null;
  readonly lastAt: number | null;
  readonly size: number;
  /** The clusterer's profile as JSON text. */
  readonly profile: string;
}

/** Where an article went, and why (the clusterer's assignment as JSON). */
export interface SavedAssignment {
  readonly article: ArticleId;
  readonly story: StoryId;
  readonly score: number;
  readonly evidence: string;
}

/**
 * A story created, merged or split, for the record. An online `merge` (the stories of an article that bridged
 * them) has the article; the `split`s and `merge`s a re-clustering records have none (src/stories/regroup.ts).
 */
export interface StoryEvent {
  readonly kind: StoryEventKind;
  readonly story: StoryId;
  readonly other: StoryId | null;
  readonly article: ArticleId | null;
  readonly detail: string;
}

export type StoryEventKind = "create" | "merge" | "split";

/** One line of the story list. */
export interface StorySummary {
  readonly id: StoryId;
  readonly headline: string | null;
  readonly firstAt: number | null;
  readonly lastAt: number | null;
  readonly size: number;
  readonly outlets: number;
  /** Its heaviest terms when its profile was last saved, heaviest first (empty before that). */
  readonly terms: readonly string[];
}

/** The part of the Store interface that keeps stories. */
export interface StoryStore {
  /**
   * Stories last seen at or after `sinceMs` (all when null), with the ids of their articles. With `beforeMs`, only
   * dated stories last seen before it: an earlier stretch than a first load took, for articles that arrive late.
   */
  loadStories(sinceMs: number | null, beforeMs?: number): Promise<{ story: SavedStory; articles: ArticleId[] }[]>;
  /**
   * Save changed stories, remove merged-away ones, record assignments and events: one transaction. `created` are
   * new stories to list now whose profiles may be saved later (inserted only when absent).
   */
  saveStories(batch: {
    stories: readonly SavedStory[];
    created: readonly SavedStory[];
    removed: readonly StoryId[];
    assignments: readonly SavedAssignment[];
    events: readonly StoryEvent[];
  }): Promise<void>;
  listStories(query?: { limit?: number; offset?: number }): Promise<StorySummary[]>;
  getStory(id: StoryId): Promise<{ story: SavedStory; articles: (ArticleSummary & { score: number; evidence: string })[] } | null>;
  storyOf(article: ArticleId): Promise<StoryId | null>;
  storyEvents(id: StoryId): Promise<(StoryEvent & { at: string })[]>;
  /** Record events only: unlike a `merge` in {@link StoryStore.saveStories}, no article moves. */
  addStoryEvents(events: readonly StoryEvent[]): Promise<void>;
  /** Every article that has a story, with its story. */
  storyAssignments(): Promise<Map<ArticleId, StoryId>>;
  /**
   * Forget every story, its articles and its creation (before re-clustering). Merge and split events stay: story
   * ids come from the article that started the story, so a re-clustered story shows the history of its id.
   */
  clearStories(): Promise<void>;
  /**
   * Stores that several processes write at once (PostgreSQL) implement this and {@link StoryStore.storyChanges}.
   * Hold the store-wide story lock: while it is held, no other process assigns stories. Release it in `finally`.
   */
  lockStories?(): Promise<StoryLock>;
  /** Stories other processes saved or removed since this store object last loaded, fetched or saved stories. */
  storyChanges?(): Promise<{ changed: { story: SavedStory; articles: ArticleId[] }[]; removed: StoryId[] }>;
  /**
   * Whether another connection has committed writes since the previous call (the first call only starts
   * watching). A process that keeps a story engine open across ingests (the server) reopens it when this says
   * so. Stores that implement {@link StoryStore.lockStories} catch up under the lock instead and leave this out.
   */
  writtenElsewhere?(): Promise<boolean>;
}

/** A held story lock (see {@link StoryStore.lockStories}). */
export interface StoryLock {
  release(): Promise<void>;
}
