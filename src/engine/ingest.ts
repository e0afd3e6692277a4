import type { Article, ArticleId, ReadItem, Rejection } from "../core/types.js";
import { readInputs, type ReadOptions } from "../ingest/read-inputs.js";
import type { RelateInput } from "../reuse/relate-texts.js";
import { storeIndexParams, type IndexParams } from "./index-params.js";
import { relateNewArticles, type RelateTimings } from "./relate.js";
import { makeSketcher } from "./sketcher.js";
import { StoryEngine, type EntityKeys } from "./stories.js";
import type { StoryOptions } from "../stories/options.js";
import type { ArticleSketch, BatchResult, Store } from "./store.js";

/** Options for {@link ingest}. */
export interface IngestOptions extends ReadOptions {
  /** Records per transaction. Default 1000. */
  readonly batchSize?: number;
  /** Sketch, index and relate new articles (near-duplicates, reuse). Default true. */
  readonly index?: boolean;
  /** Index parameters for a new store; an existing store keeps its own. */
  readonly indexParams?: IndexParams;
  /** Assign new articles to stories as they arrive. Default true. */
  readonly stories?: boolean;
  readonly storyOptions?: Partial<StoryOptions>;
  /** Entity keys for story assignment (from the entity stage). */
  readonly entityKeys?: EntityKeys;
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
  /** Relations (duplicates, near-duplicates, derivations) found between new and stored articles. */
  readonly relations: number;
  /** Milliseconds spent in each phase: reading and validating, sketching, storing, index lookups, verifying. */
  readonly timings: IngestTimings;
}

export interface IngestTimings {
  readonly readMs: number;
  readonly sketchMs: number;
  readonly storeMs: number;
  readonly queryMs: number;
  readonly verifyMs: number;
  /** Index candidates verified. */
  readonly candidates: number;
  readonly storiesMs: number;
}

const emptyReport: IngestReport = {
  read: 0, inserted: 0, duplicates: 0, unchanged: 0, conflicts: 0, rejected: 0, rejections: [], textBytes: 0, relations: 0,
  timings: { readMs: 0, sketchMs: 0, storeMs: 0, queryMs: 0, verifyMs: 0, candidates: 0, storiesMs: 0 },
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
  const sketcher = options.index === false ? null : makeSketcher(await storeIndexParams(store, options.indexParams));
  let report: IngestReport = emptyReport;
  const rejections: RejectionNote[] = [];
  let articles: Article[] = [];
  let rejected: Rejection[] = [];
  let textBytes = 0;

  const relateTimings: RelateTimings = { queryMs: 0, verifyMs: 0, candidates: 0 };
  const stories = options.stories === false ? null : await StoryEngine.open(store, options.storyOptions, options.entityKeys ?? null);
  let storiesMs = 0;
  let sketchMs = 0;
  let storeMs = 0;
  let readMs = 0;
  let mark = performance.now();
  const flush = async () => {
    if (articles.length === 0 && rejected.length === 0) return;
    readMs += performance.now() - mark;
    const t0 = performance.now();
    const sketches = new Map<ArticleId, ArticleSketch>();
    const inputs = new Map<ArticleId, RelateInput>();
    if (sketcher) {
      for (const a of articles) {
        if (sketches.has(a.id)) continue;
        const { tokens, sketch } = sketcher.sketch(a.text);
        sketches.set(a.id, sketch);
        inputs.set(a.id, { tokens, published: a.published, textHash: a.textHash });
      }
    }
    const t1 = performance.now();
    const result: BatchResult = await store.writeBatch(articles, rejected, sketches);
    sketchMs += t1 - t0;
    storeMs += performance.now() - t1;
    rejections.push(...result.conflicts.map(note));
    let relations = 0;
    if (sketcher && result.insertedIds.length > 0) {
      const byId = new Map(articles.map((a) => [a.id, a]));
      const fresh = result.insertedIds.map((id) => ({ article: byId.get(id)!, input: inputs.get(id)!, bandKeys: sketches.get(id)!.bandKeys }));
      relations = await relateNewArticles(store, sketcher, fresh, relateTimings);
    }
    if (stories && result.insertedIds.length > 0) {
      const t2 = performance.now();
      const byId = new Map(articles.map((a) => [a.id, a]));
      await stories.assign(result.insertedIds.map((id) => byId.get(id)!));
      storiesMs += performance.now() - t2;
    }
    report = {
      read: report.read + articles.length + rejected.length,
      inserted: report.inserted + result.inserted,
      duplicates: report.duplicates + result.duplicates,
      unchanged: report.unchanged + result.unchanged,
      conflicts: report.conflicts + result.conflicts.length,
      rejected: report.rejected + rejected.length + result.conflicts.length,
      rejections,
      textBytes,
      relations: report.relations + relations,
      timings: { readMs, sketchMs, storeMs, ...relateTimings, storiesMs },
    };
    articles = [];
    rejected = [];
    options.onProgress?.(report);
    mark = performance.now();
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
  await stories?.flush();
  return report;
}
