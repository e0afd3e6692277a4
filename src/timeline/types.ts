import type { Published } from "../core/types.js";

/** The TIMEX3 types of TimeML. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/**
 * How precise a value is: for a DATE or TIME the size of the period it names, for a DURATION or SET its unit.
 * `reference` is for PRESENT_REF, PAST_REF and FUTURE_REF.
 */
export type TimexGranularity =
  | "millennium" | "century" | "decade" | "year" | "half" | "quarter" | "season" | "month" | "week" | "weekend"
  | "day" | "part-of-day" | "hour" | "minute" | "second" | "reference";

/**
 * A time expression found in a text, normalised to a TimeML value.
 *
 * @example
 * // "on Friday" in an article dated Sunday 2023-07-09
 * { start: 23, end: 29, text: "Friday", type: "DATE", value: "2023-07-07", granularity: "day",
 *   tags: ["parser/weekday", "refiner/tense:past"] }
 */
export interface Timex {
  /** UTF-16 offset of the first character in the text. */
  readonly start: number;
  /** UTF-16 offset just past the last character. */
  readonly end: number;
  readonly text: string;
  readonly type: TimexType;
  /** TimeML value: `2023-07-07`, `2023-W27`, `2019`, `199`, `2023-Q3`, `PAST_REF`, `P3D`, `XXXX-WXX-5`, … */
  readonly value: string;
  readonly granularity: TimexGranularity;
  /** The parser and refiners that made it, as `parser/NAME` and `refiner/NAME[:detail]`. */
  readonly tags: readonly string[];
}

/** What relative expressions resolve against: an article's publication, or any calendar date. */
export type TimexAnchor = Published | { readonly date: string };
