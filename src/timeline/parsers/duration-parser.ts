// Durations: "three days", "the past two months", "the first nine months", "a two-week strike", "24 hours",
// "2 1/2 years", "a minute and a half", "more than four hours", "several years", and bare plurals after a
// preposition ("for years", "in months"). "a year" after an amount ("$5 million a year") is a SET, not a duration.
import { AMOUNT_SOURCE, parseAmount } from "../numbers.js";
import { UNIT_SOURCE, unitInfo } from "../lexicon.js";
import { anyOf, patternParser } from "../pattern-parser.js";
import type { TimexParser } from "../pipeline-types.js";
import { durationValue } from "../timeml-value.js";

/** Words before the amount that belong to the expression (TimeML keeps them in the span). */
const LEAD = anyOf([
  "more than", "less than", "fewer than", "nearly", "almost", "about", "around", "at least", "at most", "up to",
  "over", "under", "some", "roughly", "approximately", "only", "just", "within", "another", "an additional",
  "the past", "the last", "the next", "the first", "the final", "the remaining", "the previous", "the coming",
  "the following", "the latest", "the same", "past", "last", "next", "first", "the", "each of the past",
]);

/** Words after which a bare plural unit is a vague duration: "for years", "took months". */
const BARE_AFTER = anyOf([
  "for", "in", "over", "within", "take", "takes", "took", "taken", "taking", "lasted", "last", "lasts", "spent",
  "spend", "recent", "coming", "the past", "the next", "the last",
]);

const PATTERN = new RegExp(
  String.raw`(?:${LEAD}\s+)*(?<amt>${AMOUNT_SOURCE})(?:\s+(?:to|or)\s+(?:${AMOUNT_SOURCE}))?(?:\s+more)?` +
    String.raw`[\s-](?<unit>${UNIT_SOURCE})(?<half>\s+and\s+a\s+half)?(?![\s-]old\b)` +
    String.raw`|(?<=\b${BARE_AFTER}\s+)(?<bare>years|months|weeks|days|hours|minutes|decades|centuries)`,
  "i",
);

/** Before "a year" these make it a rate ("twice a year", "$5 million a year"): a SET. */
const RATE_BEFORE = new RegExp(String.raw`(?:\d|%|${anyOf([
  "million", "billion", "trillion", "thousand", "times", "once", "twice", "percent", "cent", "cents", "dollar",
  "dollars", "pound", "pounds", "euro", "euros", "yen", "shares", "barrels", "tons", "hours", "minutes", "days",
  "flights", "seats", "visits", "meals",
])})\s*$`, "i");

/** The duration parser: `parser/duration`. */
export function durationParser(): TimexParser {
  return patternParser("duration", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    if (g["bare"]) {
      const info = unitInfo(g["bare"]);
      if (!info) return null;
      return { type: "DURATION", value: durationValue("X", info.duration), granularity: info.granularity };
    }
    const info = unitInfo(g["unit"] ?? "");
    let amount = parseAmount(g["amt"] ?? "");
    if (!info || amount === null) return null;
    const amt = (g["amt"] ?? "").toLowerCase();
    const unitWord = (g["unit"] ?? "").toLowerCase();
    if (amt === "a" || amt === "an" || amt === "one") {
      const before = ctx.sentence.text.slice(0, m.index);
      if (RATE_BEFORE.test(before) && m[0].toLowerCase().startsWith(amt)) {
        return { type: "SET", value: durationValue(1, info.duration), granularity: info.granularity, tags: ["parser/duration:rate"] };
      }
    }
    // "one hour" is fine, but "the first quarter" and "second half" are ordinals, not amounts.
    if (unitWord.startsWith("quarter") && !/\d|two|three|four|several|few|nine|six/.test(amt)) return null;
    // "three-quarters of its food": a fraction
    if (unitWord.startsWith("quarter") && /^\s+of\b/.test(ctx.sentence.text.slice(m.index + m[0].length))) return null;
    if (/^\d{4}$/.test(amt)) return null; // "1990 years": a year, not an amount
    if (unitWord === "second" && (amt === "a" || amt === "one")) return null; // "a second group"
    if (g["half"] && amount !== "X") amount += 0.5;
    const value = amount === "X" ? durationValue("X", info.duration) : durationValue(amount * info.factor, info.duration);
    return { type: "DURATION", value, granularity: info.granularity };
  });
}
