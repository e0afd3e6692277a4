// Vague references to the present, past and future, as TempEval annotates them: "now", "currently", "these days"
// (PRESENT_REF); "recently", "the past", "at the time" (PAST_REF); "the future", "the near term" (FUTURE_REF).
// Left out because TBAQ-cleaned annotates them less than half the time they occur (so they cost more precision
// than they bring): "previously" (3 of 23), "soon" (4 of 16), "recent" (11 of 29), "future" as an adjective (5 of
// 16).
import { anyOf, patternParser } from "../pattern-parser.js";
import type { TimexParser } from "../pipeline-types.js";

const REFERENCES: readonly (readonly [string, string])[] = [
  ["PRESENT_REF", anyOf([
    "right now", "now", "currently", "current", "nowadays", "these days", "at present", "presently", "at the moment",
    "at this time", "the present",
  ])],
  ["PAST_REF", String.raw`(?:more\s+|most\s+|only\s+|very\s+|until\s+)?recently|${anyOf([
    "the past", "formerly", "lately", "at the time", "in the old days", "once upon a time", "long ago", "past years",
  ])}`],
  ["FUTURE_REF", anyOf([
    "the future", "the near future", "the distant future", "the foreseeable future", "the near term", "the short term",
    "the long term", "near term", "short term", "long term", "a later date", "as soon as possible", "someday",
  ])],
];

const PATTERN = new RegExp(REFERENCES.map(([value, src]) => `(?<${value}>${src})`).join("|"), "i");

/** After these, "current" and "future" are not times ("the current account", "future contracts"). */
const NOT_TIME_AFTER = /^\s+(?:account|accounts|affairs|events|contracts?|tense|generations?|wife|husband|self)\b|^-/i;

/** The reference parser: `parser/reference`. */
export function referenceParser(): TimexParser {
  return patternParser("reference", PATTERN, (m, ctx) => {
    if (!ctx.options.references) return null;
    const g = m.groups ?? {};
    const value = REFERENCES.map(([v]) => v).find((v) => g[v] !== undefined);
    if (value === undefined) return null;
    const word = m[0].toLowerCase();
    const after = ctx.sentence.text.slice(m.index + m[0].length);
    if (word === "current" && NOT_TIME_AFTER.test(after)) return null;
    return { type: "DATE", value, granularity: "reference" };
  });
}
