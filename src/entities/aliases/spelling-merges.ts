// Merges decided by the names alone, whatever article they come from: the same name once titles and particles are
// dropped, a transliteration variant, an alias-table group, a learned swap.

import { ENTITY_TYPES } from "../entity-mention.js";
import { aliasGroupsOf } from "./alias-table.js";
import type { MergeContext } from "./merge-context.js";
import { blockKey, matchNames } from "./name-match.js";
import { pushTo } from "./name-nodes.js";
import { parseName, type ParsedName } from "./name-parse.js";
import { skeleton } from "./skeleton.js";
import type { EntityType, MergeEvidence, Swap } from "./types.js";

/** Evidence for two spellings with the same key: a title dropped, or particles, case and punctuation. */
export function sameKeyEvidence(x: ParsedName, y: ParsedName): MergeEvidence {
  const titles = [x.title, y.title].filter((t): t is string => t !== null);
  const notes = [
    ...titles.map((t) => `"${t}" dropped`),
    ...(x.untitled === y.untitled ? [] : ["particles or spacing differ"]),
  ];
  return {
    a: x.text,
    b: y.text,
    rule: titles.length > 0 ? "title-stripped" : "translit",
    score: 1,
    detail:
      x.text === y.text ? `the same spelling in another article ("${x.key}")`
      : `same name "${x.key}"${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`,
  };
}

/** Merge the nodes among `indices` whose names have the same type and key. Returns one node per key. */
export function mergeSameKey(ctx: MergeContext, indices: readonly number[]): number[] {
  const hubs = new Map<string, number>();
  for (const i of indices) {
    const name = ctx.nodes[i]!.name;
    const id = `${name.type}|${name.key}`;
    const hub = hubs.get(id);
    if (hub === undefined) hubs.set(id, i);
    else ctx.merge(hub, i, sameKeyEvidence(ctx.nodes[hub]!.name, name));
  }
  return [...hubs.values()];
}

/** Merge the nodes whose names are in one alias-table group. */
export function mergeAliasTable(ctx: MergeContext, indices: readonly number[]): void {
  const hubs = new Map<number, number>();
  for (const i of indices) {
    const name = ctx.nodes[i]!.name;
    for (const g of aliasGroupsOf(ctx.table, name)) {
      const hub = hubs.get(g);
      if (hub === undefined) {
        hubs.set(g, i);
        continue;
      }
      const group = ctx.table.groups[g]!;
      ctx.merge(hub, i, {
        a: ctx.nodes[hub]!.name.text, b: name.text, rule: "alias-table", score: 1, detail: `alias table: ${group.label}`,
      });
    }
  }
}

/**
 * Merge transliteration variants among `hubs` (one node per key). Names are compared within blocks: the same
 * type, number of words and first sound of each word (`blockKey`), or the same skeleton with the words run
 * together. Within a block the comparison is pairwise.
 */
export function mergeTranslit(ctx: MergeContext, hubs: readonly number[]): void {
  const blocks = new Map<string, number[]>();
  for (const i of hubs) {
    const name = ctx.nodes[i]!.name;
    pushTo(blocks, `${name.type}|${name.tokens.length}|${name.skeletons.map(blockKey).join("")}`, i);
    pushTo(blocks, `${name.type}|joined|${skeleton(name.tokens.join(""))}`, i);
  }
  for (const block of blocks.values()) {
    for (let p = 0; p < block.length; p++) {
      for (let q = p + 1; q < block.length; q++) {
        const [a, b] = [block[p]!, block[q]!];
        if (ctx.same(a, b)) continue;
        const x = ctx.nodes[a]!.name;
        const y = ctx.nodes[b]!.name;
        const match = matchNames(x, y, ctx.options);
        if (match !== null) ctx.merge(a, b, { a: x.text, b: y.text, rule: "translit", score: match.score, detail: match.detail });
      }
    }
  }
}

/** Whether `name` is written as `side` of a swap: the same key, and in capitals if the swap side is. */
const isSwapSide = (name: ParsedName, side: ParsedName): boolean =>
  name.key === side.key && (!side.acronym?.capitals || name.acronym?.capitals === true);

/** A test for names that appear in a swap seen at least `minCount` times. */
export function swapAnchor(swaps: readonly Swap[], minCount: number): (name: ParsedName) => boolean {
  const keys = new Set<string>();
  for (const swap of swaps) {
    if (swap.count < minCount) continue;
    for (const type of ENTITY_TYPES) for (const side of [swap.from, swap.to]) keys.add(`${type}|${parseName(side, type).key}`);
  }
  return (name) => keys.has(`${name.type}|${name.key}`);
}

/** Merge the names on the two sides of each learned swap seen often enough (of the same type). */
export function mergeSwaps(ctx: MergeContext, indices: readonly number[]): void {
  const byKey = new Map<string, number[]>();
  for (const i of indices) pushTo(byKey, `${ctx.nodes[i]!.name.type}|${ctx.nodes[i]!.name.key}`, i);
  const holders = (text: string, type: EntityType): number[] => {
    const side = parseName(text, type);
    return (byKey.get(`${type}|${side.key}`) ?? []).filter((i) => isSwapSide(ctx.nodes[i]!.name, side));
  };
  for (const swap of ctx.options.swaps) {
    if (swap.count < ctx.options.minSwapCount) continue;
    for (const type of ENTITY_TYPES) {
      const from = holders(swap.from, type);
      const to = holders(swap.to, type);
      if (from[0] === undefined) continue;
      for (const t of to) {
        ctx.merge(from[0], t, {
          a: ctx.nodes[from[0]]!.name.text,
          b: ctx.nodes[t]!.name.text,
          rule: "learned-swap",
          score: swap.count,
          detail: `"${swap.from}" rewritten as "${swap.to}" in ${swap.count} aligned sentences`,
        });
      }
    }
  }
}
