import type { ArticleId, StoryId } from "../../core/types.js";
import type { StoredArticle, StoredRelation } from "../../engine/store.js";
import { flipRelation } from "../../reuse/relation.js";
import type { TimelineEvent } from "../../timeline/timeline.js";
import { html, segment } from "../html.js";
import { articleLink, compareLink, outletName, paragraphs, publishedText, relationLabel, timelineList } from "./fragments.js";
import { layout } from "./layout.js";

/** One article: its metadata, its text (escaped, as paragraphs), what it reuses or is reused by, and its dates. */
export function articlePage(
  a: StoredArticle, story: { id: StoryId; headline: string | null } | null, relations: readonly StoredRelation[], others: ReadonlyMap<ArticleId, StoredArticle>,
  timeline: readonly TimelineEvent[],
): string {
  const facts: [string, string | null][] = [
    ["Outlet", outletName(a)], ["Published", publishedText(a)], ["Byline", a.byline], ["Language", a.language],
    ["Id", a.id], ["Duplicate of", a.duplicateOf], ["From", `${a.origin.file}${a.origin.line ? `:${a.origin.line}` : ""} (${a.origin.format})`],
  ];
  const related = relations.map((r) => {
    const [otherId, rel] = r.a === a.id ? [r.b, r.relation] : [r.a, flipRelation(r.relation)];
    const o = others.get(otherId);
    if (!o) return null;
    const role = rel.source === "a" ? "source of" : rel.source === "b" ? "taken from" : "shares text with";
    const [src, copy] = rel.source === "b" ? [otherId, a.id] : [a.id, otherId];
    return html`<li><span class="role">${role}</span> <span class="outlet">${outletName(o)}</span> ${articleLink(o)}: ${relationLabel(rel)} ${compareLink(src, copy)}</li>`;
  });
  const url = a.url && /^https?:\/\//i.test(a.url) ? html`<p class="source-url">Original: <a href="${a.url}" rel="noopener noreferrer nofollow">${a.url}</a></p>` : null;
  const body = html`<article class="article" data-article="${a.id}">
<h1>${a.title ?? "(untitled)"}</h1>
<dl class="facts">${facts.filter(([, v]) => v !== null).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
${story ? html`<p>Story: <a class="story-link" href="/stories/${segment(story.id)}">${story.headline ?? story.id}</a></p>` : null}
${url}
<section class="article-text">${paragraphs(a.text)}</section>
<section id="reuse"><h2>Reuse</h2>${related.length > 0 ? html`<ul class="relations">${related}</ul>` : html`<p class="empty">No other stored article shares text with this one.</p>`}</section>
<section id="timeline"><h2>Dates in this article</h2>${timelineList(timeline, new Map([[a.id, a]]))}</section>
</article>`;
  return layout(a.title ?? a.id, body);
}
