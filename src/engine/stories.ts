import type { Article } from "../core/types.js";
import { publishedSortKey } from "../core/published.js";
import { StoryClusterer, type Assignment, type ClusterInput, type StoryProfile } from "../stories/clusterer.js";
import { checkStoryOptions, defaultStoryOptions, type StoryOptions } from "../stories/options.js";
import { profileFromJson, profileToJson } from "../stories/profile-json.js";
import { regroup } from "../stories/regroup.js";
import { DocumentFrequencies } from "../stories/tfidf.js";
import type { Store, StoryEvent } from "./store.js";

const DF_SETTING = "story-df";
const OPTIONS_SETTING = "story-options";
const DAY = 86_400_000;

/** The story option overrides saved in a store (`{}` when it has none): what every ingest and re-clustering uses. */
export async function storedStoryOptions(store: Store): Promise<Partial<StoryOptions>> {
  const saved = await store.getSetting(OPTIONS_SETTING);
  return saved === null ? {} : checkStoryOptions(JSON.parse(saved));
}

/**
 * Save story option overrides in a store, replacing any saved before (`{}` goes back to the defaults). They take
 * effect for articles assigned from now on; `reclusterAll` applies them to the articles already there.
 */
export async function saveStoryOptions(store: Store, overrides: Partial<StoryOptions>): Promise<void> {
  await store.setSetting(OPTIONS_SETTING, JSON.stringify(checkStoryOptions(overrides)));
}

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
    /** The term frequencies as loaded, to add only this process's own counts to a shared store's (see flush). */
    private readonly dfLoaded: string | null = null,
  ) {}

  /**
   * Load the stories still inside the time window (relative to the newest one) and the term frequencies. Options
   * are the defaults, then those saved in the store ({@link saveStoryOptions}), then `options`.
   */
  static async open(store: Store, options: Partial<StoryOptions> = {}, entities: EntityKeys | null = null): Promise<StoryEngine> {
    const o = { ...defaultStoryOptions, ...(await storedStoryOptions(store)), ...options };
    const saved = await store.getSetting(DF_SETTING);
    const df = saved === null ? new DocumentFrequencies() : dfFromJson(saved);
    const clusterer = new StoryClusterer(o, df);
    const newest = (await store.listStories({ limit: 1 }))[0]?.lastAt ?? null;
    const since = newest === null ? null : newest - o.windowDays * DAY;
    for (const { story, articles } of await store.loadStories(since)) {
      clusterer.restore(profileFromJson(story.id, story.profile, clusterer.df), articles);
    }
    return new StoryEngine(store, clusterer, entities, saved);
  }

  /**
   * Assign a batch of new articles (sorted into publication order) and save the result. On a store that several
   * processes write (PostgreSQL), the batch holds the store's story lock, starts from the stories the others saved
   * meanwhile, and saves every changed profile before letting go (DESIGN.md, Stores).
   */
  async assign(articles: readonly Article[]): Promise<Assignment[]> {
    const lock = await this.store.lockStories?.();
    try {
      if (lock) await this.catchUp();
      return await this.assignBatch(articles, lock !== undefined);
    } finally {
      await lock?.release();
    }
  }

  /** Take in the stories other processes saved or removed since this one last looked. */
  private async catchUp(): Promise<void> {
    const changes = await this.store.storyChanges?.();
    if (!changes) return;
    for (const id of changes.removed) this.clusterer.forget(id);
    for (const { story, articles } of changes.changed) {
      this.clusterer.forget(story.id);
      this.clusterer.restore(profileFromJson(story.id, story.profile, this.clusterer.df), articles);
    }
  }

  private async assignBatch(articles: readonly Article[], shared: boolean): Promise<Assignment[]> {
    const ordered = [...articles].sort(
      (a, b) => publishedSortKey(a.published) - publishedSortKey(b.published) || (a.id < b.id ? -1 : 1),
    );
    const out: Assignment[] = [];
    const events: StoryEvent[] = [];
    const related = await this.store.relationsOfMany?.(ordered.map((a) => a.id));
    for (const article of ordered) {
      const reuse = (related?.get(article.id) ?? (await this.store.relationsOf(article.id))).map((r) => ({
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
    const saveProfiles = shared || this.batches % PROFILE_SAVE_EVERY === 0;
    const { changed, removed } = saveProfiles ? this.clusterer.takeChanges() : { changed: [], removed: [] };
    await this.store.saveStories({
      stories: changed.map((p) => saved(p, this.clusterer.df)),
      removed,
      assignments: out.map((a) => ({ article: a.article, story: a.story, score: a.score, evidence: JSON.stringify(a) })),
      events,
      // Stories a batch creates are listed at once (their profiles follow with the next save); when profiles are
      // saved now, the new ones are among them.
      created: saveProfiles ? [] : out.filter((a) => a.created).flatMap((a) => {
        const p = this.clusterer.story(a.story);
        return p ? [saved(p, this.clusterer.df)] : [];
      }),
    });
    return out;
  }

  /**
   * Save what is only saved now and then: the changed story profiles and the term frequencies. Call at the end of
   * an ingest run (a crash before it loses only profile updates, which `recluster` rebuilds).
   */
  async flush(): Promise<void> {
    const lock = await this.store.lockStories?.();
    try {
      const { changed, removed } = this.clusterer.takeChanges();
      await this.store.saveStories({ stories: changed.map((p) => saved(p, this.clusterer.df)), removed, assignments: [], events: [], created: [] });
      let df = this.clusterer.df;
      // Other processes may have saved their counts since these were loaded: add this process's own to theirs.
      const now = lock ? await this.store.getSetting(DF_SETTING) : null;
      if (now !== null && now !== this.dfLoaded) df = addCounts(dfFromJson(now), this.dfLoaded === null ? null : dfFromJson(this.dfLoaded), df);
      await this.store.setSetting(DF_SETTING, dfToJson(df));
    } finally {
      await lock?.release();
    }
  }

}

/** Profiles are rewritten whole, so they are saved every few batches rather than after each one. */
const PROFILE_SAVE_EVERY = 10;

const saved = (p: StoryProfile, df: DocumentFrequencies) => ({
  id: p.id, headline: p.headline, firstAt: p.first, lastAt: p.last, size: p.size, profile: profileToJson(p, df),
});

function dfToJson(df: DocumentFrequencies): string {
  return JSON.stringify({ documents: df.documents, counts: [...df.entries()] });
}

/** `stored` plus what `mine` counted beyond `base` (the counts `mine` started from). */
function addCounts(stored: DocumentFrequencies, base: DocumentFrequencies | null, mine: DocumentFrequencies): DocumentFrequencies {
  const counts = new Map(stored.entries());
  const before = new Map(base?.entries() ?? []);
  for (const [term, n] of mine.entries()) {
    const added = n - (before.get(term) ?? 0);
    if (added !== 0) counts.set(term, (counts.get(term) ?? 0) + added);
  }
  return DocumentFrequencies.from(stored.documents + mine.documents - (base?.documents ?? 0), counts);
}

function dfFromJson(text: string): DocumentFrequencies {
  const j = JSON.parse(text) as { documents: number; counts: [string, number][] };
  return DocumentFrequencies.from(j.documents, j.counts);
}

function tally<T>(items: readonly T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const item of items) out.set(item, (out.get(item) ?? 0) + 1);
  return out;
}

/** What a re-clustering did. */
export interface ReclusterResult {
  readonly articles: number;
  readonly stories: number;
  /** Earlier stories whose articles now sit in several stories. */
  readonly split: number;
  /** Stories that gathered several earlier stories. */
  readonly merged: number;
}

/**
 * Cluster every stored article again, in publication order, from nothing: the canonical result, whatever order and
 * batches the articles arrived in. What it changed is recorded as `split` and `merge` events (see
 * {@link regroup}): the history of the stories it replaced goes, but not without a word.
 */
export async function reclusterAll(
  store: Store, options: Partial<StoryOptions> = {}, entities: EntityKeys | null = null, batchSize = 1000,
): Promise<ReclusterResult> {
  const before = await store.storyAssignments();
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
  const after = await store.storyAssignments();
  const changes = regroup(before, after);
  await store.addStoryEvents(changes.map((c) => ({
    kind: c.kind, story: c.story, other: c.from, article: null,
    detail: JSON.stringify({ recluster: true, articles: c.articles, of: c.of }),
  })));
  return {
    articles: count,
    stories: new Set(after.values()).size,
    split: new Set(changes.filter((c) => c.kind === "split").map((c) => c.from)).size,
    merged: [...tally(changes.map((c) => c.story)).values()].filter((sources) => sources > 1).length,
  };
}

/** One line for a merge or split in a story's history. */
export function describeStoryEvent(e: StoryEvent): string {
  const d = JSON.parse(e.detail) as { recluster?: boolean; articles?: number; of?: number; cosine?: number };
  if (!d.recluster) return `merged ${e.other} into ${e.story} when ${e.article} arrived (centroid cosine ${d.cosine?.toFixed(3)})`;
  const articles = (n: number | undefined) => `${n} article${n === 1 ? "" : "s"}`;
  return e.kind === "split"
    ? `re-clustering split ${e.other}: ${d.articles} of its ${articles(d.of)} went to ${e.story}`
    : `re-clustering merged ${e.other} (${articles(d.of)}) into ${e.story}`;
}
