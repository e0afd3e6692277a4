import { byStart, withTag, type Refiner, type SentenceEntity } from "./refiner.js";
import { isAllCaps, isCapitalised } from "./word-shape.js";

const DASHES = new Set(["-", "--", "\u2013", "\u2014"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Capitalised slugs that open a story without being a place. */
const SLUGS = new Set(
  "BREAKING UPDATE UPDATED EXCLUSIVE ANALYSIS FILE PHOTO WATCH VIDEO LIVE OPINION EDITORIAL COMMENT FACTBOX TIMELINE CORRECTED REFILE URGENT FLASH ALERT NEWS FEATURE INTERVIEW REVIEW WRAPUP BRIEF".split(" "),
);

/**
 * The place of a dateline is a place (tag `rule/dateline`): a sentence that opens with a word or words in capitals,
 * then "(Agency)" ("WASHINGTON (Reuters) -"), or ", Region" and then "(Agency)", a dash or a date ("BEIRUT,
 * Lebanon -", CoNLL-2003's "LA CORUNA , Spain 1996-08-31"), or only a date ("LONDON 1996-08-30"). Capitals and a
 * bare dash make a dateline only when the capitals are a listed place ("NEW YORK -"): Reuters slugs look the same
 * ("EUROBONDS -", "PRESS DIGEST -"). Headlines in capitals and slugs such as "BREAKING" are left alone.
 *
 * @example datelineRefiner().name // "dateline"
 */
export function datelineRefiner(): Refiner {
  return {
    name: "dateline",
    refine(entities, { words, heading, gazetteer }) {
      if (heading) return [...entities];
      let k = 0;
      while (k < words.length && isAllCaps(words[k]!) && /\p{L}{2}/u.test(words[k]!) && !SLUGS.has(words[k]!)) k++;
      if (k === 0 || k > 4) return [...entities];
      let region: { start: number; end: number } | null = null;
      let after = k;
      if (words[k] === ",") {
        let r = k + 1;
        while (r < words.length && isCapitalised(words[r]!) && !isAllCaps(words[r]!)) r++;
        if (r > k + 1) region = { start: k + 1, end: r };
        after = r;
      }
      const next = words[after] ?? "";
      const dated = DATE.test(next) && after === words.length - 1;
      const listed = () => gazetteer.match(words.slice(0, k), true).some((m) => m.kind === "place" && m.start === 0 && m.end === k);
      if (!(next === "(" || dated || (DASHES.has(next) && (region !== null || listed())))) return [...entities];
      let out: SentenceEntity[] = [...entities];
      const claim = (start: number, end: number, retype: boolean) => {
        const overlapping = out.filter((e) => e.start < end && start < e.end);
        if (overlapping.length > 0 && !retype) return;
        if (overlapping.length === 1 && overlapping[0]!.start === start && overlapping[0]!.end === end && overlapping[0]!.type === "LOC") return;
        const tags = overlapping.length === 0 ? ["rule/dateline" as const] : withTag(overlapping[0]!.tags, "rule/dateline");
        out = out.filter((e) => !overlapping.includes(e));
        out.push({ start, end, type: "LOC", tags });
      };
      claim(0, k, true);
      if (region !== null) claim(region.start, region.end, false);
      return out.sort(byStart);
    },
  };
}
