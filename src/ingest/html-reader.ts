import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ReadItem } from "../core/types.js";
import { decodeAll } from "./decode.js";
import { nodeText, type TextNode } from "./html-text.js";
import { readAllBytes } from "./input.js";
import { rejectInput, type Reader } from "./reader.js";
import { toReadItem } from "./record.js";

/** The slice of a DOM document that page metadata lookups use. */
interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

const meta = (doc: MetaDocument, selectors: readonly string[]): string | undefined => {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href");
    if (value && value.trim()) return value.trim();
  }
  return undefined;
};

/** `datePublished` from JSON-LD blocks, if any parse and carry one. */
function jsonLdDate(doc: MetaDocument): string | undefined {
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length; i++) {
    try {
      const data: unknown = JSON.parse(blocks[i]!.textContent ?? "");
      const nodes = Array.isArray(data) ? data : [data, ...(((data as { "@graph"?: unknown[] })["@graph"]) ?? [])];
      for (const node of nodes) {
        const value = (node as { datePublished?: unknown } | null)?.datePublished;
        if (typeof value === "string") return value;
      }
    } catch {
      // A broken JSON-LD block is common on the web and not the article's fault: look elsewhere.
    }
  }
  return undefined;
}

const PUBLISHED = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]', "time[datetime]",
];

const hostOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") : undefined;
  } catch {
    return undefined;
  }
};

/**
 * An HTML article page: main text, title and byline by Mozilla Readability on a light DOM (linkedom); the
 * publication time from meta tags, `<time datetime>` or JSON-LD; the outlet from `og:site_name` or the URL's host.
 * Scripts are never run: the DOM is only read.
 */
export const htmlReader: Reader = {
  format: "html",
  async *read(input, context): AsyncGenerator<ReadItem> {
    let html: string;
    try {
      html = decodeAll(await readAllBytes(input, context.limits.maxDocumentBytes), context.encoding);
    } catch (error) {
      yield rejectInput(input, (error as Error).message);
      return;
    }
    const { document } = parseHTML(html);
    const doc = document as unknown as MetaDocument;
    const url = meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
    const published = meta(doc, PUBLISHED) ?? jsonLdDate(doc);
    const source = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? hostOf(url);
    const authorMeta = meta(doc, ['meta[name="author"]', 'meta[property="article:author"]']);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    let text = "";
    if (article?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      text = nodeText(content.body as unknown as TextNode);
    }
    const origin = { file: input.name, line: null, format: "html" as const };
    if (published === undefined) {
      yield {
        kind: "rejected",
        rejection: {
          file: input.name, line: null, field: "published",
          reason: "no publication date in the page (meta article:published_time, <time datetime> or JSON-LD)",
          raw: Buffer.from(html, "utf8"),
        },
      };
      return;
    }
    yield toReadItem(
      {
        url, source, published, text,
        title: article?.title ?? meta(doc, ['meta[property="og:title"]']),
        byline: article?.byline ?? authorMeta,
        language: article?.lang ?? undefined,
      },
      html,
      origin,
      context.record,
    );
  },
};
