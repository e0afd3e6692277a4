import type { StorySummary } from "../../engine/store.js";
import { href, html, segment } from "../html.js";
import { day, layout } from "./layout.js";

/** The story list: newest first, with outlet and independent-report counts. */
export function storyListPage(
  stories: readonly (StorySummary & { independentReports: number })[], page: { offset: number; limit: number; more: boolean },
): string {
  const rows = stories.map(
    (s) => html`<tr class="story-row">
  <td><a class="story-link" href="/stories/${segment(s.id)}">${s.headline ?? "(no headline)"}</a>${s.terms.length > 0 ? html`<br><span class="story-terms">${s.terms.slice(0, 5).join(", ")}</span>` : null}</td>
  <td class="num">${s.size}</td>
  <td class="num outlets">${s.outlets}</td>
  <td class="num independent">${s.independentReports}</td>
  <td class="date">${day(s.firstAt)}</td>
  <td class="date">${day(s.lastAt)}</td>
</tr>`,
  );
  const next = page.more
    ? html`<a rel="next" href="${href("/", { offset: page.offset + page.limit })}">Older stories</a>` : null;
  const prev = page.offset > 0
    ? html`<a rel="prev" href="${href("/", { offset: Math.max(0, page.offset - page.limit) || null })}">Newer stories</a>` : null;
  const body = stories.length === 0
    ? html`<h1>Stories</h1><p class="empty">No stories yet. <a href="/upload">Upload articles</a> or run <code>wiretrace ingest</code>.</p>`
    : html`<h1>Stories</h1>
<p class="lede">Newest first. <em>Independent reports</em> counts the articles that take their text from no other article of the story: copies and rewrites count once, with their source.</p>
<table class="stories">
<thead><tr><th>Story</th><th class="num">Articles</th><th class="num">Outlets</th><th class="num">Independent reports</th><th>First</th><th>Last</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<nav class="pager">${prev} ${next}</nav>`;
  return layout("Stories", body, "stories");
}
