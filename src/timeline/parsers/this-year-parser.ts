// The year of the story, named without a number, as results stories do: "for the year", "the full year", "the
// fiscal year", "by year-end", "the end of the year". "for the year ended Sept. 30" is a twelve-month duration.
import { patternParser } from "../pattern-parser.js";
import type { TimexParser } from "../pipeline-types.js";
import { yearValue } from "../timeml-value.js";

const PATTERN = new RegExp(
  String.raw`(?<year>(?:the|its)\s+(?:(?:full|current|fiscal|latest|calendar|whole|entire)\s+)*year)` +
    String.raw`(?<ended>\s+(?:ended|ending|that\s+ended|to\s+date))?(?!['’-])` +
    String.raw`|(?<end>(?:the\s+end\s+of\s+the\s+year|year[\s-]end|year['’]s\s+end))`,
  "i",
);

/** After "the year" these make it another year than the story's ("the year before", "the year of the dragon"). */
const OTHER_YEAR = /^\s+(?:before|after|earlier|later|ago|of|when|in\s+which|that|since|following|prior)\b/i;

/** The story's year: `parser/this-year`. */
export function thisYearParser(): TimexParser {
  return patternParser("this-year", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    if (g["end"]) return { type: "DATE", value: yearValue(ctx.anchor.year), granularity: "year" };
    if (g["ended"]) return { type: "DURATION", value: "P1Y", granularity: "year", to: g["year"]!.length };
    if (OTHER_YEAR.test(ctx.sentence.text.slice(m.index + m[0].length))) return null;
    return { type: "DATE", value: yearValue(ctx.anchor.year), granularity: "year" };
  });
}
