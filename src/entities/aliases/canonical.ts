import { foldWord } from "../../sketch/tokens.js";
import type { NameNode } from "./name-nodes.js";
import type { ParsedName } from "./name-parse.js";
import type { CanonicalEntity, MergeEvidence } from "./types.js";

/** How complete a form is: full person names over surnames, multi-word names over acronyms. */
function completeness(name: ParsedName): number {
  if (name.type === "PER") return name.tokens.length >= 2 ? 1 : 0;
  if (name.words.length >= 2) return 2;
  return name.acronym?.capitals ? 0 : 1;
}

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** The canonical form of a set of nodes: the most frequent of its most complete names, titles stripped. */
export function canonicalName(nodes: readonly NameNode[]): string {
  const forms = new Map<string, { name: ParsedName; count: number }>();
  for (const node of nodes) {
    const form = forms.get(node.name.name);
    if (form === undefined) forms.set(node.name.name, { name: node.name, count: node.mentions.length });
    else form.count += node.mentions.length;
  }
  const best = [...forms.values()].sort(
    (x, y) =>
      completeness(y.name) - completeness(x.name) || y.count - x.count ||
      y.name.tokens.length - x.name.tokens.length || byText(x.name.name, y.name.name),
  )[0];
  return best?.name.name ?? "";
}

/** Repeated evidence of one merge kind (a surname resolved in many articles) is kept once, with a count. */
function dedupeEvidence(merges: readonly MergeEvidence[]): MergeEvidence[] {
  const seen = new Map<string, { first: MergeEvidence; more: number }>();
  for (const m of merges) {
    const key = `${m.a}\u0000${m.b}\u0000${m.rule}\u0000${m.score}`;
    const entry = seen.get(key);
    if (entry === undefined) seen.set(key, { first: m, more: 0 });
    else entry.more++;
  }
  return [...seen.values()].map(({ first, more }) =>
    more === 0 ? first : { ...first, detail: `${first.detail} (and ${more} more time${more === 1 ? "" : "s"})` },
  );
}

const slug = (text: string): string =>
  foldWord(text).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "") || "entity";

/**
 * Turn sets of nodes into entities, sorted by mention count (descending), then canonical form, with stable ids.
 */
export function buildEntities(
  groups: ReadonlyArray<{ readonly nodes: readonly NameNode[]; readonly merges: readonly MergeEvidence[] }>,
): CanonicalEntity[] {
  const drafts = groups.map(({ nodes, merges }) => {
    const variants = new Map<string, number>();
    const articles = new Set<string>();
    const outlets = new Set<string>();
    for (const node of nodes) {
      variants.set(node.name.text, (variants.get(node.name.text) ?? 0) + node.mentions.length);
      for (const m of node.mentions) {
        articles.add(m.articleId);
        if (m.source !== null && m.source !== "") outlets.add(m.source);
      }
    }
    const type = nodes[0]!.name.type;
    return {
      type,
      canonical: canonicalName(nodes),
      variants: [...variants].map(([text, count]) => ({ text, count })).sort((x, y) => y.count - x.count || byText(x.text, y.text)),
      articles: [...articles].sort(byText),
      outlets: [...outlets].sort(byText),
      merges: dedupeEvidence(merges),
      count: nodes.reduce((sum, n) => sum + n.mentions.length, 0),
    };
  });
  drafts.sort(
    (x, y) => y.count - x.count || byText(x.canonical, y.canonical) || byText(x.type, y.type) ||
      byText(x.variants[0]?.text ?? "", y.variants[0]?.text ?? ""),
  );
  const used = new Map<string, number>();
  return drafts.map(({ count: _count, ...draft }) => {
    const base = `${draft.type}:${slug(draft.canonical)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}~${n}`, ...draft };
  });
}
