import { createHash } from "node:crypto";
import { storyId, type ArticleId, type StoryId } from "../core/types.js";
import { defaultStoryOptions, type StoryOptions } from "./options.js";
import { addTitle, mergeTitles } from "./headline.js";
import { termCounts, urlSlugWords } from "./terms.js";
import { addVectors, DocumentFrequencies, heaviest, idfCosine, idfNorm, keepEntries, termVector, type TermVector } from "./tfidf.js";

const DAY = 86_400_000;
/** Candidates whose latest members are compared too, best centroid scores first. */
const MEMBER_CHECKS = 5;

/** What the clusterer needs of an article. */
export interface ClusterInput {
  readonly id: ArticleId;
  readonly title: string | null;
  readonly text: string;
  /**
   * The article's address. When the words of its slug ({@link urlSlugWords}) share none with the title, they count as
   * title words.
   */
  readonly url?: string | null;
  /** Publication time in UTC ms, or `null` when unknown (no time factor then). */
  readonly publishedAt: number | null;
  /** Canonical entity keys (from entity recognition); may be empty. */
  readonly entities?: readonly string[];
  /** Reuse relations to articles already clustered: their id and the share reused. */
  readonly reuse?: readonly { readonly id: ArticleId; readonly share: number }[];
}

/**
 * A story's running profile: kept incrementally, so adding an article costs the same however many there are.
 * Vectors hold term numbers from the clusterer's {@link DocumentFrequencies}; IDF is applied when comparing.
 */
export interface StoryProfile {
  readonly id: StoryId;
  /** Sum of the unit term-frequency vectors of its articles, pruned to the heaviest terms. */
  centroid: TermVector;
  size: number;
  /** Publication span in UTC ms; `null` when none of its articles is dated. */
  first: number | null;
  last: number | null;
  entities: Map<string, number>;
  /** The representative headline: the first of `titles`, or the first article's title before any is ranked. */
  headline: string | null;
  /** Member-title term counts and the best few titles, for the headline (see {@link addTitle}). */
  titleTerms: Map<string, number>;
  titles: string[];
  firstTitle: string | null;
  /** Term numbers the story is filed under in the candidate index. */
  indexed: number[];
  /** The latest member vectors (up to `memberLinks`). */
  members: TermVector[];
}

/** The features of one article–story comparison. */
export interface StoryFeatures {
  readonly text: number;
  readonly entities: number;
  readonly reuse: number;
  /** Multiplier from the gap between the article and the story's span, 0–1. */
  readonly time: number;
}

/**
 * A merge of one story into another. `bridge`: an article joined one of two candidate stories whose centroids then
 * reached `mergeThreshold`, and `score` is their cosine. `rejoin`: a story of one article, judged again against the
 * stories as they ended up ({@link StoryClusterer.rejoin}), and `score` is its article's score against `into`.
 */
export interface StoryMerge {
  readonly into: StoryId;
  readonly from: StoryId;
  readonly rule: "bridge" | "rejoin";
  readonly score: number;
  readonly article: ArticleId;
}

/** Why an article went where it went. */
export interface Assignment {
  readonly article: ArticleId;
  readonly story: StoryId;
  readonly created: boolean;
  readonly score: number;
  readonly features: StoryFeatures | null;
  /** The best story it did not join, if any was a candidate. */
  readonly runnerUp: { readonly story: StoryId; readonly score: number } | null;
  readonly candidates: number;
  /** Stories merged into this one because the article bridged them. */
  readonly merges: readonly StoryMerge[];
}

/** A story id that depends only on the article that started it, so it is the same however articles are batched. */
export const storyIdFor = (first: ArticleId): StoryId =>
  storyId(`s${createHash("sha1").update(first).digest("hex").slice(0, 12)}`);

/**
 * Online story clustering: each article, in publication order, joins the best-scoring candidate story or starts
 * a new one. Candidates come from an inverted index over each story's heaviest terms and from reuse relations;
 * the time window drops stories whose span is far from the article's time, so the cost per article does not grow
 * with the archive.
 *
 * @example const c = new StoryClusterer(); c.assign({ id, title, text, publishedAt: Date.now() }).story
 */
export class StoryClusterer {
  readonly options: StoryOptions;
  readonly df: DocumentFrequencies;
  private readonly stories = new Map<StoryId, StoryProfile>();
  /** Term number → the stories filed under it, the most recently changed last (see {@link reindex}). */
  private readonly postings = new Map<number, Set<Filed>>();
  /** Each indexed story's entry in the postings. */
  private readonly filed = new Map<StoryId, Filed>();
  /** Lookups so far: the stamp of the current one (see {@link Filed}). */
  private lookups = 0;
  private readonly storyOf = new Map<ArticleId, StoryId>();
  /** The article of each story that has only one. */
  private readonly lone = new Map<StoryId, ArticleId>();
  private readonly changed = new Set<StoryId>();
  private readonly removed = new Set<StoryId>();

  /** Stories changed and removed since the last call: what a store must save. */
  takeChanges(): { changed: StoryProfile[]; removed: StoryId[] } {
    const changed = [...this.changed].flatMap((id) => this.stories.get(id) ?? []);
    const removed = [...this.removed];
    this.changed.clear();
    this.removed.clear();
    return { changed, removed };
  }

  constructor(options: Partial<StoryOptions> = {}, df = new DocumentFrequencies()) {
    this.options = { ...defaultStoryOptions, ...options };
    this.df = df;
  }

  /** The story an article was put in, if it was clustered here. */
  storyOfArticle(id: ArticleId): StoryId | undefined {
    return this.storyOf.get(id);
  }

  story(id: StoryId): StoryProfile | undefined {
    return this.stories.get(id);
  }

  allStories(): IterableIterator<StoryProfile> {
    return this.stories.values();
  }

  /**
   * An article's term vector: sublinear term frequencies (title terms weighted, and the address's slug words when
   * the title shares none of them), unit length, over term numbers.
   * IDF is applied when comparing, with the frequencies as they are then, so early articles are not stuck with
   * early statistics.
   */
  vectorize(input: ClusterInput, learn = true): TermVector {
    const counts = termCounts(input.text);
    const heading = input.title ? termCounts(input.title) : new Map<string, number>();
    // An address whose slug shares no word with the title names what the page is about when its title does not
    // (a site's or section's name); a slug that shares a word with the title is mostly the headline again, and
    // adds nothing.
    const slug = termCounts(urlSlugWords(input.url));
    if (![...slug.keys()].some((t) => heading.has(t))) for (const [term, n] of slug) heading.set(term, n);
    for (const [term, n] of heading) counts.set(term, (counts.get(term) ?? 0) + n * this.options.titleWeight);
    const entries: [number, number][] = [];
    let norm = 0;
    for (const [term, tf] of counts) {
      const w = 1 + Math.log(tf);
      entries.push([this.df.id(term), w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    const v = termVector(entries.map(([id, w]) => [id, w / norm] as const));
    if (learn) this.df.addIds(v.ids);
    return v;
  }

  /**
   * Score an article (its term vector and IDF-weighted length) against a story: against its centroid, and when
   * `members` is set, against its latest members too.
   */
  features(vector: TermVector, vectorNorm: number, input: ClusterInput, story: StoryProfile, members = true): StoryFeatures {
    let text = idfCosine(vector, story.centroid, this.df, vectorNorm);
    if (members) for (const m of story.members) text = Math.max(text, idfCosine(vector, m, this.df, vectorNorm));
    const ents = input.entities ?? [];
    const entities = ents.length === 0 ? 0 : ents.filter((e) => story.entities.has(e)).length / ents.length;
    let reuse = 0;
    for (const r of input.reuse ?? []) if (this.storyOf.get(r.id) === story.id) reuse = Math.max(reuse, r.share);
    let time = 1;
    if (input.publishedAt !== null && story.first !== null && story.last !== null) {
      const gap = input.publishedAt < story.first ? story.first - input.publishedAt : Math.max(0, input.publishedAt - story.last);
      time = Math.max(this.options.timeFloor, Math.exp(-gap / (this.options.timeScaleDays * DAY)));
    }
    return { text, entities, reuse, time };
  }

  score(f: StoryFeatures): number {
    const o = this.options;
    return (o.textWeight * f.text + o.entityWeight * f.entities + o.reuseWeight * f.reuse) * f.time;
  }

  /**
   * Candidate stories for an article: those indexed under its heaviest terms, ranked by the weight of the terms
   * they share and cut to `maxCandidates`, plus the stories of articles it reuses; stale stories are dropped.
   */
  candidates(vector: TermVector, input: ClusterInput): StoryId[] {
    // Each hit adds to its entry's tally (reset by the stamp), so a lookup builds no map of its own.
    const stamp = ++this.lookups;
    const hits: Filed[] = [];
    const idf = (id: number, w: number) => w * this.df.idfOf(id);
    // The heaviest terms that some story is filed under: a term no story has (a rare word, a typo) finds nothing.
    const filed = (term: number) => (this.postings.get(term)?.size ?? 0) > 0;
    for (const i of heaviest(vector, this.options.queryTerms, idf, filed)) {
      const w = idf(vector.ids[i]!, vector.weights[i]!);
      for (const entry of this.postings.get(vector.ids[i]!)!) {
        if (entry.stamp !== stamp) {
          entry.stamp = stamp;
          entry.shared = 0;
          hits.push(entry);
        }
        entry.shared += w;
      }
    }
    // A story is a candidate while the article falls within the window of its span, on either side: a late
    // article from long before a story began is no more its follow-up than one from long after it ended.
    const window = this.options.windowDays * DAY;
    const at = input.publishedAt;
    const live = (story: StoryProfile) => at === null || story.last === null || (at - story.last <= window && story.first! - at <= window);
    // The `maxCandidates` live stories sharing the most query weight (ties by id), picked in one pass.
    const k = this.options.maxCandidates;
    const top: Filed[] = [];
    const before = (a: Filed, b: Filed) => a.shared > b.shared || (a.shared === b.shared && a.story.id < b.story.id);
    for (const hit of hits) {
      if (top.length === k && !before(hit, top[k - 1]!)) continue;
      if (!live(hit.story)) continue;
      let pos = top.length;
      while (pos > 0 && before(hit, top[pos - 1]!)) pos--;
      top.splice(pos, 0, hit);
      if (top.length > k) top.pop();
    }
    const out = new Set(top.map((hit) => hit.story.id));
    for (const r of input.reuse ?? []) {
      const id = this.storyOf.get(r.id);
      const story = id === undefined ? undefined : this.stories.get(id);
      if (story && live(story)) out.add(story.id);
    }
    return [...out].sort();
  }

  /** Assign one article. Articles should arrive in publication order. */
  assign(input: ClusterInput): Assignment {
    const known = this.storyOf.get(input.id);
    if (known) {
      return { article: input.id, story: known, created: false, score: 1, features: null, runnerUp: null, candidates: 0, merges: [] };
    }
    const vector = this.vectorize(input);
    const norm = idfNorm(vector, this.df);
    // Centroids first; the members of the best few only (a member can only raise a story's score).
    const byScore = (a: { id: StoryId; score: number }, b: { id: StoryId; score: number }) => b.score - a.score || (a.id < b.id ? -1 : 1);
    const ranked = this.candidates(vector, input)
      .map((id) => {
        const f = this.features(vector, norm, input, this.stories.get(id)!, false);
        return { id, f, score: this.score(f) };
      })
      .sort(byScore);
    for (let i = 0; i < Math.min(MEMBER_CHECKS, ranked.length); i++) {
      const f = this.features(vector, norm, input, this.stories.get(ranked[i]!.id)!, true);
      ranked[i] = { id: ranked[i]!.id, f, score: this.score(f) };
    }
    ranked.sort(byScore);
    const best = ranked[0];
    const runnerUp = ranked[1] ? { story: ranked[1].id, score: ranked[1].score } : null;
    if (best && best.score >= this.options.threshold) {
      const story = this.stories.get(best.id)!;
      this.add(story, vector, input);
      const merges: StoryMerge[] = [];
      for (const other of this.options.mergeThreshold >= 1 ? [] : ranked.slice(1)) {
        const o = this.stories.get(other.id);
        if (!o || o.centroid.ids.length === 0 || story.centroid.ids.length === 0) continue;
        const cosine = idfCosine(story.centroid, o.centroid, this.df);
        if (cosine >= this.options.mergeThreshold) {
          this.merge(story, o);
          merges.push({ into: story.id, from: o.id, rule: "bridge", score: cosine, article: input.id });
        }
      }
      return { article: input.id, story: best.id, created: false, score: best.score, features: best.f, runnerUp, candidates: ranked.length, merges };
    }
    const story: StoryProfile = {
      id: storyIdFor(input.id), centroid: termVector([]), size: 0, first: null, last: null,
      entities: new Map(), headline: input.title, titleTerms: new Map(), titles: [], firstTitle: null, indexed: [], members: [],
    };
    this.stories.set(story.id, story);
    this.add(story, vector, input);
    return {
      article: input.id, story: story.id, created: true, score: best?.score ?? 0, features: best?.f ?? null,
      runnerUp: best ? { story: best.id, score: best.score } : null, candidates: ranked.length, merges: [],
    };
  }

  /**
   * Drop a story's profile and index entries: another process merged it away, or saved a newer profile that is
   * about to be restored. Its articles' story ids are left for that restore (or the merge target's) to overwrite.
   */
  forget(id: StoryId): void {
    const story = this.stories.get(id);
    if (!story) return;
    this.unfile(story);
    this.stories.delete(id);
    this.lone.delete(id);
    this.changed.delete(id);
  }

  /** Put a story profile back (from a store) with the articles it holds. */
  restore(profile: StoryProfile, articles: readonly ArticleId[]): void {
    this.stories.set(profile.id, profile);
    for (const a of articles) this.storyOf.set(a, profile.id);
    if (articles.length === 1 && profile.size === 1) this.lone.set(profile.id, articles[0]!);
    else this.lone.delete(profile.id);
    this.reindex(profile);
  }

  /** The articles that have a story to themselves, as `[story, article]`. */
  loneArticles(): [StoryId, ArticleId][] {
    return [...this.lone];
  }

  /**
   * Judge an article that has a story to itself again, against the stories as they are now: it joins the best
   * candidate scoring at or above the threshold, which takes its story in (a `rejoin` merge), or stays put (null).
   * Online, a story an article would have joined may only form after it (an opinion piece before the news it
   * discusses; a first report long before the follow-ups); re-clustering runs this over every lone article once
   * all are assigned. `input` is the article as given to {@link assign}: its time, entities and reuse relations.
   */
  rejoin(input: ClusterInput): { merge: StoryMerge; assignment: Assignment } | null {
    const ownId = this.storyOf.get(input.id);
    const own = ownId === undefined ? undefined : this.stories.get(ownId);
    if (!own || this.lone.get(own.id) !== input.id) return null;
    // A story's centroid is the sum of its articles' vectors: with one article, that article's vector.
    const vector = own.centroid;
    const norm = idfNorm(vector, this.df);
    let best: { story: StoryProfile; f: StoryFeatures; score: number } | null = null;
    const candidates = this.candidates(vector, input).filter((id) => id !== own.id);
    for (const id of candidates) {
      const story = this.stories.get(id)!;
      const f = this.features(vector, norm, input, story, true);
      const score = this.score(f);
      if (!best || score > best.score || (score === best.score && id < best.story.id)) best = { story, f, score };
    }
    if (!best || best.score < this.options.threshold) return null;
    this.merge(best.story, own);
    const merge: StoryMerge = { into: best.story.id, from: own.id, rule: "rejoin", score: best.score, article: input.id };
    return {
      merge,
      assignment: { article: input.id, story: best.story.id, created: false, score: best.score, features: best.f, runnerUp: null, candidates: candidates.length, merges: [merge] },
    };
  }

  private add(story: StoryProfile, vector: TermVector, input: ClusterInput): void {
    if (this.options.memberLinks > 0) {
      story.members.push(vector);
      if (story.members.length > this.options.memberLinks) story.members.shift();
    }
    story.centroid = addVectors(story.centroid, vector);
    if (story.centroid.ids.length > this.options.centroidTerms * 1.5) {
      story.centroid = keepEntries(story.centroid, heaviest(story.centroid, this.options.centroidTerms, (_, w) => w));
    }
    story.size++;
    if (input.publishedAt !== null) {
      story.first = story.first === null ? input.publishedAt : Math.min(story.first, input.publishedAt);
      story.last = story.last === null ? input.publishedAt : Math.max(story.last, input.publishedAt);
    }
    for (const e of input.entities ?? []) story.entities.set(e, (story.entities.get(e) ?? 0) + 1);
    if (input.title) {
      addTitle(story, input.title);
      story.headline = story.titles[0] ?? story.headline;
    }
    this.storyOf.set(input.id, story.id);
    if (story.size === 1) this.lone.set(story.id, input.id);
    else this.lone.delete(story.id);
    this.changed.add(story.id);
    this.reindex(story);
  }

  /** Fold story `from` into `into`: profiles added, articles moved, `from` gone. */
  private merge(into: StoryProfile, from: StoryProfile): void {
    into.centroid = addVectors(into.centroid, from.centroid);
    into.size += from.size;
    if (from.first !== null) into.first = into.first === null ? from.first : Math.min(into.first, from.first);
    if (from.last !== null) into.last = into.last === null ? from.last : Math.max(into.last, from.last);
    for (const [e, n] of from.entities) into.entities.set(e, (into.entities.get(e) ?? 0) + n);
    mergeTitles(into, from);
    into.headline = into.titles[0] ?? into.headline ?? from.headline;
    into.members.push(...from.members);
    if (into.members.length > this.options.memberLinks) into.members.splice(0, into.members.length - this.options.memberLinks);
    this.unfile(from);
    const only = this.lone.get(from.id);
    if (only !== undefined) this.storyOf.set(only, into.id);
    else for (const [article, story] of this.storyOf) if (story === from.id) this.storyOf.set(article, into.id);
    this.lone.delete(from.id);
    this.lone.delete(into.id);
    this.stories.delete(from.id);
    this.changed.delete(from.id);
    this.removed.add(from.id);
    this.changed.add(into.id);
    this.reindex(into);
  }

  /** File the story under its heaviest IDF-weighted centroid terms. */
  private reindex(story: StoryProfile): void {
    const c = story.centroid;
    const terms = heaviest(c, this.options.indexTerms, (id, w) => w * this.df.idfOf(id)).map((i) => c.ids[i]!);
    const entry = this.unfile(story) ?? { story, shared: 0, stamp: 0 };
    this.filed.set(story.id, entry);
    for (const term of terms) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = new Set()));
      // A set iterates in insertion order: re-adding puts the story last, so the first is the longest unchanged,
      // and it gives way when the list is full.
      posting.add(entry);
      if (posting.size > this.options.maxPosting) posting.delete(posting.values().next().value!);
    }
    story.indexed = terms;
  }

  /**
   * Take the story out of the postings, as filed under this profile or an earlier one of the same id (a restore
   * replaces the profile); the entry is returned for reuse when it is this profile's.
   */
  private unfile(story: StoryProfile): Filed | undefined {
    const entry = this.filed.get(story.id);
    if (!entry) return undefined;
    for (const term of entry.story.indexed) this.postings.get(term)?.delete(entry);
    this.filed.delete(story.id);
    return entry.story === story ? entry : undefined;
  }
}

/** A story's entry in the candidate postings, with the tally of the lookup that last reached it. */
interface Filed {
  readonly story: StoryProfile;
  /** Query weight shared with the article of lookup `stamp`. */
  shared: number;
  stamp: number;
}
