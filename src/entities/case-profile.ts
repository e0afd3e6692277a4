import { isCapsSentence } from "./headline.js";
import { isAllCaps, isCapitalised } from "./word-shape.js";

/**
 * How a word is usually written in running text, by its lower-case form: `lower` (a common word), `capital`
 * (a name), `mixed`, or absent (rare or unseen). Counted away from sentence starts and capitalised headlines,
 * it tells the tagger whether a capital letter is news: "Fighting" at the start of a sentence, or "JAPAN" in a
 * headline. Built from training text and saved with the model.
 */
export type CaseProfile = ReadonlyMap<string, "lower" | "capital" | "mixed">;

/** Occurrences a word needs before its profile is trusted. */
const MIN_COUNT = 2;

/**
 * Build a case profile from tokenised sentences.
 *
 * @example buildCaseProfile([["He", "saw", "Peter", "."], ["Peter", "saw", "it"]]).get("saw") // "lower"
 */
export function buildCaseProfile(sentences: readonly (readonly string[])[]): Map<string, "lower" | "capital" | "mixed"> {
  const counts = new Map<string, [lower: number, capital: number]>();
  for (const words of sentences) {
    if (isCapsSentence(words)) continue;
    words.forEach((word, i) => {
      if (i === 0 || !/\p{L}/u.test(word)) return;
      const key = word.toLowerCase();
      const row = counts.get(key) ?? [0, 0];
      if (isCapitalised(word)) row[1]++;
      else if (!isAllCaps(word)) row[0]++;
      counts.set(key, row);
    });
  }
  const profile = new Map<string, "lower" | "capital" | "mixed">();
  for (const [word, [lower, capital]] of counts) {
    const total = lower + capital;
    if (total < MIN_COUNT) continue;
    profile.set(word, lower >= 0.9 * total ? "lower" : capital >= 0.9 * total ? "capital" : "mixed");
  }
  return profile;
}
