// wiretrace web UI: the only script the pages load (the Content-Security-Policy allows no other, and no inline
// script). It never inserts markup: results are shown with textContent.
"use strict";

function setupUpload() {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const out = document.getElementById("upload-result");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = document.getElementById("upload-file").files[0];
    if (!file) return;
    const params = new URLSearchParams({ name: file.name });
    const format = document.getElementById("upload-format").value;
    const source = document.getElementById("upload-source").value.trim();
    if (format) params.set("format", format);
    if (source) params.set("source", source);
    out.textContent = "Uploading…";
    try {
      const response = await fetch(`/api/articles?${params}`, {
        method: "POST",
        headers: { authorization: `Bearer ${document.getElementById("upload-token").value}`, "content-type": "application/octet-stream" },
        body: file,
      });
      const report = await response.json();
      if (!response.ok && !report.report) {
        out.textContent = `Refused (${report.status}): ${report.message}`;
        return;
      }
      const r = report.report ?? report;
      const lines = [
        `${r.inserted} article(s) stored, ${r.unchanged} already present, ${r.duplicates} exact duplicate(s), ${r.rejected} rejected; ${r.relations} reuse relation(s) found.`,
      ];
      for (const x of r.rejections) lines.push(`rejected ${x.file}${x.line ? `:${x.line}` : ""}${x.field ? ` [${x.field}]` : ""}: ${x.reason}`);
      out.textContent = lines.join("\n");
    } catch (error) {
      out.textContent = `Upload failed: ${error}`;
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setupUpload();
});
