import type { MergeEvidence } from "./types.js";

/**
 * Disjoint sets over node indices that remember, per set, the evidence of every merge that built it.
 * A merge can be vetoed by `canMerge`, which sees the two roots (used to keep two people apart).
 *
 * @example
 * const sets = new EvidenceUnionFind(3);
 * sets.union(0, 1, { a: "UN", b: "United Nations", rule: "acronym", score: 1, detail: "initials" }); // true
 * sets.find(1) === sets.find(0) // true
 */
export class EvidenceUnionFind {
  private readonly parent: Int32Array;
  private readonly rank: Uint8Array;
  /** Per root: the evidence of its merges with their sequence numbers, in no particular order. */
  private readonly evidence = new Map<number, Array<readonly [number, MergeEvidence]>>();
  private merges = 0;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
    this.rank = new Uint8Array(size);
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  /** Join the sets of `a` and `b`, recording why. False when they were already one set or the merge was vetoed. */
  union(a: number, b: number, why: MergeEvidence, canMerge?: (rootA: number, rootB: number) => boolean): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb || (canMerge !== undefined && !canMerge(ra, rb))) return false;
    if (this.rank[ra]! < this.rank[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    if (this.rank[ra] === this.rank[rb]) this.rank[ra] = this.rank[ra]! + 1;
    // Append the shorter list to the longer one: each item moves O(log n) times.
    let kept = this.evidence.get(ra) ?? [];
    let moved = this.evidence.get(rb) ?? [];
    if (kept.length < moved.length) [kept, moved] = [moved, kept];
    for (const item of moved) kept.push(item);
    kept.push([this.merges++, why]);
    this.evidence.delete(rb);
    this.evidence.set(ra, kept);
    return true;
  }

  /** The evidence of the set that `x` is in, in the order the merges were made. */
  evidenceOf(x: number): MergeEvidence[] {
    return [...(this.evidence.get(this.find(x)) ?? [])].sort((p, q) => p[0] - q[0]).map(([, why]) => why);
  }
}
