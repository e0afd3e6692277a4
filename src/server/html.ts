/** Markup that is safe to put in a page as is: only {@link html} and {@link raw} make one. */
export class SafeHtml {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  toString(): string {
    return this.#value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;",
};

/**
 * Escape text for an HTML text node or a quoted attribute value.
 *
 * @example escapeHtml('<script>alert("x")</script>') // "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);
}

/** A value a template may hold: text (escaped), safe markup (kept), lists of either (joined), or nothing. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/**
 * A template tag that escapes every interpolated value unless it is already {@link SafeHtml}. Article text, titles
 * and outlet names only ever reach a page through it.
 *
 * @example html`<p>${article.title}</p>` // the title escaped
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/** Markup made by trusted code (never from article data), to be kept as is. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

/**
 * A same-site link: `/path` with query parameters encoded. Article and story ids may hold any character, so they go
 * through here, never into a URL by concatenation.
 *
 * @example href("/compare", { a: "x&y", b: "z" }) // "/compare?a=x%26y&b=z"
 */
export function href(path: string, query: Readonly<Record<string, string | number | null | undefined>> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== "") params.set(k, String(v));
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

/** A path segment for an id: `/articles/${segment(id)}`. */
export const segment = (id: string): string => encodeURIComponent(id);
