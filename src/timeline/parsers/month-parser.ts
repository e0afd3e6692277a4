// A month without a day: "in March", "March 1996", "last May", "this September", "early September", "January this
// year", "June of last year", "the end of November". Alone, a month points back or forward by tense (the tense
// refiner decides). "May" and "March" are also a verb, a name and a walk, so alone they need a preposition or
// determiner before them; every month name must be capitalised.
import { monthNumber, MONTH_SOURCE } from "../lexicon.js";
import { anyOf, patternParser } from "../pattern-parser.js";
import type { Resolution, TimexParser } from "../pipeline-types.js";
import { monthValue } from "../timeml-value.js";

const PATTERN = new RegExp(
  String.raw`(?:(?<mod>early|late|mid|the\s+(?:end|beginning|start|middle|rest|first\s+half|second\s+half)\s+of|last|this|next|this\s+past|this\s+coming)[\s-]+)?` +
    String.raw`(?<m>${MONTH_SOURCE})` +
    String.raw`(?!\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d))(?!\s+(?:of\s+)?\d{1,2}(?:st|nd|rd|th)\b)` +
    String.raw`(?:,?\s+(?:of\s+)?(?<y>1\d{3}|20\d{2})\b|\s+(?:of\s+)?(?<rel>this|last|next)\s+year)?`,
  "i",
);

/** Words before a bare "May" or "March" that make it a month. */
const MONTH_CONTEXT = new RegExp(String.raw`\b${anyOf([
  "in", "since", "by", "until", "till", "through", "during", "from", "to", "of", "before", "after", "early", "late",
  "mid", "on", "last", "next", "this", "that", "each", "every", "between", "and", "or", "around", "throughout", "a",
  "an", "the", "its", "their", "his", "her",
])}\s+$`, "i");

/**
 * A month alone takes its tense only from a marker this close (words): "will meet in March", "met in March". A
 * marker further away belongs to another clause more often than not; then the nearer month wins. Tuned on
 * TBAQ-cleaned: windows 1 to 12 were within 3 correct values of each other; 4 is among the best.
 */
const MONTH_TENSE_WINDOW = 4;

/** The month parser: `parser/month`. */
export function monthParser(): TimexParser {
  return patternParser("month", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    const word = g["m"] ?? "";
    if (!/^\p{Lu}/u.test(word)) return null;
    const month = monthNumber(word);
    if (month === null) return null;
    const mod = (g["mod"] ?? "").toLowerCase().replace(/\s+/g, " ");
    const bare = g["y"] === undefined && g["rel"] === undefined && mod === "";
    if (bare && /^(?:may|march|june|august)$/i.test(word)) {
      if (!MONTH_CONTEXT.test(ctx.sentence.text.slice(0, m.index))) return null;
    }
    const at = (year: number): Resolution => ({ type: "DATE", value: monthValue(year, month), granularity: "month" });
    const y = ctx.anchor.year;
    if (g["y"]) return at(Number(g["y"]));
    if (g["rel"]) {
      const rel = g["rel"].toLowerCase();
      return at(y + (rel === "last" ? -1 : rel === "next" ? 1 : 0));
    }
    const before = month < ctx.anchor.month ? y : y - 1;
    const after = month > ctx.anchor.month ? y : y + 1;
    if (mod === "last" || mod === "this past") return at(before);
    if (mod === "next" || mod === "this coming") return at(after);
    if (mod === "this") return at(y);
    const past = at(month <= ctx.anchor.month ? y : y - 1);
    const future = at(month >= ctx.anchor.month ? y : y + 1);
    // With no tense marker near, the nearer of the two (a month within half a year either way).
    const unmarked = month - ctx.anchor.month > 6 ? at(y - 1) : ctx.anchor.month - month > 6 ? at(y + 1) : at(y);
    return { ...past, byTense: { past, future, unmarked, window: MONTH_TENSE_WINDOW } };
  });
}
