import { renderCompareHtmlBody, type CompareReport } from "../../compare/compare.js";
import type { StoredArticle } from "../../engine/store.js";
import type { Relation } from "../../reuse/relation.js";
import { href, html, raw, type SafeHtml } from "../html.js";
import { articleLink, outletName, publishedText, relationLabel } from "./fragments.js";
import { layout } from "./layout.js";

/** The heading of one side: outlet, date and a link to the article. */
function sideHeading(a: StoredArticle, label: string): SafeHtml {
  return html`<div class="side side-${label.toLowerCase()}"><span class="side-label">${label}</span> <span class="outlet">${outletName(a)}</span>
  <span class="date">${publishedText(a)}</span><br>${articleLink(a)}</div>`;
}

/**
 * Two articles side by side: their stored reuse relation (kind, direction, shared passages), then the compare
 * stage's report: the forensic findings (numbers, quotes, hedges, names changed), the substitution lexicon and the
 * sentence alignment with word-level highlights. The report's markup is the compare stage's own, which escapes
 * every piece of text it takes from the articles.
 */
export function comparePage(a: StoredArticle, b: StoredArticle, relation: Relation, report: CompareReport): string {
  const e = relation.evidence;
  const direction = relation.source === "a" ? `A is the source (confidence ${relation.confidence.toFixed(2)})`
    : relation.source === "b" ? `B is the source (confidence ${relation.confidence.toFixed(2)})` : "direction undetermined";
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const body = html`<h1>Compare</h1>
<div class="compare-heads">${sideHeading(a, "A")}${sideHeading(b, "B")}</div>
<p class="compare-summary">${relationLabel(relation)}; ${direction}; ${e.passages.length} shared passages covering ${pct(e.shareOfA)} of A and ${pct(e.shareOfB)} of B; shingle Jaccard ${e.jaccard.toFixed(2)}.
<a href="${href("/compare", { a: b.id, b: a.id })}">Swap sides</a></p>
${raw(renderCompareHtmlBody(report))}`;
  return layout("Compare", body);
}
