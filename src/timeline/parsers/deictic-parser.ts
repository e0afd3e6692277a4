// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "late yesterday", "yesterday
// afternoon", "the day before yesterday": days counted from the anchor, with a part of the day where one is named.
import { addDays } from "../calendar.js";
import { PARTS_OF_DAY } from "../lexicon.js";
import { patternParser } from "../pattern-parser.js";
import type { TimexParser } from "../pipeline-types.js";
import { dayValue, partOfDayValue } from "../timeml-value.js";

const OFFSETS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, this: 0, last: -1 };

const PATTERN = new RegExp(
  String.raw`(?:(?<mod>early|late|earlier|later)\s+)?` +
    String.raw`(?:the\s+day\s+(?<around>before\s+yesterday|after\s+tomorrow)|(?<day>today|tonight|yesterday|tomorrow)(?<poss>'s)?` +
    String.raw`(?:\s+(?<part>morning|afternoon|evening|night))?|(?<rel>this|last)\s+(?<part2>morning|afternoon|evening|night))`,
  "i",
);

/** The deictic day parser: `parser/deictic`. */
export function deicticParser(): TimexParser {
  return patternParser("deictic", PATTERN, (m, ctx) => {
    const g = m.groups ?? {};
    if (g["rel"]?.toLowerCase() === "last" && g["part2"]?.toLowerCase() !== "night") return null;
    // "today's world", "today's computers": the present in general, not the day
    if (g["poss"] && g["day"]?.toLowerCase() === "today" && !g["part"]) return null;
    const offset = g["around"]
      ? g["around"].toLowerCase().startsWith("before") ? -2 : 2
      : OFFSETS[(g["day"] ?? g["rel"] ?? "").toLowerCase()] ?? 0;
    const date = addDays(ctx.anchor, offset);
    const partWord = (g["part"] ?? g["part2"] ?? (g["day"]?.toLowerCase() === "tonight" ? "night" : ""))
      .toLowerCase();
    const part = PARTS_OF_DAY.get(partWord);
    if (part === undefined) return { type: "DATE", value: dayValue(date), granularity: "day" };
    return { type: "TIME", value: partOfDayValue(date, part), granularity: "part-of-day" };
  });
}
