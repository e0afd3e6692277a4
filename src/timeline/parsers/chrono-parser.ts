// Calendar dates and clock times through chrono-node: "Aug. 7", "Sept. 30, 1989", "March 26, 1996", "7 August",
// "1998-08-07", "10:35 a.m.", "5 p.m. EST", "noon". Only chrono's parsers for explicit dates and times are used
// (weekdays, months alone and relative expressions have their own parsers here, which know about tense), and chrono
// runs one sentence at a time, so it cannot merge across a full stop. A date without a year goes to the nearer
// year; a clock time without a day takes the day from context (the `time-of-day` hint).
import * as chrono from "chrono-node";
import { sentenceParser, type Located } from "../pattern-parser.js";
import { daysBetween, type CalendarDate } from "../calendar.js";
import type { Resolution, TimexParser } from "../pipeline-types.js";
import { dayValue, timeValue } from "../timeml-value.js";

/** chrono's parsers used, by class name: explicit dates and times only. */
const PARSERS = new Set([
  "ENMonthNameLittleEndianParser", "ENMonthNameMiddleEndianParser", "ENYearMonthDayParser", "ISOFormatParser",
  "ENTimeExpressionParser", "ENCasualTimeParser",
]);
/** chrono's refiners used: merging a date with its time, time zones, overlaps. */
const REFINERS = new Set([
  "OverlapRemovalRefiner", "ENMergeDateTimeRefiner", "ExtractTimezoneAbbrRefiner", "ExtractTimezoneOffsetRefiner",
]);

/** A chrono instance with only the parsers and refiners above (strict parsers first, then casual noon/midnight). */
export function dateTimeChrono(): chrono.Chrono {
  const strict = chrono.en.configuration.createConfiguration(true);
  const casual = chrono.en.configuration.createCasualConfiguration();
  const parsers = [...strict.parsers, ...casual.parsers.filter((p) => p.constructor.name === "ENCasualTimeParser")]
    .filter((p) => PARSERS.has(p.constructor.name));
  const refiners = casual.refiners.filter((r) => REFINERS.has(r.constructor.name));
  const found = new Set(parsers.map((p) => p.constructor.name));
  for (const name of PARSERS) if (!found.has(name)) throw new Error(`chrono-node has no parser ${name}: check its version`);
  return new chrono.Chrono({ parsers, refiners });
}

/** The anchor as chrono's reference: noon of that day, local time (chrono works in local time). */
export const chronoReference = (anchor: CalendarDate): Date => new Date(anchor.year, anchor.month - 1, anchor.day, 12);

/** What makes a number a clock time: a colon, a.m./p.m., o'clock, or the words noon and midnight. */
const CLOCK = /\d:\d{2}|\d\s*(?:a\.m\b|p\.m\b|am\b|pm\b|o'clock)|\b(?:noon|midnight|midday)\b/i;

/** The nearest date with this month and day on or before (-1) or on or after (+1) the anchor. */
function yearFor(anchor: CalendarDate, month: number, day: number, direction: -1 | 1): number {
  const sameOrBefore = month < anchor.month || (month === anchor.month && day <= anchor.day);
  const sameOrAfter = month > anchor.month || (month === anchor.month && day >= anchor.day);
  if (direction < 0) return sameOrBefore ? anchor.year : anchor.year - 1;
  return sameOrAfter ? anchor.year : anchor.year + 1;
}

/** chrono's dates and times: `parser/chrono` (with chrono's own tags after it). */
export function chronoParser(): TimexParser {
  const engine = dateTimeChrono();
  return sentenceParser("chrono", (ctx) => {
    const results = engine.parse(ctx.sentence.text, chronoReference(ctx.anchor));
    return results.flatMap((r): Located[] => {
      const c = r.start;
      const text = r.text;
      const tags = [...r.tags()].map((t) => `chrono/${t}`);
      if (c.isCertain("hour") && !CLOCK.test(text)) return []; // "11 abstentions", "$2.50 a share"
      if (!c.isCertain("month") && !c.isCertain("hour")) return [];
      if (/^\d{1,2}\/\d{1,2}$/.test(text)) return [];
      const month = c.get("month")!;
      const day = c.get("day")!;
      const resolve = (year: number): Resolution => {
        const d = { year, month, day };
        if (c.isCertain("hour")) {
          return { type: "TIME", value: timeValue(d, c.get("hour")!, c.get("minute") ?? 0), granularity: c.isCertain("minute") ? "minute" : "hour" };
        }
        return { type: "DATE", value: dayValue(d), granularity: "day" };
      };
      // chrono includes a leading preposition ("at 10 p.m.", "on Aug. 7"); TimeML spans leave it out
      const lead = /^(?:(?:at|on|in|by|from|to|of|since|until)\s+)*/i.exec(text)?.[0].length ?? 0;
      const trail = text.length - text.trimEnd().length;
      const span = { from: r.index + lead, to: r.index + text.length - trail, tags };
      if (!c.isCertain("day") && !c.isCertain("month")) {
        const value = timeValue(ctx.anchor, c.get("hour")!, c.get("minute") ?? 0);
        return [{ type: "TIME", value, granularity: c.isCertain("minute") ? "minute" : "hour", ...span, hint: "time-of-day" }];
      }
      if (c.isCertain("year")) return [{ ...resolve(c.get("year")!), ...span }];
      // Without a year: the nearer of the dates before and after the anchor. Tense was tried here and lost 24
      // correct values on TBAQ-cleaned (payment and meeting dates are announced in the past tense).
      const before = yearFor(ctx.anchor, month, day, -1);
      const after = yearFor(ctx.anchor, month, day, 1);
      const distance = (year: number) => Math.abs(daysBetween(ctx.anchor, { year, month, day }));
      const year = distance(before) <= distance(after) ? before : after;
      return [{ ...resolve(year), ...span, tags: [...tags, "parser/chrono:nearest-year"] }];
    });
  });
}
