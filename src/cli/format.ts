import { plural } from "../core/plural.js";
import { formatPublished } from "../core/published.js";
import type { IngestReport } from "../engine/ingest.js";
import type { ArticleSummary, StoredArticle } from "../engine/store.js";
import { cell } from "./io.js";

/** The summary lines of an ingest report, then one line per rejection. */
export function ingestReportText(report: IngestReport): string[] {
  const lines = [
    `read ${plural(report.read, "record")}: ${plural(report.inserted, "article")} stored` +
      ` (${plural(report.duplicates, "exact duplicate")} of an earlier text), ${report.unchanged.toLocaleString("en-US")} already present,` +
      ` ${plural(report.rejected, "rejected record")}; ${plural(report.relations, "reuse relation")} found`,
  ];
  for (const r of report.rejections) {
    const place = [r.file, r.line === null ? null : String(r.line)].filter(Boolean).join(":");
    lines.push(`  rejected ${place}${r.field ? ` [${r.field}]` : ""}: ${r.reason}`);
  }
  return lines;
}

/** One table row per article: date, outlet, id, title. */
export function articleRows(articles: readonly ArticleSummary[]): string[] {
  return articles.map(
    (a) =>
      `${cell(a.published.slice(0, 10), 10)}  ${cell(a.source ?? "(unknown outlet)", 24)}  ${cell(a.id, 36)}  ` +
      `${a.title ?? ""}${a.duplicateOf ? `  [duplicate of ${a.duplicateOf}]` : ""}`,
  );
}

/** An article for reading in a terminal: its fields, then its text. */
export function articleText(a: StoredArticle): string {
  const fields: [string, string | null][] = [
    ["id", a.id], ["title", a.title], ["source", a.source], ["published", formatPublished(a.published)],
    ["url", a.url], ["byline", a.byline], ["language", a.language], ["duplicate of", a.duplicateOf],
    ["story label", a.storyLabel], ["from", `${a.origin.file}${a.origin.line ? `:${a.origin.line}` : ""} (${a.origin.format})`],
    ["ingested", a.ingestedAt],
  ];
  const head = fields.filter(([, v]) => v !== null).map(([k, v]) => `${k.padEnd(12)} ${v}`);
  return `${head.join("\n")}\n\n${a.text}`;
}

/** An article as JSON output: everything but the raw record unless asked. */
export function articleJson(a: StoredArticle, withRaw: boolean): Record<string, unknown> {
  const { raw, ...rest } = a;
  return { ...rest, published: formatPublished(a.published), publishedDetail: a.published, ...(withRaw ? { raw } : {}) };
}
