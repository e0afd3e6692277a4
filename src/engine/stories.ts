import { randomUUID } from "node:crypto";
import type { Article, ArticleId } from "../core/types.js";
import { plural } from "../core/plural.js";
import { publishedSortKey } from "../core/published.js";
import { StoryClusterer, type Assignment, type ClusterInput, type StoryMerge, type StoryProfile } from "../stories/clusterer.js";
import { checkStoryOptions, defaultStoryOptions, type StoryOptions } from "../stories/options.js";
import { profileFromJson, profileToJson } from "../stories/profile-json.js";
import { articleEntityKeys } from "../stories/entity-keys.js";
import { regroup } from "../stories/regroup.js";
import { DocumentFrequencies } from "../stories/tfidf.js";
import type { SavedStory, Store, StoredRelation, StoryEvent, StoryLock } from "./store.js";

const DF_SETTING = "story-df";
const OPTIONS_SETTING = "story-options";
/** A new value each time a re-clustering replaces every story. */
const RESET_SETTING = "story-reset";
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

/** Named entities of an article, as canonical keys. */
export type EntityKeys = (article: Article) => readonly string[];

/** The bundled recogniser's entity keys of an article (see {@link articleEntityKeys}). */
const recognisedKeys: EntityKeys = (article) => articleEntityKeys(article.title, article.text);

/**
 * What makes an open engine stale when another process changes it: the saved options, and the token each
 * re-clustering writes when it replaces every story.
 */
interface StoryStamp {
  readonly options: string | null;
  readonly reset: string | null;
}

async function storyStamp(store: Store): Promise<StoryStamp> {
  return { options: await store.getSetting(OPTIONS_SETTING), reset: await store.getSetting(RESET_SETTING) };
}

/** Put saved stories into a clusterer, numbering their terms with its frequencies. */
function restoreSaved(clusterer: StoryClusterer, loaded: readonly { story: SavedStory; articles: ArticleId[] }[]): void {
  for (const { story, articles } of loaded) clusterer.restore(profileFromJson(story.id, story.profile, clusterer.df), articles);
}

/**
 * The stories still inside the time window (relative to the newest one) and the term frequencies, in a clusterer;
 * `loadedFrom` is where the window starts (null: everything was loaded).
 */
async function loadClusterer(store: Store, options: StoryOptions): Promise<{ clusterer: StoryClusterer; dfLoaded: string | null; loadedFrom: number | null }> {
  const saved = await store.getSetting(DF_SETTING);
  const clusterer = new StoryClusterer(options, saved === null ? new DocumentFrequencies() : dfFromJson(saved));
  const newest = (await store.listStories({ limit: 1 }))[0]?.lastAt ?? null;
  const since = newest === null ? null : newest - options.windowDays * DAY;
  restoreSaved(clusterer, await store.loadStories(since));
  return { clusterer, dfLoaded: saved, loadedFrom: since };
}

/**
 * Story assignment on top of a store: loads the recent stories and term statistics, assigns articles in
 * publication order, and saves profiles, assignments and events after each batch. An engine kept open across
 * batches (a server, a long ingest) loads everything again when another process saved new story options or
 * re-clustered the store, so it never assigns with old options or to stories that are gone.
 */
export class StoryEngine {
  private batches = 0;
  /** Set while a re-clustering holds the story lock for the whole run: batches must not take it again. */
  private lockHeld = false;

  private constructor(
    private readonly store: Store,
    private current: StoryClusterer,
    /** Entity keys from the caller; when there are none, the bundled recogniser's while the entity weight is above 0. */
    private readonly entitiesGiven: EntityKeys | null,
    /** The options given to {@link StoryEngine.open}, which win over saved ones on every reload. */
    private readonly explicit: Partial<StoryOptions>,
    /** The saved options and re-clustering token as loaded (see {@link storyStamp}). */
    private stamp: StoryStamp,
    /** The term frequencies as loaded, to add only this process's own counts to a shared store's (see flush). */
    private dfLoaded: string | null,
    /** Stories last seen from this time on are loaded (null: all are). */
    private loadedFrom: number | null,
  ) {}

  get clusterer(): StoryClusterer {
    return this.current;
  }

  private get entities(): EntityKeys | null {
    return this.entitiesGiven ?? (this.current.options.entityWeight > 0 ? recognisedKeys : null);
  }

  /**
   * Load the stories still inside the time window (relative to the newest one) and the term frequencies. Options
   * are the defaults, then those saved in the store ({@link saveStoryOptions}), then `options`.
   */
  static async open(store: Store, options: Partial<StoryOptions> = {}, entities: EntityKeys | null = null): Promise<StoryEngine> {
    const stamp = await storyStamp(store);
    const o = { ...defaultStoryOptions, ...(await storedStoryOptions(store)), ...options };
    const { clusterer, dfLoaded, loadedFrom } = await loadClusterer(store, o);
    return new StoryEngine(store, clusterer, entities, options, stamp, dfLoaded, loadedFrom);
  }

  /**
   * Cluster every stored article again from nothing, holding the story lock throughout on a store several
   * processes write, so no worker assigns meanwhile; they reload when they next assign. See {@link reclusterAll}.
   */
  static async recluster(store: Store, options: Partial<StoryOptions>, entities: EntityKeys | null, batchSize: number): Promise<ReclusterResult> {
    const lock = await store.lockStories?.();
    try {
      const before = await store.storyAssignments();
      await store.clearStories();
      await store.setSetting(DF_SETTING, JSON.stringify({ documents: 0, counts: [] }));
      await store.setSetting(RESET_SETTING, `${new Date().toISOString()} ${randomUUID()}`);
      const engine = await StoryEngine.open(store, options, entities);
      engine.lockHeld = lock !== undefined;
      let count = 0;
      for (let offset = 0; ; offset += batchSize) {
        const page = await store.articleIdsByPublication({ limit: batchSize, offset });
        if (page.length === 0) break;
        await engine.assign(await store.getArticles(page));
        count += page.length;
      }
      const rejoined = await engine.rejoinLone(batchSize);
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
        rejoined,
      };
    } finally {
      await lock?.release();
    }
  }

  /** The story lock for one batch, unless a re-clustering already holds it. */
  private async lock(): Promise<StoryLock | undefined> {
    return this.lockHeld ? undefined : await this.store.lockStories?.();
  }

  /**
   * Assign a batch of new articles (sorted into publication order) and save the result. On a store that several
   * processes write (PostgreSQL), the batch holds the store's story lock, starts from the stories the others saved
   * meanwhile, and saves every changed profile before letting go (DESIGN.md, Stores).
   */
  async assign(articles: readonly Article[]): Promise<Assignment[]> {
    const lock = await this.lock();
    try {
      if (!this.lockHeld) {
        const stamp = await storyStamp(this.store);
        if (stamp.options !== this.stamp.options || stamp.reset !== this.stamp.reset) await this.reload(stamp, lock !== undefined);
        else if (lock) await this.catchUp();
      }
      return await this.assignBatch(articles, lock !== undefined || this.lockHeld);
    } finally {
      await lock?.release();
    }
  }

  /**
   * Start again from the store, as {@link StoryEngine.open} does: its options or stories were replaced. After a
   * re-clustering, what this engine had not saved yet goes with the stories it belonged to.
   */
  private async reload(stamp: StoryStamp, shared: boolean): Promise<void> {
    // Only the options changed: the stories stand, so save what is not saved yet before loading them again.
    if (stamp.reset === this.stamp.reset) await this.savePending(shared);
    const o = { ...defaultStoryOptions, ...(await storedStoryOptions(this.store)), ...this.explicit };
    const { clusterer, dfLoaded, loadedFrom } = await loadClusterer(this.store, o);
    this.current = clusterer;
    this.dfLoaded = dfLoaded;
    this.loadedFrom = loadedFrom;
    this.stamp = stamp;
  }

  /** Take in the stories other processes saved or removed since this one last looked. */
  private async catchUp(): Promise<void> {
    const changes = await this.store.storyChanges?.();
    if (!changes) return;
    for (const id of changes.removed) this.clusterer.forget(id);
    for (const { story } of changes.changed) this.clusterer.forget(story.id);
    restoreSaved(this.clusterer, changes.changed);
  }

  /**
   * Load the stories an article published at `earliest` could join that the first load left out: those last seen
   * within the time window before it, when that reaches back past what is loaded. A backfill of older articles
   * then finds their stories, however the archive arrives.
   */
  private async loadBack(earliest: number): Promise<void> {
    const from = earliest - this.clusterer.options.windowDays * DAY;
    if (this.loadedFrom === null || from >= this.loadedFrom) return;
    const older = await this.store.loadStories(from, this.loadedFrom);
    restoreSaved(this.clusterer, older.filter(({ story }) => !this.clusterer.story(story.id)));
    this.loadedFrom = from;
  }

  /** An article as the clusterer takes it: its time, entity keys and reuse relations (from `related` when given). */
  private async inputOf(article: Article, related: ReadonlyMap<ArticleId, readonly StoredRelation[]> | undefined): Promise<ClusterInput> {
    const reuse = (related?.get(article.id) ?? (await this.store.relationsOf(article.id))).map((r) => ({
      id: r.a === article.id ? r.b : r.a,
      share: r.relation.share,
    }));
    return {
      id: article.id, title: article.title, text: article.text, url: article.url,
      publishedAt: publishedSortKey(article.published),
      entities: this.entities?.(article) ?? [], reuse,
    };
  }

  /**
   * Judge every article left with a story to itself again, in publication order, against the stories as they
   * ended up ({@link StoryClusterer.rejoin}); save each move as a `merge` event and the article's new evidence.
   * Returns how many moved.
   */
  private async rejoinLone(pageSize: number): Promise<number> {
    const lone = this.clusterer.loneArticles().map(([, article]) => article);
    let moved = 0;
    for (let i = 0; i < lone.length; i += pageSize) {
      const page = lone.slice(i, i + pageSize);
      const byId = new Map((await this.store.getArticles(page)).map((a) => [a.id, a]));
      const related = await this.store.relationsOfMany?.(page);
      const events: StoryEvent[] = [];
      const assignments: Assignment[] = [];
      for (const id of page) {
        const article = byId.get(id);
        const r = article ? this.clusterer.rejoin(await this.inputOf(article, related)) : null;
        if (!r) continue;
        events.push(mergeEvent(r.merge));
        assignments.push(r.assignment);
      }
      moved += assignments.length;
      const { changed, removed } = this.clusterer.takeChanges();
      await this.store.saveStories({
        stories: changed.map((p) => saved(p, this.clusterer.df)), created: [], removed, events,
        assignments: assignments.map((a) => ({ article: a.article, story: a.story, score: a.score, evidence: JSON.stringify(a) })),
      });
    }
    return moved;
  }

  private async assignBatch(articles: readonly Article[], shared: boolean): Promise<Assignment[]> {
    const ordered = [...articles].sort(
      (a, b) => publishedSortKey(a.published) - publishedSortKey(b.published) || (a.id < b.id ? -1 : 1),
    );
    if (ordered.length > 0) await this.loadBack(publishedSortKey(ordered[0]!.published));
    const out: Assignment[] = [];
    const events: StoryEvent[] = [];
    const related = await this.store.relationsOfMany?.(ordered.map((a) => a.id));
    for (const article of ordered) {
      const a = this.clusterer.assign(await this.inputOf(article, related));
      out.push(a);
      if (a.created) events.push({ kind: "create", story: a.story, other: null, article: article.id, detail: "{}" });
      for (const m of a.merges) events.push(mergeEvent(m));
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
    const lock = await this.lock();
    try {
      await this.savePending(lock !== undefined || this.lockHeld);
    } finally {
      await lock?.release();
    }
  }

  /** Save the changed profiles and the term frequencies; `shared` when other processes may have saved theirs. */
  private async savePending(shared: boolean): Promise<void> {
    const { changed, removed } = this.clusterer.takeChanges();
    await this.store.saveStories({ stories: changed.map((p) => saved(p, this.clusterer.df)), removed, assignments: [], events: [], created: [] });
    const mine = dfToJson(this.clusterer.df);
    // Other processes may have saved their counts since these were loaded: add what this one counted since it
    // loaded or last saved them to theirs.
    const now = shared ? await this.store.getSetting(DF_SETTING) : null;
    const merged = now !== null && now !== this.dfLoaded
      ? dfToJson(addCounts(dfFromJson(now), this.dfLoaded === null ? null : dfFromJson(this.dfLoaded), this.clusterer.df))
      : mine;
    await this.store.setSetting(DF_SETTING, merged);
    this.dfLoaded = mine;
  }
}

/** Profiles are rewritten whole, so they are saved every few batches rather than after each one. */
const PROFILE_SAVE_EVERY = 10;

/** A merge as a story event: `bridge` merges keep their centroid cosine as `cosine`, as recorded before rejoins. */
const mergeEvent = (m: StoryMerge): StoryEvent => ({
  kind: "merge", story: m.into, other: m.from, article: m.article,
  detail: JSON.stringify(m.rule === "bridge" ? { cosine: m.score } : { rejoin: true, score: m.score }),
});

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
  /** Articles left with a story to themselves that then joined another (see {@link StoryClusterer.rejoin}). */
  readonly rejoined: number;
}

/**
 * Cluster every stored article again, in publication order, from nothing: the canonical result, whatever order and
 * batches the articles arrived in. What it changed is recorded as `split` and `merge` events (see
 * {@link regroup}): the history of the stories it replaced goes, but not without a word.
 */
export async function reclusterAll(
  store: Store, options: Partial<StoryOptions> = {}, entities: EntityKeys | null = null, batchSize = 1000,
): Promise<ReclusterResult> {
  return StoryEngine.recluster(store, options, entities, batchSize);
}

/**
 * One line for a merge or split in a story's history; a recorded event (with `at`) starts with its UTC date and
 * minute, since the history spans every re-clustering.
 */
export function describeStoryEvent(e: StoryEvent & { readonly at?: string }): string {
  const d = JSON.parse(e.detail) as { recluster?: boolean; articles?: number; of?: number; cosine?: number; rejoin?: boolean; score?: number };
  const when = e.at === undefined ? "" : `${e.at.slice(0, 16).replace("T", " ")} `;
  if (d.rejoin) return `${when}re-clustering moved ${e.article}, alone in ${e.other}, into ${e.story} (score ${d.score?.toFixed(3)} against it)`;
  if (!d.recluster) return `${when}merged ${e.other} into ${e.story} when ${e.article} arrived (centroid cosine ${d.cosine?.toFixed(3)})`;
  const articles = (n: number | undefined) => plural(n ?? 0, "article");
  if (e.kind === "split") return `${when}re-clustering split ${e.other}: ${d.articles} of its ${articles(d.of)} went to ${e.story}`;
  return e.other === e.story
    ? `${when}re-clustering kept the ${articles(d.of)} of ${e.story} and merged others into it`
    : `${when}re-clustering merged ${e.other} (${articles(d.of)}) into ${e.story}`;
}
