import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { InputError } from "../core/errors.js";
import { parsePublished, publishedSortKey } from "../core/published.js";
import { textHash } from "../core/text.js";
import { articleId, type ArticleId } from "../core/types.js";
import { readInputs } from "../ingest/read-inputs.js";
import { singlePassBaseline } from "../stories/baseline.js";
import { StoryClusterer, type ClusterInput } from "../stories/clusterer.js";
import { articleEntityKeys } from "../stories/entity-keys.js";
import type { StoryOptions } from "../stories/options.js";
import { clusterMetrics, type ClusterMetrics } from "./cluster-metrics.js";
import { givemeDataFolder, readGiveme5w1h } from "./giveme5w1h.js";

/** One labelled item to cluster. */
export interface StoryItem extends ClusterInput {
  readonly gold: string;
}

/** Read JSONL lines `{"text", "cluster"}` (the GoogleNews sets): ids are line numbers, there are no dates. */
async function readGoogleNews(file: string): Promise<StoryItem[]> {
  const items: StoryItem[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    let value: { text?: unknown; cluster?: unknown };
    try {
      value = JSON.parse(text) as typeof value;
    } catch (error) {
      throw new InputError(`invalid JSON: ${(error as Error).message}`, { file, line });
    }
    if (typeof value.text !== "string") throw new InputError("expected a string", { file, line, field: "text" });
    if (value.cluster === undefined) throw new InputError("missing", { file, line, field: "cluster" });
    items.push({ id: articleId(String(line)), title: null, text: value.text, publishedAt: null, gold: String(value.cluster) });
  }
  return items;
}

async function firstLine(file: string): Promise<string> {
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (text.trim()) return text;
  }
  return "";
}

/**
 * Read labelled articles for story evaluation: a Giveme5W1H folder, a GoogleNews JSONL (`text`, `cluster`), or any
 * input wiretrace ingests whose records carry a `story` label.
 */
export async function readStoryItems(path: string): Promise<StoryItem[]> {
  if ((await stat(path)).isDirectory()) {
    const giveme = await readGiveme5w1h(path).catch(() => null);
    if (giveme && giveme.length > 0) {
      return giveme.map((a) => {
        const p = parsePublished(a.published);
        return { id: articleId(a.id), title: a.title, text: a.text, url: a.url, publishedAt: p ? publishedSortKey(p) : null, gold: a.event };
      });
    }
  } else if (/\.jsonl?$/.test(path)) {
    const head = await firstLine(path);
    if (/"cluster"\s*:/.test(head) && !/"(published|date)"\s*:/.test(head)) return readGoogleNews(path);
  }
  const items: StoryItem[] = [];
  for await (const item of readInputs([path])) {
    if (item.kind === "rejected") {
      const r = item.rejection;
      throw new InputError(r.reason, { file: r.file, line: r.line, field: r.field });
    }
    const a = item.article;
    if (a.storyLabel === null) {
      throw new InputError("no gold story label", { file: a.origin.file, line: a.origin.line, field: "story" });
    }
    items.push({ id: a.id, title: a.title, text: a.text, url: a.url, publishedAt: publishedSortKey(a.published), gold: a.storyLabel });
  }
  return items;
}

/**
 * What `wiretrace ingest` should read to store the labelled articles at `path`: for a folder, where
 * {@link readStoryItems} reads a Giveme5W1H folder's articles (its other files are not articles), else `path`
 * itself. Undated data (GoogleNews) cannot be ingested.
 *
 * @example await storyInputPaths("../shared/data/giveme5w1h_news_cluster") // [".../giveme5w1h_news_cluster/data"]
 */
export async function storyInputPaths(path: string): Promise<string[]> {
  return [(await stat(path)).isDirectory() ? await givemeDataFolder(path) : path];
}

export interface StoryEvaluation {
  readonly wiretrace: ClusterMetrics;
  /**
   * As `wiretrace recluster` leaves them: the same pass, then every article left with a story to itself judged again
   * against the stories as they ended up ({@link StoryClusterer.rejoin}). Absent when the stories were read from a
   * store.
   */
  readonly reclustered?: ClusterMetrics;
  readonly baseline: ClusterMetrics;
  readonly predictions: readonly { id: ArticleId; story: string }[];
  /** Each item's story after re-clustering, when `reclustered` is given. */
  readonly reclusteredPredictions?: readonly { id: ArticleId; story: string }[];
}

/**
 * How a labelled item is found among stored articles, whose ids are the store's: by its text and address (two files
 * with one text are two articles when their addresses differ).
 */
export const storedKey = (hash: string, url: string | null | undefined): string => `${hash} ${url ?? ""}`;

/** Each item's story as a store holds it (`stored`: {@link storedKey} to story). */
function storedPredictions(items: readonly StoryItem[], stored: ReadonlyMap<string, string>): Map<string, string> {
  const pred = new Map<string, string>();
  for (const item of items) {
    const story = stored.get(storedKey(textHash(item.text), item.url));
    if (story === undefined) throw new InputError(`article ${JSON.stringify(item.id)} has no story in the store: was it rejected?`, {});
    pred.set(item.id, story);
  }
  return pred;
}

/**
 * Score the stories a store holds (`stored`: {@link storedKey} to story) against the items' gold labels, without the
 * baseline: for a second clustering of the same store, next to {@link evaluateStories}.
 */
export function scoreStoredStories(items: readonly StoryItem[], stored: ReadonlyMap<string, string>): ClusterMetrics {
  return clusterMetrics(new Map(items.map((i) => [i.id as string, i.gold])), storedPredictions(items, stored));
}

/**
 * Cluster labelled items in publication order (undated items keep input order) with wiretrace and with the
 * single-pass TF-IDF baseline, and score both against the gold labels. With `stored`, wiretrace's stories are not
 * clustered here but read from it: each item's story (found by its text and address) as a store that ingested them
 * holds it.
 */
export function evaluateStories(
  items: readonly StoryItem[], options: Partial<StoryOptions> = {}, stored?: ReadonlyMap<string, string>,
): StoryEvaluation {
  const ordered = items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.publishedAt ?? 0) - (b.item.publishedAt ?? 0) || a.i - b.i)
    .map((x) => x.item);
  let pred = new Map<string, string>();
  let reclustered: Map<string, string> | undefined;
  if (stored) {
    pred = storedPredictions(items, stored);
  } else {
    const clusterer = new StoryClusterer(options);
    // As a story engine does: entities recognised only when they count.
    const recognise = clusterer.options.entityWeight > 0;
    const inputs: ClusterInput[] = ordered.map((item) =>
      recognise && item.entities === undefined ? { ...item, entities: articleEntityKeys(item.title, item.text) } : item);
    for (const input of inputs) pred.set(input.id, clusterer.assign(input).story);
    // As `recluster` does; an article not alone in its story is left where it is.
    for (const input of inputs) clusterer.rejoin(input);
    reclustered = new Map(items.map((i) => [i.id as string, clusterer.storyOfArticle(i.id)!]));
  }
  const gold = new Map(items.map((i) => [i.id as string, i.gold]));
  const baseline = singlePassBaseline(ordered.map((i) => ({ id: i.id, text: i.title ? `${i.title}\n${i.text}` : i.text })));
  return {
    wiretrace: clusterMetrics(gold, pred),
    ...(reclustered ? { reclustered: clusterMetrics(gold, reclustered) } : {}),
    baseline: clusterMetrics(gold, baseline),
    predictions: items.map((i) => ({ id: i.id, story: pred.get(i.id)! })),
    ...(reclustered ? { reclusteredPredictions: items.map((i) => ({ id: i.id, story: reclustered.get(i.id)! })) } : {}),
  };
}
