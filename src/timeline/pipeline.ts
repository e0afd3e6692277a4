// The default timex pipeline. Parsers are listed most specific first: on overlapping spans of equal length the
// earlier parser wins.
import { agoParser } from "./parsers/ago-parser.js";
import { anaphoricParser } from "./parsers/anaphoric-parser.js";
import { chronoParser } from "./parsers/chrono-parser.js";
import { decadeParser } from "./parsers/decade-parser.js";
import { deicticParser } from "./parsers/deictic-parser.js";
import { durationParser } from "./parsers/duration-parser.js";
import { holidayParser } from "./parsers/holiday-parser.js";
import { monthParser } from "./parsers/month-parser.js";
import { halfParser, quarterContextParser, quarterParser } from "./parsers/quarter-parser.js";
import { referenceParser } from "./parsers/reference-parser.js";
import { relativePeriodParser } from "./parsers/relative-period-parser.js";
import { seasonParser } from "./parsers/season-parser.js";
import { setParser } from "./parsers/set-parser.js";
import { thisYearParser } from "./parsers/this-year-parser.js";
import { weekdayParser } from "./parsers/weekday-parser.js";
import { spelledYearParser, yearParser } from "./parsers/year-parser.js";
import type { TimexPipeline } from "./pipeline-types.js";
import { contextRefiner } from "./refiners/context-refiner.js";
import { mergeRefiner } from "./refiners/merge-refiner.js";
import { overlapRefiner } from "./refiners/overlap-refiner.js";
import { rangeRefiner } from "./refiners/range-refiner.js";
import { tenseRefiner } from "./refiners/tense-refiner.js";

/**
 * The default parsers and refiners, as data: clone the arrays to add or remove stages.
 *
 * @example
 * const p = createTimexPipeline();
 * extractTimexes(text, anchor, { pipeline: { ...p, parsers: p.parsers.filter((x) => x.name !== "reference") } });
 */
export function createTimexPipeline(): TimexPipeline {
  return {
    parsers: [
      chronoParser(), deicticParser(), anaphoricParser(), holidayParser(), weekdayParser(), setParser(), agoParser(), relativePeriodParser(),
      quarterParser(), halfParser(), quarterContextParser(), seasonParser(), monthParser(), decadeParser(),
      spelledYearParser(), yearParser(), thisYearParser(), durationParser(), referenceParser(),
    ],
    refiners: [overlapRefiner(), tenseRefiner(), rangeRefiner(), mergeRefiner(), contextRefiner()],
  };
}
