// Calendar arithmetic on dates without time zones: a date is a year, month and day, computed through UTC.

/** A calendar date. Months and days are 1-based. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

const toUtc = (d: CalendarDate): number => Date.UTC(d.year, d.month - 1, d.day);

function fromUtc(ms: number): CalendarDate {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * Read `YYYY-MM-DD` (anything after the tenth character is ignored). Null when it is not a real date.
 *
 * @example parseCalendarDate("2023-07-09T10:00") // { year: 2023, month: 7, day: 9 }
 */
export function parseCalendarDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = fromUtc(toUtc(d));
  return back.year === d.year && back.month === d.month && back.day === d.day ? d : null;
}

/** The date `n` days later (earlier when negative). */
export const addDays = (d: CalendarDate, n: number): CalendarDate => fromUtc(toUtc(d) + n * DAY_MS);

/** The same day `n` months later, clamped to the month's last day. */
export function addMonths(d: CalendarDate, n: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: CalendarDate): number {
  const w = new Date(toUtc(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: the week-numbering year and the week number (weeks start on Monday; week 1 holds a Thursday). */
export function isoWeek(d: CalendarDate): { readonly year: number; readonly week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((toUtc(thursday) - toUtc(jan1)) / DAY_MS / 7) + 1 };
}

/** The quarter (1–4) a month is in. */
export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

/** Days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: CalendarDate, b: CalendarDate): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
