// Periods named from an earlier expression: "that year", "later that year", "the following year", "the following
// month", "that same day", "the next day", "the day before". The context refiner finds the period they refer to;
// without one, they count from the anchor.
import { addDays, addMonths } from "../calendar.js";
import { patternParser } from "../pattern-parser.js";
import type { Resolution, TimexParser } from "../pipeline-types.js";
import { dayValue, monthValue, yearValue } from "../timeml-value.js";

const PATTERN = new RegExp(
  String.raw`(?:(?:early|late|earlier|later)\s+)?(?:that|the\s+same|that\s+same)\s+(?<same>year|month|day)` +
    String.raw`|the\s+(?<dir>following|previous|preceding|prior|next)\s+(?<unit>year|month|day|morning)` +
    String.raw`|the\s+(?<unit2>year|month|day)\s+(?<dir2>before|after)(?!\s+(?:yesterday|tomorrow|last|next|the|a|an|his|her|its|their)\b)`,
  "i",
);

/** The anaphoric parser: `parser/anaphoric`. */
export function anaphoricParser(): TimexParser {
  return patternParser("anaphoric", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    const unitWord = (g["same"] ?? g["unit"] ?? g["unit2"] ?? "").toLowerCase();
    // "trades made that day": too often a day of no story at all
    if (/^that\s+day$/i.test(m[0])) return null;
    const dir = (g["dir"] ?? g["dir2"] ?? "").toLowerCase();
    // "the next year" counts from the anchor (the relative period parser reads it); "the next day" from the story.
    if (dir === "next" && unitWord !== "day" && unitWord !== "morning") return null;
    const shift = dir === "" ? 0 : ["following", "next", "after"].includes(dir) ? 1 : -1;
    const unit = unitWord === "morning" ? "day" : (unitWord as "year" | "month" | "day");
    const { anchor } = ctx;
    let r: Resolution;
    if (unit === "year") r = { type: "DATE", value: yearValue(anchor.year + shift), granularity: "year" };
    else if (unit === "month") {
      const d = addMonths(anchor, shift);
      r = { type: "DATE", value: monthValue(d.year, d.month), granularity: "month" };
    } else r = { type: "DATE", value: dayValue(addDays(anchor, shift)), granularity: "day" };
    return { ...r, hint: { unit, shift } };
  });
}
