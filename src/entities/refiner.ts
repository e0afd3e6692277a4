import type { EntityType, ProvenanceTag } from "./entity-mention.js";
import type { Gazetteer, GazetteerMatch } from "./gazetteer.js";

/** An entity in one sentence, by token indexes `[start, end)`, with a title span before it when one was split off. */
export interface SentenceEntity {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly title?: { readonly start: number; readonly end: number };
  readonly tags: readonly ProvenanceTag[];
}

/** What a refiner may look at: the sentence's words and its gazetteer matches. */
export interface SentenceContext {
  readonly words: readonly string[];
  /** True for a headline (capitals or Title Case), where capitals say little. */
  readonly heading: boolean;
  readonly gazetteer: Gazetteer;
  readonly matches: readonly GazetteerMatch[];
}

/**
 * One rule stage after the tagger: it takes the sentence's entities (sorted, non-overlapping) and returns them
 * changed, tagging what it touched with its provenance tag. Refiners are data: a recogniser runs a list of them in
 * order, and callers may drop, reorder or add their own.
 */
export interface Refiner {
  readonly name: string;
  refine(entities: readonly SentenceEntity[], context: SentenceContext): SentenceEntity[];
}

/**
 * A rule stage over a whole document: it sees every sentence's entities and context at once (for consistency
 * between mentions), and returns each sentence's entities changed.
 */
export interface DocumentRefiner {
  readonly name: string;
  refine(entities: readonly (readonly SentenceEntity[])[], contexts: readonly SentenceContext[]): SentenceEntity[][];
}

/** Append a provenance tag once. */
export const withTag = (tags: readonly ProvenanceTag[], tag: ProvenanceTag): ProvenanceTag[] =>
  tags.includes(tag) ? [...tags] : [...tags, tag];

/** Sort by start; used after a refiner adds entities. */
export const byStart = (a: SentenceEntity, b: SentenceEntity): number => a.start - b.start;
