// TimeML value strings, one function per shape.
import { isoWeek, type CalendarDate } from "./calendar.js";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `2023` */
export const yearValue = (year: number): string => pad(year, 4);
/** `2023-07` */
export const monthValue = (year: number, month: number): string => `${yearValue(year)}-${pad(month)}`;
/** `2023-07-07` */
export const dayValue = (d: CalendarDate): string => `${monthValue(d.year, d.month)}-${pad(d.day)}`;
/** `2023-W27`, the ISO week holding the date */
export function weekValue(d: CalendarDate): string {
  const w = isoWeek(d);
  return `${yearValue(w.year)}-W${pad(w.week)}`;
}
/** `2023-W27-WE`, the weekend of the ISO week holding the date */
export const weekendValue = (d: CalendarDate): string => `${weekValue(d)}-WE`;
/** `2023-Q3` */
export const quarterValue = (year: number, quarter: number): string => `${yearValue(year)}-Q${quarter}`;
/** `2023-H2` */
export const halfValue = (year: number, half: number): string => `${yearValue(year)}-H${half}`;

/** TimeML season codes. */
export type Season = "SP" | "SU" | "FA" | "WI";
/** `2023-SU` */
export const seasonValue = (year: number, season: Season): string => `${yearValue(year)}-${season}`;

/** TimeML parts of the day: morning, afternoon, evening, night, daytime. */
export type PartOfDay = "MO" | "AF" | "EV" | "NI" | "DT";
/** `2023-07-07TNI` */
export const partOfDayValue = (d: CalendarDate, part: PartOfDay): string => `${dayValue(d)}T${part}`;
/** `2023-07-07T14:30` */
export const timeValue = (d: CalendarDate, hour: number, minute: number): string =>
  `${dayValue(d)}T${pad(hour)}:${pad(minute)}`;
/** `199` for the 1990s */
export const decadeValue = (year: number): string => pad(Math.floor(year / 10), 3);
/** `19` for the twentieth century (1900–1999) */
export const centuryValue = (firstYear: number): string => pad(Math.floor(firstYear / 100), 2);

/** Units of durations, as TimeML writes them. */
export type DurationUnit = "S" | "MIN" | "H" | "D" | "W" | "M" | "Q" | "Y";

const SMALLER: Partial<Record<DurationUnit, { unit: DurationUnit; per: number }>> = {
  Y: { unit: "M", per: 12 }, M: { unit: "D", per: 30 }, W: { unit: "D", per: 7 }, D: { unit: "H", per: 24 },
  H: { unit: "MIN", per: 60 }, MIN: { unit: "S", per: 60 },
};

const part = (amount: number | "X", unit: DurationUnit): string => `${amount}${unit === "MIN" ? "M" : unit}`;
const isTimeUnit = (unit: DurationUnit): boolean => unit === "H" || unit === "MIN" || unit === "S";

/**
 * A duration: `P3D`, `PT24H`, `P2Y6M` (for 2.5 years), `PXY` (an unknown number of years).
 *
 * @example durationValue(2.5, "Y") // "P2Y6M"
 */
export function durationValue(amount: number | "X", unit: DurationUnit): string {
  const prefix = isTimeUnit(unit) ? "PT" : "P";
  if (amount === "X" || Number.isInteger(amount)) return `${prefix}${part(amount, unit)}`;
  const whole = Math.floor(amount);
  const smaller = SMALLER[unit];
  if (!smaller) return `${prefix}${part(Math.round(amount), unit)}`;
  const rest = Math.round((amount - whole) * smaller.per);
  const head = whole > 0 ? part(whole, unit) : "";
  if (!isTimeUnit(unit) && isTimeUnit(smaller.unit)) return `P${head}T${part(rest, smaller.unit)}`;
  return `${prefix}${head}${part(rest, smaller.unit)}`;
}
