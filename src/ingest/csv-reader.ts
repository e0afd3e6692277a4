import { parse } from "csv-parse";
import type { ReadItem } from "../core/types.js";
import { decodeChunks } from "./lines.js";
import { KEPT_PREFIX, rejectInput, type Reader } from "./reader.js";
import { FIELD_ALIASES, fieldsFrom, toReadItem } from "./record.js";

interface ParsedRow {
  readonly record: string[];
  readonly info: { readonly lines: number };
  readonly raw: string;
}

/** True when one of a field's accepted names is among the header's columns. */
const hasField = (header: readonly string[], field: keyof typeof FIELD_ALIASES): boolean =>
  FIELD_ALIASES[field].some((name) => header.includes(name));

/** The first line of a record that ends on line `end`, from the line breaks inside its raw text. */
function startLine(end: number, raw: string): number {
  const inner = raw.replace(/^\n+/, "").replace(/\n$/, "");
  let breaks = 0;
  for (let i = inner.indexOf("\n"); i >= 0; i = inner.indexOf("\n", i + 1)) breaks++;
  return Math.max(1, end - breaks);
}

/** CRLF and lone CR become LF, so the parser counts lines as people do; a CR split across chunks is handled. */
async function* unixLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let carry = false;
  for await (let text of chunks) {
    if (carry) text = `\r${text}`;
    carry = text.endsWith("\r");
    if (carry) text = text.slice(0, -1);
    yield text.replace(/\r\n?/g, "\n");
  }
  if (carry) yield "\n";
}

/**
 * CSV (or TSV) with a header row naming at least `published` and `text`; other columns as in JSON Lines.
 * Rows stream through the parser; a row that cannot be parsed is rejected with its line and the rest go on.
 */
export function csvReader(delimiter: "," | "\t" = ","): Reader {
  return {
    format: "csv",
    async *read(input, context): AsyncGenerator<ReadItem> {
      const skipped: ReadItem[] = [];
      let lastLine = 0;
      const parser = parse({
        delimiter,
        bom: true,
        info: true,
        raw: true,
        relax_column_count: false,
        skip_empty_lines: true,
        skip_records_with_error: true,
        // Over this the parser stops (it cannot find where the next record starts, as with an unclosed quote).
        max_record_size: context.limits.maxLineLength,
        on_skip: (error, raw) => {
          const end = error && "lines" in error ? Number((error as unknown as { lines: number }).lines) : lastLine + 1;
          const line = startLine(end, raw ?? "");
          skipped.push({
            kind: "rejected",
            rejection: {
              file: input.name, line, field: null,
              reason: error?.code === "CSV_MAX_RECORD_SIZE"
                ? `CSV record over the ${context.limits.maxLineLength}-character limit (--max-line-length); the rest of the file is not read`
                : `unparseable CSV row: ${error?.message ?? "unknown error"}`,
              raw: Buffer.from((raw ?? "").slice(0, KEPT_PREFIX), "utf8"),
            },
          });
          return undefined;
        },
      });
      const feed = (async () => {
        try {
          for await (const text of unixLines(decodeChunks(input.chunks, context.encoding))) {
            if (parser.destroyed) return;
            if (!parser.write(text)) {
              await new Promise((resolve) => {
                parser.once("drain", resolve);
                parser.once("close", resolve);
              });
            }
          }
          if (!parser.destroyed) parser.end();
        } catch (error) {
          parser.destroy(error as Error);
        }
      })();
      let header: string[] | null = null;
      try {
        for await (const row of parser as AsyncIterable<ParsedRow>) {
          yield* skipped.splice(0);
          const line = startLine(row.info.lines, row.raw);
          lastLine = row.info.lines;
          if (header === null) {
            header = row.record.map((name) => name.trim());
            const missing = (["published", "text"] as const).filter((f) => !hasField(header!, f));
            if (missing.length > 0) {
              yield rejectInput(
                input, `wrong CSV header: missing column ${missing.join(", ")} (got ${header.join(", ") || "nothing"})`,
                "header", 1,
              );
              return;
            }
            continue;
          }
          const values = row.record;
          const columns = header;
          yield toReadItem(
            fieldsFrom((name) => {
              const i = columns.indexOf(name);
              return i < 0 ? undefined : values[i];
            }),
            row.raw.replace(/\r?\n$/, ""),
            { file: input.name, line, format: "csv" },
            context.record,
          );
        }
        yield* skipped.splice(0);
        if (header === null) yield rejectInput(input, "wrong CSV header: the file is empty", "header", 1);
      } catch (error) {
        yield rejectInput(input, `unreadable CSV: ${(error as Error).message}`, null, lastLine + 1);
      } finally {
        parser.destroy();
        await feed;
      }
    },
  };
}
