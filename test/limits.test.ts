import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { captureIo, tempDir } from "./helpers.js";

/** Run `wiretrace ingest` on files written into a fresh folder; returns the exit code and the JSON report. */
async function ingestFiles(files: Record<string, string | Buffer>, flags: string[] = []) {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const run = captureIo(dir);
  const code = await main(["ingest", ...Object.keys(files), "--db", join(dir, "w.db"), "--json", ...flags], run.io);
  const report = code === EXIT.usage ? null : (JSON.parse(run.out()) as { inserted: number; rejections: { file: string; line: number | null; field: string | null; reason: string }[] });
  return { code, report, err: run.err(), db: join(dir, "w.db") };
}

const line = (id: string, text: string) => JSON.stringify({ id, published: "2023-07-09", text });

describe("ingest limits", () => {
  it("rejects a JSON Lines line over --max-line-length with its line, keeps a prefix, and reads on", async () => {
    const { code, report, db } = await ingestFiles(
      { "in.jsonl": [line("a", "First."), line("b", "x".repeat(5000)), line("c", "Third.")].join("\n") },
      ["--max-line-length", "1K"],
    );
    expect(code).toBe(EXIT.rejected);
    expect(report!.inserted).toBe(2);
    expect(report!.rejections).toEqual([{
      file: "in.jsonl", line: 2, field: null,
      reason: expect.stringMatching(/^line of 50\d\d characters is over the 1024-character limit \(--max-line-length\)/),
    }]);
    const store = openSqliteStore(db);
    const [kept] = await store.listQuarantine();
    expect(kept!.raw.byteLength).toBeLessThanOrEqual(64 * 1024);
    await store.close();
  });

  it("rejects an article over --max-article-bytes naming the text field, in every format", async () => {
    const big = "Words of the story. ".repeat(200); // 4,000 bytes
    const { code, report } = await ingestFiles({
      "a.jsonl": [line("small", "A short story."), line("big", big)].join("\n"),
      "b.csv": `published,text\n2023-07-09,${big}\n2023-07-09,Short.\n`,
      "c.txt": ` date 2023-07-09 ${big}`,
    }, ["--max-article-bytes", "2k"]);
    expect(code).toBe(EXIT.rejected);
    expect(report!.inserted).toBe(2);
    expect(report!.rejections.map((r) => [r.file, r.line, r.field])).toEqual([["a.jsonl", 2, "text"], ["b.csv", 2, "text"], ["c.txt", 1, "text"]]);
    expect(report!.rejections[0]!.reason).toBe("article text of 3999 bytes is over the 2048-byte limit (--max-article-bytes); the start of the record kept");
  });

  it("rejects a single document over --max-document-bytes without reading it whole", async () => {
    const { report } = await ingestFiles({ "page.html": `<html><body>${"<p>text</p>".repeat(500)}</body></html>` }, ["--max-document-bytes", "1K"]);
    expect(report!.rejections).toEqual([{ file: "page.html", line: null, field: null, reason: "larger than the 1024-byte limit for a single document" }]);
  });

  it("stops at a CSV record over the limit (an unclosed quote), saying where and that the rest is unread", async () => {
    const { report } = await ingestFiles({ "in.csv": `published,text\n2023-07-09,Fine.\n2023-07-10,"${"never closed ".repeat(200)}\n2023-07-11,Lost.\n` }, ["--max-line-length", "1K"]);
    expect(report!.inserted).toBe(1);
    expect(report!.rejections).toEqual([{
      file: "in.csv", line: 3, field: null,
      reason: "CSV record over the 1024-character limit (--max-line-length); the rest of the file is not read",
    }]);
  });

  it("refuses feeds that declare XML entities (billion laughs, external entities) and never expands them", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">` +
      `<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>` +
      `<rss><channel><title>T</title><item><pubDate>2023-07-09</pubDate><description>&d;&d;&d;</description></item></channel></rss>`;
    const external = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>` +
      `<rss><channel><item><pubDate>2023-07-09</pubDate><description>&x;</description></item></channel></rss>`;
    const { report } = await ingestFiles({ "laughs.xml": laughs, "external.rss": external });
    expect(report!.inserted).toBe(0);
    expect(report!.rejections.map((r) => [r.file, r.reason])).toEqual([
      ["laughs.xml", expect.stringContaining("declares XML entities (<!ENTITY>), which are refused")],
      ["external.rss", expect.stringContaining("declares XML entities (<!ENTITY>), which are refused")],
    ]);
    expect(report!.rejections.every((r) => r.line !== null)).toBe(true);
  });

  it("never decompresses: a gzip bomb is refused as binary from its first bytes", async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024)); // 50 MiB of zeros in about 50 KB
    expect(bomb.byteLength).toBeLessThan(100_000);
    const { report } = await ingestFiles({ "wire.jsonl": bomb, "wire.jsonl.gz": bomb });
    expect(report!.rejections.map((r) => [r.file, r.reason])).toEqual([
      ["wire.jsonl", "binary file: not text in a supported encoding"],
      ["wire.jsonl.gz", "binary file: not text in a supported encoding"],
    ]);
  });

  it("rejects nested values where text belongs, and JSON nested too deep for the stack, record by record", async () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const { report } = await ingestFiles({
      "a.jsonl": [
        JSON.stringify({ published: "2023-07-09", text: { html: "<p>x</p>" } }),
        `{"published":"2023-07-09","text":${deep}}`,
        line("ok", "Still read."),
      ].join("\n"),
      "b.json": `[${deep}, ${line("fine", "Also read.")}]`,
    });
    expect(report!.inserted).toBe(2);
    expect(report!.rejections.map((r) => [r.file, r.line, r.field])).toEqual([["a.jsonl", 1, "text"], ["a.jsonl", 2, "text"], ["b.json", null, null]]);
    expect(report!.rejections[0]!.reason).toBe("expected a string, got an object");
    expect(report!.rejections[1]!.reason).toBe("expected a string, got a nested list");
  });

  it("refuses a size option that is not a size", async () => {
    const { code, err } = await ingestFiles({ "a.jsonl": line("a", "A.") }, ["--max-article-bytes", "lots"]);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/expected a size such as 65536, 64K or 8M, got "lots"/);
  });

  it("reads a 10 MB line whole within the limits, and the line after it", async () => {
    const text = "It happened. ".repeat(800_000); // 10.4 MB
    const items = [];
    const stdin = (async function* () {
      const bytes = Buffer.from(`${line("big", text)}\n${line("next", "Next.")}\n`);
      for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
    })();
    for await (const item of readInputs(["-"], { format: "jsonl", stdin, limits: { maxArticleBytes: 16 * 1024 * 1024 } })) items.push(item);
    expect(items.map((i) => (i.kind === "article" ? i.article.id : i.rejection.reason))).toEqual(["big", "next"]);
  });
});
