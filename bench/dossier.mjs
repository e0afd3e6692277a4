// Claim grouping of the story dossier as a story grows: wiretrace's bounded candidates (shared rare words, then
// sentenceSimilarity) next to the baseline that scores every pair of sentences from different articles.
// A story is one agency article, rewrites of it (its sentences, some with a word dropped, plus their own) and
// independent reports that tell some of its sentences in other words: the second sentence of a real MSRP
// paraphrase pair whose first sentence the agency used. Recall is the share of those planted paraphrases that
// end up in the claim of the agency sentence they paraphrase.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PARAPHRASE_THRESHOLD, prepareSentence, preparedSimilarity } from "../dist/align/similarity.js";
import { splitSentences } from "../dist/align/sentences.js";
import { storyClaims } from "../dist/dossier/claims.js";
import { loadSentences, prng, sentenceModel, sharedData } from "./corpus.mjs";

function paraphrasePairs() {
  const file = join(sharedData, "msrp", "msr_paraphrase_train.txt");
  if (!existsSync(file)) return null;
  return readFileSync(file, "utf8").split(/\r?\n/).slice(1).map((l) => l.split("\t"))
    .filter((c) => c[0] === "1" && c[3] && c[4]).map((c) => [c[3].trim(), c[4].trim()]);
}

function makeStory(n, pairs, makeSentence, seed) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const paired = Array.from({ length: 6 }, () => pick(pairs));
  const agencySentences = [...paired.map((p) => p[0]), ...Array.from({ length: 6 }, makeSentence)];
  const at = (i) => Date.UTC(2024, 0, 1, 6) + i * 60_000;
  const article = (id, outlet, sentences, i) => ({ id, outlet, text: sentences.join(" "), publishedAt: at(i), anchor: { date: "2024-01-01" } });
  const articles = [article("agency", "Agency", agencySentences, 0)];
  const edges = [];
  const roots = ["agency"];
  const planted = [];
  for (let i = 1; i < n; i++) {
    if (rand() < 0.6) {
      const kept = agencySentences.filter(() => rand() < 0.7).map((s) => {
        if (rand() < 0.5) return s;
        const words = s.split(" ");
        words.splice(1 + Math.floor(rand() * (words.length - 2)), 1);
        return words.join(" ");
      });
      articles.push(article(`r${i}`, `Outlet ${i}`, [...kept, makeSentence(), makeSentence()], i));
      edges.push({ parent: "agency", child: `r${i}`, kind: "derived", extent: "whole", share: 0.8, containment: 0.8, confidence: 0.9, rules: [], alternatives: [] });
    } else {
      const told = paired.filter(() => rand() < 0.5);
      for (const p of told) planted.push({ article: `i${i}`, agency: p[0], paraphrase: p[1] });
      articles.push(article(`i${i}`, `Outlet ${i}`, [...told.map((p) => p[1]), ...Array.from({ length: 7 }, makeSentence)], i));
      roots.push(`i${i}`);
    }
  }
  return { articles, forest: { roots, edges }, planted };
}

/** Share of planted paraphrases whose sentence shares a claim with the agency sentence. */
function recallOf(claims, planted) {
  const claimOf = new Map();
  for (const c of claims) for (const k of c.carriers) claimOf.set(`${k.article}\u0000${k.sentence}`, c.id);
  const hits = planted.filter((p) => {
    const a = claimOf.get(`agency\u0000${p.agency}`);
    return a !== undefined && a === claimOf.get(`${p.article}\u0000${p.paraphrase}`);
  }).length;
  return planted.length === 0 ? 1 : hits / planted.length;
}

/** The baseline: every pair of sentences from different articles scored; recall of the planted pairs. */
function allPairs(story) {
  const nodes = story.articles.flatMap((a) => splitSentences(a.text).map((s) => ({ article: a.id, text: s.text, prepared: prepareSentence(s.text) })));
  const linked = new Set();
  let pairs = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if (nodes[i].article === nodes[j].article) continue;
      pairs++;
      if (preparedSimilarity(nodes[i].prepared, nodes[j].prepared) >= PARAPHRASE_THRESHOLD) {
        linked.add(`${nodes[i].article}\u0000${nodes[i].text}\u0001${nodes[j].article}\u0000${nodes[j].text}`);
      }
    }
  }
  const hits = story.planted.filter((p) => linked.has(`agency\u0000${p.agency}\u0001${p.article}\u0000${p.paraphrase}`)).length;
  return { sentences: nodes.length, pairs, recall: story.planted.length === 0 ? 1 : hits / story.planted.length };
}

export async function benchDossier({ sizes = [50, 200, 800], baselineUpTo = 200 } = {}) {
  const pairs = paraphrasePairs();
  if (!pairs) {
    console.log("skipped: needs ../shared/data/msrp for planted paraphrases");
    return;
  }
  const { sentences, origin } = loadSentences();
  const makeSentence = sentenceModel(sentences, 29);
  console.log(`stories: an agency article, 60% rewrites of it, 40% independent reports telling about half of its 6 MSRP-paired sentences in the pair's other words; other sentences from a bigram model of ${origin}`);
  console.log("claim grouping (storyClaims)   articles  sentences   ms total  ms/article  planted recall   baseline: pairs scored        ms  recall");
  for (const n of sizes) {
    const story = makeStory(n, pairs, makeSentence, 100 + n);
    const t0 = performance.now();
    const claims = storyClaims(story.articles, story.forest);
    const ms = performance.now() - t0;
    const sentenceCount = claims.reduce((k, c) => k + c.carriers.length, 0);
    let base = "";
    if (n <= baselineUpTo) {
      const t1 = performance.now();
      const b = allPairs(story);
      base = `${b.pairs.toLocaleString("en-US").padStart(22)} ${(performance.now() - t1).toFixed(0).padStart(9)}  ${b.recall.toFixed(3)}`;
    } else {
      base = `${"(not run: grows with the square)".padStart(32)}`;
    }
    console.log(`  wiretrace                    ${String(n).padStart(8)} ${String(sentenceCount).padStart(10)} ${ms.toFixed(0).padStart(10)} ${(ms / n).toFixed(2).padStart(11)} ${recallOf(claims, story.planted).toFixed(3).padStart(15)}  ${base}`);
  }
}
