import { makeDecoder, type Encoding } from "./decode.js";

/**
 * A line of decoded text with its 1-based number. Line endings (LF, CRLF) are removed. A line longer than the limit
 * is not held: `text` is its first `keep` characters and `length` its full length.
 */
export interface NumberedLine {
  readonly text: string;
  readonly line: number;
  /** Set when the line was longer than the limit: its length in characters. */
  readonly overLimit?: number;
}

/** How many characters of an over-limit line are kept. */
const KEEP = 64 * 1024;

/**
 * Split a byte stream into decoded lines, never holding more than the current line in memory, and not even that
 * past `maxLength` characters. Each chunk is searched once, so a line of any length costs linear time.
 *
 * @example for await (const { text, line } of readLines(chunks, "utf-8")) console.log(line, text);
 */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array>, encoding: Encoding, maxLength = Number.POSITIVE_INFINITY,
): AsyncGenerator<NumberedLine> {
  const decoder = makeDecoder(encoding);
  let parts: string[] = [];
  let size = 0;
  let line = 0;
  const take = (): NumberedLine => {
    let text = parts.length === 1 ? parts[0]! : parts.join("");
    if (size <= maxLength && text.endsWith("\r")) text = text.slice(0, -1);
    const out: NumberedLine = size > maxLength ? { text, line: ++line, overLimit: size } : { text, line: ++line };
    parts = [];
    size = 0;
    return out;
  };
  const add = (piece: string): void => {
    if (size <= maxLength) {
      parts.push(piece);
      if (size + piece.length > maxLength) parts = [parts.join("").slice(0, KEEP)];
    }
    size += piece.length;
  };
  const split = function* (text: string): Generator<NumberedLine> {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      add(text.slice(start, nl));
      yield take();
      start = nl + 1;
    }
    if (start < text.length) add(text.slice(start));
  };
  for await (const chunk of chunks) yield* split(decoder.write(chunk));
  yield* split(decoder.end());
  if (size > 0) yield take();
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
