import { parseHTML } from "linkedom";

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2",
  "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "IFRAME", "SVG", "TEMPLATE", "OBJECT", "EMBED", "CANVAS", "HEAD"]);

/** The minimal slice of a DOM node that text extraction walks. */
export interface TextNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<TextNode>;
}

/**
 * Text of a DOM subtree with paragraph breaks: block elements become blank-line-separated paragraphs, `<br>` a line
 * break; scripts, styles and embedded objects are dropped. Markup is never interpreted beyond that.
 */
export function nodeText(root: TextNode): string {
  const blocks: string[] = [];
  let current = "";
  const breakBlock = () => {
    const text = current.replace(/[ \t\f\v\u00A0]+/g, " ").replace(/ *\n */g, "\n").trim();
    if (text) blocks.push(text);
    current = "";
  };
  const walk = (node: TextNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      current += "\n";
      return;
    }
    const block = BLOCK.has(name);
    if (block) breakBlock();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) breakBlock();
  };
  walk(root);
  breakBlock();
  return blocks.join("\n\n");
}

/**
 * Plain text of an HTML fragment (a feed item's description or content).
 *
 * @example htmlToText("<p>One &amp; two</p><p>Three<br>four</p>") // "One & two\n\nThree\nfour"
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeText(document.body as unknown as TextNode);
}
