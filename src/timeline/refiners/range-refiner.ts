// Ranges of days ("from Monday to Wednesday", "between Friday and Sunday") must run forward: when the tense put
// the end before the start, the end moves a week on (or the start a week back, for a range in the past).
import { addDays, parseCalendarDate } from "../calendar.js";
import type { Candidate, TimexRefiner } from "../pipeline-types.js";
import { dayValue } from "../timeml-value.js";

const JOIN = /^\s*(?:to|through|thru|until|till|and|-|–|—)\s*$/i;
const OPEN = /\b(?:from|between)\s+$/i;

const dayOf = (c: Candidate) => (c.granularity === "day" && c.type === "DATE" ? parseCalendarDate(c.value) : null);

/** `refiner/range`: orders the two ends of a day range. */
export function rangeRefiner(): TimexRefiner {
  return {
    name: "range",
    refine(context, candidates) {
      const out = [...candidates];
      for (let i = 0; i + 1 < out.length; i++) {
        const a = out[i]!;
        const b = out[i + 1]!;
        if (!JOIN.test(context.text.slice(a.end, b.start))) continue;
        if (!OPEN.test(context.text.slice(Math.max(0, a.start - 12), a.start))) continue;
        const da = dayOf(a);
        const db = dayOf(b);
        if (!da || !db || dayValue(db) >= dayValue(da)) continue;
        const pastRange = a.tags.some((t) => t.startsWith("refiner/tense:past"));
        if (pastRange) out[i] = { ...a, value: dayValue(addDays(da, -7)), tags: [...a.tags, "refiner/range"] };
        else out[i + 1] = { ...b, value: dayValue(addDays(db, 7)), tags: [...b.tags, "refiner/range"] };
      }
      return out;
    },
  };
}
