/** At most this many terms of a user's query are searched; the rest are ignored. */
export const MAX_SEARCH_TERMS = 32;

/** Boolean operators written in capitals are read as what the user meant by them: "all of these words". */
const OPERATORS = new Set(["AND", "OR", "NOT", "NEAR"]);

/**
 * A user's search query as terms, whatever it holds: each whitespace-separated chunk becomes the runs of letters and
 * digits in it (`al-Assad's` → `["al", "assad", "s"]`, searched as a phrase). Quotes, brackets, `*` and other
 * punctuation are dropped, and so are `AND`, `OR`, `NOT` and `NEAR` in capitals, so no query can be a syntax error
 * in a store's own query language. Stores match every term.
 *
 * @example searchTerms('"Strike" AND (Gaza*)') // [["strike"], ["gaza"]]
 */
export function searchTerms(query: string): string[][] {
  const terms: string[][] = [];
  for (const chunk of query.normalize("NFKC").split(/\s+/)) {
    const words = (chunk.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).filter((w) => !OPERATORS.has(w));
    if (words.length > 0) terms.push(words.map((w) => w.toLowerCase()));
    if (terms.length >= MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/**
 * An FTS5 MATCH expression for the terms: each term a quoted phrase, all of them required.
 *
 * @example fts5Match([["al", "assad"], ["strike"]]) // '"al assad" "strike"'
 */
export function fts5Match(terms: readonly (readonly string[])[]): string {
  return terms.map((words) => `"${words.join(" ")}"`).join(" ");
}
