// Values that can disagree between sentences telling one claim: numbers (keyed by what they count), calendar dates
// and places. Rules, kept conservative because a false disagreement misleads more than a missed one:
//
// - A number is keyed by the word after it ("23 people" → people; "7.2%" → %; "2.6 million people" is 2,600,000
//   people). Numbers inside time expressions (years, days of the month, clock times, durations) are dates, not
//   counts. Two carriers disagree when they key the same word and neither's values include the other's.
// - Dates are the day-precise calendar dates of the sentence, resolved against each article's own publication
//   date. A relative date ("Monday", "yesterday") is compared only between articles of the same day, since a
//   follow-up's "Sunday" may be another Sunday; an explicit one ("Oct. 19") always. A date right after a reporting verb ("said
//   on Tuesday") dates the telling, not the event, and is left out. Two carriers disagree when neither's dates
//   include the other's and neither's expressions as written include the other's: two sentences that both say
//   "Monday evening" say the same thing, even when tense rules resolved them to different Mondays.
// - Places are the story's place entities (canonical forms) named in the sentence after a locative preposition
//   ("in northeast Syria", "near Silvask"; not "the US army"). Only a sentence and the one it was taken from are
//   compared (a rewrite that moved the event); independent reports name places at different scales (Croydon,
//   London) too often. They disagree when both name places and none in common.
import { REPORTING_VERBS } from "../compare/attribution.js";
import type { ArticleId } from "../core/types.js";
import { extractTimexes } from "../timeline/extract.js";
import type { TimexAnchor } from "../timeline/types.js";
import type { Contradiction } from "./types.js";

/** A carrier sentence with what its values need. */
export interface ValueSentence {
  readonly article: ArticleId;
  readonly outlet: string;
  readonly sentence: string;
  /** The article's publication: what relative dates resolve against. */
  readonly anchor: TimexAnchor;
  /** The article this sentence was taken from, if it was (verbatim or reworded). */
  readonly from?: ArticleId | null;
  /** The places the sentence names: canonical name, the name as written and its UTF-16 offset in the sentence. */
  readonly places: readonly { readonly name: string; readonly text: string; readonly start: number }[];
}

/** One value found in a sentence. */
export interface FoundValue {
  readonly kind: Contradiction["kind"];
  /** `people`, `%`, `date`, `place`. */
  readonly about: string;
  /** Normalised: `23`, `2024-03-11`, `Silvask`. */
  readonly value: string;
  readonly written: string;
  /** False for a date resolved relative to the publication date ("on Monday", "yesterday"). */
  readonly explicit: boolean;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const NUMBER = new RegExp(
  String.raw`(?<![\w.,-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${Object.keys(NUMBER_WORDS).join("|")}))` +
    String.raw`(\s*(?:%|per\s?cent\b|percent\b))?(?![\w])`,
  "giu",
);
/** Words between a number and what it counts that say nothing about what is counted. */
const SKIP_AFTER = new Set(["more", "other", "of", "the", "additional", "further", "extra", "million", "billion", "thousand"]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** A date written with a digit or a month name does not depend on when the article appeared. */
const EXPLICIT_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
/** A bare "one" is a pronoun more often than a count ("one of the", "the one who"). */
const PRONOUN_ONE = /^one$/i;
const PRONOUN_NEXT = new Set(["of", "who", "that", "which", "another", "day", "time"]);

/** The numbers of a sentence, keyed by what they count; numbers inside time expressions are left out. */
export function numberValues(sentence: string, anchor: TimexAnchor, timexes = extractTimexes(sentence, anchor)): FoundValue[] {
  const spans = timexes.map((t) => [t.start, t.end] as const);
  const out: FoundValue[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (spans.some(([s, e]) => start < e && end > s)) continue;
    const raw = m[1]!;
    const word = NUMBER_WORDS[raw.toLowerCase()];
    const value = word ?? Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    const next = /^\s*([\p{L}]+)/u.exec(sentence.slice(end))?.[1]?.toLowerCase();
    if (PRONOUN_ONE.test(raw) && next !== undefined && PRONOUN_NEXT.has(next)) continue;
    let about: string | null = m[2] ? "%" : null;
    let scale = 1;
    if (about === null) {
      for (const w of sentence.slice(end).matchAll(WORD)) {
        const folded = w[0].toLowerCase();
        scale *= SCALE[folded] ?? 1;
        if (SKIP_AFTER.has(folded)) continue;
        about = folded;
        break;
      }
    }
    if (about === null) continue;
    out.push({ kind: "number", about, value: String(value * scale), written: m[0].trim(), explicit: true });
  }
  return out;
}

/** Day-precise dates of a sentence that date what happened (not "said on Tuesday"). */
export function dateValues(sentence: string, anchor: TimexAnchor, timexes = extractTimexes(sentence, anchor)): FoundValue[] {
  const out: FoundValue[] = [];
  for (const t of timexes) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(t.value)?.[0];
    if (!day) continue;
    const before = sentence.slice(Math.max(0, t.start - 40), t.start).toLowerCase().match(WORD) ?? [];
    if (before.slice(-3).some((w) => REPORTING_VERBS.has(w))) continue;
    out.push({ kind: "date", about: "date", value: day, written: t.text, explicit: EXPLICIT_DATE.test(t.text) });
  }
  return out;
}

/** Words that put a place where something happened. */
const LOCATIVE = new Set(["in", "at", "near", "outside", "off", "from", "to", "into", "across", "inside", "around", "towards", "toward"]);

/** The places of a sentence that follow a locative preposition (one word may come between: "in northeast Syria"). */
export function placeValues(sentence: string, places: ValueSentence["places"]): FoundValue[] {
  const out: FoundValue[] = [];
  for (const p of places) {
    const before = (sentence.slice(Math.max(0, p.start - 40), p.start).match(WORD) ?? []).slice(-2).map((w) => w.toLowerCase());
    if (before.some((w) => LOCATIVE.has(w))) out.push({ kind: "place", about: "place", value: p.name, written: p.text, explicit: true });
  }
  return out;
}

/** Neither set holds all of the other. */
const neitherHolds = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean =>
  [...x].some((v) => !y.has(v)) && [...y].some((v) => !x.has(v));

const disjoint = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => ![...x].some((v) => y.has(v));

/** A carrier's values of one kind and key. */
interface Held {
  readonly carrier: ValueSentence;
  readonly values: ReadonlySet<string>;
  readonly found: readonly FoundValue[];
}

function disagreement(claim: string, kind: Contradiction["kind"], about: string, held: readonly Held[]): Contradiction | null {
  const written = (h: Held) => new Set(h.found.map((f) => f.written.toLowerCase()));
  // Relative dates ("Monday") are compared only between articles of the same day; explicit ones always.
  const dates = (h: Held, sameDay: boolean) => new Set(h.found.filter((f) => f.explicit || sameDay).map((f) => f.value));
  const taken = (x: Held, y: Held) => x.carrier.from === y.carrier.article || y.carrier.from === x.carrier.article;
  const clash = kind === "place" ? (x: Held, y: Held) => taken(x, y) && disjoint(x.values, y.values)
    : kind === "date" ? (x: Held, y: Held) => {
      const sameDay = x.carrier.anchor.date === y.carrier.anchor.date;
      const [dx, dy] = [dates(x, sameDay), dates(y, sameDay)];
      return dx.size > 0 && dy.size > 0 && neitherHolds(dx, dy) && neitherHolds(written(x), written(y));
    }
    : (x: Held, y: Held) => neitherHolds(x.values, y.values);
  let found = false;
  for (let i = 0; i < held.length && !found; i++) {
    for (let j = i + 1; j < held.length && !found; j++) {
      if (held[i]!.carrier.article !== held[j]!.carrier.article && clash(held[i]!, held[j]!)) found = true;
    }
  }
  if (!found) return null;
  const byValue = new Map<string, { written: Set<string>; articles: Set<ArticleId>; outlets: Set<string> }>();
  for (const h of held) {
    for (const f of h.found) {
      const row = byValue.get(f.value) ?? { written: new Set(), articles: new Set(), outlets: new Set() };
      row.written.add(f.written);
      row.articles.add(h.carrier.article);
      row.outlets.add(h.carrier.outlet);
      byValue.set(f.value, row);
    }
  }
  const values = [...byValue].map(([value, r]) => ({
    value, written: [...r.written], articles: [...r.articles], outlets: [...r.outlets],
  })).sort((x, y) => y.articles.length - x.articles.length || x.value.localeCompare(y.value));
  return { claim, kind, about, values };
}

/**
 * Where the carriers of one claim disagree on a number, a date or a place. Carriers from the same article never
 * contradict each other.
 *
 * @example
 * claimContradictions("c1", [{ sentence: "Rescuers pulled 23 people from the water.", … }, { sentence: "Rescuers pulled 32 people from the water.", … }])
 * // [{ claim: "c1", kind: "number", about: "people", values: [{ value: "23", … }, { value: "32", … }] }]
 */
export function claimContradictions(claim: string, carriers: readonly ValueSentence[]): Contradiction[] {
  const groups = new Map<string, { kind: Contradiction["kind"]; about: string; held: Held[] }>();
  const add = (carrier: ValueSentence, found: readonly FoundValue[]) => {
    const byKey = new Map<string, FoundValue[]>();
    for (const f of found) {
      const key = `${f.kind}\u0000${f.about}`;
      byKey.set(key, [...(byKey.get(key) ?? []), f]);
    }
    for (const [key, fs] of byKey) {
      const g = groups.get(key) ?? { kind: fs[0]!.kind, about: fs[0]!.about, held: [] };
      g.held.push({ carrier, values: new Set(fs.map((f) => f.value)), found: fs });
      groups.set(key, g);
    }
  };
  if (new Set(carriers.map((c) => c.article)).size < 2) return [];
  // Verbatim copies published on the same day have the same values: each wording is read once per day.
  const seen = new Map<string, FoundValue[]>();
  for (const c of carriers) {
    const key = `${c.anchor.date}\u0000${c.sentence}`;
    let found = seen.get(key);
    if (!found) {
      const timexes = extractTimexes(c.sentence, c.anchor);
      found = [...numberValues(c.sentence, c.anchor, timexes), ...dateValues(c.sentence, c.anchor, timexes)];
      seen.set(key, found);
    }
    add(c, [...found, ...placeValues(c.sentence, c.places)]);
  }
  const order = { number: 0, date: 1, place: 2 } as const;
  return [...groups.values()]
    .filter((g) => g.held.length >= 2)
    .sort((x, y) => order[x.kind] - order[y.kind] || x.about.localeCompare(y.about))
    .flatMap((g) => disagreement(claim, g.kind, g.about, g.held) ?? []);
}
