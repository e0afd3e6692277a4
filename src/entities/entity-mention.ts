/** The four CoNLL-2003 classes: people, organisations (armed groups and agencies included), places, other names. */
export type EntityType = "PER" | "ORG" | "LOC" | "MISC";

/** Every entity type, in a fixed order (tables, label sets). */
export const ENTITY_TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "MISC"];

/**
 * Where a mention (or a change to it) came from: the trained tagger, or one of the rules that refine its output.
 * Tests and the UI read these to explain a mention.
 */
export type ProvenanceTag =
  | "model/perceptron"
  | "rule/gazetteer"
  | "rule/title"
  | "rule/particle"
  | "rule/given-name"
  | "rule/dateline"
  | "rule/place"
  | "rule/document";

/**
 * One named entity found in a text.
 *
 * @example
 * // recogniseEntities("President Bashar al-Assad spoke.")[0]
 * { text: "Bashar al-Assad", type: "PER", start: 10, end: 25, title: "President", tags: ["model/perceptron", "rule/title"] }
 */
export interface EntityMention {
  /** The name as written: `text.slice(start, end)` of the input, titles excluded. */
  readonly text: string;
  readonly type: EntityType;
  /** UTF-16 offset of the first character of the name in the input text. */
  readonly start: number;
  /** UTF-16 offset just past the last character of the name. */
  readonly end: number;
  /** A title written just before the name and split off it ("President", "Lt. Col."), as written. */
  readonly title?: string;
  /** Provenance, in the order the stages touched the mention. */
  readonly tags: readonly ProvenanceTag[];
}
