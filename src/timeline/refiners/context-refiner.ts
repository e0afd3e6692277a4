// Expressions whose value is another one's, shifted: "a year earlier" after "third-quarter profit" is that quarter
// a year before (results stories compare quarters); "the quarter", "the latest period" are the quarter last named;
// "that year", "the following month" are the year or month last named; a clock time with no day ("at 10:35 a.m.")
// is on the day last named in its sentence, or in the one before.
import { addDays, addMonths, parseCalendarDate } from "../calendar.js";
import type { Candidate, CandidateHint, RefineContext, TimexRefiner } from "../pipeline-types.js";
import { dayValue, monthValue, quarterValue, yearValue } from "../timeml-value.js";

const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})(?:$|-\d{2})/;
const YEAR = /^(\d{4})(?:$|-(?:\d{2}|Q\d|H\d|W\d{2}|SP|SU|FA|WI))/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Index of the sentence holding an offset. */
function sentenceIndex(context: RefineContext, offset: number): number {
  let lo = 0;
  let hi = context.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (context.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The value of the period `hint` asks for, from an earlier value; null when that value has no such period. */
function shifted(
  value: string,
  hint: Exclude<CandidateHint, "time-of-day">,
): { value: string; granularity: Candidate["granularity"] } | null {
  if (hint.unit === "quarter") {
    const m = QUARTER.exec(value);
    if (!m) return null;
    const index = (hint.inYear ?? Number(m[1])) * 4 + Number(m[2]) - 1 + hint.shift;
    return { value: quarterValue(Math.floor(index / 4), (index % 4) + 1), granularity: "quarter" };
  }
  if (hint.unit === "month") {
    const m = MONTH.exec(value);
    if (!m) return null;
    const d = addMonths({ year: Number(m[1]), month: Number(m[2]), day: 1 }, hint.shift);
    return { value: monthValue(d.year, d.month), granularity: "month" };
  }
  if (hint.unit === "day") {
    const d = DAY.test(value) ? parseCalendarDate(value) : null;
    return d ? { value: dayValue(addDays(d, hint.shift)), granularity: "day" } : null;
  }
  const m = YEAR.exec(value);
  return m ? { value: yearValue(Number(m[1]) + hint.shift), granularity: "year" } : null;
}

/** `refiner/context`: resolves hints from the expressions before; tags `refiner/context:UNIT` or `:time-of-day`. */
export function contextRefiner(options: { readonly lookBackSentences?: number } = {}): TimexRefiner {
  /** Tuned on TBAQ-cleaned: 0 sentences back lost 7 correct values, 1 lost 1; 2 to 10 were equal. */
  const lookBack = options.lookBackSentences ?? 2;
  return {
    name: "context",
    refine(context, candidates) {
      const out: Candidate[] = [];
      /** Values made by shifting another one: never a base for a further shift ("a year earlier" twice). */
      const shiftedOnes = new Set<Candidate>();
      const at = candidates.map((c) => sentenceIndex(context, c.start));
      /** The latest refined candidate before `i`, at most `sentences` sentences back, that passes `ok`. */
      const earlier = <T>(i: number, sentences: number, ok: (d: Candidate) => T | null): T | null => {
        for (let j = i - 1; j >= 0; j--) {
          if (at[j]! < at[i]! - sentences) return null;
          const found = ok(out[j]!);
          if (found !== null) return found;
        }
        return null;
      };
      candidates.forEach((c, i) => {
        const { hint, ...plain } = c;
        if (hint !== undefined && hint !== "time-of-day") {
          const found = earlier(i, lookBack, (d) =>
            d.type === "DATE" && !shiftedOnes.has(d) ? shifted(d.value, hint) : null);
          if (found) {
            const refined = { ...plain, ...found, tags: [...c.tags, `refiner/context:${hint.unit}`] };
            if (hint.shift !== 0) shiftedOnes.add(refined);
            out.push(refined);
            return;
          }
        }
        if (hint === "time-of-day") {
          const isDay = (d: Candidate) => (DAY.test(d.value) ? d : null);
          const next = candidates.findIndex((d, k) => k > i && at[k] === at[i] && DAY.test(d.value));
          const day = earlier(i, 0, isDay) ?? (next >= 0 ? candidates[next]! : null) ?? earlier(i, 1, isDay);
          if (day && day.value !== c.value.slice(0, 10)) {
            out.push({ ...plain, value: `${day.value}${c.value.slice(10)}`, tags: [...c.tags, "refiner/context:time-of-day"] });
            return;
          }
        }
        out.push(plain);
      });
      return out;
    },
  };
}
