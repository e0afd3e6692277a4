import { NotFoundError } from "../core/errors.js";
import type { ArticleId, StoryId } from "../core/types.js";
import { resolveEntities } from "../engine/entities.js";
import type { ArticleSummary, Store, StoredArticle, StoredRelation, StorySummary } from "../engine/store.js";
import type { CanonicalEntity } from "../entities/aliases/types.js";
import type { Relation } from "../reuse/relation.js";
import { buildTimeline, timelineEntries, type TimelineEvent } from "../timeline/timeline.js";

/** Relations that mean one article's text comes from another's. */
const REUSE = new Set<Relation["kind"]>(["duplicate", "near-duplicate", "derived"]);

/** One edge of the derivation forest: `copy` took text from `source`. */
export interface DerivationEdge {
  readonly source: ArticleId;
  readonly copy: ArticleId;
  readonly relation: Relation;
}

/** Who took text from whom inside a story, from its stored reuse relations. */
export interface DerivationForest {
  /** Articles that took their text from no other article of the story, oldest first. */
  readonly roots: readonly ArticleId[];
  /** Per source, what was taken from it (each copy under its strongest source). */
  readonly children: ReadonlyMap<ArticleId, readonly DerivationEdge[]>;
  /** Pairs that share text with no direction known. */
  readonly undirected: readonly StoredRelation[];
  /** Groups of articles linked by any reuse: each is one report told by several outlets. */
  readonly independentReports: number;
}

/**
 * The derivation forest of a set of articles: each article that reuses another (with a known direction) hangs under
 * the source it takes the largest share from; independent reports are the groups joined by any reuse.
 *
 * @example derivationForest(["a1", "a2"], relations).independentReports // 1 when a2 copies a1
 */
export function derivationForest(ids: readonly ArticleId[], relations: readonly StoredRelation[]): DerivationForest {
  const inSet = new Set(ids);
  const parent = new Map<ArticleId, ArticleId>(ids.map((id) => [id, id]));
  const find = (x: ArticleId): ArticleId => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const best = new Map<ArticleId, DerivationEdge>();
  const undirected: StoredRelation[] = [];
  for (const r of relations) {
    if (!inSet.has(r.a) || !inSet.has(r.b) || !REUSE.has(r.relation.kind)) continue;
    parent.set(find(r.a), find(r.b));
    if (r.relation.source === "undetermined") {
      undirected.push(r);
      continue;
    }
    const [source, copy] = r.relation.source === "a" ? [r.a, r.b] : [r.b, r.a];
    const current = best.get(copy);
    if (!current || r.relation.share > current.relation.share) best.set(copy, { source, copy, relation: r.relation });
  }
  // Strongest first; an edge that would close a cycle (conflicting evidence) is left out, so the result is a forest.
  const children = new Map<ArticleId, DerivationEdge[]>();
  const sourceOf = new Map<ArticleId, ArticleId>();
  const reaches = (from: ArticleId, target: ArticleId): boolean => {
    for (let at: ArticleId | undefined = from; at !== undefined; at = sourceOf.get(at)) if (at === target) return true;
    return false;
  };
  for (const edge of [...best.values()].sort((x, y) => y.relation.share - x.relation.share)) {
    if (reaches(edge.source, edge.copy)) continue;
    sourceOf.set(edge.copy, edge.source);
    children.set(edge.source, [...(children.get(edge.source) ?? []), edge]);
  }
  const roots = ids.filter((id) => !sourceOf.has(id));
  return { roots, children, undirected, independentReports: new Set(ids.map(find)).size };
}

/** Everything the story page and the story endpoints show. */
export interface StoryView {
  readonly story: StorySummary;
  /** In publication order. */
  readonly articles: readonly StoredArticle[];
  readonly members: readonly (ArticleSummary & { score: number; evidence: string })[];
  readonly relations: readonly StoredRelation[];
  readonly forest: DerivationForest;
  readonly timeline: readonly TimelineEvent[];
}

interface CacheEntry {
  readonly key: string;
  readonly view: StoryView;
  entities?: CanonicalEntity[];
}

/**
 * Story data for the server, computed on demand and cached per story until the story changes (its size or last
 * article). Entities are resolved only when asked: it is the slow part.
 */
export class StoryViews {
  readonly #store: Store;
  readonly #views = new Map<string, CacheEntry>();
  readonly #limit: number;

  constructor(store: Store, cacheSize = 64) {
    this.#store = store;
    this.#limit = cacheSize;
  }

  /** Stories newest first, each with its count of independent reports. */
  async list(query: { limit: number; offset: number }): Promise<(StorySummary & { independentReports: number })[]> {
    const stories = await this.#store.listStories(query);
    const out = [];
    for (const s of stories) out.push({ ...s, independentReports: (await this.get(s.id)).forest.independentReports });
    return out;
  }

  async get(id: StoryId): Promise<StoryView> {
    return (await this.#entry(id)).view;
  }

  async entities(id: StoryId): Promise<CanonicalEntity[]> {
    const entry = await this.#entry(id);
    entry.entities ??= resolveEntities(entry.view.articles, entry.view.relations).entities;
    return entry.entities;
  }

  async #entry(id: StoryId): Promise<CacheEntry> {
    const found = await this.#store.getStory(id);
    if (!found) throw new NotFoundError(`no story with id ${JSON.stringify(id)}`);
    const key = `${found.story.size}:${found.story.lastAt}:${found.articles.map((a) => a.id).join("\u0000")}`;
    const cached = this.#views.get(id);
    if (cached && cached.key === key) return cached;
    const ids = found.articles.map((a) => a.id);
    const order = new Map(ids.map((x, i) => [x, i]));
    const articles = (await this.#store.getArticles(ids)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const relations = await this.#relationsWithin(ids);
    const outlets = new Set(articles.map((a) => a.source ?? "")).size;
    const view: StoryView = {
      story: { id: found.story.id, headline: found.story.headline, firstAt: found.story.firstAt, lastAt: found.story.lastAt, size: found.story.size, outlets },
      articles,
      members: found.articles,
      relations,
      forest: derivationForest(ids, relations),
      timeline: buildTimeline(articles.flatMap((a) => timelineEntries(a))),
    };
    const entry: CacheEntry = { key, view };
    this.#views.delete(id);
    this.#views.set(id, entry);
    if (this.#views.size > this.#limit) this.#views.delete(this.#views.keys().next().value!);
    return entry;
  }

  async #relationsWithin(ids: readonly ArticleId[]): Promise<StoredRelation[]> {
    const inSet = new Set(ids);
    const seen = new Set<string>();
    const out: StoredRelation[] = [];
    for (const id of ids) {
      for (const r of await this.#store.relationsOf(id)) {
        const key = `${r.a}\u0000${r.b}`;
        if (inSet.has(r.a) && inSet.has(r.b) && !seen.has(key)) {
          seen.add(key);
          out.push(r);
        }
      }
    }
    return out;
  }
}
