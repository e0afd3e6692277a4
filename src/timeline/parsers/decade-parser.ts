// Decades and centuries: "the 1990s" (199), "the late 1970s", "the '80s", "the nineties", "the 20th century" (19),
// "the 11th century" (10).
import { ORDINAL_SOURCE, parseOrdinal } from "../numbers.js";
import { patternParser } from "../pattern-parser.js";
import type { TimexParser } from "../pipeline-types.js";
import { centuryValue, decadeValue } from "../timeml-value.js";

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};

const PATTERN = new RegExp(
  String.raw`(?:the\s+)?(?:(?:early|late|mid|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half|last\s+half)\s+of\s+the)[\s-]+)?` +
    String.raw`(?:(?<full>1\d{2}0|20\d0)'?s|(?<short>['’]\d0s|\d0s)|(?<word>${Object.keys(DECADE_WORDS).join("|")}))` +
    String.raw`|(?:the\s+)?(?<ord>${ORDINAL_SOURCE})[\s-]century`,
  "i",
);

/** The decade parser: `parser/decade` (centuries too). */
export function decadeParser(): TimexParser {
  return patternParser("decade", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    if (g["ord"]) {
      const n = parseOrdinal(g["ord"]);
      if (n === null || n < 1 || n > 21) return null;
      return { type: "DATE", value: centuryValue((n - 1) * 100), granularity: "century" };
    }
    if (g["full"]) return { type: "DATE", value: decadeValue(Number(g["full"])), granularity: "decade" };
    const two = g["short"] ? Number(g["short"].replace(/\D/g, "")) : DECADE_WORDS[(g["word"] ?? "").toLowerCase()];
    if (two === undefined) return null;
    if (g["word"] && !/^the\s/i.test(m[0])) return null; // "in their forties" is an age
    if (g["short"] && !/^['’]/.test(g["short"]) && !/^the\s/i.test(m[0])) return null; // "80s" alone: ages, temperatures
    const century = Math.floor(ctx.anchor.year / 100) * 100;
    const year = century + two > ctx.anchor.year ? century - 100 + two : century + two;
    return { type: "DATE", value: decadeValue(year), granularity: "decade" };
  });
}
