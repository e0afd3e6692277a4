import type { ArticleId } from "../core/types.js";
import type { StoredRelation } from "./store.js";

/**
 * Group articles whose pairwise relations are duplicates, or have a shingle Jaccard at or above `threshold`
 * (connected components, so A≈B and B≈C put A, B and C in one group). Largest groups first.
 *
 * @example duplicateGroups(relations, 0.8) // [["a1", "a2", "a3"], ...]
 */
export function duplicateGroups(relations: readonly StoredRelation[], threshold: number): ArticleId[][] {
  const parent = new Map<ArticleId, ArticleId>();
  const find = (x: ArticleId): ArticleId => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const order = new Map<ArticleId, number>();
  for (const r of relations) {
    if (r.relation.kind !== "duplicate" && r.relation.evidence.jaccard < threshold) continue;
    for (const id of [r.a, r.b]) if (!order.has(id)) order.set(id, order.size);
    const ra = find(r.a);
    const rb = find(r.b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<ArticleId, ArticleId[]>();
  for (const id of order.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length || order.get(x[0]!)! - order.get(y[0]!)!);
}
