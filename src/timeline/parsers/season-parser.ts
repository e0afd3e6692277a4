// Seasons: "this summer", "last fall", "the winter of 1994", "next spring", "this past spring". "fall" and
// "spring" are verbs too, so a season needs a determiner, a modifier or a year.
import { SEASONS } from "../lexicon.js";
import { patternParser } from "../pattern-parser.js";
import type { Resolution, TimexParser } from "../pipeline-types.js";
import { seasonValue, type Season } from "../timeml-value.js";
import { parseAmount } from "../numbers.js";

const PATTERN = new RegExp(
  String.raw`(?<mod>(?:(?:the|this|last|next|this\s+past|this\s+coming|early|late|mid|the\s+early|the\s+late)[\s-]+)+)?` +
    String.raw`(?<s>spring|summer|fall|autumn|winter)(?!\s+(?:semester|term|session|olympics|games|collection))` +
    String.raw`(?:\s+of\s+(?:(?<y>1\d{3}|20\d{2})|nineteen\s+(?<yw>[a-z]+(?:[\s-][a-z]+)?)))?`,
  "i",
);

/** Months a season starts and ends in (winter runs over the new year). */
const RANGE: Readonly<Record<Season, readonly [number, number]>> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/** The season parser: `parser/season`. */
export function seasonParser(): TimexParser {
  return patternParser("season", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    const season = SEASONS.get((g["s"] ?? "").toLowerCase());
    if (!season) return null;
    const at = (year: number): Resolution => ({ type: "DATE", value: seasonValue(year, season), granularity: "season" });
    if (g["y"]) return at(Number(g["y"]));
    if (g["yw"]) {
      const rest = parseAmount(g["yw"].replace(/\s+/, "-"));
      return typeof rest === "number" ? at(1900 + rest) : null;
    }
    const mod = (g["mod"] ?? "").toLowerCase().replace(/\s+/g, " ").trim();
    if (mod === "") return null;
    // "the fall of the city": an event, not a season
    if (/^\s+of\b/i.test(ctx.sentence.text.slice(m.index + m[0].length))) return null;
    const { year, month } = ctx.anchor;
    const [first, last] = RANGE[season];
    const ended = season === "WI" ? month > 2 && month < 12 : month > last;
    const begun = season === "WI" ? month === 12 || month <= 2 : month >= first;
    const lastOne = at(ended ? year : year - 1);
    const nextOne = at(begun ? year + 1 : year);
    if (/\b(?:last|past)\b/.test(mod)) return lastOne;
    if (/\b(?:next|coming)\b/.test(mod)) return nextOne;
    if (/\bthis\b/.test(mod)) return at(year);
    const past = at(begun || ended ? year : year - 1);
    const future = at(ended ? year + 1 : year);
    return { ...past, byTense: { past, future } };
  });
}
