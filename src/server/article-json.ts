import { formatPublished } from "../core/published.js";
import type { StoredArticle } from "../engine/store.js";

/** An article as the API returns it: everything but the raw record unless asked, the date in its canonical form. */
export function articleJson(a: StoredArticle, withRaw = false): Record<string, unknown> {
  const { raw, ...rest } = a;
  return { ...rest, published: formatPublished(a.published), publishedDetail: a.published, ...(withRaw ? { raw } : {}) };
}
