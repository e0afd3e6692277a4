// A fast name finder for sentences the recogniser does not read (sentences found on one side only): runs of
// capitalised words, with name particles inside, a title in front stripped, and a lone capitalised first word
// left out (it is capitalised because it starts the sentence).

/** A name found by capitalisation: offsets into the text it was found in. */
export interface CapitalisedName {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const PARTICLES = new Set(["al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "of", "for", "and", "the", "da", "di", "le", "la"]);
const NOT_NAMES = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "i", "the", "a", "an",
  "mr", "mrs", "ms", "dr", "president", "prime", "minister", "gen", "general", "lt", "col", "colonel", "capt",
  "captain", "sgt", "gov", "governor", "sen", "senator", "rep", "king", "queen", "prince", "sheikh", "chief",
  "secretary", "judge", "mayor", "local", "officials", "police", "children", "aid", "but", "and", "he", "she", "it",
  "they", "we", "in", "on", "at", "after", "before", "when", "while", "as", "if", "this", "that", "there",
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
const isCapital = (w: string) => /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(w);

/**
 * Capitalised names in a sentence.
 *
 * @example capitalisedNames("Local council head Mariam Haddad met Lt. Gen. Paul Reyes.").map((n) => n.text)
 * // ["Mariam Haddad", "Paul Reyes"]
 */
export function capitalisedNames(sentence: string): CapitalisedName[] {
  const words = [...sentence.matchAll(WORD)].map((m) => {
    const w = m[0].replace(/[.'’-]+$/u, "");
    return { w, start: m.index, end: m.index + w.length };
  });
  const out: CapitalisedName[] = [];
  let k = 0;
  while (k < words.length) {
    if (!isCapital(words[k]!.w)) {
      k++;
      continue;
    }
    let e = k;
    // A name runs over capitalised words and particles with only spaces between them (punctuation ends it).
    const joins = (x: number) => /^\s+$/.test(sentence.slice(words[x]!.end, words[x + 1]!.start));
    while (
      e + 1 < words.length && joins(e) &&
      (isCapital(words[e + 1]!.w) || (PARTICLES.has(words[e + 1]!.w.toLowerCase()) && e + 2 < words.length && joins(e + 1) && isCapital(words[e + 2]!.w)))
    ) e++;
    let s = k;
    while (s <= e && NOT_NAMES.has(words[s]!.w.toLowerCase().replace(/\.$/, ""))) s++;
    while (e >= s && PARTICLES.has(words[e]!.w.toLowerCase())) e--;
    const first = s === 0 && e === 0;
    if (s <= e && !first && /\p{L}{2}/u.test(words[s]!.w)) {
      out.push({ text: sentence.slice(words[s]!.start, words[e]!.end), start: words[s]!.start, end: words[e]!.end });
    }
    k = Math.max(e, k) + 1;
  }
  return out;
}
