import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { InputError } from "../core/errors.js";
import type { Article, ReadItem } from "../core/types.js";
import { csvReader } from "./csv-reader.js";
import { decodeAll, encodingByName, sniffEncoding, type Encoding } from "./decode.js";
import { formatFromExtension, sniffFormat, type FormatName } from "./detect.js";
import { feedReader } from "./feed-reader.js";
import { htmlReader } from "./html-reader.js";
import { openFileBytes, streamBytes, type InputBytes } from "./input.js";
import { jsonDocumentReader, jsonlReader } from "./jsonl-reader.js";
import { defaultIngestLimits, KEPT_PREFIX, rejectInput, type IngestLimits, type Reader } from "./reader.js";
import type { RecordOptions } from "./record.js";
import { textReader } from "./text-reader.js";

/** Options for reading inputs. */
export interface ReadOptions {
  /** Read every input as this format instead of detecting it. */
  readonly format?: FormatName | undefined;
  /** Decode every input with this encoding (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`) instead of detecting. */
  readonly encoding?: string | undefined;
  /** The outlet for records that name none. */
  readonly defaultSource?: string | undefined;
  readonly limits?: Partial<IngestLimits> | undefined;
  /** The standard input, read when a path is `-`. */
  readonly stdin?: Readable | AsyncIterable<Uint8Array> | undefined;
  /** The folder relative paths are resolved against; reports name files as given. Default: the process's. */
  readonly cwd?: string | undefined;
  /** The ingest time to stamp on articles (tests fix it). */
  readonly now?: Date | undefined;
  /** Name records without an id by their text alone, as older stores do (see `namesByTextOnly`). */
  readonly textOnlyIds?: boolean | undefined;
}

const READERS: Readonly<Record<FormatName, Reader>> = {
  text: textReader, jsonl: jsonlReader, json: jsonDocumentReader, csv: csvReader(","), tsv: csvReader("\t"),
  feed: feedReader, html: htmlReader,
};

const FORMAT_NAMES = Object.keys(READERS) as FormatName[];

/** Check a `--format` value; throws a usage-level input error naming the accepted values. */
export function parseFormatName(value: string): FormatName {
  if ((FORMAT_NAMES as string[]).includes(value)) return value as FormatName;
  throw new InputError(`unknown format ${JSON.stringify(value)}; expected one of ${FORMAT_NAMES.join(", ")}`, {
    field: "--format",
  });
}

/** A file to read: its name as reported, and where it is. */
interface FileRef {
  readonly name: string;
  readonly path: string;
}

/** Files under a folder, recursively, that have a readable extension, in a stable (sorted) order. */
async function* walk(dir: FileRef, explicitFormat: boolean): AsyncGenerator<FileRef> {
  const entries = (await readdir(dir.path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const ref = { name: join(dir.name, entry.name), path: join(dir.path, entry.name) };
    const path = ref.path;
    const kind = entry.isSymbolicLink() ? await stat(path).then((s) => (s.isDirectory() ? "dir" : "file"), () => "file") : entry.isDirectory() ? "dir" : entry.isFile() ? "file" : "other";
    if (kind === "dir") yield* walk(ref, explicitFormat);
    else if (kind === "file" && (explicitFormat || formatFromExtension(path) !== null)) yield ref;
  }
}

/**
 * The files ingest would read from a folder: recursively, sorted, hidden ones skipped, by a readable extension.
 *
 * @example await filesToRead("corpus/") // ["corpus/a.jsonl", "corpus/feeds/b.xml"]
 */
export async function filesToRead(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const ref of walk({ name: dir, path: dir }, false)) out.push(ref.path);
  return out;
}

async function* readOne(input: InputBytes, options: ReadOptions, encoding: Encoding | null): AsyncGenerator<ReadItem> {
  const sniffed = sniffEncoding(input.head);
  if (encoding === null && sniffed.kind === "binary") {
    yield rejectInput(input, "binary file: not text in a supported encoding");
    return;
  }
  const enc = encoding ?? (sniffed.kind === "text" ? sniffed.encoding : "utf-8");
  const format =
    options.format ??
    (input.name === "-" ? null : formatFromExtension(input.name)) ??
    sniffFormat(decodeAll(input.head.subarray(0, 4096), enc));
  if (format === null) {
    yield rejectInput(input, "unknown format: name it with --format (text, jsonl, json, csv, tsv, feed, html)");
    return;
  }
  const limits = { ...defaultIngestLimits, ...options.limits };
  try {
    for await (const item of READERS[format].read(input, {
      encoding: enc,
      record: { defaultSource: options.defaultSource, now: options.now, textOnlyIds: options.textOnlyIds },
      limits,
    })) {
      yield item.kind === "article" ? withinArticleLimit(item.article, limits.maxArticleBytes) : item;
    }
  } catch (error) {
    // Readers yield bad records; what reaches here is an I/O failure part-way through a file.
    yield rejectInput(input, `unreadable: ${(error as Error).message}`);
  }
}

/** An article whose text is over the size limit becomes a rejection of its `text` field; a prefix is kept. */
function withinArticleLimit(article: Article, limit: number): ReadItem {
  const bytes = Buffer.byteLength(article.text, "utf8");
  if (bytes <= limit) return { kind: "article", article };
  return {
    kind: "rejected",
    rejection: {
      file: article.origin.file, line: article.origin.line, field: "text",
      reason: `article text of ${bytes} bytes is over the ${limit}-byte limit (--max-article-bytes); the start of the record kept`,
      raw: Buffer.from(article.raw.slice(0, KEPT_PREFIX), "utf8"),
    },
  };
}

/**
 * Read articles from files, folders (recursively, by extension) and `-` (stdin), one record at a time.
 * Bad records and unreadable files come out as rejections; reading goes on.
 *
 * @example for await (const item of readInputs(["corpus/"])) if (item.kind === "article") console.log(item.article.id);
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const encoding = options.encoding === undefined ? null : encodingByName(options.encoding);
  if (options.encoding !== undefined && encoding === null) {
    throw new InputError(`unknown encoding ${JSON.stringify(options.encoding)}; expected utf-8, utf-16le, utf-16be or windows-1252`, {
      field: "--encoding",
    });
  }
  for (const path of paths) {
    if (path === "-") {
      if (!options.stdin) throw new InputError("no standard input to read", { file: "-" });
      yield* readOne(await streamBytes("-", options.stdin), options, encoding);
      continue;
    }
    const given: FileRef = { name: path, path: resolve(options.cwd ?? process.cwd(), path) };
    let files: AsyncIterable<FileRef> | FileRef[];
    try {
      const info = await stat(given.path);
      files = info.isDirectory() ? walk(given, options.format !== undefined) : [given];
    } catch (error) {
      yield unreadable(path, error);
      continue;
    }
    for await (const file of files) {
      let input: InputBytes;
      try {
        input = await openFileBytes(file.path, file.name);
      } catch (error) {
        yield unreadable(file.name, error);
        continue;
      }
      yield* readOne(input, options, encoding);
    }
  }
}

function unreadable(file: string, error: unknown): ReadItem {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === "ENOENT" ? "no such file or folder" : code === "EACCES" ? "permission denied" : (error as Error).message;
  return { kind: "rejected", rejection: { file, line: null, field: null, reason: `unreadable: ${reason}`, raw: new Uint8Array() } };
}
