import { createHash } from "node:crypto";

const QUOTES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-"],
  [/\u2026/g, "..."],
];

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
  let out = text.normalize("NFKC");
  for (const [pattern, replacement] of QUOTES) out = out.replace(pattern, replacement);
  return out
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Normalised and case-folded: the form whose hash identifies exact duplicates. */
export function foldText(text: string): string {
  return normaliseText(text).toLowerCase();
}

/** Hex SHA-256 of the folded text. */
export function textHash(text: string): string {
  return createHash("sha256").update(foldText(text)).digest("hex");
}

/** The id an article gets when its input names none: the first 16 hex digits of its text hash. */
export function idFromHash(hash: string): string {
  return hash.slice(0, 16);
}
