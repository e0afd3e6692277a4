// Headlines: lines where capitals say little, so that the tagger reads them as it learned to read CoNLL's headlines.
import { isAllCaps, isCapitalised } from "./word-shape.js";

/**
 * A headline in capitals: at least two words with letters, and four in five of them without a lower-case letter.
 *
 * @example isCapsSentence(["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", "."]) // true
 */
export function isCapsSentence(words: readonly string[]): boolean {
  let lettered = 0;
  let caps = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
    lettered++;
    if (isAllCaps(w)) caps++;
  }
  return lettered >= 2 && caps >= 0.8 * lettered;
}

const MINOR_WORDS = new Set(
  "a an and as at but by for from in into of off on onto or over per than the to up upon via vs with is are was be".split(" "),
);

/**
 * A headline in Title Case: at least four words of four or more letters, all capitalised, with small words
 * ("of", "the", "in") allowed either way and no sentence-final full stop. The tagger reads such a line as it reads
 * a headline in capitals, where capitals say nothing.
 *
 * @example isTitleCaseHeading(["Rebels", "Retreat", "From", "Northern", "Town"]) // true
 */
export function isTitleCaseHeading(words: readonly string[]): boolean {
  if (words[words.length - 1] === ".") return false;
  let long = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w) || MINOR_WORDS.has(w.toLowerCase())) continue;
    if (!isCapitalised(w) && !isAllCaps(w)) return false;
    if (w.length >= 4) long++;
  }
  return long >= 4;
}
