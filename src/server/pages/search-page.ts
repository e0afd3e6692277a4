import type { SearchHit } from "../../engine/store.js";
import { searchTerms } from "../../store/search-terms.js";
import { href, html, segment, type SafeHtml } from "../html.js";
import { layout } from "./layout.js";

/** The snippet with the searched words marked; every piece is escaped. */
function highlighted(snippet: string, words: ReadonlySet<string>): SafeHtml {
  const parts = snippet.split(/([\p{L}\p{N}]+)/u);
  const hit = (w: string) => {
    const folded = w.toLowerCase();
    for (const q of words) if (folded === q || (q.length >= 4 && folded.startsWith(q))) return true;
    return false;
  };
  return html`${parts.map((p, i) => (i % 2 === 1 && hit(p) ? html`<mark>${p}</mark>` : p))}`;
}

/** Full-text search: the form, then the hits, best first, with their snippets. */
export function searchPage(query: string, hits: readonly SearchHit[] | null, page: { offset: number; limit: number }): string {
  const words = new Set(searchTerms(query).flat());
  const results = hits === null
    ? null
    : hits.length === 0
      ? html`<p class="empty">No article has all of these words.</p>`
      : html`<ol class="hits" start="${page.offset + 1}">${hits.map((h) => html`<li class="hit">
  <a class="article-link" href="/articles/${segment(h.id)}">${h.title ?? h.id}</a>
  <span class="outlet">${h.source ?? "(unknown outlet)"}</span> <span class="date">${h.published.slice(0, 10)}</span>
  <p class="snippet">${highlighted(h.snippet, words)}</p>
</li>`)}</ol>
${hits.length === page.limit ? html`<a rel="next" href="${href("/search", { q: query, offset: page.offset + page.limit })}">More results</a>` : null}`;
  const body = html`<h1>Search</h1>
<form class="search" action="/search" method="get" role="search">
  <input type="search" name="q" value="${query}" placeholder="words to find" aria-label="Words to find" autofocus>
  <button type="submit">Search</button>
</form>
<p class="note">Finds articles containing all the words, in titles and texts; punctuation and operators are ignored.</p>
${results}`;
  return layout(query ? `Search: ${query}` : "Search", body, "search", query);
}
