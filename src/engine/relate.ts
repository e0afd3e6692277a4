import type { Article, ArticleId } from "../core/types.js";
import { relateTexts, type RelateInput } from "../reuse/relate-texts.js";
import type { Relation } from "../reuse/relation.js";
import { tokenize } from "../sketch/tokens.js";
import type { Sketcher } from "./sketcher.js";
import type { Store, StoredArticle, StoredRelation } from "./store.js";

/** A candidate found through the index and what verifying it concluded. */
export interface VerifiedCandidate {
  readonly other: StoredArticle;
  readonly relation: Relation;
}

/**
 * Find and verify the articles related to `article`: index candidates sharing a band, each compared exactly.
 * Unrelated candidates are returned too (with kind `unrelated`) so callers can show what was checked.
 */
export async function verifiedCandidates(
  store: Store, sketcher: Sketcher, article: Article, input: RelateInput, bandKeys: Uint32Array,
  cache?: Map<ArticleId, RelateInput>, timings?: RelateTimings,
): Promise<VerifiedCandidate[]> {
  const t0 = performance.now();
  const ids = (await store.lshCandidates(bandKeys)).filter((id) => id !== article.id);
  const t1 = performance.now();
  const others = await store.getArticles(ids);
  const out = others.map((other) => {
    let otherInput = cache?.get(other.id);
    if (!otherInput) {
      otherInput = { tokens: tokenize(other.text), published: other.published, textHash: other.textHash };
      cache?.set(other.id, otherInput);
    }
    return { other, relation: relateTexts(input, otherInput, { passages: { shingleSize: sketcher.params.shingleSize } }) };
  });
  if (timings) {
    timings.queryMs += t1 - t0;
    timings.verifyMs += performance.now() - t1;
    timings.candidates += ids.length;
  }
  return out;
}

/** Where relating time goes: index lookups, and fetching and verifying candidates. */
export interface RelateTimings {
  queryMs: number;
  verifyMs: number;
  candidates: number;
}

/**
 * After a batch is stored: relate each new article to what the index holds, and store every relation that is not
 * `unrelated`. Each pair is verified once even when both of its articles are new.
 */
export async function relateNewArticles(
  store: Store, sketcher: Sketcher, fresh: readonly { article: Article; input: RelateInput; bandKeys: Uint32Array }[],
  timings?: RelateTimings,
): Promise<number> {
  const done = new Set<string>();
  const cache = new Map<ArticleId, RelateInput>(fresh.map((f) => [f.article.id, f.input]));
  const found: StoredRelation[] = [];
  for (const f of fresh) {
    for (const c of await verifiedCandidates(store, sketcher, f.article, f.input, f.bandKeys, cache, timings)) {
      const key = f.article.id < c.other.id ? `${f.article.id}\u0000${c.other.id}` : `${c.other.id}\u0000${f.article.id}`;
      if (done.has(key)) continue;
      done.add(key);
      if (c.relation.kind !== "unrelated") found.push({ a: f.article.id, b: c.other.id, relation: c.relation });
    }
  }
  if (found.length > 0) await store.putRelations(found);
  return found.length;
}
