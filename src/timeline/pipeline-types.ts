// The timex pipeline is data, as in chrono: parsers propose candidates sentence by sentence, refiners then
// filter, merge and resolve them over the whole text. Users can clone the default pipeline and splice in their own.
import type { Sentence } from "../align/sentences.js";
import type { CalendarDate } from "./calendar.js";
import type { TimexOptions } from "./options.js";
import type { TimexGranularity, TimexType } from "./types.js";

/** A value with its type and granularity. */
export interface Resolution {
  readonly type: TimexType;
  readonly value: string;
  readonly granularity: TimexGranularity;
}

/**
 * What needs an earlier expression to resolve:
 * - `{ unit, shift }`: the period of that unit named last (in this sentence or the two before), shifted: "that year"
 *   (`year`, 0), "the following month" (`month`, +1), "the quarter" (`quarter`, 0), "a year earlier" after a
 *   quarter (`quarter`, -4); with `inYear`, the period found is moved to that year ("the 1988 quarter");
 * - `time-of-day`: a clock time with no day is on the day named last in its sentence (or the one before).
 * When nothing fits, the parser's own value (from the anchor) stays.
 */
export type CandidateHint =
  | "time-of-day"
  | { readonly unit: "year" | "quarter" | "month" | "day"; readonly shift: number; readonly inYear?: number };

/** The readings of a tense-dependent expression. */
export interface TenseReadings {
  readonly past: Resolution;
  readonly future: Resolution;
  readonly unmarked?: Resolution;
  /** How many words away a tense marker may be to count (default: the `tenseWindow` option). */
  readonly window?: number;
}

/** A time expression a parser found; refiners may change, merge or drop it. */
export interface Candidate extends Resolution {
  /** UTF-16 offsets into the whole text. */
  readonly start: number;
  readonly end: number;
  readonly tags: readonly string[];
  /**
   * For expressions that point back or forward by tense (weekdays, months): the value each way, and the value to
   * take when no tense marker is near (`unmarked`; without it, the default tense's).
   */
  readonly byTense?: TenseReadings;
  readonly hint?: CandidateHint;
}

/** What a parser sees: one sentence of the text, and the anchor. */
export interface ParseContext {
  readonly text: string;
  readonly sentence: Sentence;
  readonly anchor: CalendarDate;
  readonly options: TimexOptions;
}

/** What a refiner sees: the whole text and its sentences. */
export interface RefineContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly anchor: CalendarDate;
  readonly options: TimexOptions;
}

/** Finds candidates in one sentence. `name` makes the provenance tag `parser/NAME`. */
export interface TimexParser {
  readonly name: string;
  parse(context: ParseContext): Candidate[];
}

/** Changes the list of candidates of a whole text. Its tags are `refiner/NAME[:detail]`. */
export interface TimexRefiner {
  readonly name: string;
  refine(context: RefineContext, candidates: readonly Candidate[]): Candidate[];
}

/** A pipeline: parsers, then refiners in order. */
export interface TimexPipeline {
  readonly parsers: readonly TimexParser[];
  readonly refiners: readonly TimexRefiner[];
}
