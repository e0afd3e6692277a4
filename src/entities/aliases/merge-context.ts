import type { AliasTable } from "./alias-table.js";
import type { NameNode } from "./name-nodes.js";
import type { AliasOptions } from "./options.js";
import { PersonGuard } from "./person-guard.js";
import type { MergeEvidence } from "./types.js";
import { EvidenceUnionFind } from "./union-find.js";

/** What the merge rules share: the nodes, their sets, the options, and one guarded way to merge. */
export class MergeContext {
  readonly sets: EvidenceUnionFind;
  private readonly guard: PersonGuard;

  constructor(
    readonly nodes: readonly NameNode[],
    readonly scoped: readonly boolean[],
    readonly table: AliasTable,
    readonly options: AliasOptions,
  ) {
    this.sets = new EvidenceUnionFind(nodes.length);
    this.guard = new PersonGuard(nodes, options);
  }

  /** Merge the sets of nodes `a` and `b` with this evidence, unless it would join two different people. */
  merge(a: number, b: number, why: MergeEvidence): boolean {
    const ra = this.sets.find(a);
    const rb = this.sets.find(b);
    if (!this.sets.union(a, b, why, (x, y) => this.guard.compatible(x, y))) return false;
    this.guard.joined(ra, rb, this.sets.find(a));
    return true;
  }

  same(a: number, b: number): boolean {
    return this.sets.find(a) === this.sets.find(b);
  }
}
