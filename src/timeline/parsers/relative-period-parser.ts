// Periods named from the anchor: "last week", "this month", "next year", "earlier this month", "early next year",
// "the end of this week", "the current quarter", "the past year", "the weekend".
import { addDays, addMonths, isoWeekday, quarterOf, type CalendarDate } from "../calendar.js";
import { patternParser } from "../pattern-parser.js";
import type { Resolution, TimexParser } from "../pipeline-types.js";
import {
  centuryValue, decadeValue, monthValue, quarterValue, weekendValue, weekValue, yearValue,
} from "../timeml-value.js";

const PATTERN = new RegExp(
  String.raw`(?:(?<mod>early|late|earlier|later|mid|sometime|the\s+(?:end|beginning|start|middle|rest|remainder)\s+of)[\s-]+)?` +
    String.raw`(?<rel>last|this|next|the\s+past|the\s+last|the\s+previous|the\s+current|the\s+coming|the\s+next|the)\s+` +
    String.raw`(?:fiscal\s+|calendar\s+)?(?<unit>week|weekend|month|year|quarter|decade|century)`,
  "i",
);

const OFFSETS: Readonly<Record<string, number>> = {
  last: -1, "the last": -1, "the past": -1, "the previous": -1, this: 0, "the current": 0, next: 1,
  "the coming": 1, "the next": 1,
};

/** The period `offset` units from the anchor's, as a TimeML value. */
export function periodValue(anchor: CalendarDate, unit: string, offset: number): Resolution | null {
  switch (unit) {
    case "week":
      return { type: "DATE", value: weekValue(addDays(anchor, 7 * offset)), granularity: "week" };
    case "weekend":
      return { type: "DATE", value: weekendValue(addDays(anchor, 7 * offset)), granularity: "weekend" };
    case "month": {
      const d = addMonths(anchor, offset);
      return { type: "DATE", value: monthValue(d.year, d.month), granularity: "month" };
    }
    case "quarter": {
      const d = addMonths(anchor, 3 * offset);
      return { type: "DATE", value: quarterValue(d.year, quarterOf(d.month)), granularity: "quarter" };
    }
    case "year":
      return { type: "DATE", value: yearValue(anchor.year + offset), granularity: "year" };
    case "decade":
      return { type: "DATE", value: decadeValue(anchor.year + 10 * offset), granularity: "decade" };
    case "century":
      return { type: "DATE", value: centuryValue(anchor.year + 100 * offset), granularity: "century" };
    default:
      return null;
  }
}

/** The weekend before the anchor (or the one it is in), and the one after it (or the one it is in). */
function weekendByTense(anchor: CalendarDate): { past: Resolution; future: Resolution } {
  const inWeekend = isoWeekday(anchor) >= 6;
  const past = periodValue(anchor, "weekend", inWeekend ? 0 : -1)!;
  const future = periodValue(anchor, "weekend", 0)!;
  return { past, future };
}

/** The relative period parser: `parser/relative-period`. */
export function relativePeriodParser(): TimexParser {
  return patternParser("relative-period", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    const rel = (g["rel"] ?? "").toLowerCase().replace(/\s+/g, " ");
    const unit = (g["unit"] ?? "").toLowerCase();
    if (rel === "the") {
      // "the weekend" points by tense; "the week", "the year" alone are left to context-free readers.
      if (unit !== "weekend") return null;
      const both = weekendByTense(ctx.anchor);
      return { ...both.past, byTense: both };
    }
    if (unit === "weekend" && rel === "this") return weekendByTense(ctx.anchor).future;
    const offset = OFFSETS[rel];
    return offset === undefined ? null : periodValue(ctx.anchor, unit, offset);
  });
}
