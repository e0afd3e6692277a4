// Recurring times (TimeML SET): "daily", "every week", "each month", "twice a year", "on Fridays", "each July",
// "Tuesday nights".
import { MONTH_SOURCE, monthNumber, PARTS_OF_DAY, WEEKDAY_SOURCE, weekdayNumber } from "../lexicon.js";
import { patternParser } from "../pattern-parser.js";
import type { TimexParser } from "../pipeline-types.js";
import type { TimexGranularity } from "../types.js";

/**
 * "quarterly" and "annually" are left out: in results stories they qualify dividends and rates far more often than
 * TBAQ-cleaned annotates them (1 of 11 and 1 of 6).
 */
const ADVERBS: Readonly<Record<string, string>> = {
  hourly: "PT1H", daily: "P1D", nightly: "P1D", weekly: "P1W", monthly: "P1M", yearly: "P1Y", "bi-weekly": "P2W",
  biweekly: "P2W",
};

const UNIT_VALUES: Readonly<Record<string, string>> = {
  hour: "PT1H", day: "P1D", night: "P1D", morning: "P1D", evening: "P1D", week: "P1W", month: "P1M",
  quarter: "P1Q", year: "P1Y", decade: "P10Y", weekend: "P1W",
};

const PATTERN = new RegExp(
  String.raw`(?<adv>${Object.keys(ADVERBS).join("|")})` +
    String.raw`|(?:(?:once|twice|\w+\s+times)\s+)?(?:every|each|per)\s+(?:other\s+)?` +
    String.raw`(?:(?<unit>${Object.keys(UNIT_VALUES).join("|")})|(?<wd>${WEEKDAY_SOURCE})|(?<mo>${MONTH_SOURCE}))` +
    String.raw`|(?:once|twice|thrice|\w+\s+times)\s+a\s+(?<aunit>day|week|month|year)` +
    String.raw`|(?<wds>${WEEKDAY_SOURCE})s` +
    String.raw`|(?<wdp>${WEEKDAY_SOURCE})\s+(?<parts>mornings|afternoons|evenings|nights)`,
  "i",
);

/** The granularity of a SET value: its unit. */
function setGranularity(value: string): TimexGranularity {
  if (/^XXXX-\d{2}$/.test(value)) return "month";
  if (value.startsWith("XXXX-WXX")) return "day";
  const unit = /([HDWMQY])$/.exec(value)?.[1];
  const byUnit: Readonly<Record<string, TimexGranularity>> = { H: "hour", D: "day", W: "week", M: "month", Q: "quarter", Y: "year" };
  return (unit !== undefined ? byUnit[unit] : undefined) ?? "day";
}

/** The SET parser: `parser/set`. */
export function setParser(): TimexParser {
  return patternParser("set", PATTERN, (m) => {
    const g = m.groups ?? {};
    const set = (value: string) => ({ type: "SET" as const, value, granularity: setGranularity(value) });
    if (g["adv"]) return set(ADVERBS[g["adv"].toLowerCase()]!);
    if (g["unit"]) return set(UNIT_VALUES[g["unit"].toLowerCase()]!);
    if (g["aunit"]) return set(UNIT_VALUES[g["aunit"].toLowerCase()]!);
    const wd = weekdayNumber(g["wd"] ?? g["wds"] ?? g["wdp"] ?? "");
    if (wd !== null) {
      const part = g["parts"] ? PARTS_OF_DAY.get(g["parts"].toLowerCase().replace(/s$/, "")) : undefined;
      return set(`XXXX-WXX-${wd}${part ? `T${part}` : ""}`);
    }
    const mo = monthNumber(g["mo"] ?? "");
    if (mo !== null) return set(`XXXX-${String(mo).padStart(2, "0")}`);
    return null;
  });
}
