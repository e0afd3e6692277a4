import { html } from "../html.js";
import { layout } from "./layout.js";

/**
 * The upload form. The file goes to `POST /api/articles` with the token in an Authorization header, sent by the
 * page's script (`/static/app.js`); the report it shows is built with text nodes, never markup.
 */
export function uploadPage(writesEnabled: boolean, maxBodyBytes: number): string {
  const body = html`<h1>Upload articles</h1>
${writesEnabled ? null : html`<p class="warning">This server has no write token (WIRETRACE_TOKEN), so uploads will be refused.</p>`}
<form id="upload-form" class="upload" action="/api/articles" method="post">
  <label>File <input type="file" name="file" id="upload-file" required></label>
  <label>Format
    <select name="format" id="upload-format">
      <option value="">detect</option>
      <option value="jsonl">JSON Lines</option><option value="json">JSON</option><option value="csv">CSV</option>
      <option value="tsv">TSV</option><option value="feed">RSS or Atom</option><option value="html">HTML page</option>
      <option value="text">plain text</option>
    </select>
  </label>
  <label>Outlet for records that name none <input type="text" name="source" id="upload-source"></label>
  <label>Write token <input type="password" name="token" id="upload-token" autocomplete="off" required></label>
  <button type="submit">Upload</button>
</form>
<p class="note">JSON Lines, JSON, CSV, TSV, RSS, Atom, HTML pages and plain text; at most ${Math.floor(maxBodyBytes / 1024 / 1024)} MiB per file. Bad records are quarantined and listed.</p>
<pre id="upload-result" class="upload-result" aria-live="polite"></pre>`;
  return layout("Upload", body, "upload");
}
