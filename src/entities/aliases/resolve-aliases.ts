import { aliasGroupsOf, loadAliasTable } from "./alias-table.js";
import { buildEntities } from "./canonical.js";
import { MergeContext } from "./merge-context.js";
import { buildNodes, type NameNode } from "./name-nodes.js";
import { defaultAliasOptions, type AliasOptions } from "./options.js";
import { mergeScoped } from "./scoped-merges.js";
import { mergeAliasTable, mergeSameKey, mergeSwaps, mergeTranslit, swapAnchor } from "./spelling-merges.js";
import type { AliasMention, CanonicalEntity, MergeEvidence } from "./types.js";

/**
 * Group entity mentions into canonical entities. Call it once per story: "the whole input" is the wider scope in
 * which a surname or an acronym may find its full name.
 *
 * 1. Names that cannot be ambiguous (full names, names with nothing longer in the input) are merged by spelling:
 *    the same name once titles and particles are dropped, transliteration variants, alias-table groups and
 *    learned swaps.
 * 2. Short forms (a surname, a shorter name, an acronym of a longer name) are taken per article and join the one
 *    full name they stand for in that article, else in the whole input. With two candidates they join neither.
 * 3. Short forms left over are merged among themselves by spelling.
 *
 * Names of different types are never merged, nor are two full person names that are not variants of each other.
 *
 * @example
 * resolveAliases([
 *   { text: "President Bashar al-Assad", type: "PER", articleId: "a1", source: "Reuters" },
 *   { text: "Assad", type: "PER", articleId: "a1", source: "Reuters" },
 *   { text: "Bashar al-Assad", type: "PER", articleId: "a2", source: "AP" },
 * ])
 * // [{ id: "PER:bashar-al-assad", type: "PER", canonical: "Bashar al-Assad",
 * //    variants: [{ text: "Assad", count: 1 }, { text: "Bashar al-Assad", count: 1 }, { text: "President Bashar al-Assad", count: 1 }],
 * //    articles: ["a1", "a2"], outlets: ["AP", "Reuters"],
 * //    merges: [{ a: "Bashar al-Assad", b: "President Bashar al-Assad", rule: "title-stripped", score: 1, … },
 * //             { a: "Assad", b: "President Bashar al-Assad", rule: "surname", score: 1, … }] }]
 */
export function resolveAliases(mentions: readonly AliasMention[], options: Partial<AliasOptions> = {}): CanonicalEntity[] {
  const o: AliasOptions = { ...defaultAliasOptions, ...options };
  const table = o.aliasTable ?? loadAliasTable(o.aliasFiles);
  const inSwap = swapAnchor(o.swaps, o.minSwapCount);
  const { nodes, scoped } = buildNodes(mentions, (name) => aliasGroupsOf(table, name).length > 0 || inSwap(name), o);
  const ctx = new MergeContext(nodes, scoped, table, o);

  const plain = nodes.map((_, i) => i).filter((i) => !scoped[i]);
  const hubs = mergeSameKey(ctx, plain);
  mergeAliasTable(ctx, plain);
  mergeTranslit(ctx, hubs);
  mergeSwaps(ctx, plain);
  const leftovers = mergeScoped(ctx);
  mergeTranslit(ctx, mergeSameKey(ctx, leftovers));

  const groups = new Map<number, { nodes: NameNode[]; merges: readonly MergeEvidence[] }>();
  nodes.forEach((node, i) => {
    const root = ctx.sets.find(i);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, { nodes: [node], merges: ctx.sets.evidenceOf(root) });
    else group.nodes.push(node);
  });
  return buildEntities([...groups.values()]);
}
