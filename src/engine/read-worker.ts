// The read-and-sketch worker: runs the in-thread pipeline and posts each batch, staying a few batches ahead.
import { parentPort, workerData } from "node:worker_threads";
import { InputError, WiretraceError } from "../core/errors.js";
import { sketchedBatchesInThread, WORKER_AHEAD, type WorkerMessage, type WorkerRequest, type WorkerStart } from "./read-pipeline.js";

const port = parentPort!;
const start = workerData as WorkerStart;
let credit = WORKER_AHEAD;
let leave = 0;
let resume: (() => void) | null = null;
port.on("message", (request: WorkerRequest) => {
  credit++;
  leave = request.leave;
  resume?.();
});

const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

try {
  for await (const batch of sketchedBatchesInThread(start.paths, start.options, start.pipeline, { leave: () => leave })) {
    while (credit === 0) await new Promise<void>((r) => (resume = r));
    resume = null;
    credit--;
    const sketches: [string, number, Uint32Array, Uint32Array][] = [];
    const transfer: ArrayBuffer[] = [];
    for (const [id, s] of batch.sketches) {
      sketches.push([id, s.shingles, s.signature, s.bandKeys]);
      transfer.push(s.signature.buffer as ArrayBuffer, s.bandKeys.buffer as ArrayBuffer);
    }
    const { tokens: _tokens, ...rest } = batch;
    post({ type: "batch", batch: { ...rest, sketches } }, [...new Set(transfer)]);
  }
  post({ type: "end" });
} catch (e) {
  const error = e instanceof InputError
    ? { name: "InputError", message: e.message, code: e.code, file: e.file, line: e.line, field: e.field, reason: e.reason }
    : e instanceof WiretraceError
      ? { name: e.name, message: e.message, code: e.code }
      : { name: "Error", message: e instanceof Error ? e.message : String(e) };
  post({ type: "error", error });
}
