import { matchNames, type TranslitOptions } from "./name-match.js";
import type { NameNode } from "./name-nodes.js";
import type { ParsedName } from "./name-parse.js";
import { isPartialName } from "./partial-name.js";

/**
 * Keeps different people apart whatever rule proposes a merge: two sets can join only when every full person name
 * (two words or more) of one is compatible with every full name of the other: the same name, a spelling variant,
 * or a shorter form of it. "Bashar al-Assad" and "Hafez al-Assad" can never end up in one entity.
 */
export class PersonGuard {
  private readonly fullNames = new Map<number, ParsedName[]>();

  constructor(nodes: readonly NameNode[], private readonly options: TranslitOptions) {
    nodes.forEach((node, i) => {
      if (node.name.type === "PER" && node.name.tokens.length >= 2) this.fullNames.set(i, [node.name]);
    });
  }

  /** Whether the sets with roots `ra` and `rb` may be joined. */
  compatible(ra: number, rb: number): boolean {
    const xs = this.fullNames.get(ra);
    const ys = this.fullNames.get(rb);
    if (xs === undefined || ys === undefined) return true;
    return xs.every((x) =>
      ys.every(
        (y) =>
          x.key === y.key || matchNames(x, y, this.options) !== null ||
          isPartialName(x, y, this.options) || isPartialName(y, x, this.options),
      ),
    );
  }

  /** Record that the sets with roots `ra` and `rb` became one with root `root`. */
  joined(ra: number, rb: number, root: number): void {
    const merged = new Map<string, ParsedName>();
    for (const name of [...(this.fullNames.get(ra) ?? []), ...(this.fullNames.get(rb) ?? [])]) merged.set(name.key, name);
    this.fullNames.delete(ra);
    this.fullNames.delete(rb);
    if (merged.size > 0) this.fullNames.set(root, [...merged.values()]);
  }
}
