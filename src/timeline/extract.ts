import { splitSentences } from "../align/sentences.js";
import { InputError } from "../core/errors.js";
import { parseCalendarDate } from "./calendar.js";
import { defaultTimexOptions, type TimexOptions } from "./options.js";
import { createTimexPipeline } from "./pipeline.js";
import type { Candidate, TimexPipeline } from "./pipeline-types.js";
import type { Timex, TimexAnchor } from "./types.js";

let defaultPipeline: TimexPipeline | null = null;

/**
 * Find the time expressions of a text and normalise them to TimeML values against the anchor (the article's
 * publication date). Relative expressions resolve from the anchor's calendar date; weekdays, months and dates
 * without a year point back or forward by the tense around them. Throws an `InputError` when the anchor has no
 * valid `YYYY-MM-DD` date; a text without time expressions gives an empty list.
 *
 * @example
 * extractTimexes("The talks collapsed on Friday. They will resume on Friday.", { date: "2023-07-09" })
 *   .map((t) => t.value) // ["2023-07-07", "2023-07-14"]
 */
export function extractTimexes(text: string, anchor: TimexAnchor, options: Partial<TimexOptions> = {}): Timex[] {
  const date = parseCalendarDate(anchor.date);
  if (date === null) throw new InputError(`expected a YYYY-MM-DD date, got ${JSON.stringify(anchor.date)}`, { field: "anchor" });
  const opts: TimexOptions = { ...defaultTimexOptions, ...options };
  const pipeline = opts.pipeline ?? (defaultPipeline ??= createTimexPipeline());
  const sentences = splitSentences(text);
  let candidates: Candidate[] = [];
  for (const sentence of sentences) {
    for (const parser of pipeline.parsers) {
      candidates.push(...parser.parse({ text, sentence, anchor: date, options: opts }));
    }
  }
  const context = { text, sentences, anchor: date, options: opts };
  for (const refiner of pipeline.refiners) candidates = refiner.refine(context, candidates);
  return candidates
    .sort((a, b) => a.start - b.start)
    .map((c) => ({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: c.type,
      value: c.value,
      granularity: c.granularity,
      tags: c.tags,
    }));
}
