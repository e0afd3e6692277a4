import type { EntityMention } from "../../entities/entity-mention.js";
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
