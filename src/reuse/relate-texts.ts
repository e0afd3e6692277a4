import { publishedSortKey } from "../core/published.js";
import type { Published } from "../core/types.js";
import type { Tokens } from "../sketch/tokens.js";
import { compareTexts, type PassageOptions } from "./passages.js";
import { classifyPair, defaultRelationOptions, type PairSide, type Relation, type RelationOptions } from "./relation.js";

/** One side of a pair to relate: its tokens and what is known of it. */
export interface RelateInput {
  readonly tokens: Tokens;
  readonly published: Published;
  readonly textHash: string;
}

const side = (x: RelateInput): PairSide => ({
  publishedAt: publishedSortKey(x.published),
  dateOnly: x.published.kind === "date",
  words: x.tokens.words.length,
  textHash: x.textHash,
});

/**
 * Verify and classify a pair: exact Jaccard, containment both ways, shared passages, then the relation.
 *
 * @example relateTexts(a, b).kind // "derived"
 */
export function relateTexts(
  a: RelateInput, b: RelateInput, options: { passages?: Partial<PassageOptions>; relation?: RelationOptions } = {},
): Relation {
  const evidence = compareTexts(a.tokens, b.tokens, options.passages);
  return classifyPair(evidence, side(a), side(b), options.relation ?? defaultRelationOptions);
}
