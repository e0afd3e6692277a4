// Weekday names: "Friday", "last Friday", "next Tuesday", "Friday morning", "Friday's". A bare weekday points back
// or forward by the tense around it (the tense refiner decides); a weekday named on that very day is that day.
import { addDays, isoWeekday, type CalendarDate } from "../calendar.js";
import { PARTS_OF_DAY, WEEKDAY_SOURCE, weekdayNumber } from "../lexicon.js";
import { patternParser } from "../pattern-parser.js";
import type { Resolution, TimexParser } from "../pipeline-types.js";
import { dayValue, partOfDayValue } from "../timeml-value.js";

const PATTERN = new RegExp(
  String.raw`(?:(?<mod>last|next|this\s+coming|this\s+past|this|coming|past|previous|following|early|late|earlier|later)\s+)?` +
    String.raw`(?<day>${WEEKDAY_SOURCE})(?:'s)?(?:,?\s+(?<part>morning|afternoon|evening|night))?`,
  "i",
);

/** The weekday before (`direction` -1) or after (+1) the anchor, 1 to 7 days away. */
export function weekdayFrom(anchor: CalendarDate, weekday: number, direction: -1 | 1): CalendarDate {
  const diff = direction < 0 ? (isoWeekday(anchor) - weekday + 7) % 7 || 7 : (weekday - isoWeekday(anchor) + 7) % 7 || 7;
  return addDays(anchor, direction * diff);
}

/** The weekday parser: `parser/weekday`. */
export function weekdayParser(): TimexParser {
  return patternParser("weekday", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    const weekday = weekdayNumber(g["day"] ?? "");
    if (weekday === null) return null;
    const part = ctx.options.weekdayPartOfDay ? PARTS_OF_DAY.get((g["part"] ?? "").toLowerCase()) : undefined;
    const resolve = (d: CalendarDate): Resolution =>
      part === undefined
        ? { type: "DATE", value: dayValue(d), granularity: "day" }
        : { type: "TIME", value: partOfDayValue(d, part), granularity: "part-of-day" };
    const mod = (g["mod"] ?? "").toLowerCase().replace(/\s+/g, " ");
    if (["last", "this past", "past", "previous"].includes(mod)) {
      return { ...resolve(weekdayFrom(ctx.anchor, weekday, -1)), tags: ["parser/weekday:last"] };
    }
    if (["next", "this coming", "coming", "following"].includes(mod)) {
      return { ...resolve(weekdayFrom(ctx.anchor, weekday, 1)), tags: ["parser/weekday:next"] };
    }
    if (ctx.options.weekdayIsSameDay && isoWeekday(ctx.anchor) === weekday) {
      return { ...resolve(ctx.anchor), tags: ["parser/weekday:same-day"] };
    }
    const past = resolve(weekdayFrom(ctx.anchor, weekday, -1));
    const future = resolve(weekdayFrom(ctx.anchor, weekday, 1));
    return { ...past, byTense: { past, future } };
  });
}
