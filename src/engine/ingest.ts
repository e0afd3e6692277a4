import type { Article, ReadItem, Rejection } from "../core/types.js";
import { readInputs, type ReadOptions } from "../ingest/read-inputs.js";
import type { BatchResult, Store } from "./store.js";

/** Options for {@link ingest}. */
export interface IngestOptions extends ReadOptions {
  /** Records per transaction. Default 1000. */
  readonly batchSize?: number;
  /** Called after each batch with the running totals. */
  readonly onProgress?: (report: IngestReport) => void;
}

/** A located rejection as reported to the user (the raw bytes stay in the store's quarantine). */
export interface RejectionNote {
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  readonly reason: string;
}

/** What an ingest run did. */
export interface IngestReport {
  /** Records read: articles and rejections. */
  readonly read: number;
  readonly inserted: number;
  readonly duplicates: number;
  readonly unchanged: number;
  readonly conflicts: number;
  /** Rejected records this run, including ones already quarantined by an earlier run. */
  readonly rejected: number;
  /** Every rejection of this run, in input order, conflicts included. */
  readonly rejections: readonly RejectionNote[];
  /** Bytes of article text read. */
  readonly textBytes: number;
}

const emptyReport: IngestReport = {
  read: 0, inserted: 0, duplicates: 0, unchanged: 0, conflicts: 0, rejected: 0, rejections: [], textBytes: 0,
};

const note = (r: Rejection): RejectionNote => ({ file: r.file, line: r.line, field: r.field, reason: r.reason });

/**
 * Read inputs and store their articles, one transaction per batch. Bad records go to quarantine and are listed in
 * the report; everything else is stored. Running it twice on the same input adds nothing the second time.
 *
 * @example const report = await ingest(store, ["corpus/"]); console.log(report.inserted, report.rejected);
 */
export async function ingest(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  const batchSize = options.batchSize ?? 1000;
  let report: IngestReport = emptyReport;
  const rejections: RejectionNote[] = [];
  let articles: Article[] = [];
  let rejected: Rejection[] = [];
  let textBytes = 0;

  const flush = async () => {
    if (articles.length === 0 && rejected.length === 0) return;
    const result: BatchResult = await store.writeBatch(articles, rejected);
    rejections.push(...result.conflicts.map(note));
    report = {
      read: report.read + articles.length + rejected.length,
      inserted: report.inserted + result.inserted,
      duplicates: report.duplicates + result.duplicates,
      unchanged: report.unchanged + result.unchanged,
      conflicts: report.conflicts + result.conflicts.length,
      rejected: report.rejected + rejected.length + result.conflicts.length,
      rejections,
      textBytes,
    };
    articles = [];
    rejected = [];
    options.onProgress?.(report);
  };

  for await (const item of readInputs(paths, options) as AsyncIterable<ReadItem>) {
    if (item.kind === "article") {
      articles.push(item.article);
      textBytes += Buffer.byteLength(item.article.text);
    } else {
      rejected.push(item.rejection);
      rejections.push(note(item.rejection));
    }
    if (articles.length + rejected.length >= batchSize) await flush();
  }
  await flush();
  return report;
}
