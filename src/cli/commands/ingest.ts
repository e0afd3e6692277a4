import type { Command } from "commander";
import { ingest, type IngestReport } from "../../engine/ingest.js";
import { parseFormatName } from "../../ingest/read-inputs.js";
import { EXIT, print, printJson, progressLine, type CliIo } from "../io.js";
import { ingestReportText } from "../format.js";
import { parseCount, parseSize } from "../size-option.js";
import { dbLocation, withStore } from "../store-option.js";

interface IngestFlags {
  db?: string;
  format?: string;
  encoding?: string;
  source?: string;
  json?: boolean;
  batchSize?: number;
  maxArticleBytes?: number;
  maxLineLength?: number;
  maxDocumentBytes?: number;
}

/** `wiretrace ingest PATH...`: read files, folders or `-` into the store; exit 3 when records were rejected. */
export function ingestCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("ingest")
    .description("read articles from files, folders (recursively) or - (stdin) into the store")
    .argument("<paths...>", "files, folders or - for stdin")
    .option("--db <file>", "database file (default ./wiretrace.db or $WIRETRACE_DB)")
    .option("--format <format>", "read every input as text, jsonl, json, csv, tsv, feed or html")
    .option("--encoding <encoding>", "utf-8, utf-16le, utf-16be or windows-1252 (default: detected)")
    .option("--source <outlet>", "outlet for records that name none")
    .option("--batch-size <n>", "records per transaction (default 1000)", parseCount)
    .option("--max-article-bytes <size>", "reject articles whose text is larger (default 8M)", parseSize)
    .option("--max-line-length <chars>", "reject longer JSON Lines lines, CSV records and feed items (default 16M)", parseSize)
    .option("--max-document-bytes <size>", "reject larger single-document files: text, HTML, JSON (default 20M)", parseSize)
    .option("--json", "print the report as JSON")
    .action(async (paths: string[], flags: IngestFlags) => {
      const format = flags.format === undefined ? undefined : parseFormatName(flags.format);
      const progress = progressLine(io, "ingest");
      const report: IngestReport = await withStore(dbLocation(io, flags.db), (store) =>
        ingest(store, paths, {
          format,
          encoding: flags.encoding,
          defaultSource: flags.source,
          stdin: io.stdin,
          cwd: io.cwd,
          batchSize: flags.batchSize,
          limits: {
            ...(flags.maxArticleBytes === undefined ? {} : { maxArticleBytes: flags.maxArticleBytes }),
            ...(flags.maxLineLength === undefined ? {} : { maxLineLength: flags.maxLineLength }),
            ...(flags.maxDocumentBytes === undefined ? {} : { maxDocumentBytes: flags.maxDocumentBytes }),
          },
          onProgress: (r) => progress.update(`${r.read.toLocaleString("en-US")} records, ${r.rejected} rejected`),
        }),
      );
      progress.done();
      if (flags.json) printJson(io, report);
      else for (const line of ingestReportText(report)) print(io, line);
      if (report.rejected > 0) setExit(EXIT.rejected);
    });
}
