// Expressions that point back or forward by tense (a bare weekday, a month, a date without a year) take the
// reading the clause around them points to: "met on Friday" is the Friday before, "will meet on Friday" the one
// after. With no tense marker near, the default tense applies (past: news mostly reports what happened).
import type { Candidate, TimexRefiner } from "../pipeline-types.js";
import { tenseNear } from "../tense.js";

/**
 * `refiner/tense`: resolves `byTense` candidates. Tags `refiner/tense:past` or `:future` when a marker decided,
 * `:past:possessive` for "Friday's", `:unmarked` when the parser's unmarked reading was taken, and
 * `:past:default` (or `:future:default`) when the default tense was assumed.
 */
export function tenseRefiner(): TimexRefiner {
  return {
    name: "tense",
    refine(context, candidates) {
      return candidates.map((c): Candidate => {
        if (!c.byTense) return c;
        const sentence = context.sentences.find((s) => s.start <= c.start && c.end <= s.end);
        const found = sentence
          ? tenseNear(sentence.text, c.start - sentence.start, c.end - sentence.start, c.byTense.window ?? context.options.tenseWindow)
          : null;
        const possessive = /['’]s$/.test(context.text.slice(c.start, c.end)) || /^['’]s\b/.test(context.text.slice(c.end, c.end + 3));
        const { byTense: readings, ...rest } = c;
        const [r, tag] = possessive
          ? [readings.past, "refiner/tense:past:possessive"]
          : found
            ? [readings[found.tense], `refiner/tense:${found.tense}`]
            : readings.unmarked
              ? [readings.unmarked, "refiner/tense:unmarked"]
              : [readings[context.options.defaultTense], `refiner/tense:${context.options.defaultTense}:default`];
        return { ...rest, type: r.type, value: r.value, granularity: r.granularity, tags: [...c.tags, tag] };
      });
    },
  };
}
