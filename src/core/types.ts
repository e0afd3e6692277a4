/** Branded identifiers: a plain string cannot be passed where an id is expected by accident. */
export type ArticleId = string & { readonly __brand: "ArticleId" };
export type StoryId = string & { readonly __brand: "StoryId" };

/** Cast a string known to be a story id. */
export const storyId = (value: string): StoryId => value as StoryId;

/** Cast a string known to be an article id. */
export const articleId = (value: string): ArticleId => value as ArticleId;

/**
 * When an article was published. A bare date stays a calendar date (no time zone is invented);
 * a date-time keeps the offset it was given with, and `instant` is the same moment in UTC.
 *
 * @example { kind: "date", date: "2023-07-09" }
 * @example { kind: "datetime", date: "2023-07-09", instant: "2023-07-09T12:30:00.000Z", offset: "+02:00" }
 */
export type Published =
  | { readonly kind: "date"; readonly date: string }
  | {
      readonly kind: "datetime";
      /** The calendar date where the article was published (in its own offset). */
      readonly date: string;
      /** The instant in UTC, ISO 8601. */
      readonly instant: string;
      /** The offset as given (`+02:00`, `Z`); `null` when the input had none and UTC was assumed. */
      readonly offset: string | null;
    };

/** The formats wiretrace reads. */
export type InputFormat = "text" | "jsonl" | "csv" | "feed" | "html";

/** Where a record came from: enough to find it again in the input. */
export interface Origin {
  /** File path as given, or `-` for stdin. */
  readonly file: string;
  /** 1-based line of the record's start, when the format has lines. */
  readonly line: number | null;
  readonly format: InputFormat;
}

/** A dated news article as wiretrace keeps it. */
export interface Article {
  readonly id: ArticleId;
  /** The outlet: a name or domain, when known. */
  readonly source: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: Published;
  /** The text as received (after decoding and line-ending repair): what is shown to people. */
  readonly text: string;
  /** ISO 639-1 code, or `und` when it cannot be told. */
  readonly language: string;
  /** Hex SHA-256 of the normalised, case-folded text: equal hashes mean exact duplicates. */
  readonly textHash: string;
  /** A gold story label from the input, kept for evaluation only. */
  readonly storyLabel: string | null;
  /** ISO 8601 instant of ingest. */
  readonly ingestedAt: string;
  /** The record as received (JSON text, CSV row, XML item or file text), for audit. */
  readonly raw: string;
  readonly origin: Origin;
}

/** A record that could not become an article: kept with its bytes, reported with its place. */
export interface Rejection {
  readonly file: string;
  readonly line: number | null;
  /** The field at fault, when one is. */
  readonly field: string | null;
  readonly reason: string;
  readonly raw: Uint8Array;
}

/** What a reader yields: an article, or a rejection. Readers never throw for bad records. */
export type ReadItem =
  | { readonly kind: "article"; readonly article: Article }
  | { readonly kind: "rejected"; readonly rejection: Rejection };
