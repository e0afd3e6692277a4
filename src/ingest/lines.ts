import { makeDecoder, type Encoding } from "./decode.js";

/** A line of decoded text with its 1-based number. Line endings (LF, CRLF) are removed. */
export interface NumberedLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Split a byte stream into decoded lines, never holding more than the current line in memory.
 *
 * @example for await (const { text, line } of readLines(chunks, "utf-8")) console.log(line, text);
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, encoding: Encoding): AsyncGenerator<NumberedLine> {
  const decoder = makeDecoder(encoding);
  let pending = "";
  let line = 0;
  const flush = function* (text: string, final: boolean): Generator<NumberedLine> {
    pending += text;
    let start = 0;
    for (;;) {
      const nl = pending.indexOf("\n", start);
      if (nl < 0) break;
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { text: pending.slice(start, end), line: ++line };
      start = nl + 1;
    }
    pending = pending.slice(start);
    if (final && pending.length > 0) {
      yield { text: pending.endsWith("\r") ? pending.slice(0, -1) : pending, line: ++line };
      pending = "";
    }
  };
  for await (const chunk of chunks) yield* flush(decoder.write(chunk), false);
  yield* flush(decoder.end(), true);
}

/** Decode a byte stream into text chunks, for parsers that take text (CSV, XML). */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: Encoding): AsyncGenerator<string> {
  const decoder = makeDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
