import type { EntityType } from "../entity-mention.js";

/** The entity types the recogniser emits (CoNLL-2003 classes), as the recogniser defines them. */
export type { EntityType };

/**
 * One entity mention as the alias resolver takes it: what the recogniser found in an article (an `EntityMention`
 * has these fields), plus the article and its outlet (added by the caller).
 *
 * @example { text: "President Bashar al-Assad", type: "PER", title: "President", articleId: "a1", source: "Reuters" }
 */
export interface AliasMention {
  /** The mention as written. It may include a title ("President Assad"); titles are stripped for matching. */
  readonly text: string;
  readonly type: EntityType;
  /** A title the recogniser split off ("President"), when it did. Informational: names are matched without it. */
  readonly title?: string;
  readonly articleId: string;
  /** The outlet, when known. */
  readonly source: string | null;
}

/** Which rule joined two names. */
export type MergeRule = "translit" | "title-stripped" | "surname" | "acronym" | "alias-table" | "learned-swap";

/**
 * Why two names were put in one entity: the two names as written (one from each side of the merge), the rule,
 * its score (a similarity in [0, 1], or a count for learned swaps) and a human-readable detail.
 *
 * @example { a: "Osama al-Muhajer", b: "Usamah al Muhajir", rule: "translit", score: 1, detail: "same skeleton: VsVmV mVhVjVr" }
 */
export interface MergeEvidence {
  readonly a: string;
  readonly b: string;
  readonly rule: MergeRule;
  readonly score: number;
  readonly detail: string;
}

/** One spelling of an entity and how many mentions used it. */
export interface VariantCount {
  readonly text: string;
  readonly count: number;
}

/**
 * One resolved entity: every spelling that names it, where it was mentioned, and the evidence for each merge.
 *
 * @example
 * { id: "PER:bashar-al-assad", type: "PER", canonical: "Bashar al-Assad",
 *   variants: [{ text: "Bashar al-Assad", count: 3 }, { text: "Assad", count: 2 }],
 *   articles: ["a1", "a2"], outlets: ["Reuters"], merges: [{ a: "Assad", b: "Bashar al-Assad", rule: "surname", … }] }
 */
export interface CanonicalEntity {
  /** `TYPE:slug-of-canonical`, with `~2`, `~3` … when two entities would share it. Stable for the same input. */
  readonly id: string;
  readonly type: EntityType;
  /** The most frequent of the most complete forms (full names over surnames, expansions over acronyms), titles stripped. */
  readonly canonical: string;
  /** Spellings as written, most frequent first. */
  readonly variants: readonly VariantCount[];
  /** Article ids, sorted. */
  readonly articles: readonly string[];
  /** Outlets, sorted. */
  readonly outlets: readonly string[];
  /** One entry per merge that joined two groups of names, in the order they were made. */
  readonly merges: readonly MergeEvidence[];
}

/** A substitution seen in aligned rewrites: `from` in the original sentence became `to` in the rewrite. */
export interface Swap {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}
