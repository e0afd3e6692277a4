// The dossier as one self-contained HTML page: inline styles, every text escaped, no scripts, nothing fetched.
import { plural } from "../core/plural.js";
import type { ArticleId } from "../core/types.js";
import { forestChildren } from "./derivation-forest.js";
import {
  alternativesText, articleIndex, carriageText, contradictionText, edgeText, entityLimit, lagOf, shownClaims,
  summaryLines, when, type RenderOptions,
} from "./render-common.js";
import type { DerivationEdge, Dossier } from "./types.js";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Only http(s) links are made clickable; anything else (javascript:, data:) is shown as text. */
const safeUrl = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

const STYLE = `
.wt-dossier{font:15px/1.45 system-ui,sans-serif;max-width:64rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b}
.wt-dossier h1{font-size:1.5rem;margin-bottom:.25rem}.wt-dossier h2{margin-top:2rem;border-bottom:1px solid #ccc}
.wt-dossier table{border-collapse:collapse;width:100%;margin:.5rem 0}
.wt-dossier th,.wt-dossier td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
.wt-dossier code{font-size:.85em;color:#555}.wt-dossier .tree ul{list-style:none;padding-left:1.25rem;border-left:1px solid #bbb}
.wt-dossier .tree>ul{border-left:none;padding-left:0}.wt-dossier .note{color:#555;font-size:.9em}
.wt-dossier .single{color:#8a4b00}.wt-dossier .corroborated{color:#1d6b2f}.wt-dossier .disagree{color:#a11;font-weight:600}
.wt-dossier blockquote{margin:.25rem 0 .5rem;padding-left:.75rem;border-left:3px solid #ccc}`;

/**
 * The dossier's body as one `<article class="wt-dossier">` element, for embedding in another page (the web UI).
 *
 * @example `<main>${renderDossierHtmlBody(dossier)}</main>`
 */
export function renderDossierHtmlBody(d: Dossier, options: RenderOptions = {}): string {
  const e = escapeHtml;
  const article = articleIndex(d);
  const out: string[] = [`<article class="wt-dossier">`, `<h1>${e(d.story.headline ?? "(no headline)")}</h1>`,
    `<p class="note">Story <code>${e(d.story.id)}</code></p>`, "<ul>", ...summaryLines(d).map((l) => `<li>${e(l)}</li>`), "</ul>"];

  out.push("<h2>Coverage</h2>", "<table><thead><tr><th>published</th><th>outlet</th><th>article</th><th>lag</th><th>title</th></tr></thead><tbody>");
  for (const a of d.articles) {
    const url = safeUrl(a.url);
    const title = e(a.title ?? "");
    out.push(`<tr><td>${e(when(a))}</td><td>${e(a.outlet)}</td><td><code>${e(a.id)}</code></td><td>${e(lagOf(d, a))}</td>` +
      `<td>${url ? `<a href="${e(url)}" rel="noopener noreferrer">${title}</a>` : title}</td></tr>`);
  }
  out.push("</tbody></table>", `<table><thead><tr><th>${e(d.coverage.granularity)} (UTC)</th><th>articles</th><th>outlets so far</th><th>new outlets</th></tr></thead><tbody>`);
  for (const p of d.coverage.overTime) {
    out.push(`<tr><td>${e(p.period)}</td><td>${p.articles}</td><td>${p.cumulativeOutlets}</td><td>${e(p.newOutlets.join(", "))}</td></tr>`);
  }
  out.push("</tbody></table>");

  out.push("<h2>Derivation</h2>", `<p>${e(plural(d.forest.roots.length, "independent report"))}; each tree is one report and what derives from it.</p>`, `<div class="tree">`);
  const children = forestChildren(d.forest);
  const node = (id: ArticleId, edge: DerivationEdge | null): string => {
    const a = article(id);
    const alt = edge ? alternativesText(edge, article) : null;
    const kids = children.get(id) ?? [];
    return `<li><strong>${e(a.outlet)}</strong> <code>${e(a.id)}</code> ${e(when(a))}: ${e(edge ? edgeText(edge) : "independent report")}` +
      (alt ? `<br><span class="note">${e(alt)}</span>` : "") +
      (kids.length > 0 ? `<ul>${kids.map((k) => node(k.child, k)).join("")}</ul>` : "") + "</li>";
  };
  out.push(`<ul>${d.forest.roots.map((r) => node(r, null)).join("\n")}</ul>`, "</div>");

  out.push("<h2>Contradictions</h2>");
  if (d.contradictions.length === 0) out.push("<p>None found.</p>");
  else out.push("<ul>", ...d.contradictions.map((c) => `<li class="disagree">${e(c.claim)}: ${e(contradictionText(c))}</li>`), "</ul>");

  const { claims, hidden } = shownClaims(d, options);
  out.push("<h2>Claims</h2>", `<p class="note">Corroboration counts independent reports only: outlets repeating one report count once.</p>`);
  for (const c of claims) {
    out.push(`<section id="${e(c.id)}"><h3>${e(c.id)}: <span class="${c.singleSource ? "single" : "corroborated"}">${e(c.corroboration)}</span></h3>`,
      `<blockquote>${e(c.text)}</blockquote>`, "<table><thead><tr><th>outlet</th><th>how</th><th>sentence</th></tr></thead><tbody>");
    for (const k of c.carriers) out.push(`<tr><td>${e(k.outlet)}</td><td>${e(carriageText(k, article))}</td><td>${e(k.sentence)}</td></tr>`);
    out.push("</tbody></table>");
    for (const x of c.contradictions) out.push(`<p class="disagree">Disagree on ${e(contradictionText(x))}</p>`);
    out.push("</section>");
  }
  if (hidden > 0) out.push(`<p>… and ${e(plural(hidden, "more claim"))}.</p>`);

  out.push("<h2>Timeline</h2>", "<table><thead><tr><th>date</th><th>outlets</th><th>sentence</th></tr></thead><tbody>");
  for (const t of d.timeline) {
    const outlets = [...new Set(t.articles.map((id) => article(id).outlet))].join(", ");
    out.push(`<tr><td>${e(t.date)}</td><td>${e(outlets)}</td><td>${e(t.entries[0]!.sentence)}</td></tr>`);
  }
  out.push("</tbody></table>");

  out.push("<h2>Entities</h2>", "<table><thead><tr><th>type</th><th>entity</th><th>mentions</th><th>outlets</th><th>variants</th></tr></thead><tbody>");
  for (const x of d.entities.slice(0, entityLimit(options))) {
    out.push(`<tr><td>${e(x.type)}</td><td>${e(x.canonical)}</td><td>${x.mentions}</td><td>${x.outlets.length}</td>` +
      `<td>${e(x.variants.map((v) => `${v.text} (${v.count})`).join(", "))}</td></tr>`);
  }
  out.push("</tbody></table>", "</article>");
  return out.join("\n");
}

/**
 * The dossier as a complete HTML page: one file, styles inline, no JavaScript, every text escaped.
 *
 * @example writeFileSync("story.html", renderDossierHtml(dossier))
 */
export function renderDossierHtml(d: Dossier, options: RenderOptions = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`Dossier: ${d.story.headline ?? d.story.id}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${renderDossierHtmlBody(d, options)}
</body>
</html>
`;
}
