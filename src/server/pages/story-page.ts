import type { ArticleId } from "../../core/types.js";
import type { StoredArticle } from "../../engine/store.js";
import type { CanonicalEntity } from "../../entities/aliases/types.js";
import { html, type HtmlValue, type SafeHtml } from "../html.js";
import type { DerivationForest, StoryView } from "../story-view.js";
import { coverageChart } from "./chart.js";
import { articleLink, assignmentReason, compareLink, entityTable, outletName, publishedText, relationLabel, timelineList } from "./fragments.js";
import { day, layout, plural } from "./layout.js";

/** The derivation forest as nested lists: each source with what was taken from it, and how much. */
function derivationTree(forest: DerivationForest, byId: ReadonlyMap<ArticleId, StoredArticle>): SafeHtml {
  const node = (id: ArticleId, depth: number): SafeHtml => {
    const a = byId.get(id)!;
    const kids = depth > 50 ? [] : (forest.children.get(id) ?? []);
    return html`<li class="derivation-node" data-article="${id}">
  <span class="outlet">${outletName(a)}</span> <span class="date">${a.published.date}</span> ${articleLink(a)}
  ${kids.length > 0 ? html`<ul>${kids.map((edge) => html`<li class="derivation-edge"><span class="edge-label">${relationLabel(edge.relation)}, confidence ${edge.relation.confidence.toFixed(2)}</span> ${compareLink(edge.source, edge.copy)}<ul>${node(edge.copy, depth + 1)}</ul></li>`)}</ul>` : null}
</li>`;
  };
  const undirected = forest.undirected.map((r) => {
    const [a, b] = [byId.get(r.a)!, byId.get(r.b)!];
    return html`<li><span class="outlet">${outletName(a)}</span> and <span class="outlet">${outletName(b)}</span>: ${relationLabel(r.relation)}, direction undetermined ${compareLink(r.a, r.b)}</li>`;
  });
  return html`<ul class="derivation-tree">${forest.roots.map((id) => node(id, 0))}</ul>
${undirected.length > 0 ? html`<h3>Shared text, direction unknown</h3><ul class="undirected">${undirected}</ul>` : null}`;
}

/** The articles of the story in time order, with why each is there and a link to compare it with its source. */
function articleTable(view: StoryView): SafeHtml {
  const byId = new Map(view.articles.map((a) => [a.id, a]));
  const sourceOf = new Map<ArticleId, ArticleId>();
  for (const edges of view.forest.children.values()) for (const e of edges) sourceOf.set(e.copy, e.source);
  const rows = view.members.map((m) => {
    const a = byId.get(m.id)!;
    const source = sourceOf.get(m.id);
    return html`<tr>
  <td class="date">${publishedText(a)}</td><td class="outlet">${outletName(a)}</td><td>${articleLink(a)}</td>
  <td class="why">${assignmentReason(m.evidence)}</td>
  <td>${source ? html`from ${outletName(byId.get(source)!)}: ${compareLink(source, a.id)}` : "original or independent"}</td>
</tr>`;
  });
  return html`<table class="members"><thead><tr><th>Published</th><th>Outlet</th><th>Article</th><th>Why it is in the story</th><th>Reuse</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The story page: coverage over time, the derivation tree, the claims × outlets matrix (from the dossier, when it is
 * given), the timeline and the entities.
 */
export function storyPage(view: StoryView, entities: readonly CanonicalEntity[], dossier: HtmlValue = null): string {
  const s = view.story;
  const byId = new Map(view.articles.map((a) => [a.id, a]));
  const body = html`<article class="story" data-story="${s.id}">
<h1>${s.headline ?? "(no headline)"}</h1>
<p class="story-facts">${plural(s.size, "article")} from ${plural(s.outlets, "outlet")},
<span class="independent-count">${plural(view.forest.independentReports, "independent report")}</span>, ${day(s.firstAt)} to ${day(s.lastAt)}</p>
<section id="coverage"><h2>Coverage over time</h2>${coverageChart(view.articles)}</section>
<section id="articles"><h2>Articles</h2>${articleTable(view)}</section>
<section id="derivation"><h2>Who took text from whom</h2>${derivationTree(view.forest, byId)}</section>
${dossier}
<section id="timeline"><h2>Timeline</h2>${timelineList(view.timeline, byId)}</section>
<section id="entities"><h2>Entities</h2>${entityTable(entities)}</section>
</article>`;
  return layout(s.headline ?? "Story", body, "stories");
}
