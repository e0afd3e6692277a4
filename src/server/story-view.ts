import { publishedSortKey } from "../core/published.js";
import { NotFoundError } from "../core/errors.js";
import type { ArticleId, StoryId } from "../core/types.js";
import type { ArticleSummary, Store, StoredArticle, StoredRelation, StoryEvent, StorySummary } from "../engine/store.js";
import { buildDossier, derivationForest, type DerivationForest, type Dossier } from "../dossier/index.js";
import { relationsAmong } from "../dossier/build-dossier.js";
import { storyTopTerms } from "../stories/profile-json.js";

/** What the story list and the story page need of a story before its dossier: articles, relations, forest. */
export interface StoryView {
  readonly story: StorySummary;
  /** In the store's order: publication time, then arrival. */
  readonly articles: readonly StoredArticle[];
  readonly members: readonly (ArticleSummary & { score: number; evidence: string })[];
  readonly relations: readonly StoredRelation[];
  /** The dossier's derivation forest: each root is an independent report. */
  readonly forest: DerivationForest;
  /** Merges and splits that made the story what it is, over every re-clustering, oldest first. */
  readonly history: readonly (StoryEvent & { readonly at: string })[];
}

interface CacheEntry {
  readonly key: string;
  readonly view: StoryView;
  dossier?: Promise<Dossier>;
}

/**
 * Story data for the server, computed on demand and cached per story until the story changes (its size, last
 * article or members). The dossier (claims, entities, timeline) is built only when a page or endpoint asks: it is
 * the slow part. The story list needs only the derivation forest.
 */
export class StoryViews {
  readonly #store: Store;
  readonly #cache = new Map<string, CacheEntry>();
  readonly #limit: number;

  constructor(store: Store, cacheSize = 256) {
    this.#store = store;
    this.#limit = cacheSize;
  }

  /** Stories newest first, each with its count of independent reports (roots of the dossier's forest). */
  async list(query: { limit: number; offset: number }): Promise<(StorySummary & { independentReports: number })[]> {
    const stories = await this.#store.listStories(query);
    const out = [];
    for (const s of stories) out.push({ ...s, independentReports: (await this.get(s.id)).forest.roots.length });
    return out;
  }

  async get(id: StoryId): Promise<StoryView> {
    return (await this.#entry(id)).view;
  }

  /** The story's dossier (`buildDossier`), built once per version of the story. */
  async dossier(id: StoryId): Promise<Dossier> {
    const entry = await this.#entry(id);
    entry.dossier ??= buildDossier(this.#store, id);
    try {
      return await entry.dossier;
    } catch (error) {
      delete entry.dossier;
      throw error;
    }
  }

  async #entry(id: StoryId): Promise<CacheEntry> {
    const found = await this.#store.getStory(id);
    if (!found) throw new NotFoundError(`no story with id ${JSON.stringify(id)}`);
    const ids = found.articles.map((a) => a.id);
    const key = `${found.story.size}:${found.story.lastAt}:${ids.join("\u0000")}`;
    const cached = this.#cache.get(id);
    if (cached && cached.key === key) return cached;
    const order = new Map(ids.map((x, i) => [x, i]));
    const articles = (await this.#store.getArticles(ids)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const relations = await relationsAmong(this.#store, ids);
    const forest = derivationForest(articles.map((a) => ({ id: a.id, publishedAt: publishedSortKey(a.published) })), relations);
    const view: StoryView = {
      story: {
        id: found.story.id, headline: found.story.headline, firstAt: found.story.firstAt, lastAt: found.story.lastAt,
        size: found.story.size, outlets: new Set(articles.map((a) => a.source ?? "")).size,
        terms: storyTopTerms(found.story.profile),
      },
      articles,
      members: found.articles,
      relations,
      forest,
      history: (await this.#store.storyEvents(id)).filter((e) => e.kind !== "create"),
    };
    const entry: CacheEntry = { key, view };
    this.#cache.delete(id);
    this.#cache.set(id, entry);
    if (this.#cache.size > this.#limit) this.#cache.delete(this.#cache.keys().next().value!);
    return entry;
  }
}

