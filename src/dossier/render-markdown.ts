// The dossier as Markdown (GitHub flavour: tables, nested lists).
import { plural } from "../core/plural.js";
import {
  alternativesText, articleIndex, carriageText, contradictionText, edgeText, entityLimit, forestRows, lagOf,
  shownClaims, summaryLines, when, type RenderOptions,
} from "./render-common.js";
import type { Dossier } from "./types.js";

/** Text made safe for a Markdown table cell or list item: no pipes, no line breaks, no markup characters. */
const md = (s: string): string => s.replace(/\s+/g, " ").replace(/([\\`*_[\]<>|#])/g, "\\$1");

/**
 * The dossier as Markdown, for a report or an issue.
 *
 * @example writeFileSync("story.md", renderDossierMarkdown(dossier))
 */
export function renderDossierMarkdown(d: Dossier, options: RenderOptions = {}): string {
  const article = articleIndex(d);
  const out: string[] = [`# ${md(d.story.headline ?? "(no headline)")}`, "", `Story \`${d.story.id}\``, ""];
  for (const line of summaryLines(d)) out.push(`- ${md(line)}`);

  out.push("", "## Coverage", "", "| published | outlet | article | lag | title |", "|---|---|---|---|---|");
  for (const a of d.articles) out.push(`| ${when(a)} | ${md(a.outlet)} | \`${a.id}\` | ${lagOf(d, a)} | ${md(a.title ?? "")} |`);
  out.push("", `Over time (by ${d.coverage.granularity}, UTC):`, "", "| period | articles | outlets so far | new outlets |", "|---|---|---|---|");
  for (const p of d.coverage.overTime) out.push(`| ${p.period} | ${p.articles} | ${p.cumulativeOutlets} | ${md(p.newOutlets.join(", "))} |`);

  out.push("", "## Derivation", "", `${plural(d.forest.roots.length, "independent report")}; each list is one report and what derives from it.`, "");
  for (const row of forestRows(d)) {
    const a = row.article;
    const indent = "  ".repeat(row.depth);
    out.push(`${indent}- **${md(a.outlet)}** \`${a.id}\` (${when(a)}): ${row.edge ? md(edgeText(row.edge)) : "independent report"}`);
    const alt = row.edge ? alternativesText(row.edge, article) : null;
    if (alt) out.push(`${indent}  <br>${md(alt)}`);
  }

  out.push("", "## Contradictions", "");
  if (d.contradictions.length === 0) out.push("None found.");
  for (const c of d.contradictions) out.push(`- ${c.claim}: ${md(contradictionText(c))}`);

  const { claims, hidden } = shownClaims(d, options);
  out.push("", "## Claims", "", "Corroboration counts independent reports only: outlets repeating one report count once.", "");
  for (const c of claims) {
    out.push(`### ${c.id}: ${md(c.corroboration)}`, "", `> ${md(c.text)}`, "", "| outlet | how | sentence |", "|---|---|---|");
    for (const k of c.carriers) out.push(`| ${md(k.outlet)} | ${md(carriageText(k, article))} | ${md(k.sentence)} |`);
    for (const x of c.contradictions) out.push("", `**Disagree** on ${md(contradictionText(x))}`);
    out.push("");
  }
  if (hidden > 0) out.push(`… and ${plural(hidden, "more claim")}.`, "");

  out.push("## Timeline", "", "| date | outlets | sentence |", "|---|---|---|");
  for (const e of d.timeline) {
    const outlets = [...new Set(e.articles.map((id) => article(id).outlet))].join(", ");
    out.push(`| ${e.date} | ${md(outlets)} | ${md(e.entries[0]!.sentence)} |`);
  }

  out.push("", "## Entities", "", "| type | entity | mentions | outlets | variants |", "|---|---|---|---|---|");
  for (const e of d.entities.slice(0, entityLimit(options))) {
    out.push(`| ${e.type} | ${md(e.canonical)} | ${e.mentions} | ${e.outlets.length} | ${md(e.variants.map((v) => `${v.text} (${v.count})`).join(", "))} |`);
  }
  return `${out.join("\n")}\n`;
}
