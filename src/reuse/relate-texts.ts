import { publishedSortKey } from "../core/published.js";
import type { Published } from "../core/types.js";
import { tokenize, type Tokens } from "../sketch/tokens.js";
import { chromeWords } from "./chrome-words.js";
import { compareTexts, type PassageOptions } from "./passages.js";
import { classifyPair, defaultRelationOptions, type PairSide, type Relation, type RelationOptions } from "./relation.js";

/** One side of a pair to relate: its tokens and what is known of it. */
export interface RelateInput {
  readonly tokens: Tokens;
  readonly published: Published;
  readonly textHash: string;
  /** The text the tokens are of; with it, page chrome in the text is not counted as reuse ({@link chromeWords}). */
  readonly text?: string;
}

/** What relating needs of a text: its tokens (when the caller has them already) and the text itself. */
export function relateInput(x: { text: string; published: Published; textHash: string }, tokens = tokenize(x.text)): RelateInput {
  return { tokens, published: x.published, textHash: x.textHash, text: x.text };
}

const side = (x: RelateInput): PairSide => ({
  publishedAt: publishedSortKey(x.published),
  dateOnly: x.published.kind === "date",
  words: x.tokens.words.length,
  textHash: x.textHash,
});

/** Each text's chrome flags, found the first time one of its pairs looks related. */
const chromeOfTokens = new WeakMap<Tokens, Uint8Array | null>();

function chromeOf(x: RelateInput): Uint8Array | null {
  if (x.text === undefined) return null;
  let flags = chromeOfTokens.get(x.tokens);
  if (flags === undefined) chromeOfTokens.set(x.tokens, (flags = chromeWords(x.text, x.tokens)));
  return flags;
}

/**
 * Verify and classify a pair: exact Jaccard, containment both ways, shared passages, then the relation. A pair
 * that looks related is compared again without the page chrome of either text (a shared copyright notice is not
 * reuse); leaving words out can only lower every score, so an unrelated pair needs no second look.
 *
 * @example relateTexts(relateInput(a), relateInput(b)).kind // "derived"
 */
export function relateTexts(
  a: RelateInput, b: RelateInput, options: { passages?: Partial<PassageOptions>; relation?: RelationOptions } = {},
): Relation {
  const relation = classifyPair(compareTexts(a.tokens, b.tokens, options.passages), side(a), side(b), options.relation ?? defaultRelationOptions);
  if (relation.kind === "unrelated" || relation.kind === "duplicate") return relation;
  const ignore = { a: chromeOf(a), b: chromeOf(b) };
  if (!ignore.a && !ignore.b) return relation;
  return classifyPair(compareTexts(a.tokens, b.tokens, options.passages, ignore), side(a), side(b), options.relation ?? defaultRelationOptions);
}
