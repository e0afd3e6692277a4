import { formatPublished } from "../../core/published.js";
import type { ArticleId } from "../../core/types.js";
import type { StoredArticle } from "../../engine/store.js";
import type { DossierEntity } from "../../dossier/index.js";
import type { Relation } from "../../reuse/relation.js";
import { assignmentReason as reasonFromEvidence } from "../../dossier/assignment-reason.js";
import type { TimelineEvent } from "../../timeline/timeline.js";
import { href, html, segment, type SafeHtml } from "../html.js";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "derived (partial, 42% reused)", "near-duplicate", … */
export function relationLabel(r: Relation): string {
  return r.kind === "derived" ? `derived (${r.extent ?? "partial"}, ${pct(r.share)} reused)` : r.kind;
}

/** A link to an article, by outlet and title. */
export function articleLink(a: Pick<StoredArticle, "id" | "source" | "title">): SafeHtml {
  return html`<a class="article-link" href="/articles/${segment(a.id)}">${a.title ?? a.id}</a>`;
}

export const outletName = (a: Pick<StoredArticle, "source">): string => a.source ?? "(unknown outlet)";

/** A link to the side-by-side view of two articles, the source first. */
export const compareLink = (source: ArticleId, copy: ArticleId, label = "compare"): SafeHtml =>
  html`<a class="compare-link" href="${href("/compare", { a: source, b: copy })}">${label}</a>`;

/** Why the clusterer put an article in its story, in a few words; nothing when the evidence is not JSON. */
export function assignmentReason(evidence: string): string {
  try {
    return reasonFromEvidence(evidence);
  } catch {
    return "";
  }
}

/** Article text as paragraphs, escaped. */
export function paragraphs(text: string): SafeHtml[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0).map((p) => html`<p>${p}</p>`);
}

/** A timeline as a definition list: each event's date, then each telling with its outlet. */
export function timelineList(events: readonly TimelineEvent[], articles: ReadonlyMap<ArticleId, StoredArticle>): SafeHtml {
  if (events.length === 0) return html`<p class="empty">No dated sentences.</p>`;
  const items = events.map((e) => html`<li class="event">
  <span class="event-date">${e.date}</span> <span class="granularity">${e.granularity}</span>
  <ul>${e.entries.map((entry) => {
    const a = articles.get(entry.articleId);
    return html`<li><span class="outlet">${a ? outletName(a) : entry.articleId}</span>: “${entry.sentence}” <span class="timex">[${entry.timex.text}]</span></li>`;
  })}</ul>
</li>`);
  return html`<ol class="timeline">${items}</ol>`;
}

/** Entities as a table: canonical name, type, mentions, outlets and the spellings seen. */
export function entityTable(entities: readonly DossierEntity[], max = 40): SafeHtml {
  if (entities.length === 0) return html`<p class="empty">No named entities found.</p>`;
  const rows = entities.slice(0, max).map((e) => {
    const variants = e.variants.length > 1 ? e.variants.map((v) => `${v.text} (${v.count})`).join(", ") : "";
    return html`<tr><td class="entity">${e.canonical}</td><td>${e.type}</td><td class="num">${e.mentions}</td><td class="num">${e.outlets.length}</td><td class="variants">${variants}</td></tr>`;
  });
  const more = entities.length > max ? html`<p class="note">and ${entities.length - max} more</p>` : null;
  return html`<table class="entities"><thead><tr><th>Entity</th><th>Type</th><th class="num">Mentions</th><th class="num">Outlets</th><th>Spellings</th></tr></thead><tbody>${rows}</tbody></table>${more}`;
}

export const publishedText = (a: StoredArticle): string => formatPublished(a.published);
