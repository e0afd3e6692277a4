// The dossier as plain text for a terminal.
import { plural } from "../core/plural.js";
import {
  alternativesText, articleIndex, carriageText, contradictionText, edgeText, entityLimit, forestRows, lagOf,
  shownClaims, summaryLines, when, type RenderOptions,
} from "./render-common.js";
import type { Dossier } from "./types.js";

const snippet = (s: string, max = 110): string => {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * The dossier as plain text: summary, coverage by outlet, the derivation tree, contradictions, claims with their
 * carriers, the timeline and the entities.
 *
 * @example process.stdout.write(renderDossierText(await buildDossier(store, id)))
 */
export function renderDossierText(d: Dossier, options: RenderOptions = {}): string {
  const article = articleIndex(d);
  const out: string[] = [`Story ${d.story.id}: ${d.story.headline ?? "(no headline)"}`, ...summaryLines(d), ""];

  out.push("Coverage, by outlet in order of first publication");
  for (const o of d.coverage.outlets) {
    out.push(o.outlet);
    for (const id of o.articles) {
      const a = article(id);
      out.push(`  ${when(a)}  ${a.id}  ${lagOf(d, a)}  ${a.title ?? ""}`.trimEnd());
      if (a.assignment) out.push(`      ${a.assignment}`);
    }
  }
  out.push("", `Coverage over time (by ${d.coverage.granularity}, UTC)`);
  for (const p of d.coverage.overTime) {
    out.push(`  ${p.period.padEnd(13)}  ${plural(p.articles, "article").padEnd(11)}  ${plural(p.cumulativeOutlets, "outlet").padStart(11)} so far` +
      (p.newOutlets.length > 0 ? `  + ${p.newOutlets.join(", ")}` : ""));
  }

  out.push("", `Derivation: ${plural(d.forest.roots.length, "independent report")}, each with what derives from it`);
  for (const row of forestRows(d)) {
    const lead = row.lasts.map((last, i) => (i === row.lasts.length - 1 ? (last ? "└─ " : "├─ ") : last ? "   " : "│  ")).join("");
    const a = row.article;
    out.push(`${lead}${a.outlet}  ${a.id}  ${when(a)}${row.edge ? `: ${edgeText(row.edge)}` : "  (independent report)"}`);
    const alt = row.edge ? alternativesText(row.edge, article) : null;
    if (alt) out.push(`${row.lasts.map((last) => (last ? "   " : "│  ")).join("")}   ${alt}`);
  }

  out.push("", "Contradictions");
  if (d.contradictions.length === 0) out.push("  none found");
  for (const c of d.contradictions) out.push(`  ${c.claim}  ${contradictionText(c)}`);

  const { claims, hidden } = shownClaims(d, options);
  out.push("", "Claims, most independent reports first (corroboration counts independent reports only)");
  for (const c of claims) {
    out.push(`${c.id}  ${c.corroboration}`, `    "${snippet(c.text)}"`);
    for (const k of c.carriers) out.push(`    ${k.outlet.padEnd(26)} ${carriageText(k, article)}`);
    for (const x of c.contradictions) out.push(`    ! disagree on ${contradictionText(x)}`);
  }
  if (hidden > 0) out.push(`… and ${plural(hidden, "more claim")} (all of them with --format json, md or html)`);

  out.push("", `Timeline: ${plural(d.timeline.length, "dated event")}`);
  for (const e of d.timeline) {
    const outlets = [...new Set(e.articles.map((id) => article(id).outlet))].join(", ");
    out.push(`  ${e.date.padEnd(16)} ${outlets}: "${snippet(e.entries[0]!.sentence, 90)}"`);
  }

  const entities = d.entities.slice(0, entityLimit(options));
  out.push("", `Entities: ${d.entities.length}${entities.length < d.entities.length ? ` (the ${entities.length} most mentioned)` : ""}`);
  for (const e of entities) {
    const variants = e.variants.length > 1 ? `  [${e.variants.map((v) => `${v.text} ${v.count}`).join(", ")}]` : "";
    out.push(`  ${e.type.padEnd(4)} ${e.canonical}: ${plural(e.mentions, "mention")}, ${plural(e.outlets.length, "outlet")}${variants}`);
  }
  return `${out.join("\n")}\n`;
}
