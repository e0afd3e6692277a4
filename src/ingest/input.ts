import { open } from "node:fs/promises";
import type { Readable } from "node:stream";

/** Bytes of an input, opened lazily: the first bytes for sniffing, then every chunk from the start. */
export interface InputBytes {
  /** The file name as reported in errors, `-` for stdin. */
  readonly name: string;
  /** Up to {@link HEAD_BYTES} bytes from the start (fewer when the input is shorter). */
  readonly head: Uint8Array;
  /** All chunks from the start, the head included. May be iterated once. */
  readonly chunks: AsyncIterable<Uint8Array>;
}

export const HEAD_BYTES = 64 * 1024;
const CHUNK = 256 * 1024;

/** Open a file for streaming. Throws the file-system error (ENOENT, EACCES, EISDIR) to the caller. */
export async function openFileBytes(path: string, name = path): Promise<InputBytes> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    const first = head.subarray(0, bytesRead);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      try {
        yield first;
        let position = bytesRead;
        if (bytesRead < HEAD_BYTES) return;
        for (;;) {
          const buf = Buffer.alloc(CHUNK);
          const r = await handle.read(buf, 0, CHUNK, position);
          if (r.bytesRead === 0) return;
          position += r.bytesRead;
          yield buf.subarray(0, r.bytesRead);
        }
      } finally {
        await handle.close();
      }
    }
    return { name, head: first, chunks: chunks() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Wrap a readable stream (stdin) so its head can be sniffed before the rest is read. */
export async function streamBytes(name: string, stream: Readable | AsyncIterable<Uint8Array>): Promise<InputBytes> {
  const iterator = (stream as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  const held: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    held.push(chunk);
    size += chunk.byteLength;
  }
  const head = Buffer.concat(held).subarray(0, HEAD_BYTES);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* held;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    }
  }
  return { name, head, chunks: chunks() };
}

/** Read every remaining byte of an input, up to `limit`; throws a RangeError past it. */
export async function readAllBytes(input: InputBytes, limit: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of input.chunks) {
    size += chunk.byteLength;
    if (size > limit) throw new RangeError(`larger than the ${limit}-byte limit for a single document`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
