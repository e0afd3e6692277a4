// Years: "in 2019", "since 2011", "fiscal 1989", "mid-1996", "early 1990", "the end of 1994", "post-1959",
// "nineteen ninety-six", "the year two thousand". A four-digit number is a year only when it reads like one: not
// money, not part of a bigger number ("1,000"), not a count of something ("2000 troops"), and within the years
// the options allow.
import { anyOf, patternParser } from "../pattern-parser.js";
import type { ParseContext, TimexParser } from "../pipeline-types.js";
import { yearValue } from "../timeml-value.js";
import { parseAmount } from "../numbers.js";

/** Words before a year that belong to the expression: "mid-1996", "fiscal 1989", "the end of 1994". */
const LEAD = anyOf([
  "early", "late", "mid", "fiscal", "calendar", "post", "pre", "the year", "the end of", "the beginning of",
  "the start of", "the middle of", "the first half of", "the second half of", "the rest of",
]);

const PATTERN = new RegExp(String.raw`(?:${LEAD}[\s-]+)?(?<y>1\d{3}|20\d{2})`, "i");

/** Plural words after a number that still leave it a year ("1990 levels"). */
const YEAR_FRIENDLY = new Set(["levels", "prices", "figures", "results", "earnings", "elections", "olympics", "games", "rates", "sales", "terms", "dollars"]);

/** Whether the number at `[from, to)` of the sentence reads as a year. */
export function readsAsYear(context: ParseContext, from: number, to: number, year: number): boolean {
  const s = context.sentence.text;
  if (year < context.options.minBareYear || year > context.anchor.year + context.options.maxYearsAhead) return false;
  const before = s.slice(Math.max(0, from - 8), from);
  const after = s.slice(to, to + 24);
  if (/[$£€#¥]\s*$|\d[.,]$|\bNo\.\s*$/.test(before)) return false;
  if (/^(?:[.,]\d|\s*(?:%|percent\b|per\s+cent)|-\d{1,2}\b(?!\d)|:\d)/i.test(after)) return false;
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  if (next !== undefined && next.length > 2 && next.endsWith("s") && !YEAR_FRIENDLY.has(next) && !/ss$/.test(next)) return false;
  if (/^\s+(?:hours|GMT|local|troops|people|feet|meters|metres|miles|kilometers|yards|acres|units)\b/i.test(after)) return false;
  return true;
}

const TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

const SPELLED = new RegExp(
  String.raw`(?:the\s+year\s+)?(?<c>nineteen|eighteen|twenty)[\s-](?<r>${TENS}|${TEENS}|hundred)` +
    String.raw`|(?<prefix>the\s+year\s+|in\s+)(?<k>two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`,
  "i",
);

/** The year parser: `parser/year`. */
export function yearParser(): TimexParser {
  return patternParser("year", PATTERN, (m, ctx) => {
    const y = Number(m.groups?.["y"]);
    const from = m.index + m[0].length - 4;
    if (!readsAsYear(ctx, from, from + 4, y)) return null;
    return { type: "DATE", value: yearValue(y), granularity: "year" };
  });
}

/** Years in words: "nineteen ninety-six", "the year two thousand": `parser/spelled-year`. */
export function spelledYearParser(): TimexParser {
  return patternParser("spelled-year", SPELLED, (m) => {
    const g = m.groups ?? {};
    if (g["k"]) {
      const rest = /and\s+(\w+)$/i.exec(g["k"])?.[1];
      const year = 2000 + (rest ? Number(parseAmount(rest)) : 0);
      const from = g["prefix"]!.toLowerCase().startsWith("in") ? g["prefix"]!.length : 0;
      return { type: "DATE", value: yearValue(year), granularity: "year", from };
    }
    const century = g["c"]!.toLowerCase() === "eighteen" ? 18 : g["c"]!.toLowerCase() === "nineteen" ? 19 : 20;
    const r = g["r"]!.toLowerCase();
    const rest = r === "hundred" ? 0 : parseAmount(r.replace(/\s+/, "-"));
    if (typeof rest !== "number") return null;
    return { type: "DATE", value: yearValue(century * 100 + rest), granularity: "year" };
  });
}
