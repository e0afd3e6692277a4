// The derivation forest of a story: for each article, the one article of the story it most likely derives from.
// Stored reuse relations link every pair that shares text, so two rewrites of one agency story are linked to each
// other as well as to the agency story. The forest keeps one source per article:
//
// 1. Candidates are the articles a relation names as the source (or, when the direction is undetermined, the
//    earlier one by publication, then by arrival).
// 2. The candidate whose passages cover most of the article wins, then the more confident direction, then the
//    earlier one.
// 3. Sibling lift: when the winner itself derives from another candidate and adds fewer than `siblingMinOwnWords`
//    of the article's words beyond what that earlier candidate covers, the article hangs under the earlier one: the
//    two rewrites share only what both took from it.
// 4. A choice that would close a cycle is skipped.
import type { ArticleId } from "../core/types.js";
import type { StoredRelation } from "../engine/store.js";
import { flipRelation } from "../reuse/relation.js";
import { defaultDossierOptions, type DossierOptions } from "./options.js";
import type { DerivationEdge, DerivationForest, SourceAlternative } from "./types.js";

/** What the forest needs to know of an article. */
export interface ForestArticle {
  readonly id: ArticleId;
  readonly publishedAt: number;
}

/** One possible source of an article, read from a stored relation. */
interface Candidate {
  readonly parent: ArticleId;
  readonly kind: DerivationEdge["kind"];
  readonly share: number;
  readonly containment: number;
  readonly confidence: number;
  readonly rules: readonly string[];
  /** The article's word indices inside passages shared with this candidate. */
  readonly covered: ReadonlySet<number>;
}

function wordSet(ranges: readonly (readonly [number, number])[]): Set<number> {
  const out = new Set<number>();
  for (const [start, end] of ranges) for (let i = start; i < end; i++) out.add(i);
  return out;
}

/** The candidates of each article from the relations among the story's articles. */
function candidatesOf(
  articles: ReadonlyMap<ArticleId, ForestArticle>, arrival: ReadonlyMap<ArticleId, number>,
  relations: readonly StoredRelation[],
): Map<ArticleId, Candidate[]> {
  const out = new Map<ArticleId, Candidate[]>();
  for (const { a, b, relation: r } of relations) {
    if (r.kind === "unrelated" || a === b) continue;
    const pa = articles.get(a);
    const pb = articles.get(b);
    if (!pa || !pb) continue;
    let parentSide: "a" | "b";
    const rules: string[] = [];
    if (r.source !== "undetermined") parentSide = r.source;
    else if (pa.publishedAt !== pb.publishedAt) {
      parentSide = pa.publishedAt < pb.publishedAt ? "a" : "b";
      rules.push("forest/earlier-published");
    } else {
      parentSide = (arrival.get(a) ?? 0) <= (arrival.get(b) ?? 0) ? "a" : "b";
      rules.push("forest/earlier-arrived");
    }
    // Seen from the parent's side: `a` is the parent in the evidence and rule tags from here on.
    const [parent, child] = parentSide === "a" ? [a, b] : [b, a];
    const f = parentSide === "a" ? r : flipRelation(r);
    const e = f.evidence;
    const candidate: Candidate = {
      parent, kind: r.kind,
      share: r.kind === "duplicate" ? 1 : e.shareOfB,
      containment: r.kind === "duplicate" ? 1 : e.containmentBInA,
      confidence: r.source === "undetermined" ? 0 : r.confidence,
      rules: [...e.rules, ...rules],
      covered: wordSet(e.passages.map((p) => [p.bWordStart, p.bWordEnd])),
    };
    out.set(child, [...(out.get(child) ?? []), candidate]);
  }
  return out;
}

const ownWords = (of: ReadonlySet<number>, beyond: ReadonlySet<number>): number => {
  let n = 0;
  for (const w of of) if (!beyond.has(w)) n++;
  return n;
};

/**
 * Build the derivation forest of a story from its articles and the stored relations among them (relations with
 * an article outside the list are ignored). Roots are the independent reports.
 *
 * @example
 * const forest = derivationForest(articles, relations);
 * forest.roots          // ["cws-…", "helmsey-courier-…"]
 * forest.edges[1].rules // [..., "forest/sibling-lifted"]
 */
export function derivationForest(
  articles: readonly ForestArticle[], relations: readonly StoredRelation[], options: Partial<DossierOptions> = {},
): DerivationForest {
  const o = { ...defaultDossierOptions, ...options };
  const arrival = new Map(articles.map((a, i) => [a.id, i]));
  const ordered = [...articles].sort((x, y) => x.publishedAt - y.publishedAt || arrival.get(x.id)! - arrival.get(y.id)!);
  const byId = new Map(ordered.map((a) => [a.id, a]));
  const candidates = candidatesOf(byId, arrival, relations);
  const parentOf = new Map<ArticleId, ArticleId>();
  const edges: DerivationEdge[] = [];
  const wouldCycle = (child: ArticleId, parent: ArticleId): boolean => {
    for (let at: ArticleId | undefined = parent; at !== undefined; at = parentOf.get(at)) if (at === child) return true;
    return false;
  };
  const rank = (x: Candidate, y: Candidate) =>
    y.share - x.share || y.confidence - x.confidence ||
    byId.get(x.parent)!.publishedAt - byId.get(y.parent)!.publishedAt || arrival.get(x.parent)! - arrival.get(y.parent)!;

  for (const article of ordered) {
    const all = [...(candidates.get(article.id) ?? [])].sort(rank);
    const why = new Map<ArticleId, string>();
    const usable = all.filter((c) => {
      if (!wouldCycle(article.id, c.parent)) return true;
      why.set(c.parent, "would make a cycle");
      return false;
    });
    let best = usable[0];
    if (!best) continue;
    const forestRules = ["forest/best-cover"];
    // Lift the article over a sibling: an earlier candidate that the winner itself derives from covers nearly all
    // the winner covers.
    for (const visited = new Set<ArticleId>([best.parent]); ;) {
      const current: Candidate = best;
      const winnerSources = new Set((candidates.get(current.parent) ?? []).map((c) => c.parent));
      const lift = usable.find((c) => !visited.has(c.parent) && winnerSources.has(c.parent) &&
        ownWords(current.covered, c.covered) < o.siblingMinOwnWords);
      if (!lift) break;
      const own = ownWords(current.covered, lift.covered);
      why.set(current.parent, `a sibling: shares ${own === 0 ? "nothing" : `only ${own} words`} with it beyond what their common source has`);
      visited.add(lift.parent);
      best = lift;
      if (!forestRules.includes("forest/sibling-lifted")) forestRules.push("forest/sibling-lifted");
    }
    const chosen: Candidate = best;
    parentOf.set(article.id, chosen.parent);
    const alternatives: SourceAlternative[] = all.filter((c) => c !== chosen).map((c) => ({
      article: c.parent, share: c.share,
      reason: why.get(c.parent) ?? (c.share < chosen.share ? "covers less of it" : "less confident or later"),
    }));
    edges.push({
      parent: chosen.parent, child: article.id, kind: chosen.kind, extent: chosen.share >= 0.8 ? "whole" : "partial",
      share: chosen.share, containment: chosen.containment, confidence: chosen.confidence,
      rules: [...chosen.rules, ...forestRules], alternatives,
    });
  }
  return { roots: ordered.filter((a) => !parentOf.has(a.id)).map((a) => a.id), edges };
}

/** The root (independent report) of each article of a forest. */
export function forestRoots(forest: DerivationForest): Map<ArticleId, ArticleId> {
  const parent = new Map(forest.edges.map((e) => [e.child, e.parent]));
  const out = new Map<ArticleId, ArticleId>();
  const rootOf = (id: ArticleId): ArticleId => {
    const known = out.get(id);
    if (known) return known;
    const p = parent.get(id);
    const root = p === undefined ? id : rootOf(p);
    out.set(id, root);
    return root;
  };
  for (const r of forest.roots) out.set(r, r);
  for (const e of forest.edges) rootOf(e.child);
  return out;
}

/** The children of each article, in the forest's edge order (the children's publication order). */
export function forestChildren(forest: DerivationForest): Map<ArticleId, DerivationEdge[]> {
  const out = new Map<ArticleId, DerivationEdge[]>();
  for (const e of forest.edges) out.set(e.parent, [...(out.get(e.parent) ?? []), e]);
  return out;
}
