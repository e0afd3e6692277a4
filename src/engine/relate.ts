import type { Article, ArticleId } from "../core/types.js";
import { relateInput, relateTexts, type RelateInput } from "../reuse/relate-texts.js";
import type { Tokens } from "../sketch/tokens.js";
import type { Sketcher } from "./sketcher.js";
import type { Store, StoredRelation } from "./store.js";

/** Where relating time goes: index lookups, and fetching and verifying candidates. */
export interface RelateTimings {
  queryMs: number;
  verifyMs: number;
  candidates: number;
}

/** A newly stored article to relate: its band keys, and its tokens when the caller already has them. */
export interface FreshArticle {
  readonly article: Article;
  readonly bandKeys: Uint32Array;
  readonly tokens?: Tokens;
}

/**
 * Tokens of recently related articles, oldest dropped first. Rewrites arrive close in time to what they rewrite,
 * so a candidate is usually one of the last few thousand articles and need not be fetched and tokenised again.
 */
export class RelateCache {
  private readonly inputs = new Map<ArticleId, RelateInput>();
  constructor(private readonly capacity = 5000) {}
  get(id: ArticleId): RelateInput | undefined {
    return this.inputs.get(id);
  }
  set(id: ArticleId, input: RelateInput): void {
    this.inputs.delete(id);
    this.inputs.set(id, input);
    if (this.inputs.size > this.capacity) this.inputs.delete(this.inputs.keys().next().value!);
  }
}

/**
 * After a batch is stored: relate each new article to what the index holds (one index lookup for the whole
 * batch), verify each candidate pair exactly, and store every relation that is not `unrelated`. Each pair is
 * verified once even when both of its articles are new; texts are tokenised only when they have a candidate.
 */
export async function relateNewArticles(
  store: Store, sketcher: Sketcher, fresh: readonly FreshArticle[], timings?: RelateTimings, cache = new RelateCache(),
): Promise<number> {
  const t0 = performance.now();
  const lists = await store.lshCandidatesMany(fresh.map((f) => f.bandKeys));
  const t1 = performance.now();
  const freshById = new Map(fresh.map((f) => [f.article.id, f]));
  const missing = new Set<ArticleId>();
  let candidates = 0;
  for (const [i, list] of lists.entries()) {
    for (const id of list) {
      if (id === fresh[i]!.article.id) continue;
      candidates++;
      if (!freshById.has(id) && !cache.get(id)) missing.add(id);
    }
  }
  for (const other of missing.size > 0 ? await store.getArticles([...missing]) : []) cache.set(other.id, relateInput(other));
  const input = (id: ArticleId): RelateInput | undefined => {
    let found = cache.get(id);
    if (!found) {
      const f = freshById.get(id);
      if (!f) return undefined;
      found = relateInput(f.article, f.tokens);
      cache.set(id, found);
    }
    return found;
  };

  const done = new Set<string>();
  const found: StoredRelation[] = [];
  const passages = { shingleSize: sketcher.params.shingleSize };
  for (const [i, list] of lists.entries()) {
    const self = fresh[i]!.article.id;
    for (const other of list) {
      if (other === self) continue;
      const key = self < other ? `${self}\u0000${other}` : `${other}\u0000${self}`;
      if (done.has(key)) continue;
      done.add(key);
      const [a, b] = [input(self), input(other)];
      if (!a || !b) continue; // deleted meanwhile
      const relation = relateTexts(a, b, { passages });
      if (relation.kind !== "unrelated") found.push({ a: self, b: other, relation });
    }
  }
  if (timings) {
    timings.queryMs += t1 - t0;
    timings.verifyMs += performance.now() - t1;
    timings.candidates += candidates;
  }
  if (found.length > 0) await store.putRelations(found);
  return found.length;
}
