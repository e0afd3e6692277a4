// The data of a comparison: what `compareArticles` returns and `wiretrace compare --json` prints. Plain JSON:
// numbers, strings, arrays and objects only.

/** One side of a comparison: an article's text and, when known, where it comes from. */
export interface CompareSide {
  id?: string;
  source?: string | null;
  title?: string | null;
  published?: string | null;
  text: string;
}

/** One sentence of a side: offsets into the side's text, its paragraph, and whether it is a heading. */
export interface ReportSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** 0-based paragraph number (blank lines separate paragraphs). */
  paragraph: number;
  /** A line on its own without closing punctuation: a heading, subheading or dateline line. */
  heading: boolean;
}

/** A side as the report shows it. */
export interface ReportSide {
  id: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  words: number;
  sentences: ReportSentence[];
}

/** One step of a word-level diff: words kept, removed (only in A), added (only in B) or replaced. */
export interface DiffOp {
  op: "equal" | "delete" | "insert" | "replace";
  /** The words of A, as written (empty for `insert`). */
  a: string;
  /** The words of B, as written (empty for `delete`). */
  b: string;
}

/** A row of the alignment: an aligned pair, or a sentence found on one side only. */
export type AlignmentRow =
  | { kind: "pair"; a: number[]; b: number[]; label: "same" | "reworded"; moved: boolean; score: number; diff: DiffOp[] }
  | { kind: "only-in-a"; a: number[]; b: []; score: number }
  | { kind: "only-in-b"; a: []; b: number[]; score: number };

/** What a finding is about. Facts (numbers, dates, places) are listed first. */
export type FindingKind =
  | "number" | "date" | "place"
  | "quote-altered" | "quote-dropped" | "quote-added" | "quote-kept"
  | "verb-changed" | "hedge-added" | "hedge-removed" | "attribution-moved"
  | "substitution" | "name-variant"
  | "omitted-name" | "added-name" | "omitted-title" | "added-title" | "omitted-modifier" | "added-modifier"
  | "omitted-sentence" | "added-sentence" | "omitted-paragraph" | "added-paragraph" | "omitted-heading" | "added-heading"
  | "rewording";

/**
 * One forensic finding: what changed (`from` in A, `to` in B; either may be empty), why it is reported, and the
 * sentences it rests on (indexes into each side's sentences).
 */
export interface Finding {
  kind: FindingKind;
  from: string;
  to: string;
  detail: string;
  a: number[];
  b: number[];
}

/** A term the rewrite replaces consistently: `from` in A became `to` in B, `count` times. */
export interface LexiconEntry {
  from: string;
  to: string;
  count: number;
  /** The aligned pairs where it happened: sentence indexes of A and B. */
  a: number[];
  b: number[];
}

/** Counts at a glance. */
export interface CompareSummary {
  sentencesA: number;
  sentencesB: number;
  same: number;
  reworded: number;
  moved: number;
  onlyInA: number;
  onlyInB: number;
  /** Share of A's sentences that have a counterpart in B, 0..1. */
  keptShare: number;
  /** How many findings of each kind. */
  findings: Partial<Record<FindingKind, number>>;
}

/** The whole comparison of A with B. */
export interface CompareReport {
  /** Format version of this object. */
  version: 1;
  a: ReportSide;
  b: ReportSide;
  summary: CompareSummary;
  /** Rows in reading order of A, with B-only sentences placed after the B sentence they follow. */
  alignment: AlignmentRow[];
  /** Findings, facts first, then quotes, attribution, substitutions, names, omissions and additions, rewording. */
  findings: Finding[];
  /** Substitutions that recur across the article, most frequent first. One-off rewording is in `findings`. */
  lexicon: LexiconEntry[];
}
