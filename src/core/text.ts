import { createHash } from "node:crypto";

/** Quotes, dashes and the ellipsis that indexing writes in ASCII; control and zero-width characters go. */
const REPLACED: ReadonlyArray<readonly [string, string]> = [
  ["\u2018\u2019\u201A\u201B\u2032\u0060\u00B4", "'"],
  ["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A", '"'],
  ["\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D", "-"],
  ["\u2026", "..."],
];
const REPLACEMENT = new Map(REPLACED.flatMap(([chars, to]) => [...chars].map((c) => [c, to] as const)));
/** Control and zero-width characters, which indexing removes (a character class body). */
const REMOVED = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u200B-\\u200D\\u2060\\uFEFF";
/** Every character {@link REPLACED} names, and the {@link REMOVED} ones: one pass finds them all. */
const SPECIAL = new RegExp(`[${REPLACED.map(([chars]) => chars).join("")}${REMOVED}]`, "g");
/** Whitespace other than a single space between words: some run needs collapsing. */
const UNEVEN_UNICODE_SPACE = /[^\S ]| {2}/u;

const NEEDS_FULL_NORMALISATION = /[^\t\n\r\x20-\x5f\x61-\x7e]/;
/** In plain ASCII: a tab or line break, or two spaces in a row, so some whitespace run is not one space. */
const UNEVEN_SPACE = /[\t\n\r]| {2}/;
/** A whitespace run that is not a single space: one holding a tab or line break, or two spaces or more. */
const WHITESPACE_RUN = /[ \t\n\r]*[\t\n\r][ \t\n\r]*| {2,}/g;

/**
 * Repair line endings and strip a byte-order mark: the text as it is kept for display.
 *
 * @example displayText("\uFEFFa\r\nb\rc") // "a\nb\nc"
 */
export function displayText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Normalise text for indexing: Unicode NFKC, straight quotes, ASCII dashes, one space for any whitespace run,
 * no control characters. Case is kept; {@link foldText} also folds it.
 *
 * @example normaliseText("\u201CIS\u201D \u2014 said\u00A0 Centcom\n") // "\"IS\" - said Centcom"
 */
export function normaliseText(text: string): string {
  // Printable ASCII with tabs and line breaks (most news) has nothing for NFKC, the quote and dash table or the
  // control-character filter to change; only whitespace runs remain. The backtick is left out: it becomes "'".
  if (!NEEDS_FULL_NORMALISATION.test(text)) {
    return (UNEVEN_SPACE.test(text) ? text.replace(WHITESPACE_RUN, " ") : text).trim();
  }
  const out = text.normalize("NFKC").replace(SPECIAL, (c) => REPLACEMENT.get(c) ?? "");
  return (UNEVEN_UNICODE_SPACE.test(out) ? out.replace(/\s+/gu, " ") : out).trim();
}

/** Normalised and case-folded: the form whose hash identifies exact duplicates. */
export function foldText(text: string): string {
  return normaliseText(text).toLowerCase();
}

/** Hex SHA-256 of the folded text. */
export function textHash(text: string): string {
  return createHash("sha256").update(foldText(text)).digest("hex");
}

/**
 * The id an article gets when its input names none: 16 hex digits of its text hash, mixed with its outlet, address
 * and title when it has any. The same record read again gets the same id; the same text from another outlet or
 * page is an article of its own (an exact duplicate of the first), not lost as "already present".
 */
export function idFromHash(hash: string, record: { source?: string | null; url?: string | null; title?: string | null } = {}): string {
  const { source, url, title } = record;
  if (!source && !url && !title) return hash.slice(0, 16);
  return createHash("sha256").update([hash, source ?? "", url ?? "", title ?? ""].join("\u0000")).digest("hex").slice(0, 16);
}
