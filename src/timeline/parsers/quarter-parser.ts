// Quarters and halves: "the third quarter", "third-quarter", "the 1988 second quarter", "the third quarter of
// 1990", "next year's first quarter", "Q3 2023", "the first half of 1990"; and "the quarter", "the latest quarter",
// "the year-ago quarter", which the context refiner ties to the quarter last mentioned.
import { addMonths, quarterOf } from "../calendar.js";
import { anyOf, patternParser } from "../pattern-parser.js";
import type { TimexParser } from "../pipeline-types.js";
import { halfValue, quarterValue } from "../timeml-value.js";

const ORDINAL_QUARTER: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, final: 4, last: 4,
};

/** Words before an ordinal quarter that belong to the expression. */
const PREFIX = String.raw`(?:${anyOf([
  "the", "its", "a", "this year's", "last year's", "next year's", "year-earlier", "year-ago", "comparable",
  "corresponding", "same", "fiscal", "flat", "strong", "weak",
])}|(?:1\d{3}|20\d{2})(?:'s)?)`;

const ORDINAL_PATTERN = new RegExp(
  String.raw`(?:${PREFIX}[\s-]+)*(?<n>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter` +
    String.raw`(?:\s+(?:of|in)\s+(?:(?<y>1\d{3}|20\d{2})|(?:fiscal\s+)?(?<fy>1\d{3}|20\d{2})))?` +
    String.raw`|Q(?<q>[1-4])(?:\s+(?<qy>1\d{3}|20\d{2}))?`,
  "i",
);

const HALF_PATTERN = new RegExp(
  String.raw`(?:the\s+)?(?<n>first|second|last|latter)\s+half(?:\s+of\s+(?:(?<y>1\d{3}|20\d{2})|(?<rel>this|last|next)\s+year))?`,
  "i",
);

const CONTEXT_KINDS = anyOf([
  "latest", "current", "most recent", "just-ended", "recent", "year-ago", "year-earlier", "comparable year-ago",
  "comparable", "corresponding", "same", "fiscal",
]);

const CONTEXT_PATTERN = new RegExp(
  String.raw`(?:the|this|that|its)\s+(?<kind>${CONTEXT_KINDS}|(?<year>1\d{3}|20\d{2}))?\s*(?:fiscal\s+)?` +
    String.raw`(?<unit>quarter|period)(?![s-])` +
    String.raw`(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?`,
  "i",
);

/** Quarters by ordinal: `parser/quarter`. */
export function quarterParser(): TimexParser {
  return patternParser("quarter", ORDINAL_PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    const n = g["q"] ? Number(g["q"]) : ORDINAL_QUARTER[(g["n"] ?? "").toLowerCase()];
    if (n === undefined) return null;
    const text = m[0].toLowerCase();
    const explicit = g["y"] ?? g["fy"] ?? g["qy"] ?? /\b(1\d{3}|20\d{2})\b/.exec(text)?.[1];
    const current = quarterOf(ctx.anchor.month);
    const base = ctx.anchor.year;
    const at = (year: number) => ({ type: "DATE" as const, value: quarterValue(year, n), granularity: "quarter" as const });
    if (explicit) return at(Number(explicit));
    if (text.includes("last year's") || text.includes("year-earlier") || text.includes("year-ago")) return at(base - 1);
    if (text.includes("next year's")) return at(base + 1);
    if (text.includes("this year's") || n <= current) return at(base);
    return { ...at(base - 1), byTense: { past: at(base - 1), future: at(base) } };
  });
}

/** Halves of a year: `parser/half`. */
export function halfParser(): TimexParser {
  return patternParser("half", HALF_PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    if (!g["y"] && !g["rel"]) return null; // "the second half" of a match, of a speech…
    const n = (g["n"] ?? "").toLowerCase() === "first" ? 1 : 2;
    const rel = (g["rel"] ?? "").toLowerCase();
    const year = g["y"] ? Number(g["y"]) : ctx.anchor.year + (rel === "last" ? -1 : rel === "next" ? 1 : 0);
    return { type: "DATE", value: halfValue(year, n), granularity: "half" };
  });
}

/** "the quarter", "the latest period", "the year-ago quarter": `parser/quarter-context`. */
export function quarterContextParser(): TimexParser {
  return patternParser("quarter-context", CONTEXT_PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    const kind = (g["kind"] ?? "").toLowerCase();
    const unit = (g["unit"] ?? "").toLowerCase();
    const text = m[0].toLowerCase();
    if (unit === "period" && kind === "") return null; // "the period" alone is too vague
    const yearBefore = /year-ago|year-earlier|comparable|corresponding|a year|last year/.test(text);
    const currentQuarter = quarterOf(ctx.anchor.month);
    const previous = addMonths(ctx.anchor, -3);
    const q = kind === "current" || (text.startsWith("this") && !kind)
      ? { year: ctx.anchor.year, n: currentQuarter }
      : { year: previous.year, n: quarterOf(previous.month) };
    if (g["year"]) {
      // "the 1988 quarter": the quarter being compared, in that year
      const inYear = Number(g["year"]);
      return { type: "DATE", value: quarterValue(inYear, q.n), granularity: "quarter", hint: { unit: "quarter", shift: 0, inYear } };
    }
    const value = quarterValue(q.year - (yearBefore ? 1 : 0), q.n);
    return { type: "DATE", value, granularity: "quarter", hint: { unit: "quarter", shift: yearBefore ? -4 : 0 } };
  });
}
