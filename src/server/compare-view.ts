import { formatPublished } from "../core/published.js";
import { compareArticles, type CompareReport, type CompareSide } from "../compare/compare.js";
import { defaultIndexParams } from "../engine/index-params.js";
import type { Store, StoredArticle } from "../engine/store.js";
import { relateInput, relateTexts } from "../reuse/relate-texts.js";
import { flipRelation, type Relation } from "../reuse/relation.js";

const side = (a: StoredArticle): CompareSide => ({
  id: a.id, source: a.source, title: a.title, published: formatPublished(a.published), text: a.text,
});

/** The compare stage's report of two stored articles: alignment, word diffs and forensic findings. */
export const compareStored = (a: StoredArticle, b: StoredArticle): CompareReport => compareArticles(side(a), side(b));

/** The reuse relation of `a` to `b` as stored, read from a's side; else worked out from the two texts now. */
export async function relationBetween(store: Store, a: StoredArticle, b: StoredArticle): Promise<Relation> {
  const stored = (await store.relationsOf(a.id)).find((r) => r.a === b.id || r.b === b.id);
  if (stored) return stored.a === a.id ? stored.relation : flipRelation(stored.relation);
  return relateTexts(relateInput(a), relateInput(b), { passages: { shingleSize: defaultIndexParams.shingleSize } });
}
