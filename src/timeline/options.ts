import type { TimexPipeline } from "./pipeline-types.js";

/** Tense of the clause around an expression, as far as it decides which way the expression points. */
export type Tense = "past" | "future";

/** Options of {@link extractTimexes}. */
export interface TimexOptions {
  /**
   * Tense assumed when a sentence has no tense marker near the expression. Default `"past"`: news mostly reports
   * what happened, so "on Friday" in a story dated Sunday is the Friday before.
   */
  readonly defaultTense: Tense;
  /**
   * How many words either side of an expression the tense detector reads. Default 12 (tuned on TBAQ-cleaned: value
   * F1 80.31 at 3 words, 80.42 at 8, 80.59 at 12 and at 20).
   */
  readonly tenseWindow: number;
  /**
   * A weekday named on the day it is (Friday in a story dated Friday) is that day whatever the tense. Default
   * `true`: news reports same-day events by weekday.
   */
  readonly weekdayIsSameDay: boolean;
  /**
   * "Friday night" is the night (`2023-07-07TNI`, a TIME) rather than the day (`2023-07-07`, a DATE). Default
   * `false`: TBAQ-cleaned annotates a weekday with a part of the day as the day more often than not (the day got
   * 5 more values right there). "last night" and "this morning" keep their part either way.
   */
  readonly weekdayPartOfDay: boolean;
  /** Bare numbers are years only from this year on. Default 1000. */
  readonly minBareYear: number;
  /** …and up to this many years after the anchor's. Default 50. */
  readonly maxYearsAhead: number;
  /** Extract PRESENT_REF, PAST_REF and FUTURE_REF ("now", "recently", "the future"). Default `true`. */
  readonly references: boolean;
  /** The parsers and refiners; default {@link createTimexPipeline}(). */
  readonly pipeline: TimexPipeline | null;
}

export const defaultTimexOptions: TimexOptions = {
  defaultTense: "past",
  tenseWindow: 12,
  weekdayIsSameDay: true,
  weekdayPartOfDay: false,
  minBareYear: 1000,
  maxYearsAhead: 50,
  references: true,
  pipeline: null,
};
