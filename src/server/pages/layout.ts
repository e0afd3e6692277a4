import { html, raw, type HtmlValue, type SafeHtml } from "../html.js";

/** Which navigation entry a page belongs to. */
export type Section = "stories" | "search" | "upload" | "none";

/**
 * A whole page: the shared head (the stylesheet and the one script, both files of this server), the navigation and
 * the body. Nothing inline: the Content-Security-Policy forbids inline script and style.
 */
export function layout(title: string, body: HtmlValue, section: Section = "none", query = ""): string {
  const nav = (name: Section, path: string, label: string): SafeHtml =>
    html`<a href="${path}"${name === section ? raw(' aria-current="page"') : ""}>${label}</a>`;
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · wiretrace</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/">wiretrace</a>
  <nav>${nav("stories", "/", "Stories")}${nav("search", "/search", "Search")}${nav("upload", "/upload", "Upload")}</nav>
  <form class="quick-search" action="/search" method="get" role="search">
    <input type="search" name="q" value="${query}" placeholder="Search articles" aria-label="Search articles">
  </form>
</header>
<main>
${body}
</main>
<footer><a href="/openapi.json">API (OpenAPI)</a></footer>
</body>
</html>`}\n`;
}

/** The page for an error status. */
export function errorPage(status: number, message: string): string {
  return layout(`Error ${status}`, html`<h1>Error ${status}</h1><p class="error-message">${message}</p><p><a href="/">Back to the stories</a></p>`);
}

/** A date from UTC milliseconds, `YYYY-MM-DD`, or "undated". */
export const day = (ms: number | null): string => (ms === null ? "undated" : new Date(ms).toISOString().slice(0, 10));

