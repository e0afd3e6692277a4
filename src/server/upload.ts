import { Readable } from "node:stream";
import { InputError } from "../core/errors.js";
import { ingest, type IngestReport } from "../engine/ingest.js";
import { formatFromExtension, type FormatName } from "../ingest/detect.js";
import { parseFormatName } from "../ingest/read-inputs.js";
import type { AppContext } from "./app.js";
import type { AppRequest } from "./app-types.js";
import { readBody } from "./body.js";
import { HttpError } from "./http-error.js";
import { requireToken } from "./security.js";

/** Media types that name a format; others (`application/octet-stream`, `application/json`) leave it to detection. */
const FORMAT_OF_TYPE: Readonly<Record<string, FormatName>> = {
  "text/plain": "text",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/jsonlines": "jsonl",
  "text/csv": "csv",
  "text/tab-separated-values": "tsv",
  "application/rss+xml": "feed",
  "application/atom+xml": "feed",
  "application/xml": "feed",
  "text/xml": "feed",
  "text/html": "html",
  "application/xhtml+xml": "html",
};

/** What an upload did: the ingest report without timings, rejections named by the upload's file name. */
export type UploadReport = Omit<IngestReport, "timings" | "textBytes">;

/**
 * Ingest one uploaded file through the engine: the body is read up to the size limit and handed to the readers as a
 * stream, in the format named by `?format=`, else by the file name's extension (`?name=`), else by the
 * Content-Type, else detected. Writes need the bearer token and run one at a time.
 */
export async function ingestUpload(context: AppContext, request: AppRequest, query: URLSearchParams): Promise<UploadReport> {
  requireToken(request.headers["authorization"], context.options.token);
  const name = query.get("name")?.slice(0, 200) || "upload";
  const given = query.get("format");
  const mediaType = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  let format: FormatName | undefined;
  try {
    format = given ? parseFormatName(given) : (formatFromExtension(name) ?? FORMAT_OF_TYPE[mediaType]);
  } catch (error) {
    throw new HttpError(400, (error as InputError).message);
  }
  const source = query.get("source")?.trim().slice(0, 200) || undefined;
  const body = await readBody(request.body, context.options.maxBodyBytes, request.headers["content-length"]);
  if (body.byteLength === 0) throw new HttpError(400, "empty request body: send the file's bytes");
  const report = await context.exclusive(async () => {
    const storyEngine = await context.storyEngine();
    try {
      return await ingest(context.store, ["-"], { stdin: Readable.from([body]), format, defaultSource: source, storyEngine });
    } catch (error) {
      context.forgetStoryEngine();
      throw error;
    }
  });
  const { timings: _timings, textBytes: _bytes, ...rest } = report;
  return { ...rest, rejections: report.rejections.map((r) => ({ ...r, file: r.file === "-" ? name : r.file })) };
}
