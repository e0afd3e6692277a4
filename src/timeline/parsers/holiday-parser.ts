// Holidays that news dates events by: "Thanksgiving Day", "Christmas Eve", "New Year's Day", "the Fourth of July",
// "Election Day", "Easter". Fixed-date ones are that date; floating ones are computed (Thanksgiving is the fourth
// Thursday of November, US Election Day the Tuesday after the first Monday of November, Easter by the Gregorian
// computus). Alone, a holiday points back or forward by tense, else to the nearer one.
import { addDays, daysBetween, isoWeekday, type CalendarDate } from "../calendar.js";
import { anyOf, patternParser } from "../pattern-parser.js";
import type { Resolution, TimexParser } from "../pipeline-types.js";
import { dayValue, weekValue } from "../timeml-value.js";

/** The `n`th `weekday` (ISO, 1 = Monday) of a month; `n` = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }, -1);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const fixed = (month: number, day: number) => (year: number): CalendarDate => ({ year, month, day });

/** Holiday names (lower case, single spaces) to the date they fall on in a year. */
const HOLIDAYS: ReadonlyMap<string, (year: number) => CalendarDate> = new Map([
  ["thanksgiving", (y: number) => nthWeekday(y, 11, 4, 4)],
  ["christmas", fixed(12, 25)],
  ["christmas eve", fixed(12, 24)],
  ["new year's day", fixed(1, 1)],
  ["new year's eve", fixed(12, 31)],
  ["independence day", fixed(7, 4)],
  ["fourth of july", fixed(7, 4)],
  ["july fourth", fixed(7, 4)],
  ["halloween", fixed(10, 31)],
  ["valentine's day", fixed(2, 14)],
  ["veterans day", fixed(11, 11)],
  ["labor day", (y: number) => nthWeekday(y, 9, 1, 1)],
  ["memorial day", (y: number) => nthWeekday(y, 5, 1, -1)],
  ["election day", (y: number) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  ["easter", easterSunday],
  ["good friday", (y: number) => addDays(easterSunday(y), -2)],
]);

const NAMES = anyOf([
  "Thanksgiving", "Christmas Eve", "Christmas", "New Year's Day", "New Year's Eve", "Independence Day",
  "Fourth of July", "July Fourth", "Halloween", "Valentine's Day", "Veterans Day", "Labor Day", "Memorial Day",
  "Election Day", "Easter", "Good Friday",
]).replace(/'/g, "['’]");

const PATTERN = new RegExp(
  String.raw`(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:the\s+)?(?<name>${NAMES})` +
    String.raw`(?:\s+(?:Day|Sunday))?(?<week>\s+week)?`,
);

/** The holiday parser: `parser/holiday`. */
export function holidayParser(): TimexParser {
  return patternParser("holiday", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    const key = (g["name"] ?? "").toLowerCase().replace(/\s+/g, " ").replace("’", "'");
    const dateIn = HOLIDAYS.get(key);
    if (!dateIn) return null;
    const { anchor } = ctx;
    const at = (d: CalendarDate): Resolution =>
      g["week"] ? { type: "DATE", value: weekValue(d), granularity: "week" } : { type: "DATE", value: dayValue(d), granularity: "day" };
    const thisYear = dateIn(anchor.year);
    const before = daysBetween(thisYear, anchor) > 0 ? thisYear : dateIn(anchor.year - 1);
    const after = daysBetween(anchor, thisYear) > 0 ? thisYear : dateIn(anchor.year + 1);
    const mod = (g["mod"] ?? "").toLowerCase();
    if (mod === "last") return at(before);
    if (mod === "next") return at(after);
    if (mod === "this" || daysBetween(thisYear, anchor) === 0) return at(thisYear);
    const nearer = Math.abs(daysBetween(before, anchor)) <= Math.abs(daysBetween(anchor, after)) ? before : after;
    return { ...at(before), byTense: { past: at(before), future: at(after), unmarked: at(nearer), window: 4 } };
  });
}
