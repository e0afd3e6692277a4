// Numbers, dates and places that differ between the two sides of an aligned pair: the changes a reader must see
// first, since they change what the story says happened.

import { matchNames } from "../../entities/aliases/name-match.js";
import type { EntityMention } from "../../entities/entity-mention.js";
import type { Finding } from "../types.js";
import { mentionsIn, nameCache, type ForensicContext } from "./context.js";

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const DATE = new RegExp(
  `\\b(?:(?:${WEEKDAY})(?:,?\\s+(?:${MONTH})\\s+\\d{1,2})?|(?:${MONTH})\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTH})(?:\\s+\\d{4})?|(?:${MONTH})\\s+\\d{4}|(?:in|since|by|until|of)\\s+(?:19|20)\\d{2}|yesterday|today|tonight|tomorrow|last\\s+(?:week|month|year|night)|next\\s+(?:week|month|year)|(?:this|on\\s+the)\\s+(?:morning|afternoon|evening|weekend))\\b`,
  "gi",
);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  dozens: 24, hundreds: 200, thousands: 2000,
};
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Date expressions as written, normalised for comparison ("Monday", "Jan. 5" = "january 5"). */
export function datesOf(text: string): { shown: string; key: string }[] {
  return [...text.matchAll(DATE)].map((m) => ({
    shown: m[0].replace(/^(?:in|since|by|until|of)\s+/i, ""),
    key: m[0].toLowerCase().replace(/^(?:in|since|by|until|of)\s+/, "").replace(/\./g, "").replace(/,/g, "").replace(/\s+/g, " ")
      .replace(/^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/, (x) => ({ jan: "january", feb: "february", mar: "march", apr: "april", jun: "june", jul: "july", aug: "august", sep: "september", sept: "september", oct: "october", nov: "november", dec: "december" })[x] ?? x),
  }));
}

/** Numbers as written outside date expressions, with their values ("twelve" = "12", "1.2 million" = "1200000"). */
export function numbersOf(text: string): { shown: string; key: string }[] {
  const blanked = text.replace(DATE, (m) => " ".repeat(m.length));
  const out: { shown: string; key: string }[] = [];
  const re = /\b(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|hundreds|thousands)\b(?:\s+(thousand|million|billion))?/gi;
  for (const m of blanked.matchAll(re)) {
    const base = m[1] !== undefined ? Number(m[1].replace(/,/g, "")) : NUMBER_WORDS[m[3]!.toLowerCase()]!;
    const scale = SCALE[(m[2] ?? m[4] ?? "").toLowerCase()] ?? 1;
    if (m[3] !== undefined && m[3].toLowerCase() === "one" && scale === 1) continue; // "one of", "no one": rarely a count
    out.push({ shown: m[0], key: String(Math.round(base * scale * 1000) / 1000) });
  }
  return out;
}

/** Items of `xs` whose key is not among `ys`' keys, counting repeats. */
function minus(xs: readonly { shown: string; key: string }[], ys: readonly { shown: string; key: string }[]): string[] {
  const left = new Map<string, number>();
  for (const y of ys) left.set(y.key, (left.get(y.key) ?? 0) + 1);
  const out: string[] = [];
  for (const x of xs) {
    const n = left.get(x.key) ?? 0;
    if (n > 0) left.set(x.key, n - 1);
    else out.push(x.shown);
  }
  return out;
}

/** Differences of numbers, dates and places inside aligned pairs. */
export function factFindings(c: ForensicContext): Finding[] {
  const parseName = nameCache();
  const out: Finding[] = [];
  for (const p of c.pairs) {
    for (const [kind, of] of [["date", datesOf], ["number", numbersOf]] as const) {
      const xa = of(p.textA);
      const xb = of(p.textB);
      const onlyA = minus(xa, xb);
      const onlyB = minus(xb, xa);
      if (onlyA.length === 0 && onlyB.length === 0) continue;
      const from = onlyA.join(", ");
      const to = onlyB.join(", ");
      const detail = from && to ? `${kind} changed: ${from} → ${to}` : from ? `${kind} only in A: ${from}` : `${kind} only in B: ${to}`;
      out.push({ kind, from, to, detail, a: [...p.a], b: [...p.b] });
    }
    // A place inside a hyphenated modifier ("U.S.-led") is reported with the modifier, not as a place.
    const standalone = (text: string) => (m: EntityMention) => m.type === "LOC" && text[m.end] !== "-";
    const placesA = mentionsIn(c.entitiesA, c.sentencesA, p.a).filter(standalone(c.textA));
    const placesB = mentionsIn(c.entitiesB, c.sentencesB, p.b).filter(standalone(c.textB));
    const same = (x: string, y: string) => matchNames(parseName(x, "LOC"), parseName(y, "LOC")) !== null;
    const lostA = placesA.filter((x) => !placesB.some((y) => same(x.text, y.text))).map((m) => m.text);
    const newB = placesB.filter((y) => !placesA.some((x) => same(x.text, y.text))).map((m) => m.text);
    // A place only counts as changed when the other side's text does not mention it at all (it may be a non-LOC there).
    const lost = [...new Set(lostA)].filter((x) => !p.textB.includes(x));
    const added = [...new Set(newB)].filter((y) => !p.textA.includes(y));
    if (lost.length === 0 && added.length === 0) continue;
    const from = lost.join(", ");
    const to = added.join(", ");
    out.push({
      kind: "place", from, to, a: [...p.a], b: [...p.b],
      detail: from && to ? `place changed: ${from} → ${to}` : from ? `place only in A: ${from}` : `place only in B: ${to}`,
    });
  }
  return out;
}
