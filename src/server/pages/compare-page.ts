import type { StoredArticle } from "../../engine/store.js";
import type { Relation } from "../../reuse/relation.js";
import { html, type HtmlValue, type SafeHtml } from "../html.js";
import { articleLink, outletName, publishedText, relationLabel } from "./fragments.js";
import { layout } from "./layout.js";

/** A text with the given ranges marked as shared passages (numbered, so the script can pair them); all escaped. */
export function markedText(text: string, ranges: readonly { start: number; end: number; passage: number }[]): SafeHtml {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  const parts: HtmlValue[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start));
    parts.push(html`<mark class="passage" data-passage="${r.passage}">${text.slice(r.start, r.end)}</mark>`);
    at = r.end;
  }
  parts.push(text.slice(at));
  return html`<div class="compare-text">${parts}</div>`;
}

/** The heading of one side: outlet, date and a link to the article. */
export function sideHeading(a: StoredArticle, label: string): SafeHtml {
  return html`<header class="side-head"><span class="side-label">${label}</span> <span class="outlet">${outletName(a)}</span>
  <span class="date">${publishedText(a)}</span><br>${articleLink(a)}</header>`;
}

/**
 * Two articles side by side, the text they share highlighted on both sides from the reuse relation's passages, then
 * the forensics (when the compare stage gives them) and the relation's evidence.
 */
export function comparePage(a: StoredArticle, b: StoredArticle, relation: Relation, forensics: HtmlValue = null): string {
  const e = relation.evidence;
  const direction = relation.source === "a" ? `A is the source (confidence ${relation.confidence.toFixed(2)})`
    : relation.source === "b" ? `B is the source (confidence ${relation.confidence.toFixed(2)})` : "direction undetermined";
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const body = html`<h1>Compare</h1>
<p class="compare-summary">${relationLabel(relation)}; ${direction}; ${e.passages.length} shared passages covering ${pct(e.shareOfA)} of A and ${pct(e.shareOfB)} of B; shingle Jaccard ${e.jaccard.toFixed(2)}.</p>
<div class="side-by-side">
  <section class="side side-a">${sideHeading(a, "A")}${markedText(a.text, e.passages.map((p, i) => ({ start: p.aStart, end: p.aEnd, passage: i })))}</section>
  <section class="side side-b">${sideHeading(b, "B")}${markedText(b.text, e.passages.map((p, i) => ({ start: p.bStart, end: p.bEnd, passage: i })))}</section>
</div>
${forensics}
<section id="evidence"><h2>Evidence</h2><p>Rules: ${e.rules.join(", ")}</p></section>`;
  return layout("Compare", body);
}
