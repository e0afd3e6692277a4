import type { ReadItem } from "../core/types.js";
import { decodeAll } from "./decode.js";
import { readAllBytes } from "./input.js";
import { readLines } from "./lines.js";
import { rejectInput, type Reader, type ReaderContext } from "./reader.js";
import { fieldsFrom, toReadItem } from "./record.js";

function objectItem(value: unknown, raw: string, file: string, line: number, context: ReaderContext): ReadItem {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      kind: "rejected",
      rejection: { file, line, field: null, reason: "expected a JSON object", raw: Buffer.from(raw, "utf8") },
    };
  }
  const obj = value as Record<string, unknown>;
  return toReadItem(fieldsFrom((name) => obj[name]), raw, { file, line, format: "jsonl" }, context.record);
}

/** JSON Lines: one article object per line, read line by line (a file of any size streams). */
export const jsonlReader: Reader = {
  format: "jsonl",
  async *read(input, context): AsyncGenerator<ReadItem> {
    for await (const { text, line, overLimit } of readLines(input.chunks, context.encoding, context.limits.maxLineLength)) {
      if (overLimit !== undefined) {
        yield overLongLine(input.name, line, overLimit, context.limits.maxLineLength, text);
        continue;
      }
      if (text.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield {
          kind: "rejected",
          rejection: {
            file: input.name, line, field: null,
            reason: `invalid JSON: ${(error as Error).message}`, raw: Buffer.from(text, "utf8"),
          },
        };
        continue;
      }
      yield objectItem(value, text, input.name, line, context);
    }
  },
};

/** The rejection of a line over the length limit; only its first characters are kept. */
function overLongLine(file: string, line: number, length: number, limit: number, prefix: string): ReadItem {
  return {
    kind: "rejected",
    rejection: {
      file, line, field: null,
      reason: `line of ${length} characters is over the ${limit}-character limit (--max-line-length); its first ${prefix.length} kept`,
      raw: Buffer.from(prefix, "utf8"),
    },
  };
}

/**
 * A `.json` file holding one article object or an array of them (as news crawlers write). Read whole, within the
 * document size limit; use JSON Lines for large collections.
 */
export const jsonDocumentReader: Reader = {
  format: "jsonl",
  async *read(input, context): AsyncGenerator<ReadItem> {
    let text: string;
    let value: unknown;
    try {
      text = decodeAll(await readAllBytes(input, context.limits.maxDocumentBytes), context.encoding);
      value = JSON.parse(text);
    } catch (error) {
      yield rejectInput(input, `invalid JSON: ${(error as Error).message}`);
      return;
    }
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      let raw: string;
      try {
        raw = JSON.stringify(item);
      } catch (error) {
        // Only nesting too deep for the stack gets here; the record is reported, the others go on.
        yield rejectInput(input, `unreadable JSON record: ${(error as Error).message}`);
        continue;
      }
      yield objectItem(item, raw, input.name, 1, context);
    }
  },
};
