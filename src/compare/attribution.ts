// Who a sentence credits, with which reporting verb, how hedged, and what it quotes. Rules over the sentence's
// words: a reporting verb with a named or described speaker next to it ("X said", "said X", "X told Reuters",
// "according to X"), hedging adverbs and phrases, and quoted material between quotation marks.

/** What a sentence says about where its content comes from. */
export interface Attribution {
  /** Reporting verbs as written, lower case ("said", "claims", "according to"). */
  verbs: string[];
  /** Who is credited, as written ("Lt. Gen. Ray", "the Interior Ministry", "officials"). */
  speakers: string[];
  /** Hedges, lower case ("reportedly", "allegedly", "according to"). */
  hedges: string[];
  /** Quoted material (without the quotation marks) and who said it, when the sentence says. */
  quotes: { text: string; speaker: string | null }[];
}

/** Reporting verbs by lemma; inflected forms are listed so that "said → claims" is seen as written. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "say", "says", "said", "saying", "tell", "tells", "told", "claim", "claims", "claimed", "states", "stated",
  "add", "adds", "added", "note", "notes", "noted", "announce", "announces", "announced", "reports",
  "reported", "allege", "alleges", "alleged", "insist", "insists", "insisted", "deny", "denies", "denied", "confirm",
  "confirms", "confirmed", "warn", "warns", "warned", "argue", "argues", "argued", "assert", "asserts", "asserted",
  "maintain", "maintains", "maintained", "admit", "admits", "admitted", "acknowledge", "acknowledges",
  "acknowledged", "explain", "explains", "explained", "declare", "declares", "declared", "suggest", "suggests",
  "suggested", "contend", "contends", "contended", "write", "writes", "wrote", "tweet", "tweets", "tweeted",
  "posted", "posts", "quoted", "quotes", "cite", "cites", "cited", "believe", "believes", "believed", "estimate",
  "estimates", "estimated", "boast", "boasts", "boasted", "concede", "concedes", "conceded",
]);

/** Hedging words and phrases, matched on lower-cased text at word boundaries. */
const HEDGES = [
  "reportedly", "allegedly", "purportedly", "apparently", "supposedly", "ostensibly", "according to",
  "is said to", "are said to", "was said to", "were said to", "is believed to", "are believed to",
  "was believed to", "is thought to", "are thought to", "is understood to", "it is understood", "unconfirmed",
  "unverified", "could not be independently verified", "could not be verified", "so-called", "suspected",
  "alleged", "claimed", "possibly", "likely", "may have", "might have", "appears to", "appeared to", "seems to",
];

const HEDGE_PATTERN = new RegExp(`\\b(?:${HEDGES.map((h) => h.replace(/[-\s]/g, (c) => (c === " " ? "\\s+" : "-"))).join("|")})\\b`, "giu");

/** Words that can head a described speaker ("the ministry", "officials", "a spokesman"). */
const SPEAKER_NOUNS = new Set([
  "officials", "official", "spokesman", "spokeswoman", "spokesperson", "ministry", "government", "police", "army",
  "military", "witnesses", "witness", "sources", "source", "residents", "activists", "group", "statement",
  "agency", "observatory", "monitor", "analysts", "analyst", "experts", "authorities", "report", "media",
  "he", "she", "they", "it", "we", "i", "minister", "president", "commander", "leader", "spokesmen", "doctors",
  "medics", "rescuers", "diplomats", "diplomat", "coalition", "regime", "rebels", "fighters", "militants",
  "pentagon", "kremlin", "u.n.", "un",
]);

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

const QUOTE = /[“"«]([^”"»]{2,}?)[”"»]|(?:^|[\s(])[‘']([^’']{8,}?)[’'](?=[\s,.;:!?)]|$)/gu;

/**
 * Quoted material of two words or more in a text, without the quotation marks, with offsets. A quote may span
 * sentences: pass a paragraph to find those.
 *
 * @example findQuotes('He said: "We will stay. We must." Then left.') // [{ text: "We will stay. We must.", start: 10, end: 32 }]
 */
export function findQuotes(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const body = (m[1] ?? m[2] ?? "").trim();
    const start = m.index + m[0].indexOf(body);
    if (body.split(/\s+/).length >= 2) out.push({ text: body, start, end: start + body.length });
  }
  return out;
}

/** Tokens with offsets: words (with inner dots, hyphens, apostrophes) and single punctuation marks. */
function words(text: string): { w: string; s: number; e: number }[] {
  const out: { w: string; s: number; e: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*[\p{L}\p{N}.]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;
  for (const m of text.matchAll(re)) {
    let w = m[0];
    const s = m.index;
    // A word-final full stop is punctuation unless the word is an abbreviation ("U.S.", "Gen.").
    if (w.length > 1 && w.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(w) && !/^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Prof|St)\.$/u.test(w)) {
      w = w.slice(0, -1);
    }
    out.push({ w, s, e: s + w.length });
  }
  return out;
}

/** A word that can be part of a name: capitalised, or an Arabic article joined to one ("al-Assad"). */
const isCap = (w: string) => /^\p{Lu}/u.test(w) || /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-\p{Lu}/u.test(w);
const LINKS = new Set(["of", "al", "el", "bin", "ibn", "de", "van", "von", "the", "for", "and", "da", "abu"]);

/** A speaker phrase ending at token `k` (inclusive), read leftwards: "the Syrian Observatory for Human Rights". */
function phraseEndingAt(toks: readonly { w: string; s: number; e: number }[], k: number, text: string): string | null {
  const last = toks[k];
  if (!last) return null;
  const lw = last.w.toLowerCase();
  if (!isCap(last.w) && !SPEAKER_NOUNS.has(lw)) return null;
  if (PRONOUNS.has(lw)) return last.w;
  let s = k;
  for (;;) {
    const prev = toks[s - 1]?.w;
    if (prev === undefined) break;
    if (isCap(prev) && !/^(?:The|A|An)$/.test(prev)) s--;
    else if (LINKS.has(prev.toLowerCase()) && !/^(?:the|a|an)$/i.test(prev) && s >= 2 && isCap(toks[s - 2]!.w)) s--;
    else break;
  }
  // A determiner, perhaps with a lower-case modifier or two: "the Interior Ministry", "a military spokesman".
  for (let back = 1; back <= 3; back++) {
    const t = toks[s - back]?.w;
    if (t === undefined || !/^\p{L}[\p{L}-]*$/u.test(t)) break;
    if (/^(?:the|a|an)$/i.test(t)) {
      s -= back;
      break;
    }
    if (isCap(t) || STOP_BEFORE.has(t.toLowerCase())) break;
  }
  return text.slice(toks[s]!.s, last.e);
}

/** Words that never belong to a speaker phrase read leftwards. */
const STOP_BEFORE = new Set(["and", "or", "but", "that", "as", "which", "who", "when", "while", "because", "said", "told", "to", "in", "on", "at", "of", "for", "by", "with"]);

/** A speaker phrase starting at token `k`, read rightwards: "Interior Minister Ali al-Hassan", "a spokesman for the army". */
function phraseStartingAt(toks: readonly { w: string; s: number; e: number }[], k: number, text: string): string | null {
  let s = k;
  if (toks[s] && /^(?:the|a|an)$/i.test(toks[s]!.w)) s++;
  const first = toks[s];
  if (!first) return null;
  const fw = first.w.toLowerCase();
  if (PRONOUNS.has(fw)) return first.w;
  if (!isCap(first.w) && !SPEAKER_NOUNS.has(fw)) return null;
  let e = s;
  while (e + 1 < toks.length) {
    const next = toks[e + 1]!.w;
    if (isCap(next) || SPEAKER_NOUNS.has(next.toLowerCase())) e++;
    else if (LINKS.has(next.toLowerCase()) && e + 2 < toks.length && (isCap(toks[e + 2]!.w) || /^(?:the)$/i.test(toks[e + 2]!.w))) e++;
    else break;
  }
  while (e > s && LINKS.has(toks[e]!.w.toLowerCase())) e--;
  return text.slice(toks[k]!.s, toks[e]!.e);
}

function pushUnique(list: string[], value: string | null): void {
  if (value !== null && value.length > 0 && !list.includes(value)) list.push(value);
}

/**
 * The reporting verbs, speakers, hedges and quotes of one sentence.
 *
 * @example
 * describeAttribution('"We will not leave," Ali Musa, a rebel commander, reportedly told AFP.')
 * // { verbs: ["told"], speakers: ["Ali Musa"], hedges: ["reportedly"], quotes: [{ text: "We will not leave,", speaker: "Ali Musa" }] }
 */
export function describeAttribution(sentence: string): Attribution {
  const quotes = findQuotes(sentence);
  const insideQuote = (pos: number) => quotes.some((q) => pos >= q.start && pos < q.end);
  const toks = words(sentence).filter((t) => !insideQuote(t.s));
  const verbs: string[] = [];
  const speakers: string[] = [];
  const hedges: string[] = [];
  for (let k = 0; k < toks.length; k++) {
    const lw = toks[k]!.w.toLowerCase();
    if (lw === "according" && toks[k + 1]?.w.toLowerCase() === "to") {
      pushUnique(verbs, "according to");
      pushUnique(speakers, phraseStartingAt(toks, k + 2, sentence));
      continue;
    }
    if (!REPORTING_VERBS.has(lw)) continue;
    // "alleged", "claimed" before a noun are adjectives ("the alleged attack"), not reporting verbs.
    const prevW = toks[k - 1]?.w.toLowerCase();
    if ((lw === "alleged" || lw === "claimed" || lw === "reported" || lw === "estimated") && (prevW === "the" || prevW === "an" || prevW === "a")) continue;
    if (lw === "report" || lw === "reports" || lw === "statement") {
      if (prevW === "the" || prevW === "a" || prevW === "in") continue;
    }
    pushUnique(verbs, lw);
    // Speaker before the verb ("X said"), skipping a comma-enclosed appositive ("X, a commander, said").
    let before: string | null = null;
    let p = k - 1;
    while (p >= 0 && /^(?:has|have|had|also|later|earlier|on|previously|reportedly|allegedly|apparently|then|was|were|is|are|had)$/i.test(toks[p]!.w)) p--;
    if (p >= 0 && toks[p]!.w === ",") {
      let q = p - 1;
      while (q >= 0 && toks[q]!.w !== ",") q--;
      if (q > 0) before = phraseEndingAt(toks, q - 1, sentence);
    }
    if (before === null && p >= 0 && toks[p]!.w !== ",") before = phraseEndingAt(toks, p, sentence);
    // Speaker after the verb ("said X", "told X" is the listener: only for said/says/added/claimed…).
    let after: string | null = null;
    if (!/^(?:tell|tells|told)$/.test(lw) && toks[k + 1] && toks[k + 1]!.w !== ",") after = phraseStartingAt(toks, k + 1, sentence);
    if (after !== null && /^(?:that|on|in|it)$/i.test(after)) after = null;
    pushUnique(speakers, before ?? after);
  }
  for (const m of sentence.matchAll(HEDGE_PATTERN)) {
    if (insideQuote(m.index)) continue;
    pushUnique(hedges, m[0].toLowerCase().replace(/\s+/g, " "));
  }
  const speaker = speakers.find((s) => !PRONOUNS.has(s.toLowerCase())) ?? speakers[0] ?? null;
  return { verbs, speakers, hedges, quotes: quotes.map((q) => ({ text: q.text, speaker })) };
}
