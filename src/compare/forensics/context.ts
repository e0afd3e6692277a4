import type { EntityMention, EntityType } from "../../entities/entity-mention.js";
import { parseName, type ParsedName } from "../../entities/aliases/name-parse.js";
import type { Attribution } from "../attribution.js";
import type { DiffOp, Finding, ReportSentence } from "../types.js";

/** An aligned pair as the forensic rules read it: both sides' text (joined when several sentences) and its diff. */
export interface PairView {
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly textA: string;
  readonly textB: string;
  readonly diff: readonly DiffOp[];
}

/** Everything the forensic rules read. */
export interface ForensicContext {
  readonly textA: string;
  readonly textB: string;
  readonly sentencesA: readonly ReportSentence[];
  readonly sentencesB: readonly ReportSentence[];
  readonly pairs: readonly PairView[];
  readonly onlyInA: readonly number[];
  readonly onlyInB: readonly number[];
  readonly entitiesA: readonly EntityMention[];
  readonly entitiesB: readonly EntityMention[];
  /**
   * Names on each side for the omission rule: the recogniser's people and organisations where it read, and
   * capitalised names (type null) in sentences found on one side only.
   */
  readonly namesA: readonly NameMention[];
  readonly namesB: readonly NameMention[];
  /** `describeAttribution`, memoised for this comparison. */
  readonly attribution: (sentence: string) => Attribution;
}

/** A name on one side: offsets into that side's text, and its type when the recogniser found it. */
export interface NameMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType | null;
}

/** A forensic rule: findings from the context. */
export type ForensicRule = (context: ForensicContext) => Finding[];

/** Entity mentions that fall inside the given sentences. */
export function mentionsIn(entities: readonly EntityMention[], sentences: readonly ReportSentence[], idx: readonly number[]): EntityMention[] {
  return entities.filter((m) => idx.some((k) => {
    const s = sentences[k];
    return s !== undefined && m.start >= s.start && m.end <= s.end;
  }));
}

/** Sentence indexes of a side whose span contains the offset range. */
export function sentencesAt(sentences: readonly ReportSentence[], start: number, end: number): number[] {
  return sentences.filter((s) => start < s.end && end > s.start).map((s) => s.index);
}

/** `parseName`, memoised: the name rules compare every name of one side with every name of the other. */
export function nameCache(): (text: string, type: EntityType) => ParsedName {
  const cache = new Map<string, ParsedName>();
  return (text, type) => {
    const key = `${type}\u0000${text}`;
    let parsed = cache.get(key);
    if (parsed === undefined) {
      parsed = parseName(text, type);
      cache.set(key, parsed);
    }
    return parsed;
  };
}
