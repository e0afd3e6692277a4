// Which sentences of a story to compare, and how compared sentences join into claims: candidate generation from
// shared rare words (bounded per sentence), and a union-find that never puts two sentences of one article in one
// claim.
import type { PreparedSentence } from "../align/similarity.js";
import type { ArticleId } from "../core/types.js";
import type { DossierOptions } from "./options.js";

/**
 * Candidate pairs from shared rare words, bounded per sentence, never all pairs. A word's rarity is the number of
 * distinct sentences (verbatim copies count once) that hold it; each sentence proposes the sentences that share
 * enough of its key words. A word's postings are cut to the first `maxPosting` sentences in the given order
 * (publication order in a dossier), so a word that every rewrite repeats still finds its earliest tellings.
 *
 * @example
 * candidatePairs([a, b, c].map((t, i) => ({ article: articleId(`x${i}`), prepared: prepareSentence(t) })), defaultDossierOptions)
 * // [[0, 2]]: only the first and third share enough rare words to be worth scoring
 */
export function candidatePairs(nodes: readonly { article: ArticleId; prepared: PreparedSentence }[], o: DossierOptions): [number, number][] {
  const df = new Map<string, number>();
  const distinct = new Set<string>();
  for (const n of nodes) {
    const signature = n.prepared.words.join(" ");
    if (distinct.has(signature)) continue;
    distinct.add(signature);
    for (const w of n.prepared.content) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const keys = nodes.map((n) =>
    [...n.prepared.content].filter((w) => (df.get(w) ?? 0) >= 2)
      .sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1)).slice(0, o.keyWordsPerSentence));
  // Every sentence is filed under all its content words; each sentence looks up only its rarest ones.
  const postings = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const w of n.prepared.content) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const pairs = new Set<string>();
  const out: [number, number][] = [];
  keys.forEach((ks, i) => {
    const shared = new Map<number, number>();
    for (const k of ks) {
      const list = postings.get(k)!;
      for (const j of list.length > o.maxPosting ? list.slice(0, o.maxPosting) : list) if (j !== i && nodes[j]!.article !== nodes[i]!.article) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const picked = [...shared].filter(([, n]) => n >= Math.min(o.minSharedKeyWords, ks.length))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.maxCandidatesPerSentence);
    for (const [j] of picked) {
      const [x, y] = i < j ? [i, j] : [j, i];
      const key = `${x}:${y}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      out.push([x, y]);
    }
  });
  return out;
}

/**
 * Union-find over sentences that keeps, per claim, the articles in it.
 *
 * @example const sets = new ClaimSets(nodes); sets.join(0, 3); sets.find(3) === sets.find(0) // true
 */
export class ClaimSets {
  private readonly parent: Int32Array;
  private readonly articles: Set<ArticleId>[];
  constructor(nodes: readonly { readonly article: ArticleId }[]) {
    this.parent = Int32Array.from(nodes, (_, i) => i);
    this.articles = nodes.map((n) => new Set([n.article]));
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  /** Join two claims unless that would put two sentences of one article in one claim. */
  join(x: number, y: number): boolean {
    const [rx, ry] = [this.find(x), this.find(y)];
    if (rx === ry) return true;
    const [ax, ay] = [this.articles[rx]!, this.articles[ry]!];
    for (const a of ay) if (ax.has(a)) return false;
    const [big, small] = ax.size >= ay.size ? [rx, ry] : [ry, rx];
    this.parent[small] = big;
    for (const a of this.articles[small]!) this.articles[big]!.add(a);
    return true;
  }
}
