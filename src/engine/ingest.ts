import type { Article, ArticleId, Rejection } from "../core/types.js";
import type { ReadOptions } from "../ingest/read-inputs.js";
import { sketchedBatches, type SketchedBatch } from "./read-pipeline.js";
import { storeIndexParams, type IndexParams } from "./index-params.js";
import { RelateCache, relateNewArticles, type RelateTimings } from "./relate.js";
import { namesByTextOnly } from "./article-ids.js";
import { makeSketcher } from "./sketcher.js";
import { StoryEngine, type EntityKeys } from "./stories.js";
import type { StoryOptions } from "../stories/options.js";
import type { BatchResult, Store } from "./store.js";

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
  /**
   * A story engine the caller keeps open across ingests into the same store (the server does, so an upload does
   * not reload every story). Default: one opened for this run. `storyOptions` and `entityKeys` are then the engine's.
   */
  readonly storyEngine?: StoryEngine;
  /**
   * Entity keys for story assignment, in place of the bundled recogniser's (which runs only while the story option
   * `entityWeight` is above 0).
   */
  readonly entityKeys?: EntityKeys;
  /** Read and sketch on a worker thread, overlapping with storing (default: when the inputs allow). */
  readonly worker?: boolean;
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
  /** Time the storing thread waited for the next batch (reading and sketching may run on a worker thread). */
  readonly waitMs: number;
}

const emptyReport: IngestReport = {
  read: 0, inserted: 0, duplicates: 0, unchanged: 0, conflicts: 0, rejected: 0, rejections: [], textBytes: 0, relations: 0,
  timings: { readMs: 0, sketchMs: 0, storeMs: 0, queryMs: 0, verifyMs: 0, candidates: 0, storiesMs: 0, waitMs: 0 },
};

const note = (r: Rejection): RejectionNote => ({ file: r.file, line: r.line, field: r.field, reason: r.reason });

/**
 * Articles of a batch that were already stored with the same text but have no story: an earlier run stored them
 * and was stopped (killed, crashed) before relating and assigning them. Relating them again is idempotent.
 */
async function unfinishedArticles(store: Store, articles: readonly Article[], result: BatchResult): Promise<ArticleId[]> {
  if (result.unchanged === 0) return [];
  const inserted = new Set(result.insertedIds);
  const hashes = new Map<ArticleId, string>();
  for (const a of articles) if (!inserted.has(a.id)) hashes.set(a.id, a.textHash);
  const unassigned: ArticleId[] = [];
  for (const id of hashes.keys()) if ((await store.storyOf(id)) === null) unassigned.push(id);
  if (unassigned.length === 0) return [];
  const stored = await store.getArticles(unassigned);
  return stored.filter((a) => hashes.get(a.id) === a.textHash).map((a) => a.id);
}

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
  let textBytes = 0;

  const relateTimings: RelateTimings = { queryMs: 0, verifyMs: 0, candidates: 0 };
  const relateCache = new RelateCache();
  const stories = options.stories === false
    ? null
    : options.storyEngine ?? await StoryEngine.open(store, options.storyOptions, options.entityKeys ?? null);
  let storiesMs = 0;
  let sketchMs = 0;
  let storeMs = 0;
  let readMs = 0;
  let waitMs = 0;
  const flush = async (batch: SketchedBatch) => {
    const { articles, rejections: rejected, sketches, tokens } = batch;
    readMs += batch.readMs;
    sketchMs += batch.sketchMs;
    textBytes += batch.textBytes;
    rejections.push(...rejected.map(note));
    const t1 = performance.now();
    const result: BatchResult = await store.writeBatch(articles, rejected, sketches);
    storeMs += performance.now() - t1;
    rejections.push(...result.conflicts.map(note));
    // Articles stored by an earlier run that stopped before relating and assigning them are finished now.
    const todo = stories ? [...result.insertedIds, ...(await unfinishedArticles(store, articles, result))] : result.insertedIds;
    let relations = 0;
    // A record that comes twice in a batch has one id; the store kept its first copy, so that is the one to relate
    // and assign (what the later copy says differently, its date say, was not stored).
    const byId = new Map<ArticleId, Article>();
    for (const a of articles) if (!byId.has(a.id)) byId.set(a.id, a);
    if (sketcher && todo.length > 0) {
      const fresh = todo.map((id) => ({ article: byId.get(id)!, tokens: tokens.get(id), bandKeys: sketches.get(id)!.bandKeys }));
      relations = await relateNewArticles(store, sketcher, fresh, relateTimings, relateCache);
    }
    if (stories && todo.length > 0) {
      const t2 = performance.now();
      await stories.assign(todo.map((id) => byId.get(id)!));
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
      timings: { readMs, sketchMs, storeMs, ...relateTimings, storiesMs, waitMs },
    };
    options.onProgress?.(report);
  };

  // Articles without an id are named as the store has always named them (see namesByTextOnly).
  const readOptions = { ...options, textOnlyIds: await namesByTextOnly(store) };
  const batches = sketchedBatches(paths, readOptions, { batchSize, params: sketcher?.params ?? null, worker: options.worker });
  for (;;) {
    const t0 = performance.now();
    const next = await batches.next();
    waitMs += performance.now() - t0;
    if (next.done) break;
    await flush(next.value);
  }
  await stories?.flush();
  return report;
}
