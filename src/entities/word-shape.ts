// Word shapes: each character mapped to its class (X upper-case letter, x lower-case or uncased letter, d digit,
// anything else as itself), so that "Peter" and "Kessel" look alike to the tagger.

const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}|\p{M}/u;
const DIGIT = /\p{N}/u;

function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return "X";
  if (c >= 97 && c <= 122) return "x";
  if (c >= 48 && c <= 57) return "d";
  if (c < 128) return ch;
  if (UPPER.test(ch)) return "X";
  if (LETTER.test(ch)) return "x";
  if (DIGIT.test(ch)) return "d";
  return ch;
}

/**
 * The shape of a word with runs of one class cut to four characters.
 *
 * @example wordShape("Peter") // "Xxxx"
 * @example wordShape("U.S.") // "X.X."
 * @example wordShape("1996-08-22") // "dddd-dd-dd"
 */
export function wordShape(word: string): string {
  let out = "";
  let run = 0;
  let last = "";
  for (const ch of word) {
    const cls = charClass(ch);
    run = cls === last ? run + 1 : 1;
    last = cls;
    if (run <= 4) out += cls;
  }
  return out;
}

/**
 * The shape with every run of one class cut to one character.
 *
 * @example shortShape("Peter") // "Xx"
 * @example shortShape("al-Assad") // "x-Xx"
 */
export function shortShape(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const cls = charClass(ch);
    if (cls !== last) out += cls;
    last = cls;
  }
  return out;
}

/** True when the word starts with an upper-case letter. */
export const isCapitalised = (word: string): boolean => {
  const first = word[0];
  return first !== undefined && charClass(first) === "X";
};

/** True when the word has at least one letter and no lower-case letter ("NATO", "U.S."). */
export const isAllCaps = (word: string): boolean => {
  let letters = 0;
  for (const ch of word) {
    const cls = charClass(ch);
    if (cls === "x") return false;
    if (cls === "X") letters++;
  }
  return letters > 0;
};
