// Claims: the sentences of a story's articles grouped by what they say, with how each article carries them and on
// how many independent reports each rests.
//
// 1. Along each edge of the derivation forest, the parent's and the child's sentences are aligned
//    (`alignSentences`): the child's sentence is the parent's, verbatim (`same`) or reworded.
// 2. Across all sentences, one per distinct wording, candidates come from shared rare words: each sentence looks
//    up its `keyWordsPerSentence` rarest content words (at most `maxPosting` sentences per word, the earliest), and
//    only sentences sharing `minSharedKeyWords` of them, at most `maxCandidatesPerSentence` per sentence, are
//    scored with `sentenceSimilarity`. Pairs at or above `PARAPHRASE_THRESHOLD` say the same thing.
// 3. Links join sentences into claims, alignment links first, then similarity links best first; a link is refused
//    when the claim would hold two sentences of one article.
// 4. A sentence's origin is followed up the forest: a sentence taken from the article above it rests on that
//    sentence's origin; a sentence of its own rests on its article. A claim's independent sources are its carriers'
//    distinct origins, so ten outlets repeating one agency sentence count once.
import { alignSentences } from "../align/align.js";
import { splitSentences } from "../align/sentences.js";
import { chromeSentences, mayHoldChrome } from "../core/chrome.js";
import { PARAPHRASE_THRESHOLD, preparedSimilarity, prepareSentence, type PreparedSentence } from "../align/similarity.js";
import { describeAttribution } from "../compare/attribution.js";
import type { ArticleId } from "../core/types.js";
import type { TimexAnchor } from "../timeline/types.js";
import { candidatePairs, ClaimSets } from "./claim-candidates.js";
import { claimContradictions, type ValueSentence } from "./claim-values.js";
import { forestRoots } from "./derivation-forest.js";
import { defaultDossierOptions, type DossierOptions } from "./options.js";
import type { CarriageKind, Claim, ClaimCarrier, DerivationForest } from "./types.js";

/** What claims need to know of an article. */
export interface ClaimArticle {
  readonly id: ArticleId;
  readonly outlet: string;
  readonly text: string;
  readonly publishedAt: number;
  /** What relative dates in it resolve against. */
  readonly anchor: TimexAnchor;
}

/** One sentence of one article. */
interface Node {
  readonly article: ArticleId;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly prepared: PreparedSentence;
}

/** A link between two sentences: `align` along a forest edge (`from` is the parent's sentence), else `similar`. */
interface Link {
  readonly x: number;
  readonly y: number;
  readonly score: number;
  readonly kind: "align" | "similar";
}

/** How a sentence came to be in its article. */
interface Carriage {
  readonly how: CarriageKind;
  readonly from: number | null;
  readonly score: number | null;
  readonly origin: ArticleId;
}

/** The places a sentence names (canonical name, offset in the sentence); supplied by the dossier from the story's entities. */
export type PlacesOf = (sentence: string) => ValueSentence["places"];

/** Forest order: each parent before its children, roots in the given (publication) order. */
function topologicalArticles(articles: readonly ClaimArticle[], forest: DerivationForest): ArticleId[] {
  const children = new Map<ArticleId, ArticleId[]>();
  for (const e of forest.edges) children.set(e.parent, [...(children.get(e.parent) ?? []), e.child]);
  const out: ArticleId[] = [];
  const visit = (id: ArticleId) => {
    out.push(id);
    for (const c of children.get(id) ?? []) visit(c);
  };
  const hasParent = new Set(forest.edges.map((e) => e.child));
  for (const a of articles) if (!hasParent.has(a.id)) visit(a.id);
  return out;
}

/**
 * Group a story's sentences into claims and say, per claim, which articles carry it and how, on how many
 * independent reports it rests, and where the carriers disagree.
 *
 * @example
 * const claims = storyClaims(articles, forest);
 * claims[0].independentSources // ["cws-…", "helmsey-courier-…"]
 * claims.find((c) => c.singleSource && c.outlets.length > 1)?.corroboration
 * // "3 outlets, all resting on Continental Wire Service's report: counts once"
 */
export function storyClaims(
  articles: readonly ClaimArticle[], forest: DerivationForest, placesOf: PlacesOf = () => [],
  options: Partial<DossierOptions> = {},
): Claim[] {
  const o = { ...defaultDossierOptions, ...options };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const nodes: Node[] = [];
  const nodesOf = new Map<ArticleId, number[]>();
  for (const a of articles) {
    const mine: number[] = [];
    const sentences = splitSentences(a.text);
    const chrome = mayHoldChrome(a.text) ? chromeSentences(sentences.map((s) => s.text)) : [];
    for (const [i, s] of sentences.entries()) {
      if (chrome[i]) continue; // a site's notice or prompt, not something the outlet reports
      const prepared = prepareSentence(s.text);
      if (prepared.words.length < o.minSentenceWords) continue;
      mine.push(nodes.length);
      nodes.push({ article: a.id, text: s.text, start: s.start, end: s.end, prepared });
    }
    nodesOf.set(a.id, mine);
  }

  // 1. Alignment along the forest's edges: the child sentence's source sentence.
  const links: Link[] = [];
  const takenFrom = new Map<number, { node: number; label: "same" | "reworded"; score: number }>();
  for (const e of forest.edges) {
    const pa = nodesOf.get(e.parent) ?? [];
    const ch = nodesOf.get(e.child) ?? [];
    const alignment = alignSentences(pa.map((i) => nodes[i]!.text), ch.map((i) => nodes[i]!.text));
    for (const pair of alignment.pairs) {
      // A split or merged sentence links to its most alike counterpart only: a claim holds one sentence per article.
      for (const bj of pair.b) {
        const child = ch[bj]!;
        let best = { node: -1, score: -1 };
        for (const ai of pair.a) {
          const score = pair.a.length === 1 ? pair.score : preparedSimilarity(nodes[pa[ai]!]!.prepared, nodes[child]!.prepared);
          if (score > best.score) best = { node: pa[ai]!, score };
        }
        const label = pair.a.length === 1 && pair.b.length === 1 ? pair.label : best.score >= 1 ? "same" : "reworded";
        takenFrom.set(child, { node: best.node, label, score: best.score });
        links.push({ x: best.node, y: child, score: best.score, kind: "align" });
      }
    }
  }
  // 2. Similarity between candidates from shared rare words, one representative per distinct wording: identical
  //    sentences of different articles are linked to it directly. Reworded copies stay in: an independent report
  //    may be closer to a rewrite's wording than to the agency's.
  const representative = new Map<string, number>();
  const reps: number[] = [];
  nodes.forEach((n, i) => {
    const signature = n.prepared.words.join(" ");
    const rep = representative.get(signature);
    if (rep === undefined) {
      representative.set(signature, i);
      reps.push(i);
    } else if (nodes[rep]!.article !== n.article) links.push({ x: rep, y: i, score: 1, kind: "similar" });
  });
  for (const [i, j] of candidatePairs(reps.map((r) => nodes[r]!), o)) {
    const [x, y] = [reps[i]!, reps[j]!];
    const score = preparedSimilarity(nodes[x]!.prepared, nodes[y]!.prepared);
    if (score >= PARAPHRASE_THRESHOLD) links.push({ x, y, score, kind: "similar" });
  }
  // 3. Claims: alignment links first, then similarity links best first.
  const sets = new ClaimSets(nodes);
  links.sort((p, q) => (p.kind === q.kind ? q.score - p.score || p.x - q.x || p.y - q.y : p.kind === "align" ? -1 : 1));
  for (const l of links) sets.join(l.x, l.y);
  const members = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = sets.find(i);
    members.set(r, [...(members.get(r) ?? []), i]);
  });

  // 4. Carriage and origin, parents before children.
  const roots = forestRoots(forest);
  const carriage = new Map<number, Carriage>();
  for (const id of topologicalArticles(articles, forest)) {
    for (const n of nodesOf.get(id) ?? []) carriage.set(n, carriageOf(n));
  }
  function carriageOf(n: number): Carriage {
    const node = nodes[n]!;
    const claim = sets.find(n);
    const t = takenFrom.get(n);
    if (t && sets.find(t.node) === claim && carriage.has(t.node)) {
      return { how: t.label === "same" ? "verbatim" : "reworded", from: t.node, score: t.score, origin: carriage.get(t.node)!.origin };
    }
    // Taken from further up its own tree (a grandparent, or a sibling's source's sentence the alignment missed).
    const tree = roots.get(node.article);
    let best: { node: number; score: number } | null = null;
    // At most `maxCandidatesPerSentence` earlier sentences of the same tree are scored: the work stays bounded.
    let budget = o.maxCandidatesPerSentence;
    for (const m of members.get(claim) ?? []) {
      if (m === n || !carriage.has(m) || roots.get(nodes[m]!.article) !== tree) continue;
      if (budget-- <= 0) break;
      const score = preparedSimilarity(nodes[m]!.prepared, node.prepared);
      if (!best || score > best.score) best = { node: m, score };
    }
    if (best) return { how: best.score >= 1 ? "verbatim" : "reworded", from: best.node, score: best.score, origin: carriage.get(best.node)!.origin };
    return { how: "own", from: null, score: null, origin: node.article };
  }

  const publishedAt = (id: ArticleId) => byId.get(id)?.publishedAt ?? 0;
  const outletOf = (id: ArticleId) => byId.get(id)?.outlet ?? id;
  const claims = [...members.values()].map((group) => {
    const ordered = [...group].sort((x, y) => publishedAt(nodes[x]!.article) - publishedAt(nodes[y]!.article) || x - y);
    const carriers: ClaimCarrier[] = ordered.map((n) => {
      const node = nodes[n]!;
      const c = carriage.get(n)!;
      const a = describeAttribution(node.text);
      return {
        article: node.article, outlet: outletOf(node.article), sentence: node.text, start: node.start, end: node.end,
        how: c.how, from: c.from === null ? null : nodes[c.from]!.article, score: c.score, origin: c.origin,
        hedged: a.hedges.length > 0,
        attribution: { verbs: a.verbs, speakers: a.speakers, hedges: a.hedges, quotes: a.quotes },
      };
    });
    const sources = [...new Set(carriers.map((c) => c.origin))].sort((x, y) => publishedAt(x) - publishedAt(y));
    return { first: ordered[0]!, carriers, sources };
  });
  claims.sort((p, q) => q.sources.length - p.sources.length || q.carriers.length - p.carriers.length || p.first - q.first);
  return claims.map(({ carriers, sources }, k) => {
    const id = `c${k + 1}`;
    const outlets = [...new Set(carriers.map((c) => c.outlet))];
    return {
      id, text: carriers[0]!.sentence, carriers, outlets, independentSources: sources, singleSource: sources.length === 1,
      corroboration: corroboration(carriers, sources, outletOf),
      contradictions: claimContradictions(id, carriers.map((c) => ({
        article: c.article, outlet: c.outlet, sentence: c.sentence, anchor: byId.get(c.article)!.anchor, from: c.from,
        places: placesOf(c.sentence),
      }))),
    };
  });
}

/** One line on what a claim rests on. */
function corroboration(carriers: readonly ClaimCarrier[], sources: readonly ArticleId[], outletOf: (id: ArticleId) => string): string {
  const articles = new Set(carriers.map((c) => c.article)).size;
  const outlets = new Set(carriers.map((c) => c.outlet)).size;
  const carried = `${outlets} outlet${outlets === 1 ? "" : "s"}${articles > outlets ? ` (${articles} articles)` : ""}`;
  if (sources.length > 1) {
    const named = sources.map(outletOf).join(", ");
    return articles > sources.length
      ? `${sources.length} independent reports (${named}); ${carried} in all`
      : `${sources.length} independent reports (${named})`;
  }
  const source = outletOf(sources[0]!);
  if (articles === 1) return `single source: only ${source}`;
  return `single source: ${carried}, all resting on ${source}'s report, counts once`;
}
