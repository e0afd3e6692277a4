import { plural } from "../../core/plural.js";
import type { ArticleId } from "../../core/types.js";
import type { StoredArticle } from "../../engine/store.js";
import { describeStoryEvent } from "../../engine/stories.js";
import { forestChildren, type Claim, type DerivationEdge, type Dossier } from "../../dossier/index.js";
import { html, segment, type SafeHtml } from "../html.js";
import type { StoryView } from "../story-view.js";
import { coverageChart } from "./chart.js";
import { articleLink, assignmentReason, compareLink, entityTable, outletName, publishedText, timelineList } from "./fragments.js";
import { day, layout } from "./layout.js";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "derived (whole, 87% reused), confidence 0.90"; with no direction from the relation, what the forest went by. */
function edgeLabel(e: DerivationEdge): string {
  const kind = e.kind === "derived" ? `derived (${e.extent}, ${pct(e.share)} reused)` : e.kind;
  if (e.confidence > 0) return `${kind}, confidence ${e.confidence.toFixed(2)}`;
  return `${kind}, direction from ${e.rules.includes("forest/earlier-published") ? "publication order" : "arrival order"}`;
}

/** The dossier's derivation forest as nested lists: each independent report with what was taken from it. */
function derivationTree(d: Dossier, byId: ReadonlyMap<ArticleId, StoredArticle>): SafeHtml {
  const children = forestChildren(d.forest);
  const node = (id: ArticleId, edge: DerivationEdge | null, depth: number): SafeHtml => {
    const a = byId.get(id)!;
    const kids = depth > 50 ? [] : (children.get(id) ?? []);
    return html`<li class="derivation-node${edge ? "" : " root"}" data-article="${id}">
  <span class="outlet">${outletName(a)}</span> <span class="date">${a.published.date}</span> ${articleLink(a)}
  ${edge ? html`<span class="edge-label">${edgeLabel(edge)}</span> ${compareLink(edge.parent, edge.child)}` : html`<span class="edge-label">independent report</span>`}
  ${kids.length > 0 ? html`<ul>${kids.map((k) => node(k.child, k, depth + 1))}</ul>` : null}
</li>`;
  };
  return html`<ul class="derivation-tree">${d.forest.roots.map((id) => node(id, null, 0))}</ul>`;
}

/** Claims × outlets: one row per claim, one column per outlet, each cell how the outlet carries the claim. */
function claimMatrix(d: Dossier, max = 30): SafeHtml {
  if (d.claims.length === 0) return html`<p class="empty">No claim is carried by more than one article.</p>`;
  const outlets = d.coverage.outlets.map((o) => o.outlet);
  const cell = (c: Claim, outlet: string): SafeHtml => {
    const carriers = c.carriers.filter((k) => k.outlet === outlet);
    if (carriers.length === 0) return html`<td class="cell cell-no" title="not carried">·</td>`;
    const how = [...new Set(carriers.map((k) => k.how))].join(", ");
    const mark = carriers.some((k) => k.how === "own") ? "●" : carriers.some((k) => k.how === "reworded") ? "◐" : "○";
    // Where the carriers disagree on a value, the outlet's own value is shown, marked when it differs from the
    // value of the claim's first carrier.
    const first = c.carriers[0]!.article;
    const values = c.contradictions.flatMap((x) => {
      const reference = x.values.find((v) => v.articles.includes(first))?.value;
      return x.values.filter((v) => v.outlets.includes(outlet)).map((v) => ({ value: v.value, differs: v.value !== reference }));
    });
    const differs = values.some((v) => v.differs);
    return html`<td class="cell cell-yes${differs ? " cell-differs" : ""}" title="${outlet}: ${how}${carriers[0]!.hedged ? ", hedged" : ""}">${mark}${values.length > 0 ? html`<br><span class="cell-value">${values.map((v) => v.value).join(", ")}</span>` : null}</td>`;
  };
  const rows = d.claims.slice(0, max).map((c) => html`<tr class="claim-row" data-claim="${c.id}">
  <td class="claim">${c.text}<br><span class="${c.singleSource ? "single" : "corroborated"}">${c.corroboration}</span>
  ${c.contradictions.length > 0 ? html`<br><span class="disagree">values differ: ${c.contradictions.map((x) => `${x.about}: ${x.values.map((v) => v.value).join(" / ")}`).join("; ")}</span>` : null}</td>
  ${outlets.map((o) => cell(c, o))}
</tr>`);
  return html`<table class="matrix">
<thead><tr><th>Claim</th>${outlets.map((o) => html`<th class="outlet-col">${o}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>
<p class="note">● the outlet's own reporting · ○ copied verbatim · ◐ reworded from another article · orange: the outlet gives a different value from the claim's first carrier${d.claims.length > max ? html` · ${d.claims.length - max} more claims in the <a href="/api/stories/${segment(d.id)}/dossier">dossier</a>` : null}</p>`;
}

/** The articles of the story in time order, with why each is there and a link to compare it with its source. */
function articleTable(view: StoryView, d: Dossier): SafeHtml {
  const byId = new Map(view.articles.map((a) => [a.id, a]));
  const parentOf = new Map(d.forest.edges.map((e) => [e.child, e.parent]));
  const rows = view.members.map((m) => {
    const a = byId.get(m.id)!;
    const source = parentOf.get(m.id);
    return html`<tr>
  <td class="date">${publishedText(a)}</td><td class="outlet">${outletName(a)}</td><td>${articleLink(a)}</td>
  <td class="why">${assignmentReason(m.evidence)}</td>
  <td>${source ? html`from ${outletName(byId.get(source)!)}: ${compareLink(source, a.id)}` : "independent report"}</td>
</tr>`;
  });
  return html`<table class="members"><thead><tr><th>Published</th><th>Outlet</th><th>Article</th><th>Why it is in the story</th><th>Source</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The story page: coverage over time, the articles, the derivation tree, claims × outlets, timeline, entities. */
export function storyPage(view: StoryView, d: Dossier): string {
  const s = view.story;
  const byId = new Map(view.articles.map((a) => [a.id, a]));
  const body = html`<article class="story" data-story="${s.id}">
<h1>${s.headline ?? "(no headline)"}</h1>
<p class="story-facts">${plural(s.size, "article")} from ${plural(s.outlets, "outlet")},
<span class="independent-count">${plural(d.summary.independentReports, "independent report")}</span>,
${plural(d.summary.claims, "claim")} (${d.summary.corroboratedClaims} corroborated, ${d.summary.contradictions} contradictions), ${day(s.firstAt)} to ${day(s.lastAt)}</p>
${s.terms.length > 0 ? html`<p class="story-terms">About: ${s.terms.join(", ")}</p>` : null}
<section id="coverage"><h2>Coverage over time</h2>${coverageChart(view.articles)}</section>
<section id="articles"><h2>Articles</h2>${articleTable(view, d)}</section>
<section id="derivation"><h2>Who took text from whom</h2>${derivationTree(d, byId)}</section>
<section id="claims"><h2>Claims × outlets</h2>${claimMatrix(d)}</section>
<section id="timeline"><h2>Timeline</h2>${timelineList(d.timeline, byId)}</section>
<section id="entities"><h2>Entities</h2>${entityTable(d.entities)}</section>
${view.history.length > 0 ? html`<section id="history"><h2>Merges and splits</h2><ul>${view.history.map((e) => html`<li>${describeStoryEvent(e)}</li>`)}</ul></section>` : null}
</article>`;
  return layout(s.headline ?? "Story", body, "stories");
}
