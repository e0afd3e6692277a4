import type { PairEvidence, Passage } from "./passages.js";

/** How two articles relate. The stories stage will add `same-story`. */
export type RelationKind = "duplicate" | "near-duplicate" | "derived" | "unrelated";

/** Which of a pair is the source, and how sure wiretrace is. */
export type Direction = "a" | "b" | "undetermined";

/** Options for {@link classifyPair}. Defaults were set on the reuse development set (see DESIGN.md). */
export interface RelationOptions {
  /** Shingle Jaccard at or above which two texts are near-duplicates. Default 0.8. */
  readonly nearDuplicateJaccard: number;
  /**
   * Share of the derived text's words inside shared passages at or above which it counts as derived. Default 0.2.
   */
  readonly derivedShare: number;
  /** Containment (of either text in the other) at or above which it counts as derived. Default 0.25. */
  readonly derivedContainment: number;
  /** Share reused at or above which a derivation is whole rather than partial. Default 0.8. */
  readonly wholeShare: number;
  /** Containment asymmetry that counts as evidence of direction. Default 0.15. */
  readonly asymmetry: number;
}

export const defaultRelationOptions: RelationOptions = {
  nearDuplicateJaccard: 0.8,
  derivedShare: 0.2,
  derivedContainment: 0.25,
  wholeShare: 0.8,
  asymmetry: 0.15,
};

/** What is known of each side besides its text. */
export interface PairSide {
  /** UTC milliseconds of publication (a bare date counts as its start). */
  readonly publishedAt: number;
  /** True when only a date is known, so times on the same day cannot be ordered. */
  readonly dateOnly: boolean;
  /** Words in the text. */
  readonly words: number;
  readonly textHash: string;
}

/** The evidence a relation rests on: scores, passages and the rules that fired. */
export interface RelationEvidence {
  readonly jaccard: number;
  readonly containmentAInB: number;
  readonly containmentBInA: number;
  /** Share of A's words inside shared passages. */
  readonly shareOfA: number;
  readonly shareOfB: number;
  readonly passages: readonly Passage[];
  /** Rule tags, e.g. `time/a-earlier`, `containment/b-in-a`. */
  readonly rules: readonly string[];
}

export interface Relation {
  readonly kind: RelationKind;
  /** For `derived`: all of the derived text comes from the source, or part of it. */
  readonly extent: "whole" | "partial" | null;
  /** Share of the derived text (or of the smaller text) that is reused, 0–1. */
  readonly share: number;
  readonly source: Direction;
  /** Direction confidence, 0–1 (0 when undetermined). */
  readonly confidence: number;
  readonly evidence: RelationEvidence;
}

/** Fraction of a text's words covered by passages on one side. */
function coverage(passages: readonly Passage[], side: "a" | "b", words: number): number {
  if (words === 0) return 0;
  let covered = 0;
  for (const p of passages) covered += side === "a" ? p.aWordEnd - p.aWordStart : p.bWordEnd - p.bWordStart;
  return Math.min(1, covered / words);
}

/**
 * Decide the direction of a reuse. Publication time decides when the two can be ordered (an hour apart, or on
 * different days when only dates are known); containment asymmetry (the source holds material the copy lacks)
 * raises or lowers the confidence, and decides alone, weakly, when time cannot. Otherwise: undetermined.
 */
export function pairDirection(
  a: PairSide, b: PairSide, ev: Pick<RelationEvidence, "containmentAInB" | "containmentBInA">, options: RelationOptions,
): { source: Direction; confidence: number; rules: string[] } {
  const gap = b.publishedAt - a.publishedAt;
  const dateOnly = a.dateOnly || b.dateOnly;
  const ordered = dateOnly ? Math.abs(gap) >= 86_400_000 : Math.abs(gap) >= 3_600_000;
  const asym = ev.containmentBInA - ev.containmentAInB;
  const held: Direction = Math.abs(asym) < options.asymmetry ? "undetermined" : asym > 0 ? "a" : "b";
  const heldRule = held === "undetermined" ? [] : [held === "a" ? "containment/b-in-a" : "containment/a-in-b"];
  if (ordered) {
    const earlier: Direction = gap > 0 ? "a" : "b";
    const confidence = held === "undetermined" ? 0.7 : held === earlier ? 0.9 : 0.55;
    return { source: earlier, confidence, rules: [`time/${earlier}-earlier`, ...heldRule] };
  }
  if (held !== "undetermined") return { source: held, confidence: 0.5, rules: ["time/tied", ...heldRule] };
  return { source: "undetermined", confidence: 0, rules: ["time/tied", "direction/undetermined"] };
}

/**
 * Classify a verified pair: duplicate (same normalised text), near-duplicate, derived (whole or partial, with the
 * share reused) or unrelated, with direction and the evidence behind each.
 *
 * @example classifyPair(evidence, sideA, sideB).kind // "derived"
 */
export function classifyPair(
  evidence: PairEvidence, a: PairSide, b: PairSide, options: RelationOptions = defaultRelationOptions,
): Relation {
  const shareOfA = coverage(evidence.passages, "a", a.words);
  const shareOfB = coverage(evidence.passages, "b", b.words);
  const base = {
    jaccard: evidence.jaccard, containmentAInB: evidence.containmentAInB, containmentBInA: evidence.containmentBInA,
    shareOfA, shareOfB, passages: evidence.passages,
  };
  const direction = pairDirection(a, b, evidence, options);
  if (a.textHash === b.textHash) {
    return { kind: "duplicate", extent: "whole", share: 1, ...dir(direction), evidence: { ...base, rules: ["hash/equal", ...direction.rules] } };
  }
  if (evidence.jaccard >= options.nearDuplicateJaccard) {
    return {
      kind: "near-duplicate", extent: "whole", share: Math.max(shareOfA, shareOfB), ...dir(direction),
      evidence: { ...base, rules: ["jaccard/near-duplicate", ...direction.rules] },
    };
  }
  const containment = Math.max(evidence.containmentAInB, evidence.containmentBInA);
  const share = Math.max(shareOfA, shareOfB);
  if (share >= options.derivedShare || containment >= options.derivedContainment) {
    // The derived side is the one that is not the source; when undetermined, the smaller text's share is reported.
    const derivedShare = direction.source === "a" ? shareOfB : direction.source === "b" ? shareOfA : share;
    const rules = [share >= options.derivedShare ? "passages/derived" : "containment/derived", ...direction.rules];
    return {
      kind: "derived", extent: derivedShare >= options.wholeShare ? "whole" : "partial", share: derivedShare,
      ...dir(direction), evidence: { ...base, rules },
    };
  }
  return { kind: "unrelated", extent: null, share, source: "undetermined", confidence: 0, evidence: { ...base, rules: ["below-thresholds"] } };
}

const dir = (d: { source: Direction; confidence: number }) => ({ source: d.source, confidence: d.confidence });

/** A single score for ranking pairs by how likely one derives from the other (used for ROC AUC). */
export function reuseScore(relation: Relation): number {
  const e = relation.evidence;
  return Math.max(e.shareOfA, e.shareOfB, e.containmentAInB, e.containmentBInA);
}

/** The same relation seen from the other side. */
export function flipRelation(r: Relation): Relation {
  const e = r.evidence;
  return {
    ...r,
    source: r.source === "a" ? "b" : r.source === "b" ? "a" : r.source,
    evidence: {
      ...e,
      containmentAInB: e.containmentBInA, containmentBInA: e.containmentAInB, shareOfA: e.shareOfB, shareOfB: e.shareOfA,
      passages: e.passages.map((p) => ({
        ...p, words: p.bWordEnd - p.bWordStart, aStart: p.bStart, aEnd: p.bEnd, bStart: p.aStart, bEnd: p.aEnd,
        aWordStart: p.bWordStart, aWordEnd: p.bWordEnd, bWordStart: p.aWordStart, bWordEnd: p.aWordEnd,
      })),
      rules: e.rules.map((rule) => rule.replace(/\b(a|b)(?=-earlier|-in-)|(?<=-in-)(a|b)\b/g, (x) => (x === "a" ? "b" : "a"))),
    },
  };
}

