import type { Article } from "../core/types.js";
import { publishedSortKey } from "../core/published.js";
import { StoryClusterer, type Assignment, type ClusterInput, type StoryProfile } from "../stories/clusterer.js";
import { defaultStoryOptions, type StoryOptions } from "../stories/options.js";
import { profileFromJson, profileToJson } from "../stories/profile-json.js";
import { DocumentFrequencies } from "../stories/tfidf.js";
import type { Store, StoryEvent } from "./store.js";

const DF_SETTING = "story-df";
const DAY = 86_400_000;

/** Named entities of an article, as canonical keys; supplied by the entity stage when it is there. */
export type EntityKeys = (article: Article) => readonly string[];

/**
 * Story assignment on top of a store: loads the recent stories and term statistics, assigns articles in
 * publication order, and saves profiles, assignments and events after each batch.
 */
export class StoryEngine {
  private batches = 0;

  private constructor(
    private readonly store: Store,
    readonly clusterer: StoryClusterer,
    private readonly entities: EntityKeys | null,
  ) {}

  /** Load the stories still inside the time window (relative to the newest one) and the term frequencies. */
  static async open(store: Store, options: Partial<StoryOptions> = {}, entities: EntityKeys | null = null): Promise<StoryEngine> {
    const o = { ...defaultStoryOptions, ...options };
    const saved = await store.getSetting(DF_SETTING);
    const df = saved === null ? new DocumentFrequencies() : dfFromJson(saved);
    const clusterer = new StoryClusterer(o, df);
    const newest = (await store.listStories({ limit: 1 }))[0]?.lastAt ?? null;
    const since = newest === null ? null : newest - o.windowDays * DAY;
    for (const { story, articles } of await store.loadStories(since)) {
      clusterer.restore(profileFromJson(story.id, story.profile), articles);
    }
    return new StoryEngine(store, clusterer, entities);
  }

  /** Assign a batch of new articles (sorted into publication order) and save the result. */
  async assign(articles: readonly Article[]): Promise<Assignment[]> {
    const ordered = [...articles].sort(
      (a, b) => publishedSortKey(a.published) - publishedSortKey(b.published) || (a.id < b.id ? -1 : 1),
    );
    const out: Assignment[] = [];
    const events: StoryEvent[] = [];
    for (const article of ordered) {
      const reuse = (await this.store.relationsOf(article.id)).map((r) => ({
        id: r.a === article.id ? r.b : r.a,
        share: r.relation.share,
      }));
      const input: ClusterInput = {
        id: article.id, title: article.title, text: article.text, publishedAt: publishedSortKey(article.published),
        entities: this.entities?.(article) ?? [], reuse,
      };
      const a = this.clusterer.assign(input);
      out.push(a);
      if (a.created) events.push({ kind: "create", story: a.story, other: null, article: article.id, detail: "{}" });
      for (const m of a.merges) {
        events.push({ kind: "merge", story: m.into, other: m.from, article: m.article, detail: JSON.stringify({ cosine: m.cosine }) });
      }
    }
    this.batches++;
    const saveProfiles = this.batches % PROFILE_SAVE_EVERY === 0;
    const { changed, removed } = saveProfiles ? this.clusterer.takeChanges() : { changed: [], removed: [] };
    await this.store.saveStories({
      stories: changed.map(saved),
      removed,
      assignments: out.map((a) => ({ article: a.article, story: a.story, score: a.score, evidence: JSON.stringify(a) })),
      events,
      // Stories a batch creates are listed at once (their profiles follow with the next save).
      created: out.filter((a) => a.created).flatMap((a) => {
        const p = this.clusterer.story(a.story);
        return p ? [saved(p)] : [];
      }),
    });
    return out;
  }

  /**
   * Save what is only saved now and then: the changed story profiles and the term frequencies. Call at the end of
   * an ingest run (a crash before it loses only profile updates, which `recluster` rebuilds).
   */
  async flush(): Promise<void> {
    const { changed, removed } = this.clusterer.takeChanges();
    await this.store.saveStories({ stories: changed.map(saved), removed, assignments: [], events: [], created: [] });
    await this.store.setSetting(DF_SETTING, dfToJson(this.clusterer.df));
  }

}

/** Profiles are rewritten whole, so they are saved every few batches rather than after each one. */
const PROFILE_SAVE_EVERY = 10;

const saved = (p: StoryProfile) => ({
  id: p.id, headline: p.headline, firstAt: p.first, lastAt: p.last, size: p.size, profile: profileToJson(p),
});

function dfToJson(df: DocumentFrequencies): string {
  return JSON.stringify({ documents: df.documents, counts: [...df.entries()] });
}

function dfFromJson(text: string): DocumentFrequencies {
  const j = JSON.parse(text) as { documents: number; counts: [string, number][] };
  return DocumentFrequencies.from(j.documents, j.counts);
}

/**
 * Cluster every stored article again, in publication order, from nothing: the canonical result, whatever order and
 * batches the articles arrived in.
 */
export async function reclusterAll(
  store: Store, options: Partial<StoryOptions> = {}, entities: EntityKeys | null = null, batchSize = 1000,
): Promise<number> {
  await store.clearStories();
  await store.setSetting(DF_SETTING, JSON.stringify({ documents: 0, counts: [] }));
  const engine = await StoryEngine.open(store, options, entities);
  let count = 0;
  for (let offset = 0; ; offset += batchSize) {
    const page = await store.articleIdsByPublication({ limit: batchSize, offset });
    if (page.length === 0) break;
    await engine.assign(await store.getArticles(page));
    count += page.length;
  }
  await engine.flush();
  return count;
}

