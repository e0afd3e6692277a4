import type { ArticleId, StoryId } from "../core/types.js";

/** How one earlier story's articles went into one story of a new clustering. */
export interface Regrouping {
  /** `split`: the earlier story's articles now sit in several stories, this one among them. `merge`: the earlier
   * story went whole into this one, which holds articles of other earlier stories too. */
  readonly kind: "split" | "merge";
  /** The story of the new clustering. */
  readonly story: StoryId;
  /** The earlier story (its id may be gone, or now name another story). */
  readonly from: StoryId;
  /** Articles of `from` that are now in `story`. */
  readonly articles: number;
  /** Articles `from` had (of those still assigned). */
  readonly of: number;
}

/**
 * What a re-clustering did to the stories it replaced: for each earlier story whose articles now sit in several
 * stories, one `split` per part; for each new story that gathers several earlier stories, one `merge` per earlier
 * story that went into it whole. A story that kept its articles (whatever its id now) gives nothing, and articles
 * that had no story before are left out. Sorted by new story, then earlier story.
 *
 * @example regroup(new Map([["a1","s1"],["a2","s1"]]), new Map([["a1","s1"],["a2","s2"]]))
 *   // [{ kind: "split", story: "s1", from: "s1", articles: 1, of: 2 }, { kind: "split", story: "s2", from: "s1", ... }]
 */
export function regroup(before: ReadonlyMap<ArticleId, StoryId>, after: ReadonlyMap<ArticleId, StoryId>): Regrouping[] {
  // Articles per (earlier, new) pair, and how many stories each side is spread over.
  const pairs = new Map<StoryId, Map<StoryId, number>>();
  const sources = new Map<StoryId, Set<StoryId>>();
  const sizes = new Map<StoryId, number>();
  for (const [article, from] of before) {
    const to = after.get(article);
    if (to === undefined) continue;
    let parts = pairs.get(from);
    if (!parts) pairs.set(from, (parts = new Map()));
    parts.set(to, (parts.get(to) ?? 0) + 1);
    sizes.set(from, (sizes.get(from) ?? 0) + 1);
    let s = sources.get(to);
    if (!s) sources.set(to, (s = new Set()));
    s.add(from);
  }
  const out: Regrouping[] = [];
  for (const [from, parts] of pairs) {
    const of = sizes.get(from)!;
    for (const [story, articles] of parts) {
      if (parts.size > 1) out.push({ kind: "split", story, from, articles, of });
      else if (sources.get(story)!.size > 1) out.push({ kind: "merge", story, from, articles, of });
    }
  }
  return out.sort((a, b) => (a.story < b.story ? -1 : a.story > b.story ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
