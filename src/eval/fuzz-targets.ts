// Property-based fuzzing of everything that reads untrusted text: the input readers, dates, time expressions,
// entities, the sentence segmenter and the alignment. Each target pairs a fast-check generator with a check that
// throws on a broken property. `test/fuzz.test.ts` runs a few hundred inputs; `npm run fuzz` (scripts/fuzz.mjs)
// runs 100,000 per reader. fast-check is a development dependency: nothing in the library imports this file.

import { Readable } from "node:stream";
import fc from "fast-check";
import { alignSentences } from "../align/align.js";
import { splitSentences } from "../align/sentences.js";
import { sentenceSimilarity } from "../align/similarity.js";
import { formatPublished, parsePublished } from "../core/published.js";
import type { ReadItem } from "../core/types.js";
import { ENTITY_TYPES } from "../entities/entity-mention.js";
import { recogniseEntities } from "../entities/recogniser.js";
import type { FormatName } from "../ingest/detect.js";
import { readInputs } from "../ingest/read-inputs.js";
import { extractTimexes } from "../timeline/extract.js";

/** One thing to fuzz: a generator of inputs and a run that throws when a property breaks. */
export interface FuzzTarget<T = unknown> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<T>;
  readonly run: (input: T) => void | Promise<void>;
}

const fail = (target: string, what: string, detail: unknown): never => {
  throw new Error(`${target}: ${what}: ${JSON.stringify(detail)?.slice(0, 300)}`);
};

/** Words and marks news text is made of, so generated text reaches the parsers' interesting paths. */
const PIECES = [
  "The", "minister", "said", "on", "Friday", "July", "9", "2023", "last", "week", "Mr.", "U.S.", "Gen.", "Assad",
  "Islamic State", "IS", "Reuters", "—", "–", "\"", "“", "”", "'", "’", "(", ")", ".", "...", "…", "!", "?", ",", ";",
  ":", "\n", "\n\n", "\r\n", " ", "  ", "\t", "2023-07-09", "09:30", "+02:00", "Z", "Mon, 10 Jul 2023 08:00:00 GMT",
  "since 2014", "next month", "tomorrow", "a.m.", "No.", "Dr", "é", "ß", "İ", "ﬁ", "\u200b", "\u0000", "\ufeff", "😀",
  "<b>", "</b>", "&amp;", "&lt;", "<", ">", "&", "{", "}", "[", "]", ",", "\\", "\\u0000", "🇺🇸",
];

/** News-like text: runs of words and marks, with unrestricted strings mixed in. */
export const newsText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(" ")) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);

/** Edits applied to a valid document: cut it, insert text or bytes, or repeat a piece. */
const edits = fc.array(
  fc.record({ at: fc.nat(), kind: fc.constantFrom("cut", "insert", "repeat", "drop"), text: newsText }),
  { maxLength: 4 },
);

function applyEdits(doc: string, list: readonly { at: number; kind: string; text: string }[]): string {
  let out = doc;
  for (const e of list) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.kind === "cut") out = out.slice(0, at);
    else if (e.kind === "insert") out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.kind === "repeat") out = out.slice(0, at) + out.slice(at, at + 40).repeat(3) + out.slice(at);
    else out = out.slice(0, at) + out.slice(at + 1 + (e.text.length % 20));
  }
  return out;
}

const dateLike: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("2023-07-09", "2023-07-09T14:30:00+02:00", "Mon, 10 Jul 2023 08:00:00 GMT", "July 9, 2023", "9 July 2023",
    "2023-02-29", "2024-02-29T24:00:00Z", "0000-01-01", "9999-12-31T23:59:59.999-14:00", "", "None", "2023-13-01"),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  newsText,
);

const record = fc.record({
  id: fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), { nil: undefined }),
  source: fc.option(newsText, { nil: undefined }),
  title: fc.option(newsText, { nil: undefined }),
  published: fc.option(fc.oneof(dateLike, fc.integer(), fc.constant(null)), { nil: undefined }),
  text: fc.option(fc.oneof(newsText, fc.array(newsText, { maxLength: 3 }), fc.constant({ nested: true })), { nil: undefined }),
}, { requiredKeys: [] });

const csvCell = (v: unknown, sep: string): string => {
  const s = v === undefined || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v);
  return s.includes(sep) || s.includes('"') || s.includes("\n") ? `"${s.replace(/"/g, '""')}"` : s;
};
const xmlEscape = (s: unknown): string => String(s ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A valid-looking document of each format, made from generated records. */
const documents: Readonly<Record<FormatName, fc.Arbitrary<string>>> = {
  jsonl: fc.array(record, { maxLength: 6 }).map((rs) => rs.map((r) => JSON.stringify(r)).join("\n")),
  json: fc.array(record, { maxLength: 4 }).map((rs) => JSON.stringify(rs.length === 1 ? rs[0] : rs)),
  csv: fc.array(record, { maxLength: 5 }).map((rs) =>
    ["id,source,title,published,text", ...rs.map((r) => [r.id, r.source, r.title, r.published, r.text].map((v) => csvCell(v, ",")).join(","))].join("\n")),
  tsv: fc.array(record, { maxLength: 5 }).map((rs) =>
    ["id\tsource\ttitle\tpublished\ttext", ...rs.map((r) => [r.id, r.source, r.title, r.published, r.text].map((v) => csvCell(v, "\t")).join("\t"))].join("\n")),
  text: fc.tuple(dateLike, newsText).map(([d, t]) => ` date ${d} ${t}`),
  feed: fc.tuple(newsText, fc.array(record, { maxLength: 4 }), fc.boolean()).map(([title, rs, atom]) =>
    atom
      ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${xmlEscape(title)}</title>${rs.map((r) =>
        `<entry><id>${xmlEscape(r.id)}</id><title>${xmlEscape(r.title)}</title><updated>${xmlEscape(r.published)}</updated><content type="html">${xmlEscape(r.text)}</content></entry>`).join("")}</feed>`
      : `<?xml version="1.0"?><rss version="2.0"><channel><title>${xmlEscape(title)}</title>${rs.map((r) =>
        `<item><guid>${xmlEscape(r.id)}</guid><title>${xmlEscape(r.title)}</title><pubDate>${xmlEscape(r.published)}</pubDate><description><![CDATA[${String(r.text ?? "")}]]></description></item>`).join("")}</channel></rss>`),
  html: fc.tuple(dateLike, newsText, fc.array(newsText, { maxLength: 6 })).map(([d, title, ps]) =>
    `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="${d}"></head><body><article><h1>${title}</h1>${ps.map((p) => `<p>${p}</p>`).join("")}</article><script>throw 1</script></body></html>`),
};

/** Inputs for a reader: its own format, edited, or plain noise; as bytes, sometimes in UTF-16 or Windows-1252. */
export function readerInput(format: FormatName): fc.Arbitrary<Uint8Array> {
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(documents[format], edits).map(([doc, e]) => applyEdits(doc, e)) },
    { weight: 1, arbitrary: newsText },
  );
  return fc.oneof(
    { weight: 6, arbitrary: text.map((t) => new Uint8Array(Buffer.from(t, "utf8"))) },
    { weight: 1, arbitrary: text.map((t) => new Uint8Array(Buffer.from(`\ufeff${t}`, "utf16le"))) },
    { weight: 1, arbitrary: text.map((t) => new Uint8Array(Buffer.from(t, "latin1"))) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  );
}

const LINE_FORMATS: ReadonlySet<FormatName> = new Set(["jsonl", "csv", "tsv"]);
/** Rejections of a whole input, which name the file but no line. */
const WHOLE_INPUT = /^(binary file|unknown format|unreadable:)/;
const NOW = new Date("2026-01-01T00:00:00Z");

/** Check what a reader yielded for one input: well-formed articles, and rejections that say where and why. */
export function checkReadItems(format: FormatName, items: readonly ReadItem[]): void {
  const name = `reader ${format}`;
  for (const item of items) {
    if (item.kind === "article") {
      const a = item.article;
      if (a.id.length === 0) fail(name, "an article without an id", a);
      if (a.text.trim() !== a.text || a.text === "") fail(name, "an empty or untrimmed text", a.text);
      if (!/^[0-9a-f]{64}$/.test(a.textHash)) fail(name, "a bad text hash", a.textHash);
      if (parsePublished(formatPublished(a.published)) === null) fail(name, "a publication date that does not read back", a.published);
      if (a.origin.file !== "-") fail(name, "an article from an unnamed place", a.origin);
    } else if (item.kind === "rejected") {
      const r = item.rejection;
      if (r.file !== "-") fail(name, "a rejection without its file", r);
      if (typeof r.reason !== "string" || r.reason.trim() === "") fail(name, "a rejection without a reason", r);
      if (r.line !== null && !(Number.isInteger(r.line) && r.line >= 1)) fail(name, "a rejection with a bad line", r);
      if (LINE_FORMATS.has(format) && r.line === null && !WHOLE_INPUT.test(r.reason)) {
        fail(name, "a record rejection of a line-based format without its line", r);
      }
      if (r.field !== null && typeof r.field !== "string") fail(name, "a rejection with a bad field", r);
      if (!(r.raw instanceof Uint8Array)) fail(name, "a rejection without its raw bytes", r);
    } else fail(name, "an item of an unknown kind", item);
  }
}

/** Read one input fully through the public reader entry point, as stdin in the given format. */
export async function readAll(format: FormatName, bytes: Uint8Array): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(["-"], { format, stdin: Readable.from([Buffer.from(bytes)]), now: NOW })) items.push(item);
  return items;
}

export const READER_FORMATS: readonly FormatName[] = ["jsonl", "json", "csv", "tsv", "text", "feed", "html"];

/** A fuzz target per input reader. */
export const readerTargets: readonly FuzzTarget<Uint8Array>[] = READER_FORMATS.map((format) => ({
  name: `reader ${format}`,
  arbitrary: readerInput(format),
  run: async (bytes: Uint8Array) => checkReadItems(format, await readAll(format, bytes)),
}));

const checkSpans = (name: string, text: string, spans: readonly { start: number; end: number; text: string }[]) => {
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      fail(name, "a span outside the text", s);
    }
    if (text.slice(s.start, s.end) !== s.text) fail(name, "a span whose text is not the text at its offsets", s);
  }
};

/** Erase a target's input type, so targets of different inputs can share a list. */
const target = <T>(t: FuzzTarget<T>): FuzzTarget => t as unknown as FuzzTarget;

/** Fuzz targets for the date, time-expression, entity, segmenter and alignment code. */
export const textTargets: readonly FuzzTarget[] = [
  target({
    name: "dates (parsePublished)",
    arbitrary: dateLike,
    run: (input: string) => {
      const p = parsePublished(input);
      if (p === null) return;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(p.date)) fail("dates", "a malformed date", p);
      const again = parsePublished(formatPublished(p));
      if (JSON.stringify(again) !== JSON.stringify(p)) fail("dates", "a date that does not round-trip", { input, p, again });
    },
  }),
  target({
    name: "time expressions (extractTimexes)",
    arbitrary: newsText,
    run: (text: string) => checkSpans("timexes", text, extractTimexes(text, { date: "2023-07-09" })),
  }),
  target({
    name: "entities (recogniseEntities)",
    arbitrary: newsText,
    run: (text: string) => {
      const mentions = recogniseEntities(text);
      checkSpans("entities", text, mentions);
      for (const m of mentions) if (!ENTITY_TYPES.includes(m.type)) fail("entities", "an unknown type", m);
    },
  }),
  target({
    name: "sentences (splitSentences)",
    arbitrary: newsText,
    run: (text: string) => {
      const sentences = splitSentences(text);
      checkSpans("sentences", text, sentences);
      for (let i = 1; i < sentences.length; i++) {
        if (sentences[i]!.start < sentences[i - 1]!.end) fail("sentences", "overlapping sentences", sentences.slice(i - 1, i + 1));
      }
    },
  }),
  target({
    name: "alignment (alignSentences, sentenceSimilarity)",
    arbitrary: fc.tuple(fc.array(newsText, { maxLength: 8 }), fc.array(newsText, { maxLength: 8 })),
    run: ([a, b]: [string[], string[]]) => {
      const alignment = alignSentences(a, b);
      const seen = (side: "a" | "b", n: number, only: readonly number[]) => {
        const all = [...alignment.pairs.flatMap((p) => p[side]), ...only].sort((x, y) => x - y);
        if (JSON.stringify(all) !== JSON.stringify(Array.from({ length: n }, (_, i) => i))) {
          fail("alignment", `side ${side} not covered exactly once`, { n, all });
        }
      };
      seen("a", a.length, alignment.onlyInA);
      seen("b", b.length, alignment.onlyInB);
      for (const p of alignment.pairs) if (!(p.score >= 0 && p.score <= 1)) fail("alignment", "a score outside [0, 1]", p);
      if (a[0] !== undefined && b[0] !== undefined) {
        const s = sentenceSimilarity(a[0], b[0]);
        if (!(s >= 0 && s <= 1)) fail("similarity", "a score outside [0, 1]", { a: a[0], b: b[0], s });
      }
    },
  }),
];
