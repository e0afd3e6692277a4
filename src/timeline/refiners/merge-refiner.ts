// Merges what one expression says in two pieces: a clock time and its day ("10 p.m. Wednesday", "Friday at 5
// p.m.", "5 p.m. EST, Nov. 6") become one TIME on that day; a weekday before a calendar date ("Saturday, April 25")
// becomes the date.
import type { Candidate, TimexRefiner } from "../pipeline-types.js";

const GAP = /^\s*(?:,|at|on|of|,\s*at|,\s*on)?\s*$/i;

const isDay = (c: Candidate) => c.type === "DATE" && c.granularity === "day" && /^\d{4}-\d{2}-\d{2}$/.test(c.value);
const isClock = (c: Candidate) => c.type === "TIME" && /T\d{2}:\d{2}$/.test(c.value);
const isWeekday = (c: Candidate) => c.tags.includes("parser/weekday") || c.tags.some((t) => t.startsWith("parser/weekday:"));

function merge(a: Candidate, b: Candidate, text: string): Candidate | null {
  if (!GAP.test(text.slice(a.end, b.start))) return null;
  const clock = isClock(a) ? a : isClock(b) ? b : null;
  const day = clock === a ? b : a;
  if (clock && isDay(day) && !isClock(day)) {
    const value = `${day.value}${clock.value.slice(10)}`;
    const { hint: _h, byTense: _t, ...rest } = clock;
    return { ...rest, start: a.start, end: b.end, value, tags: [...day.tags, ...clock.tags, "refiner/merge:day-time"] };
  }
  if (isWeekday(a) && isDay(b) && !isWeekday(b)) {
    return { ...b, start: a.start, end: b.end, tags: [...b.tags, "refiner/merge:weekday-date"] };
  }
  return null;
}

/** `refiner/merge`: joins a time with its day, and a weekday with the date after it. */
export function mergeRefiner(): TimexRefiner {
  return {
    name: "merge",
    refine(context, candidates) {
      const out: Candidate[] = [];
      for (const c of candidates) {
        const last = out[out.length - 1];
        const merged = last ? merge(last, c, context.text) : null;
        if (merged) out[out.length - 1] = merged;
        else out.push(c);
      }
      return out;
    },
  };
}
