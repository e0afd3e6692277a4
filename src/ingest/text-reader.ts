import { basename, extname } from "node:path";
import type { ReadItem } from "../core/types.js";
import { decodeAll } from "./decode.js";
import { readAllBytes } from "./input.js";
import { rejectInput, type Reader } from "./reader.js";
import { toReadItem } from "./record.js";

const HEADER = /^\s*date\s+(\S+)[ \t]*(?:\r?\n)?/i;
/** File names such as `000_819f86fb143c0c25.txt` carry the article id. */
const ID_NAME = /^\d+_[0-9a-f]{8,}$/i;

/**
 * Plain-text articles: ` date YYYY-MM-DD <body>`, the leading space optional, the body on one or many lines.
 * A file name like `000_819f86fb143c0c25.txt` gives the id; otherwise the id is the text hash.
 */
export const textReader: Reader = {
  format: "text",
  async *read(input, context): AsyncGenerator<ReadItem> {
    let bytes: Buffer;
    try {
      bytes = await readAllBytes(input, context.limits.maxDocumentBytes);
    } catch (error) {
      yield rejectInput(input, (error as Error).message);
      return;
    }
    const content = decodeAll(bytes, context.encoding);
    const origin = { file: input.name, line: 1, format: "text" as const };
    const header = HEADER.exec(content);
    if (!header) {
      yield {
        kind: "rejected",
        rejection: {
          file: input.name, line: 1, field: "date",
          reason: "expected the file to start with ' date YYYY-MM-DD'", raw: bytes,
        },
      };
      return;
    }
    const stem = basename(input.name, extname(input.name));
    yield toReadItem(
      { id: ID_NAME.test(stem) ? stem : undefined, published: header[1], text: content.slice(header[0].length) },
      content,
      origin,
      context.record,
    );
  },
};
