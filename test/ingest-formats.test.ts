import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { articleId } from "../src/core/types.js";
import { ingest } from "../src/engine/ingest.js";
import { toReadItem } from "../src/ingest/record.js";
import type { Store } from "../src/engine/store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { tempDir } from "./helpers.js";

const BODY = "The coalition said on Friday that the strike killed a commander.\n\nResidents said the town was quiet.";

async function run(paths: string[], options: Parameters<typeof ingest>[2] = {}) {
  const store: Store = openSqliteStore(":memory:");
  const report = await ingest(store, paths, options);
  return { store, report, articles: await store.listArticles({ limit: 1000 }) };
}

function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe("plain text articles", () => {
  it("reads ' date YYYY-MM-DD body' with or without the leading space, over many lines", async () => {
    const dir = tempDir();
    write(dir, "000_819f86fb143c0c25.txt", ` date 2023-07-09 ${BODY}\n`);
    write(dir, "second.txt", `date 2023-07-10\nFirst line.\nSecond line.`);
    const { store, report, articles } = await run([dir]);
    expect(report).toMatchObject({ read: 2, inserted: 2, rejected: 0 });
    const first = await store.getArticle(articleId("000_819f86fb143c0c25"));
    expect(first?.text).toBe(BODY);
    expect(first?.published).toEqual({ kind: "date", date: "2023-07-09" });
    expect(first?.origin).toEqual({ file: join(dir, "000_819f86fb143c0c25.txt"), line: 1, format: "text" });
    const second = articles.find((a) => a.id !== "000_819f86fb143c0c25")!;
    expect(second.id).toMatch(/^[0-9a-f]{16}$/);
    expect((await store.getArticle(second.id))?.text).toBe("First line.\nSecond line.");
  });

  it("rejects a text file without the date line, naming the file and line", async () => {
    const dir = tempDir();
    write(dir, "a.txt", "No date here.\n");
    write(dir, "b.txt", " date 2023-13-45 Body.");
    write(dir, "c.txt", " date 2023-07-09   \n\n ");
    const { report, store } = await run([dir]);
    expect(report.rejections).toEqual([
      { file: join(dir, "a.txt"), line: 1, field: "date", reason: "expected the file to start with ' date YYYY-MM-DD'" },
      { file: join(dir, "b.txt"), line: 1, field: "published", reason: 'unparseable date "2023-13-45"' },
      { file: join(dir, "c.txt"), line: 1, field: "text", reason: "empty text" },
    ]);
    const q = await store.listQuarantine();
    expect(Buffer.from(q[0]!.raw).toString()).toBe("No date here.\n");
  });
});

describe("JSON Lines, JSON and CSV", () => {
  it("reads every JSONL field and keeps the story label and the raw line", async () => {
    const dir = tempDir();
    const line = {
      id: "x1", source: "Levant Courier", url: "https://levant.test/x1", title: "Strike", published: "2023-07-09T14:30:00+03:00",
      text: BODY, story: "A",
    };
    const file = write(dir, "in.jsonl", `${JSON.stringify(line)}\n\n${JSON.stringify({ ...line, id: "x2", text: "Other." })}\n`);
    const { store, report } = await run([file]);
    expect(report).toMatchObject({ inserted: 2, rejected: 0 });
    const a = await store.getArticle(articleId("x1"));
    expect(a).toMatchObject({
      source: "Levant Courier", url: "https://levant.test/x1", title: "Strike", storyLabel: "A", language: "en",
      published: { kind: "datetime", date: "2023-07-09", instant: "2023-07-09T11:30:00.000Z", offset: "+03:00" },
      raw: JSON.stringify(line), origin: { file, line: 1, format: "jsonl" },
    });
    expect((await store.getArticle(articleId("x2")))?.origin.line).toBe(3);
  });

  it("rejects bad JSONL lines with their line numbers and stores every good one", async () => {
    const dir = tempDir();
    const good = (id: string) => JSON.stringify({ id, published: "2023-07-09", text: `Text ${id}.` });
    const file = write(
      dir, "in.jsonl",
      [good("g1"), "{not json", good("g2"), JSON.stringify({ id: "b1", text: "No date." }),
        JSON.stringify({ id: "b2", published: "yesterday", text: "Bad date." }), JSON.stringify({ id: "b3", published: "2023-07-09", text: "  " }),
        "[1,2]", good("g3")].join("\n"),
    );
    const { report, articles } = await run([file]);
    expect(articles.map((a) => a.id).sort()).toEqual(["g1", "g2", "g3"]);
    expect(report.rejections.map((r) => [r.line, r.field, r.reason.replace(/:.*/, "")])).toEqual([
      [2, null, "invalid JSON"],
      [4, "published", "no publication date"],
      [5, "published", 'unparseable date "yesterday"'],
      [6, "text", "empty text"],
      [7, null, "expected a JSON object"],
    ]);
    expect(report.rejected).toBe(5);
  });

  it("reads a .json document holding an array, with crawler field names", async () => {
    const dir = tempDir();
    const file = write(dir, "a.json", JSON.stringify([
      { title: "T", date_publish: "2016-09-19 10:00:00", source_domain: "example.test", text: "A crawled article." },
    ]));
    const { articles } = await run([file]);
    expect(articles).toMatchObject([{ source: "example.test", title: "T", published: "2016-09-19T10:00:00.000Z" }]);
  });

  it("reads CSV with quoted multi-line fields and CRLF, and TSV", async () => {
    const dir = tempDir();
    write(dir, "a.csv", 'id,published,source,text\r\nc1,2023-07-09,Outlet,"Line one,\r\nline two"\r\nc2,2023-07-10,Outlet,Plain\r\n');
    write(dir, "b.tsv", "id\tpublished\ttext\nt1\t2023-07-11\tTabbed text\n");
    const { store, report } = await run([dir]);
    expect(report).toMatchObject({ inserted: 3, rejected: 0 });
    expect((await store.getArticle(articleId("c1")))?.text).toBe("Line one,\nline two");
    expect((await store.getArticle(articleId("c2")))?.origin.line).toBe(4);
    expect((await store.getArticle(articleId("t1")))?.text).toBe("Tabbed text");
  });

  it("rejects a CSV with the wrong header, and a broken row without losing the others", async () => {
    const dir = tempDir();
    const wrong = write(dir, "wrong.csv", "title,body\nx,y\n");
    const broken = write(dir, "broken.csv", 'id,published,text\nr1,2023-07-09,ok\nr2,2023-07-09\nr3,2023-07-09,"also ok"\n');
    const { report, articles } = await run([wrong, broken]);
    expect(articles.map((a) => a.id).sort()).toEqual(["r1", "r3"]);
    expect(report.rejections).toMatchObject([
      { file: wrong, line: 1, field: "header", reason: "wrong CSV header: missing column published (got title, body)" },
      { file: broken, line: 3, reason: expect.stringMatching(/^unparseable CSV row/) },
    ]);
  });
});

describe("feeds and pages", () => {
  it("reads RSS 2.0 items with the channel as outlet", async () => {
    const dir = tempDir();
    const file = write(dir, "feed.rss", `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour Daily Star</title>
<item><title>Rates held</title><link>https://hds.test/1</link><guid>hds-1</guid>
<pubDate>Thu, 06 Jul 2023 14:20:00 +0000</pubDate><dc:creator>A. Writer</dc:creator>
<description>&lt;p&gt;The bank held rates &amp;amp; said so.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
<item><title>Port strike</title><link>https://hds.test/2</link><guid>hds-2</guid><pubDate>Fri, 07 Jul 2023 09:00:00 GMT</pubDate>
<description><![CDATA[<p>Dockers walked out <b>again</b>.</p><script>alert(1)</script>]]></description></item>
</channel></rss>`);
    const { store, report } = await run([file]);
    expect(report).toMatchObject({ inserted: 2, rejected: 0 });
    const a = await store.getArticle(articleId("hds-1"));
    expect(a).toMatchObject({
      source: "Harbour Daily Star", title: "Rates held", url: "https://hds.test/1", byline: "A. Writer",
      text: "The bank held rates & said so.\n\nSecond paragraph.", origin: { line: 3, format: "feed" },
    });
    expect(a?.raw.startsWith("<item><title>Rates held")).toBe(true);
    expect(a?.raw.endsWith("</item>")).toBe(true);
    expect((await store.getArticle(articleId("hds-2")))?.text).toBe("Dockers walked out again.");
  });

  it("reads Atom entries", async () => {
    const dir = tempDir();
    const file = write(dir, "f.atom", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Frontline Monitor</title>
<entry><id>urn:fm:1</id><title>Strike</title><link rel="alternate" href="https://fm.test/1"/>
<published>2023-07-10T08:15:00Z</published><author><name>R. Reporter</name></author>
<content type="html">&lt;p&gt;Residents heard jets.&lt;/p&gt;</content></entry></feed>`);
    const { store } = await run([file]);
    expect(await store.getArticle(articleId("urn:fm:1"))).toMatchObject({
      source: "Frontline Monitor", url: "https://fm.test/1", byline: "R. Reporter", text: "Residents heard jets.",
      published: { kind: "datetime", instant: "2023-07-10T08:15:00.000Z" },
    });
  });

  it("rejects malformed feed XML but keeps the items read before the fault", async () => {
    const dir = tempDir();
    const file = write(dir, "bad.xml", `<rss><channel><title>X</title>
<item><guid>ok</guid><pubDate>Fri, 07 Jul 2023 09:00:00 GMT</pubDate><description>Fine.</description></item>
<item><guid>broken</guid><description>Unclosed <b></description></item></channel></rss>`);
    const { report, articles } = await run([file]);
    expect(articles.map((a) => a.id)).toEqual(["ok"]);
    expect(report.rejections).toMatchObject([{ file, reason: expect.stringMatching(/^malformed feed XML/) }]);
  });

  it("extracts an HTML page's article, title, byline, outlet and date, without the page chrome", async () => {
    const dir = tempDir();
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the flood report, with enough words to look like an article body to the extractor.</p>`).join("");
    const file = write(dir, "page.html", `<!doctype html><html lang="en"><head><title>Floods rise | Valley Herald</title>
<meta property="og:site_name" content="Valley Herald"><meta property="article:published_time" content="2023-07-10T06:30:00+02:00">
<link rel="canonical" href="https://valley-herald.test/floods"></head><body>
<nav><a href="/">Home</a><a href="/news">News</a></nav><div class="cookie-banner">We use cookies to improve the site.</div>
<article><h1>Floods rise</h1><p class="byline">By Mira Holt</p>${paragraphs}</article>
<footer>Copyright Valley Herald</footer><script>document.title = "pwned"</script></body></html>`);
    const { store, articles } = await run([file]);
    expect(articles).toHaveLength(1);
    const a = await store.getArticle(articles[0]!.id);
    expect(a).toMatchObject({ source: "Valley Herald", url: "https://valley-herald.test/floods", language: "en" });
    expect(a?.published).toEqual({ kind: "datetime", date: "2023-07-10", instant: "2023-07-10T04:30:00.000Z", offset: "+02:00" });
    expect(a?.title).toMatch(/Floods rise/);
    expect(a?.text).toContain("Paragraph 1 of the flood report");
    expect(a?.text).toContain("Paragraph 6 of the flood report");
    expect(a?.text).not.toMatch(/cookies|Copyright|pwned/);
  });

  it("rejects an HTML page with no publication date", async () => {
    const dir = tempDir();
    const file = write(dir, "nodate.html", "<html><head><title>x</title></head><body><p>Text.</p></body></html>");
    const { report } = await run([file]);
    expect(report.rejections).toMatchObject([{ file, field: "published", reason: expect.stringMatching(/no publication date/) }]);
  });
});

describe("encodings", () => {
  const text = "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve r\u00e9sum\u00e9";
  const cases: [string, Uint8Array][] = [
    ["utf-8", Buffer.from(` date 2023-07-09 ${text}`, "utf8")],
    ["utf-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(` date 2023-07-09 ${text}`)])],
    ["utf-16le with BOM", iconv.encode(` date 2023-07-09 ${text}`, "utf-16le", { addBOM: true })],
    ["utf-16be with BOM", iconv.encode(` date 2023-07-09 ${text}`, "utf-16be", { addBOM: true })],
    ["utf-16le without BOM", iconv.encode(` date 2023-07-09 ${text}`, "utf-16le")],
    ["windows-1252", iconv.encode(` date 2023-07-09 ${text}`, "windows-1252")],
    ["CRLF", Buffer.from(` date 2023-07-09\r\n${text}\r\n`)],
  ];
  it.each(cases)("detects %s", async (_name, bytes) => {
    const dir = tempDir();
    const { store, articles, report } = await run([write(dir, "a.txt", bytes)]);
    expect(report.rejected).toBe(0);
    expect((await store.getArticle(articles[0]!.id))?.text).toBe(text);
  });

  it("decodes with --encoding when given, and streams JSONL in UTF-16", async () => {
    const dir = tempDir();
    const latin = write(dir, "a.txt", iconv.encode(" date 2023-07-09 M\u00fcnchen", "windows-1252"));
    const utf16 = write(dir, "b.jsonl", iconv.encode(`${JSON.stringify({ id: "u", published: "2023-07-09", text: "\u00c7a va" })}\r\n`, "utf-16le", { addBOM: true }));
    const { store } = await run([latin, utf16], { encoding: undefined });
    expect((await store.getArticle(articleId("u")))?.text).toBe("\u00c7a va");
    const forced = await run([latin], { encoding: "cp1252" });
    expect(forced.articles).toHaveLength(1);
  });

  it("rejects a binary file", async () => {
    const dir = tempDir();
    const file = write(dir, "blob.txt", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 0, 9, 9]));
    const { report, store } = await run([file]);
    expect(report.rejections).toEqual([{ file, line: null, field: null, reason: "binary file: not text in a supported encoding" }]);
    expect((await store.listQuarantine())[0]!.raw.byteLength).toBe(14);
  });
});

describe("folders, stdin and re-ingest", () => {
  it("walks folders recursively by extension, skips other files, and reports unreadable ones", async () => {
    const dir = tempDir();
    write(dir, "a/one.txt", " date 2023-07-09 One.");
    write(dir, "a/b/two.jsonl", JSON.stringify({ published: "2023-07-09", text: "Two." }));
    write(dir, "a/notes.md", "# ignored");
    write(dir, ".hidden/three.txt", " date 2023-07-09 Hidden.");
    symlinkSync(join(dir, "nowhere.txt"), join(dir, "a", "dangling.txt"));
    const { report, articles } = await run([dir, join(dir, "missing.jsonl")]);
    expect(articles).toHaveLength(2);
    expect(report.rejections).toEqual([
      { file: join(dir, "a", "dangling.txt"), line: null, field: null, reason: "unreadable: no such file or folder" },
      { file: join(dir, "missing.jsonl"), line: null, field: null, reason: "unreadable: no such file or folder" },
    ]);
  });

  it("reads stdin, detecting the format from its content", async () => {
    const stdin = new PassThrough();
    stdin.end(`${JSON.stringify({ id: "s1", published: "2023-07-09", text: "From stdin." })}\n`);
    const { articles } = await run(["-"], { stdin });
    expect(articles.map((a) => [a.id, a.published])).toEqual([["s1", "2023-07-09"]]);
  });

  it("adds nothing when the same input is ingested again, and records same-text ids as duplicates", async () => {
    const dir = tempDir();
    write(dir, "a.jsonl", [
      JSON.stringify({ id: "p1", published: "2023-07-09", text: "Agency copy." }),
      JSON.stringify({ id: "p2", published: "2023-07-09", text: "Agency  copy." }),
      "{broken",
    ].join("\n"));
    const store = openSqliteStore(":memory:");
    const first = await ingest(store, [dir]);
    const second = await ingest(store, [dir]);
    expect(first).toMatchObject({ inserted: 2, duplicates: 1, rejected: 1 });
    expect(second).toMatchObject({ inserted: 0, unchanged: 2, rejected: 1 });
    expect(await store.stats()).toMatchObject({ articles: 2, exactDuplicates: 1, quarantined: 1 });
  });
});

describe("ids of articles that come without one", () => {
  const lines = [
    JSON.stringify({ source: "Meridian Press", title: "Strike kills commander", published: "2023-07-09", text: BODY }),
    JSON.stringify({ source: "Levant Courier", title: "Commander killed", published: "2023-07-09", text: BODY }),
  ].join("\n");

  it("keeps the same text from two outlets as two articles, and adds nothing when read again", async () => {
    const file = write(tempDir(), "wire.jsonl", lines);
    const store = openSqliteStore(":memory:");
    expect(await ingest(store, [file])).toMatchObject({ inserted: 2, duplicates: 1 });
    expect(await ingest(store, [file])).toMatchObject({ inserted: 0, unchanged: 2 });
    const sources = (await store.listArticles({ limit: 10 })).map((a) => a.source).sort();
    expect(sources).toEqual(["Levant Courier", "Meridian Press"]);
    expect(await store.getSetting("article-ids")).toBe("text-and-place");
  });

  it("names them by their text alone in a store that already held articles before the fuller ids", async () => {
    const file = write(tempDir(), "wire.jsonl", lines);
    const store = openSqliteStore(":memory:");
    // A store from before: articles, and no record of how it names them.
    const older = toReadItem({ id: "x1", published: "2023-07-01", text: "An older article." }, "{}", { file: "older.jsonl", line: 1, format: "jsonl" });
    if (older.kind !== "article") throw new Error("expected an article");
    await store.writeBatch([older.article], []);
    expect(await ingest(store, [file])).toMatchObject({ inserted: 1, unchanged: 1 });
    expect(await store.getSetting("article-ids")).toBe("text");
    expect(await ingest(store, [file])).toMatchObject({ inserted: 0, unchanged: 2 });
  });
});
