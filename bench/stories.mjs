// Story assignment cost per article as the archive grows: wiretrace's indexed candidates next to the
// single-pass baseline that compares every cluster.
import { StoryClusterer } from "../dist/stories/clusterer.js";
import { singlePassBaseline } from "../dist/stories/baseline.js";
import { clusterMetrics } from "../dist/eval/cluster-metrics.js";
import { loadSentences, prng, sentenceModel } from "./corpus.mjs";

const DAY = 86_400_000;

/** Articles in stories: each story has its own topic sentences that its articles draw on, among general ones. */
function makeStream(count, makeSentence) {
  const rand = prng(21);
  const stories = [];
  const out = [];
  const t0 = Date.UTC(2023, 0, 1);
  for (let i = 0; out.length < count; i++) {
    // A new story starts every so often; articles go to a live story, spread over its few days.
    if (stories.length === 0 || rand() < 0.25) {
      const start = t0 + (out.length / count) * 365 * DAY;
      stories.push({ id: `g${stories.length}`, start, topic: Array.from({ length: 6 }, makeSentence) });
    }
    const live = stories.slice(-40);
    const story = live[Math.floor(rand() * live.length)];
    const topical = Array.from({ length: 3 }, () => story.topic[Math.floor(rand() * story.topic.length)]);
    const general = Array.from({ length: 6 }, makeSentence);
    const title = story.topic[0].slice(0, 60);
    const publishedAt = Math.max(story.start, t0 + (out.length / count) * 365 * DAY);
    // An address as outlets write them: the date, then the headline's words (the clusterer reads them as title words).
    const slug = title.toLowerCase().split(/[^a-z]+/).filter(Boolean).join("-");
    const url = `https://outlet-${out.length % 7}.example/news/${new Date(publishedAt).toISOString().slice(0, 10).replaceAll("-", "/")}/${slug}-${out.length}`;
    out.push({ id: `a${out.length}`, title, url, text: [...topical, ...general].join(" "), publishedAt, gold: story.id });
  }
  return out;
}

export async function benchStories({ articles }) {
  const { sentences, origin } = loadSentences();
  const stream = makeStream(articles, sentenceModel(sentences, 17));
  const golds = new Set(stream.map((a) => a.gold)).size;
  console.log(`stream: ${articles.toLocaleString("en-US")} articles in ${golds.toLocaleString("en-US")} stories over a year (sentences from a bigram model of ${origin})`);
  const window = Math.min(10_000, Math.floor(articles / 2));
  const baseN = Math.min(5_000, window);
  // The cost over the 10,000 articles before each mark: bounded structures fill up first, then it should stay put.
  const marks = [window, articles / 4, articles / 2, articles]
    .map(Math.floor).filter((m, i, all) => m >= window && all.indexOf(m) === i).sort((a, b) => a - b);
  // Two passes over the same stream, each with a new clusterer: this machine's speed drifts by a third from minute
  // to minute, and a second pass shows how much of a difference between marks is that drift.
  const passes = [];
  let pred;
  for (let pass = 0; pass < 2; pass++) {
    const clusterer = new StoryClusterer();
    const perWindow = [];
    let t = performance.now();
    pred = new Map();
    for (let i = 0; i < stream.length; i++) {
      pred.set(stream[i].id, clusterer.assign(stream[i]).story);
      if (marks.includes(i + 1)) perWindow.push((performance.now() - t) / window);
      if (marks.some((m) => m - window === i + 1)) t = performance.now();
    }
    passes.push(perWindow);
  }
  const m = clusterMetrics(new Map(stream.map((a) => [a.id, a.gold])), pred);
  console.log("story assignment                  ms per article (last 10,000 before the mark), two passes");
  marks.forEach((at, k) => {
    console.log(`  wiretrace at ${at.toLocaleString("en-US").padStart(8)} articles     ${passes.map((p) => p[k].toFixed(3)).join("   ")}`);
  });
  console.log(`  wiretrace quality: BCubed F1 ${m.bcubedF1.toFixed(3)}, NMI ${m.nmi.toFixed(3)}, ${m.predClusters} stories for ${m.goldClusters}`);
  // Baseline on the first 10,000 only: it compares every cluster, so its cost grows with the archive.
  const sub = stream.slice(0, baseN);
  let t = performance.now();
  const half = singlePassBaseline(sub.slice(0, baseN / 2));
  const tHalf = performance.now() - t;
  t = performance.now();
  const full = singlePassBaseline(sub);
  const tFull = performance.now() - t;
  const late = (tFull - tHalf) / (baseN / 2);
  console.log(`  baseline (scan all clusters): ${(tHalf / (baseN / 2)).toFixed(3)} ms per article over the first ${(baseN / 2).toLocaleString("en-US")}, ${late.toFixed(3)} over the next ${(baseN / 2).toLocaleString("en-US")}`);
  void half;
  void full;
}
