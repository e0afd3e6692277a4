import { ENTITY_TYPES, type EntityType } from "./entity-mention.js";

/**
 * The tagger's labels: `O`, then `B-X` (first token of an entity of type X) and `I-X` (any later token) for each
 * type. Label ids are indexes into this list and are saved with a model.
 */
export const BIO_LABELS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** A run of tokens `[start, end)` of one sentence that names an entity. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

const typeOf = (tag: string): string | null => (tag.length > 2 && tag[1] === "-" ? tag.slice(2) : null);

/**
 * Rewrite IOB1 tags (CoNLL-2003: `I-X` throughout, `B-X` only where an entity follows another of the same type)
 * as BIO, where every entity starts with `B-X`. BIO input passes through unchanged.
 *
 * @example iob1ToBio(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]) // ["B-PER", "I-PER", "B-PER", "O", "B-LOC"]
 */
export function iob1ToBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith("I-")) return tag;
    const prev = i === 0 ? "O" : tags[i - 1]!;
    return typeOf(prev) === tag.slice(2) ? tag : `B-${tag.slice(2)}`;
  });
}

const isEntityType = (t: string | null): t is EntityType => t !== null && (ENTITY_TYPES as readonly string[]).includes(t);

/**
 * Entity spans of a tag sequence, read as conlleval reads chunks: a chunk starts at `B-X`, or at `I-X` after a tag
 * of another type or `O`, and ends before `O`, `B-`, or a change of type. Works for IOB1 and BIO alike. Tags of
 * unknown types are ignored.
 *
 * @example spansFromTags(["B-PER", "I-PER", "O", "I-LOC"]) // [{start: 0, end: 2, type: "PER"}, {start: 3, end: 4, type: "LOC"}]
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let current: string | null = null;
  const close = (end: number) => {
    if (start >= 0 && isEntityType(current)) spans.push({ start, end, type: current });
    start = -1;
    current = null;
  };
  tags.forEach((tag, i) => {
    const type = typeOf(tag);
    if (type === null) return close(i);
    if (tag.startsWith("B-") || type !== current) {
      close(i);
      start = i;
      current = type;
    }
  });
  close(tags.length);
  return spans;
}

/**
 * BIO tags for `length` tokens from non-overlapping spans.
 *
 * @example tagsFromSpans(3, [{ start: 1, end: 3, type: "ORG" }]) // ["O", "B-ORG", "I-ORG"]
 */
export function tagsFromSpans(length: number, spans: readonly TokenSpan[]): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) tags[i] = i === span.start ? `B-${span.type}` : `I-${span.type}`;
  }
  return tags;
}

/**
 * Rewrite BIO tags as IOB1: `I-X` throughout, `B-X` only for an entity that directly follows another of type X.
 *
 * @example bioToIob1(["B-PER", "I-PER", "B-PER", "O", "B-LOC"]) // ["I-PER", "I-PER", "B-PER", "O", "I-LOC"]
 */
export function bioToIob1(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith("B-")) return tag;
    const prev = i === 0 ? "O" : tags[i - 1]!;
    return typeOf(prev) === tag.slice(2) ? tag : `I-${tag.slice(2)}`;
  });
}

/**
 * True when tags are IOB1: some entity starts with `I-` (at the start of a sentence, after `O` or after another
 * type). BIO never does that.
 *
 * @example isIob1([["O", "I-PER"]]) // true
 */
export function isIob1(sentences: readonly (readonly string[])[]): boolean {
  return sentences.some((tags) => tags.some((tag, i) => tag.startsWith("I-") && typeOf(i === 0 ? "O" : tags[i - 1]!) !== tag.slice(2)));
}
