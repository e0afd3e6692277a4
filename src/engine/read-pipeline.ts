import { Worker } from "node:worker_threads";
import { InputError, WiretraceError, type ErrorCode } from "../core/errors.js";
import type { Article, ArticleId, ReadItem, Rejection } from "../core/types.js";
import { readInputs, type ReadOptions } from "../ingest/read-inputs.js";
import type { Tokens } from "../sketch/tokens.js";
import type { IndexParams } from "./index-params.js";
import { makeSketcher } from "./sketcher.js";
import type { ArticleSketch } from "./store.js";

/** A batch of read records with the sketches of its articles, ready to store. */
export interface SketchedBatch {
  readonly articles: Article[];
  readonly rejections: Rejection[];
  /** By article id; empty when indexing is off. */
  readonly sketches: Map<ArticleId, ArticleSketch>;
  /** Tokens made while sketching, when the batch was sketched on this thread (a worker's are not sent back). */
  readonly tokens: Map<ArticleId, Tokens>;
  readonly textBytes: number;
  /** Time spent reading and validating, and sketching, this batch (on whichever thread did it). */
  readonly readMs: number;
  readonly sketchMs: number;
}

export interface PipelineOptions {
  readonly batchSize: number;
  /** Index parameters; null when articles are not sketched. */
  readonly params: IndexParams | null;
  /** Read and sketch on a worker thread while the caller stores. Default: when the inputs allow it. */
  readonly worker?: boolean;
}

/**
 * Read, validate and sketch on this thread. On the worker (`worker` given) the sketches are made without building
 * word strings, since tokens are not sent back, and the last `leave()` share of each batch's articles is left
 * unsketched for the receiving thread to do.
 */
async function* inThread(
  paths: readonly string[],
  options: ReadOptions,
  pipeline: PipelineOptions,
  worker?: { readonly leave: () => number },
): AsyncGenerator<SketchedBatch> {
  const sketcher = pipeline.params ? makeSketcher(pipeline.params) : null;
  let articles: Article[] = [];
  let rejections: Rejection[] = [];
  let textBytes = 0;
  let mark = performance.now();
  const cut = (): SketchedBatch => {
    const t0 = performance.now();
    const sketches = new Map<ArticleId, ArticleSketch>();
    const tokens = new Map<ArticleId, Tokens>();
    if (sketcher) {
      const until = worker ? articles.length - Math.round(articles.length * worker.leave()) : articles.length;
      for (let i = 0; i < until; i++) {
        const a = articles[i]!;
        if (sketches.has(a.id)) continue;
        if (worker) {
          sketches.set(a.id, sketcher.sketchOnly(a.text));
          continue;
        }
        const made = sketcher.sketch(a.text);
        sketches.set(a.id, made.sketch);
        tokens.set(a.id, made.tokens);
      }
    }
    const batch = { articles, rejections, sketches, tokens, textBytes, readMs: t0 - mark, sketchMs: performance.now() - t0 };
    articles = [];
    rejections = [];
    textBytes = 0;
    return batch;
  };
  for await (const item of readInputs(paths, options) as AsyncIterable<ReadItem>) {
    if (item.kind === "article") {
      articles.push(item.article);
      textBytes += Buffer.byteLength(item.article.text);
    } else {
      rejections.push(item.rejection);
    }
    if (articles.length + rejections.length >= pipeline.batchSize) {
      const batch = cut();
      yield batch;
      mark = performance.now();
    }
  }
  if (articles.length + rejections.length > 0) yield cut();
}

/** What the worker sends: a batch (sketches as plain arrays), the end, or an error to raise here. */
export type WorkerMessage =
  | { type: "batch"; batch: Omit<SketchedBatch, "sketches" | "tokens"> & { sketches: [string, number, Uint32Array, Uint32Array][] } }
  | { type: "end" }
  | { type: "error"; error: { name: string; message: string; code?: ErrorCode; file?: string | null; line?: number | null; field?: string | null; reason?: string } };

/** What the worker is started with. */
export interface WorkerStart {
  readonly paths: readonly string[];
  readonly options: Omit<ReadOptions, "stdin">;
  readonly pipeline: PipelineOptions;
}

/** Batches the worker may run ahead of the caller. */
const AHEAD = 2;

/**
 * How the caller asks for the next batch: one more batch of credit, and the share of each batch's articles the
 * worker should leave for the caller to sketch.
 */
export interface WorkerRequest {
  readonly leave: number;
}

/** The most of a batch the worker leaves to the caller. */
const MAX_LEAVE = 0.8;
/** Weight of the newest batch in the running per-article costs. */
const SMOOTHING = 0.3;

/**
 * How much of each batch the worker should leave unsketched so that both threads are equally busy. From running
 * per-article costs of reading (worker), sketching (either thread) and consuming (the caller's work between
 * batches), it solves `read + (1 - x)·sketch = consume + x·sketch` for the share `x`: zero when consuming is the
 * slow part, up to {@link MAX_LEAVE} when reading is cheap next to the caller's work.
 *
 * @example const s = new SketchShare(); s.observe({ articles: 1000, readMs: 100, sketchMs: 80, consumeMs: 60 }); s.leave // 0.75
 */
export class SketchShare {
  private read = 0;
  private sketch = 0;
  private consume = 0;
  private seen = false;

  /** The share to leave to the caller, from what has been observed so far (none at first). */
  get leave(): number {
    if (!this.seen || this.sketch <= 0) return 0;
    const share = (this.read + this.sketch - this.consume) / (2 * this.sketch);
    return Math.min(MAX_LEAVE, Math.max(0, share));
  }

  /** Fold in one batch: its article count and the milliseconds each part took, on whichever thread. */
  observe(batch: { articles: number; readMs: number; sketchMs: number; consumeMs: number }): void {
    if (batch.articles === 0) return;
    const per = (ms: number) => ms / batch.articles;
    const blend = (old: number, now: number) => (this.seen ? old + SMOOTHING * (now - old) : now);
    this.read = blend(this.read, per(batch.readMs));
    this.sketch = blend(this.sketch, per(batch.sketchMs));
    this.consume = blend(this.consume, per(batch.consumeMs));
    this.seen = true;
  }
}

const workerUrl = new URL("./read-worker.js", import.meta.url);

/** A worker needs the compiled module (not the TypeScript source under a test runner) and no `-` (standard input). */
function workerPossible(paths: readonly string[]): boolean {
  return import.meta.url.endsWith(".js") && !paths.includes("-");
}

function revive(error: Extract<WorkerMessage, { type: "error" }>["error"]): Error {
  if (error.name === "InputError") {
    return new InputError(error.reason ?? error.message, { file: error.file ?? null, line: error.line ?? null, field: error.field ?? null });
  }
  if (error.code) return new WiretraceError(error.code, error.message);
  return new Error(error.message);
}

/** Read and sketch on a worker thread, at most {@link AHEAD} batches ahead of the consumer. */
async function* onWorker(paths: readonly string[], options: ReadOptions, pipeline: PipelineOptions): AsyncGenerator<SketchedBatch> {
  // Only the reading options cross to the worker: callers pass ingest options too, whose callbacks cannot be cloned.
  const plain: Omit<ReadOptions, "stdin"> = {
    format: options.format, encoding: options.encoding, defaultSource: options.defaultSource, limits: options.limits,
    cwd: options.cwd, now: options.now, textOnlyIds: options.textOnlyIds,
  };
  const start: WorkerStart = { paths, options: plain, pipeline };
  const worker = new Worker(workerUrl, { workerData: start });
  // Sketching is shared: the caller sketches what the worker leaves, a share chosen to keep both threads busy.
  const sketcher = pipeline.params ? makeSketcher(pipeline.params) : null;
  const share = new SketchShare();
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  worker.on("message", (m: WorkerMessage) => {
    queue.push(m);
    wake?.();
  });
  worker.on("error", (e) => {
    failure = e;
    wake?.();
  });
  worker.on("exit", (code) => {
    if (code !== 0 && !failure) failure = new Error(`the read worker stopped with exit code ${code}`);
    wake?.();
  });
  try {
    for (;;) {
      while (queue.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      const m = queue.shift();
      if (!m) throw failure!;
      if (m.type === "end") return;
      if (m.type === "error") throw revive(m.error);
      const request: WorkerRequest = { leave: sketcher ? share.leave : 0 };
      worker.postMessage(request);
      const b = m.batch;
      const sketches = new Map(b.sketches.map(([id, shingles, signature, bandKeys]) => [id as ArticleId, { shingles, signature, bandKeys }]));
      const t0 = performance.now();
      if (sketcher) for (const a of b.articles) if (!sketches.has(a.id)) sketches.set(a.id, sketcher.sketchOnly(a.text));
      const sketchMs = b.sketchMs + performance.now() - t0;
      const handed = performance.now();
      yield {
        ...b,
        // Buffers arrive as plain Uint8Arrays.
        rejections: b.rejections.map((r) => ({ ...r, raw: Buffer.from(r.raw.buffer, r.raw.byteOffset, r.raw.byteLength) })),
        sketches,
        tokens: new Map(),
        sketchMs,
      };
      share.observe({ articles: b.articles.length, readMs: b.readMs, sketchMs, consumeMs: performance.now() - handed });
    }
  } finally {
    await worker.terminate();
  }
}

/**
 * Read inputs in batches with their articles sketched: on a worker thread when possible (so reading and
 * sketching overlap with storing and relating on the caller's thread), otherwise on this one. Both give the same
 * batches in the same order.
 */
export function sketchedBatches(paths: readonly string[], options: ReadOptions, pipeline: PipelineOptions): AsyncGenerator<SketchedBatch> {
  const useWorker = (pipeline.worker ?? true) && workerPossible(paths);
  return useWorker ? onWorker(paths, options, pipeline) : inThread(paths, options, pipeline);
}

export { inThread as sketchedBatchesInThread, AHEAD as WORKER_AHEAD };
