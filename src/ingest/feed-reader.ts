import sax from "sax";
import type { ReadItem } from "../core/types.js";
import { htmlToText } from "./html-text.js";
import { decodeChunks } from "./lines.js";
import { rejectInput, type Reader } from "./reader.js";
import { toReadItem } from "./record.js";

/** The fields collected from one `<item>` or `<entry>`, by lower-cased local tag name. */
interface Entry {
  line: number;
  start: number;
  fields: Map<string, string>;
  link: string | null;
}

const ITEM_TAGS = new Set(["item", "entry"]);
const first = (fields: Map<string, string>, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = fields.get(name);
    if (value !== undefined && value.trim() !== "") return value;
  }
  return undefined;
};

/**
 * RSS 2.0 and Atom feeds, one article per `<item>` or `<entry>`, parsed as a stream (sax): the feed is never held
 * whole, only the item being read. The channel or feed title is the outlet; the item's raw XML is kept.
 */
export const feedReader: Reader = {
  format: "feed",
  async *read(input, context): AsyncGenerator<ReadItem> {
    const parser = sax.parser(true, { trim: false, normalize: false, position: true });
    const out: ReadItem[] = [];
    const path: string[] = [];
    let feedTitle: string | null = null;
    let entry: Entry | null = null;
    let text = "";
    let buffer = "";
    let bufferStart = 0;
    let fatal: string | null = null;
    let items = 0;
    const local = (name: string) => name.toLowerCase().replace(/^atom:/, "");

    parser.onopentag = (tag) => {
      if (fatal !== null) return;
      const name = local(tag.name);
      path.push(name);
      text = "";
      if (ITEM_TAGS.has(name) && entry === null) {
        entry = { line: parser.line + 1, start: parser.startTagPosition - 1, fields: new Map(), link: null };
      } else if (entry !== null && name === "link") {
        const rel = String(tag.attributes["rel"] ?? "alternate");
        const href = tag.attributes["href"];
        if (href !== undefined && rel === "alternate" && entry.link === null) entry.link = String(href);
      }
    };
    const onText = (t: string) => {
      text += t;
    };
    parser.ontext = onText;
    parser.oncdata = onText;
    parser.onclosetag = (tagName) => {
      if (fatal !== null) return;
      const name = local(tagName);
      path.pop();
      if (entry !== null) {
        if (ITEM_TAGS.has(name) && !path.some((p) => ITEM_TAGS.has(p))) {
          finishEntry(entry, parser.position);
          entry = null;
        } else if (path.length > 0 && ITEM_TAGS.has(path[path.length - 1]!)) {
          if (!entry.fields.has(name)) entry.fields.set(name, text);
        } else if (name === "name" && path[path.length - 1] === "author" && !entry.fields.has("author")) {
          entry.fields.set("author", text);
        }
      } else if (name === "title" && feedTitle === null && (path[path.length - 1] === "channel" || path[path.length - 1] === "feed")) {
        feedTitle = text.trim() || null;
      }
      text = "";
    };
    // sax never expands entities a DTD declares, but a feed that declares any is refused outright: entity
    // declarations are the stuff of expansion bombs ("billion laughs") and external-entity reads, never of news.
    parser.ondoctype = (doctype) => {
      if (/<!ENTITY/i.test(doctype)) fatal ??= "the feed declares XML entities (<!ENTITY>), which are refused";
    };
    parser.onerror = (error) => {
      fatal ??= error.message.split("\n")[0] ?? "malformed XML";
    };
    const finishEntry = (e: Entry, end: number) => {
      items++;
      const raw = buffer.slice(e.start - bufferStart, end - bufferStart);
      const f = e.fields;
      const body = first(f, "content:encoded", "content", "description", "summary") ?? "";
      out.push(
        toReadItem(
          {
            id: first(f, "guid", "id"),
            source: feedTitle ?? undefined,
            url: e.link ?? first(f, "link"),
            title: first(f, "title"),
            byline: first(f, "dc:creator", "author"),
            published: first(f, "pubdate", "published", "dc:date", "updated"),
            text: htmlToText(body),
          },
          raw,
          { file: input.name, line: e.line, format: "feed" },
          context.record,
        ),
      );
    };

    for await (const chunk of decodeChunks(input.chunks, context.encoding)) {
      buffer += chunk;
      parser.write(chunk);
      yield* out.splice(0);
      if (fatal === null && (buffer.length > context.limits.maxLineLength || text.length > context.limits.maxLineLength)) {
        fatal = `a feed item or element is over the ${context.limits.maxLineLength}-character limit (--max-line-length)`;
      }
      if (fatal !== null) break;
      const current = entry as Entry | null;
      const keepFrom = current === null ? parser.position : current.start;
      buffer = buffer.slice(keepFrom - bufferStart);
      bufferStart = keepFrom;
    }
    if (fatal === null) {
      try {
        parser.close();
      } catch (error) {
        fatal = (error as Error).message.split("\n")[0] ?? "malformed XML";
      }
    }
    yield* out.splice(0);
    if (fatal !== null) yield rejectInput(input, `malformed feed XML: ${fatal}`, null, parser.line + 1);
    else if (items === 0) yield rejectInput(input, "not an RSS or Atom feed: no <item> or <entry> found");
  },
};
