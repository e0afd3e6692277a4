// Names of months, weekdays, seasons, parts of the day and time units, with their TimeML codes.
import type { DurationUnit, PartOfDay, Season } from "./timeml-value.js";
import type { TimexGranularity } from "./types.js";

const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december",
] as const;

/** Month names and abbreviations (lower case, without a dot) to month numbers. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i) => [name, i + 1] as const),
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].map(
    (abbr) => [abbr, MONTH_NAMES.findIndex((n) => n.startsWith(abbr.slice(0, 3))) + 1] as const,
  ),
]);

/** A regular-expression source for a month name, full or abbreviated with a dot. */
export const MONTH_SOURCE = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)`;

/** The month a name (possibly with a dot) means, or null. */
export const monthNumber = (name: string): number | null => MONTHS.get(name.toLowerCase().replace(/\.$/, "")) ?? null;

/** Weekday names to ISO weekday numbers (1 = Monday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((name, i) => [name, i + 1]),
);

/** A regular-expression source for a weekday name. */
export const WEEKDAY_SOURCE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/** The ISO weekday a name means (plural and possessive forms too), or null. */
export const weekdayNumber = (name: string): number | null =>
  WEEKDAYS.get(name.toLowerCase().replace(/(?:'s|s)$/, "")) ?? null;

/** Season names to TimeML codes. */
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ["spring", "SP"], ["summer", "SU"], ["fall", "FA"], ["autumn", "FA"], ["winter", "WI"],
]);

/** Parts of the day to TimeML codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = new Map([
  ["morning", "MO"], ["afternoon", "AF"], ["evening", "EV"], ["night", "NI"], ["overnight", "NI"],
]);

/** A time unit: how TimeML writes a duration of it, and the granularity of a period of it. */
export interface UnitInfo {
  readonly duration: DurationUnit;
  /** Multiplier for units written through another one (a decade is 10 years). */
  readonly factor: number;
  readonly granularity: TimexGranularity;
}

/** Time unit words (singular, lower case) to their info. */
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ["second", { duration: "S", factor: 1, granularity: "second" }],
  ["minute", { duration: "MIN", factor: 1, granularity: "minute" }],
  ["hour", { duration: "H", factor: 1, granularity: "hour" }],
  ["day", { duration: "D", factor: 1, granularity: "day" }],
  ["night", { duration: "D", factor: 1, granularity: "day" }],
  ["week", { duration: "W", factor: 1, granularity: "week" }],
  ["weekend", { duration: "D", factor: 2, granularity: "weekend" }],
  ["fortnight", { duration: "W", factor: 2, granularity: "week" }],
  ["month", { duration: "M", factor: 1, granularity: "month" }],
  ["quarter", { duration: "Q", factor: 1, granularity: "quarter" }],
  ["year", { duration: "Y", factor: 1, granularity: "year" }],
  ["decade", { duration: "Y", factor: 10, granularity: "decade" }],
  ["century", { duration: "Y", factor: 100, granularity: "century" }],
] as const satisfies readonly (readonly [string, UnitInfo])[]);

/** A regular-expression source for a unit word, singular or plural. */
export const UNIT_SOURCE = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)`;

/** The unit a word names (singular or plural, any case), or null. */
export function unitInfo(word: string): UnitInfo | null {
  const w = word.toLowerCase();
  const singular = w === "centuries" ? "century" : w.replace(/s$/, "");
  return UNITS.get(singular) ?? null;
}
