// A self-contained HTML page of a comparison: findings, the substitution lexicon, and the two texts side by side
// with word-level highlights. All text is escaped; the page has no scripts and no external resources.

import { FINDING_GROUPS, refs } from "./labels.js";
import type { AlignmentRow, CompareReport, DiffOp, ReportSide } from "./types.js";

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The page's style sheet, inlined into the page. */
export const COMPARE_CSS = `
.wt-compare{font:15px/1.45 system-ui,sans-serif;color:#1d1d1f;max-width:1200px;margin:1em auto;padding:0 1em}
.wt-compare h1{font-size:1.3em}.wt-compare h2{font-size:1.1em;margin-top:1.4em}
.wt-compare table{border-collapse:collapse;width:100%}
.wt-compare td,.wt-compare th{vertical-align:top;padding:.35em .5em;border-bottom:1px solid #e3e3e6;text-align:left}
.wt-compare .side{width:46%}.wt-compare .tag{width:8%;font-size:.8em;color:#555;white-space:nowrap}
.wt-compare del{background:#fde2e1;color:#8a1c12;text-decoration:line-through}
.wt-compare ins{background:#dcf5de;color:#0f5a1c;text-decoration:none}
.wt-compare tr.only-in-a td.a{background:#fff1f0}.wt-compare tr.only-in-b td.b{background:#effaf0}
.wt-compare tr.moved td.tag{color:#7a4d00}.wt-compare .same{color:#666}
.wt-compare .fact{color:#8a4b00;font-weight:600}.wt-compare .ref{color:#777;font-size:.85em}
.wt-compare ul{padding-left:1.2em}
`;

function sideHead(name: string, s: ReportSide): string {
  const bits = [s.source, s.published, s.id].filter((x): x is string => x !== null && x !== "").map(escapeHtml).join(", ");
  return `<th class="side">${name}: ${bits || "(no metadata)"}${s.title ? `<br><em>${escapeHtml(s.title)}</em>` : ""}</th>`;
}

function diffSide(diff: readonly DiffOp[], side: "a" | "b"): string {
  return diff.map((d) => {
    const text = side === "a" ? d.a : d.b;
    if (!text) return "";
    if (d.op === "equal") return escapeHtml(text);
    return side === "a" ? `<del>${escapeHtml(text)}</del>` : `<ins>${escapeHtml(text)}</ins>`;
  }).filter((x) => x).join(" ");
}

function row(r: AlignmentRow, report: CompareReport): string {
  const textOf = (side: ReportSide, idx: readonly number[]) => escapeHtml(idx.map((k) => side.sentences[k]!.text).join(" "));
  if (r.kind === "only-in-a") {
    return `<tr class="only-in-a"><td class="a"><del>${textOf(report.a, r.a)}</del></td><td class="tag">${refs("A", r.a)}<br>only in A</td><td class="b"></td></tr>`;
  }
  if (r.kind === "only-in-b") {
    return `<tr class="only-in-b"><td class="a"></td><td class="tag">${refs("B", r.b)}<br>only in B</td><td class="b"><ins>${textOf(report.b, r.b)}</ins></td></tr>`;
  }
  const tag = `${refs("A", r.a)} ↔ ${refs("B", r.b)}<br>${r.label}${r.moved ? ", moved" : ""}<br>${r.score.toFixed(2)}`;
  const cls = [r.label, r.moved ? "moved" : ""].filter((x) => x).join(" ");
  if (r.label === "same") {
    return `<tr class="${cls}"><td class="a same">${textOf(report.a, r.a)}</td><td class="tag">${tag}</td><td class="b same">${textOf(report.b, r.b)}</td></tr>`;
  }
  return `<tr class="${cls}"><td class="a">${diffSide(r.diff, "a")}</td><td class="tag">${tag}</td><td class="b">${diffSide(r.diff, "b")}</td></tr>`;
}

/**
 * The body of the comparison page (a `<div class="wt-compare">`), for embedding in another page with
 * {@link COMPARE_CSS}.
 */
export function renderCompareHtmlBody(report: CompareReport): string {
  const s = report.summary;
  const parts: string[] = [
    `<div class="wt-compare">`,
    `<h1>Comparison</h1>`,
    `<p>${s.same + s.reworded} aligned (${s.same} same, ${s.reworded} reworded, ${s.moved} moved), ${s.onlyInA} only in A, ${s.onlyInB} only in B; ${Math.round(s.keptShare * 100)}% of A's sentences kept.</p>`,
  ];
  if (report.lexicon.length > 0) {
    parts.push(`<h2>Substitution lexicon</h2><table><tr><th>in A</th><th>in B</th><th>count</th><th>sentences</th></tr>`);
    for (const e of report.lexicon) {
      parts.push(`<tr><td>${escapeHtml(e.from)}</td><td>${escapeHtml(e.to)}</td><td>${e.count}</td><td class="ref">${refs("A", e.a)} ${refs("B", e.b)}</td></tr>`);
    }
    parts.push(`</table>`);
  }
  for (const group of FINDING_GROUPS) {
    const fs = report.findings.filter((f) => group.kinds.includes(f.kind));
    if (fs.length === 0) continue;
    const facts = group.kinds.includes("number");
    parts.push(`<h2>${escapeHtml(group.title)} (${fs.length})</h2><ul>`);
    for (const f of fs) {
      parts.push(`<li${facts ? ` class="fact"` : ""}>${escapeHtml(f.detail)} <span class="ref">${[refs("A", f.a), refs("B", f.b)].filter((x) => x).join(" ")}</span></li>`);
    }
    parts.push(`</ul>`);
  }
  parts.push(`<h2>Side by side</h2><table><tr>${sideHead("A", report.a)}<th class="tag"></th>${sideHead("B", report.b)}</tr>`);
  for (const r of report.alignment) parts.push(row(r, report));
  parts.push(`</table></div>`);
  return parts.join("\n");
}

/**
 * A self-contained HTML page of a comparison: inline CSS, escaped text, no JavaScript.
 *
 * @example renderCompareHtml(compareArticles(a, b)).startsWith("<!doctype html>") // true
 */
export function renderCompareHtml(report: CompareReport): string {
  const title = `wiretrace compare: ${report.a.title ?? report.a.id ?? "A"} / ${report.b.title ?? report.b.id ?? "B"}`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>\n<style>${COMPARE_CSS}</style></head>\n<body>\n${renderCompareHtmlBody(report)}\n</body></html>\n`;
}
