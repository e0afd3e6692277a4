// Points counted back or forward from the anchor: "two weeks ago", "a year earlier", "five years ago", "a week or
// so ago", "three days from now"; and "year-earlier", "year-ago" as adjectives. A vague amount ("years ago",
// "several years ago") is PAST_REF or FUTURE_REF. "a year ago" and "year-earlier" ask the context refiner for the
// quarter named last, four quarters back: in results stories they mean the same quarter a year before.
import { AMOUNT_SOURCE, parseAmount } from "../numbers.js";
import { UNIT_SOURCE, unitInfo } from "../lexicon.js";
import { patternParser, type Extracted } from "../pattern-parser.js";
import type { TimexParser } from "../pipeline-types.js";
import { addDays, addMonths, quarterOf, type CalendarDate } from "../calendar.js";
import { dayValue, decadeValue, monthValue, quarterValue, weekValue, yearValue } from "../timeml-value.js";

const MODIFIER = String.raw`(?:about|nearly|almost|some|more\s+than|less\s+than|over|just|only|roughly|at\s+least|barely|around|approximately)`;

const PATTERN = new RegExp(
  String.raw`(?:${MODIFIER}\s+)?(?<amt>${AMOUNT_SOURCE})?\s*(?<unit>${UNIT_SOURCE})(?:\s+or\s+so)?\s+(?<dir>ago|earlier|before|later|from\s+now|hence)` +
    String.raw`|(?<adj>year-earlier|year-ago|a-year-ago)`,
  "i",
);

/** The quarter named last, a year before. */
export const YEAR_BEFORE_QUARTER = { unit: "quarter", shift: -4 } as const;

/** The point `amount` units from the anchor, at the unit's granularity. */
function pointValue(anchor: CalendarDate, amount: number, unit: string): Extracted | null {
  const info = unitInfo(unit);
  if (!info) return null;
  const n = Math.round(amount * info.factor);
  switch (info.duration) {
    case "H":
    case "MIN":
    case "S":
      return null; // "two hours ago" needs the time of publication, which a date anchor lacks
    case "D":
      return { type: "DATE", value: dayValue(addDays(anchor, n)), granularity: "day" };
    case "W":
      return { type: "DATE", value: weekValue(addDays(anchor, 7 * n)), granularity: "week" };
    case "M": {
      const d = addMonths(anchor, n);
      return { type: "DATE", value: monthValue(d.year, d.month), granularity: "month" };
    }
    case "Q": {
      const d = addMonths(anchor, 3 * n);
      return { type: "DATE", value: quarterValue(d.year, quarterOf(d.month)), granularity: "quarter" };
    }
    case "Y":
      if (info.granularity === "decade" || info.granularity === "century") {
        return { type: "DATE", value: decadeValue(anchor.year + n), granularity: "decade" };
      }
      return { type: "DATE", value: yearValue(anchor.year + n), granularity: "year" };
  }
}

/** The "ago" parser: `parser/ago`. */
export function agoParser(): TimexParser {
  return patternParser("ago", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    if (g["adj"]) {
      return { type: "DATE", value: yearValue(ctx.anchor.year - 1), granularity: "year", hint: YEAR_BEFORE_QUARTER };
    }
    const dir = (g["dir"] ?? "").toLowerCase();
    if (dir === "before") return null; // "two days before the vote": a duration before an event, not a point
    const sign = dir === "ago" || dir === "earlier" ? -1 : 1;
    const unit = g["unit"] ?? "";
    const plural = /s$/i.test(unit);
    const amount = g["amt"] === undefined ? (plural ? "X" : null) : parseAmount(g["amt"]);
    if (amount === null) return null;
    if (amount === "X") {
      if (dir === "later" || dir === "earlier") return null;
      return { type: "DATE", value: sign < 0 ? "PAST_REF" : "FUTURE_REF", granularity: "reference" };
    }
    const r = pointValue(ctx.anchor, sign * amount, unit);
    if (r === null) return null;
    const yearBefore = sign < 0 && amount === 1 && unitInfo(unit)?.duration === "Y" && unitInfo(unit)?.factor === 1;
    return yearBefore ? { ...r, hint: YEAR_BEFORE_QUARTER } : r;
  });
}
