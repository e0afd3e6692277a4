import { detectLanguage } from "../core/language.js";
import { parsePublished } from "../core/published.js";
import { displayText, idFromHash, textHash } from "../core/text.js";
import { articleId, type Origin, type ReadItem } from "../core/types.js";

/** The fields a reader has found for one record, before validation. Unknown values are `undefined`. */
export interface RecordFields {
  readonly id?: string | undefined;
  readonly source?: string | undefined;
  readonly url?: string | undefined;
  readonly title?: string | undefined;
  readonly byline?: string | undefined;
  readonly published?: string | undefined;
  readonly text?: string | undefined;
  readonly language?: string | undefined;
  readonly story?: string | undefined;
  /** A field whose value has the wrong shape (an object where text belongs): the record is rejected for it. */
  readonly invalid?: { readonly field: string; readonly reason: string } | undefined;
}

/** Options every reader passes on to {@link toReadItem}. */
export interface RecordOptions {
  /** The outlet to use when the record names none. */
  readonly defaultSource?: string | undefined;
  /** The ingest time to stamp; defaults to now. */
  readonly now?: Date | undefined;
  /** Name a record without an id by its text alone, as older stores do (see `namesByTextOnly`). */
  readonly textOnlyIds?: boolean | undefined;
}

/** Placeholders that crawlers write for a missing value (Python's `None` among them). */
const MISSING = new Set(["", "None", "null", "NULL", "undefined", "NaN"]);

const clean = (value: string | undefined): string | null => {
  if (value === undefined) return null;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return MISSING.has(trimmed) ? null : trimmed;
};

/**
 * Validate a record and make it an article, or a located rejection when the date or text is missing or bad.
 *
 * @example toReadItem({ published: "2023-07-09", text: "Body." }, "{...}", { file: "a.jsonl", line: 1, format: "jsonl" })
 */
export function toReadItem(
  fields: RecordFields,
  raw: string,
  origin: Origin,
  options: RecordOptions = {},
): ReadItem {
  const reject = (field: string, reason: string): ReadItem => ({
    kind: "rejected",
    rejection: { file: origin.file, line: origin.line, field, reason, raw: Buffer.from(raw, "utf8") },
  });
  if (fields.invalid) return reject(fields.invalid.field, fields.invalid.reason);
  const publishedText = clean(fields.published);
  if (publishedText === null) return reject("published", "no publication date");
  const published = parsePublished(publishedText);
  if (published === null) return reject("published", `unparseable date ${JSON.stringify(publishedText.slice(0, 60))}`);
  const text = displayText(fields.text ?? "").trim();
  if (text === "") return reject("text", "empty text");
  const hash = textHash(text);
  const givenId = clean(fields.id);
  const source = clean(fields.source) ?? clean(options.defaultSource);
  const url = clean(fields.url);
  const title = clean(fields.title);
  return {
    kind: "article",
    article: {
      id: articleId(givenId ?? idFromHash(hash, options.textOnlyIds ? {} : { source, url, title })),
      source,
      url,
      title,
      byline: clean(fields.byline),
      published,
      text,
      language: clean(fields.language)?.toLowerCase().split(/[-_]/)[0] ?? detectLanguage(text),
      textHash: hash,
      storyLabel: clean(fields.story),
      ingestedAt: (options.now ?? new Date()).toISOString(),
      raw,
      origin,
    },
  };
}

/** Field names accepted for each article field in JSON and CSV records, first match wins. */
export const FIELD_ALIASES: Readonly<Record<Exclude<keyof RecordFields, "invalid">, readonly string[]>> = {
  id: ["id", "article_id", "guid"],
  source: ["source", "outlet", "source_domain", "publisher", "site"],
  url: ["url", "link"],
  title: ["title", "headline"],
  byline: ["byline", "author", "authors"],
  published: ["published", "date", "date_publish", "published_at", "pubDate", "datePublished", "publishedAt"],
  text: ["text", "body", "content", "maintext"],
  language: ["language", "lang"],
  story: ["story", "cluster", "story_id"],
};

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/**
 * Pick the record fields out of a JSON object or CSV row, by {@link FIELD_ALIASES}. A value must be a string,
 * number or boolean, or a flat list of them (joined with commas, as author lists are); anything else (an object, a
 * nested list) marks the record invalid, naming the field.
 */
export function fieldsFrom(get: (name: string) => unknown): RecordFields {
  const out: Record<string, string | undefined> = {};
  let invalid: RecordFields["invalid"];
  for (const [field, names] of Object.entries(FIELD_ALIASES)) {
    for (const name of names) {
      const value = get(name);
      if (value === undefined || value === null) continue;
      if (isScalar(value)) out[field] = String(value);
      else if (Array.isArray(value) && value.every((v) => isScalar(v) || v === null)) out[field] = value.filter((v) => v !== null).join(", ");
      else invalid ??= { field: name, reason: `expected a string, got ${Array.isArray(value) ? "a nested list" : "an object"}` };
      break;
    }
  }
  return { ...(out as RecordFields), invalid };
}
