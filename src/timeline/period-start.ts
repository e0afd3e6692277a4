// Where a TimeML date value starts, as a calendar day, so that values of different granularities sort together
// ("2023", "2023-Q3", "2023-W27", "2023-07-07T14:30").
import { addDays, isoWeekday, type CalendarDate } from "./calendar.js";
import { dayValue } from "./timeml-value.js";

const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): CalendarDate {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 7 * (week - 1) - (isoWeekday(jan4) - 1));
}

/**
 * The first day of the period a value names, as `YYYY-MM-DD`; null for values that name no period on the calendar
 * (PAST_REF, durations, sets, values with X).
 *
 * @example periodStart("2023-Q3") // "2023-07-01"
 * @example periodStart("199") // "1990-01-01"
 */
export function periodStart(value: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return dayValue(value.endsWith("-WE") ? addDays(monday, 5) : monday);
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return dayValue({ year: Number(m[1]), month: 3 * Number(m[2]) - 2, day: 1 });
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return dayValue({ year: Number(m[1]), month: m[2] === "1" ? 1 : 7, day: 1 });
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return dayValue({ year: Number(m[1]), month: SEASON_MONTH[m[2]!]!, day: 1 });
  m = /^(\d{4})$/.exec(value);
  if (m) return `${m[1]}-01-01`;
  m = /^(\d{3})$/.exec(value);
  if (m) return `${m[1]}0-01-01`;
  m = /^(\d{2})$/.exec(value);
  if (m) return `${m[1]}00-01-01`;
  return null;
}
