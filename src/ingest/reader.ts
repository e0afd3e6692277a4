import type { InputFormat, ReadItem } from "../core/types.js";
import type { Encoding } from "./decode.js";
import type { InputBytes } from "./input.js";
import type { RecordOptions } from "./record.js";

/**
 * Limits that keep one bad input from exhausting memory or time. Whatever is over a limit is rejected with its
 * place (file, line, field) and reading goes on; nothing over a limit is held whole in memory.
 */
export interface IngestLimits {
  /** Largest single-document input (a text file, an HTML page, a JSON file) in bytes. Default 20 MiB. */
  readonly maxDocumentBytes: number;
  /**
   * Largest article text, in UTF-8 bytes. Default 8 MiB: far above any news article (the longest in the shared
   * corpora is under 100 KB), low enough that a runaway record cannot fill the store.
   */
  readonly maxArticleBytes: number;
  /**
   * Longest line of a line-based input (a JSON Lines line, a CSV record) and largest feed item, in characters.
   * Default 16 Mi: a record holding an article at the size limit with its metadata and escapes still fits.
   */
  readonly maxLineLength: number;
}

export const defaultIngestLimits: IngestLimits = {
  maxDocumentBytes: 20 * 1024 * 1024,
  maxArticleBytes: 8 * 1024 * 1024,
  maxLineLength: 16 * 1024 * 1024,
};

/** How much of an over-limit record is kept in quarantine. */
export const KEPT_PREFIX = 64 * 1024;

/** What every reader is handed besides the bytes. */
export interface ReaderContext {
  readonly encoding: Encoding;
  readonly record: RecordOptions;
  readonly limits: IngestLimits;
}

/** A reader turns one input into articles and rejections. It must not throw for bad records: it yields them. */
export interface Reader {
  readonly format: InputFormat;
  read(input: InputBytes, context: ReaderContext): AsyncIterable<ReadItem>;
}

/** A rejection of a whole input (wrong header, binary, too large), with up to `keep` of its first bytes. */
export function rejectInput(input: InputBytes, reason: string, field: string | null = null, line: number | null = null): ReadItem {
  return { kind: "rejected", rejection: { file: input.name, line, field, reason, raw: input.head } };
}
