// Which way the clause around an expression points: back (past tense) or forward (future, or a plan). Read from
// words near the expression, without a parser: modal and auxiliary verbs, past forms, plan words. The nearest
// marker wins; crossing a comma, semicolon or dash counts as two more words, since it often starts another
// clause. Reporting verbs ("said") are weak: "will meet on Friday, officials said" is future.
import type { Tense } from "./options.js";

const FUTURE = new Set([
  "will", "ll", "shall", "won't", "wo", "would", "could", "should", "might", "must", "upcoming", "coming",
  "scheduled", "slated", "planned", "plans", "plan", "planning", "tomorrow", "intends", "expects", "hopes", "hope", "aims",
  "unless", "tonight", "later", "soon", "ahead", "until", "deadline",
]);

const PAST_IRREGULAR = new Set([
  "was", "were", "had", "did", "went", "came", "met", "told", "took", "made", "gave", "left", "began", "held", "fell",
  "rose", "saw", "found", "got", "knew", "thought", "brought", "bought", "sold", "paid", "spent", "won", "lost", "ran",
  "led", "kept", "sent", "struck", "broke", "spoke", "wrote", "became", "fought", "flew", "drove", "stood", "sat",
  "ago", "earlier", "yesterday", "last", "since", "been", "has", "have", "hit", "shot", "stole", "woke", "ate", "fled",
  "sought", "taught", "caught", "threw", "grew", "drew", "blew", "shook", "hung", "swept", "slept", "felt", "meant",
  "heard", "sank", "sang", "rang", "swam", "wore", "tore", "bore", "froze", "chose", "rode", "rose", "arose",
  "underwent", "withdrew", "overthrew", "forgot", "forgave", "quit", "bid", "dealt", "built", "lent", "bent",
]);

/** Words ending in -ed that are not past forms. */
const NOT_PAST = new Set([
  "need", "red", "bed", "shed", "hundred", "speed", "seed", "feed", "indeed", "proceed", "exceed", "succeed", "breed",
  "greed", "creed", "deed", "weed", "steed", "united", "limited", "based", "related", "interested", "concerned",
  "scheduled", "planned", "expected", "supposed", "alleged", "so-called", "bed", "sled", "wed", "fled",
]);

/** Reporting verbs: they tell when something was said, not when it happens. */
const REPORTING = new Set([
  "said", "says", "say", "told", "added", "announced", "reported", "stated", "according", "noted", "explained",
  "declared", "confirmed", "claimed", "insisted", "warned", "wrote", "quoted",
]);

/** A word of a sentence with its offsets. */
interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[A-Za-z]+(?:['’][a-z]+)?/g;

function words(sentence: string): Word[] {
  const out: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    out.push({ text: m[0].toLowerCase().replace("’", "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Words before "to" that make a plan: "going to", "due to", "set to", "expected to", "about to". */
const BEFORE_TO = new Set(["going", "due", "set", "expected", "about"]);

/** The tense one word marks, with the next word for context ("going to", "is meeting"). Null when none. */
function markerOf(word: string, next: string | undefined): Tense | null {
  if (word.endsWith("'ll") || FUTURE.has(word)) return "future";
  if (BEFORE_TO.has(word) && next === "to") return "future";
  // "is meeting", "are holding": the present progressive of news announces plans
  if ((word === "is" || word === "are" || word === "am") && next !== undefined && next.length > 5 && next.endsWith("ing")) {
    return "future";
  }
  if (PAST_IRREGULAR.has(word)) return "past";
  if (word.length > 4 && word.endsWith("ed") && !NOT_PAST.has(word)) return "past";
  return null;
}

/** A tense marker found near an expression, with what it costs to reach it. */
interface Found {
  readonly tense: Tense;
  readonly marker: string;
  readonly cost: number;
  /** A reporting verb away from the expression: used only when nothing else is found. */
  readonly weak: boolean;
}

/**
 * The tense the words near `[from, to)` of a sentence point to, and the word that decided it; null when no marker
 * is within `window` words on either side. A marker to the right costs half a word more than one as far to the
 * left (verbs mostly come first: "met on Friday").
 *
 * @example tenseNear("The union will meet on Friday.", 23, 29, 12) // { tense: "future", marker: "will" }
 */
export function tenseNear(
  sentence: string,
  from: number,
  to: number,
  window: number,
): { readonly tense: Tense; readonly marker: string } | null {
  const ws = words(sentence);
  let best: Found | null = null;
  const consider = (i: number, distance: number, between: string) => {
    const w = ws[i]!;
    const reporting = REPORTING.has(w.text);
    const tense = reporting ? "past" : markerOf(w.text, ws[i + 1]?.text);
    if (tense === null) return;
    const breaks = (between.match(/[,;:—–()]|\s-\s/g) ?? []).length;
    const cost = distance + 2 * breaks;
    // "said Friday", "announced on Tuesday": a reporting verb right next to the expression is its verb.
    const weak = reporting && cost > 2.5;
    if (best === null || (best.weak && !weak) || (best.weak === weak && cost < best.cost)) {
      best = { tense, marker: w.text, cost, weak };
    }
  };
  const firstRight = ws.findIndex((w) => w.start >= to);
  const rightStart = firstRight < 0 ? ws.length : firstRight;
  let leftEnd = rightStart;
  while (leftEnd > 0 && ws[leftEnd - 1]!.end > from) leftEnd--;
  for (let k = 1; k <= window; k++) {
    const li = leftEnd - k;
    if (li >= 0) consider(li, k, sentence.slice(ws[li]!.end, from));
    const ri = rightStart + k - 1;
    if (ri < ws.length) consider(ri, k + 0.5, sentence.slice(to, ws[ri]!.start));
  }
  const found = best as Found | null;
  return found === null ? null : { tense: found.tense, marker: found.marker };
}
