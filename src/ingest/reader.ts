import type { InputFormat, ReadItem } from "../core/types.js";
import type { Encoding } from "./decode.js";
import type { InputBytes } from "./input.js";
import type { RecordOptions } from "./record.js";

/** Limits that keep one bad input from exhausting memory. */
export interface IngestLimits {
  /** Largest single-document input (a text file, an HTML page, a JSON file) in bytes. Default 20 MiB. */
  readonly maxDocumentBytes: number;
}

export const defaultIngestLimits: IngestLimits = { maxDocumentBytes: 20 * 1024 * 1024 };

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
