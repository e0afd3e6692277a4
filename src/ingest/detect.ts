import { extname } from "node:path";
import type { InputFormat } from "../core/types.js";

/** Formats a user can name with `--format`; `json` is a `.json` document of one article or an array. */
export type FormatName = InputFormat | "json" | "tsv";

const BY_EXTENSION: Readonly<Record<string, FormatName>> = {
  ".txt": "text", ".text": "text",
  ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
  ".csv": "csv", ".tsv": "tsv",
  ".xml": "feed", ".rss": "feed", ".atom": "feed",
  ".html": "html", ".htm": "html", ".xhtml": "html",
};

/** The format a file's extension names, or `null` when wiretrace does not read such files. */
export function formatFromExtension(path: string): FormatName | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/**
 * Guess the format of decoded input with no telling extension (stdin, odd names) from its first characters.
 *
 * @example sniffFormat(' date 2023-07-09 Body') // "text"
 */
export function sniffFormat(head: string): FormatName | null {
  const s = head.replace(/^\uFEFF/, "").trimStart();
  const lower = s.slice(0, 2048).toLowerCase();
  if (/^date\s+\S/.test(lower)) return "text";
  if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) return "html";
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return "feed";
  if (lower.startsWith("<?xml") && /<(rss|feed)[\s>]/.test(lower)) return "feed";
  if (lower.startsWith("{")) return "jsonl";
  if (lower.startsWith("[")) return "json";
  const firstLine = lower.split(/\r?\n/, 1)[0] ?? "";
  if (/\btext\b/.test(firstLine) && firstLine.includes("\t")) return "tsv";
  if (/\btext\b/.test(firstLine) && firstLine.includes(",")) return "csv";
  if (lower.includes("<html") || lower.includes("<body")) return "html";
  return null;
}
