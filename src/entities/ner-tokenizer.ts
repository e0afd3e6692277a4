// Tokens for named-entity recognition: the words of a text as written (case, diacritics and inner punctuation
// kept), split the way CoNLL-2003 splits them, so the tagger sees what it was trained on.
//
// A word is a run of letters, digits and marks. Inside a run, a hyphen joins ("al-Assad", "1996-08-22"), `.`, `,`
// and `:` join digits ("1,200", "10:30"), `&` joins capitals ("AT&T") and an apostrophe joins letters ("O'Brien"),
// except in English clitics, which are tokens of their own ("Assad 's", "do n't"). Dotted single letters are one
// token with their dots ("U.S.", "e.g."); so are known abbreviations and initials with their final dot ("Gen.",
// "J."). Any other character that is not a space is a token by itself, except "..." and "--".

/** One token: its text as written and its UTF-16 offsets, `text.slice(start, end) === token.text`. */
export interface NerToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;
const APOSTROPHE = /['\u2019\u02bc]/;
const HYPHEN = /[-\u2010\u2011]/;
const CLITIC = /^['\u2019\u02bc](?:s|re|ve|ll|d|m)(?![\p{L}\p{N}])/iu;
const NEGATION = /^n['\u2019\u02bc]t(?![\p{L}\p{N}])/iu;

/**
 * Words that keep a following full stop: titles, company suffixes, month abbreviations and the like (lower case).
 * "May" and "no" are left out: their full stop usually ends a sentence.
 */
const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr brig gov sen rep rev st mt ft jr sr inc corp co ltd " +
    "plc bros jan feb mar apr jun jul aug sep sept oct nov dec vs etc approx dept univ est ave blvd gens reps sens " +
    "messrs hon pres supt insp det cdr cmdt lieut").split(" "),
);

/** The character (one code point) at `i`, or "" past the end. */
const charAt = (text: string, i: number): string => {
  const c = text.codePointAt(i);
  return c === undefined ? "" : String.fromCodePoint(c);
};

const isWordChar = (ch: string): boolean => ch !== "" && WORD.test(ch);

/** End of a dotted run of single letters at `i` ("U.S.", "e.g."), or -1. */
function dottedEnd(text: string, i: number): number {
  let p = i;
  let letters = 0;
  while (p + 1 < text.length && LETTER.test(charAt(text, p)) && text[p + 1] === "." && charAt(text, p).length === 1) {
    letters++;
    p += 2;
  }
  if (letters === 0) return -1;
  // "U.S.A" without its final dot.
  if (LETTER.test(charAt(text, p)) && charAt(text, p).length === 1 && !isWordChar(charAt(text, p + 1))) return p + 1;
  return letters >= 2 && !isWordChar(charAt(text, p)) ? p : -1;
}

/** End of an ordinary word starting at `i`. */
function wordEnd(text: string, i: number): number {
  let p = i + charAt(text, i).length;
  for (;;) {
    const ch = charAt(text, p);
    if (isWordChar(ch)) {
      // "don't" splits before the n: "do" + "n't".
      if ((ch === "n" || ch === "N") && NEGATION.test(text.slice(p, p + 4))) return p;
      p += ch.length;
      continue;
    }
    const prev = charAt(text, p - 1);
    const next = charAt(text, p + 1);
    if (HYPHEN.test(ch) && isWordChar(next)) p++;
    else if ((ch === "." || ch === "," || ch === ":") && DIGIT.test(prev) && DIGIT.test(next)) p++;
    else if (ch === "&" && UPPER.test(prev) && UPPER.test(next)) p++;
    else if (ch !== "" && APOSTROPHE.test(ch) && LETTER.test(next) && !CLITIC.test(text.slice(p, p + 4))) p++;
    else return p;
  }
}

/**
 * Split text into tokens as written, with UTF-16 offsets.
 *
 * @example tokenizeNer("Gen. al-Assad's U.S. visit.").map((t) => t.text) // ["Gen.", "al-Assad", "'s", "U.S.", "visit", "."]
 */
export function tokenizeNer(text: string): NerToken[] {
  const tokens: NerToken[] = [];
  const push = (start: number, end: number) => tokens.push({ text: text.slice(start, end), start, end });
  let i = 0;
  while (i < text.length) {
    const ch = charAt(text, i);
    if (SPACE.test(ch)) {
      i += ch.length;
      continue;
    }
    const glued = i > 0 && isWordChar(charAt(text, i - 1));
    if (glued && APOSTROPHE.test(ch) && CLITIC.test(text.slice(i, i + 4))) {
      const end = i + 1 + (/^['\u2019\u02bc](?:re|ve|ll)/i.test(text.slice(i, i + 3)) ? 2 : 1);
      push(i, end);
      i = end;
      continue;
    }
    if (isWordChar(ch)) {
      if (glued && NEGATION.test(text.slice(i, i + 4))) {
        push(i, i + 3);
        i += 3;
        continue;
      }
      const dotted = dottedEnd(text, i);
      if (dotted > 0) {
        push(i, dotted);
        i = dotted;
        continue;
      }
      let end = wordEnd(text, i);
      if (text[end] === ".") {
        const word = text.slice(i, end);
        if (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && UPPER.test(word))) end++;
      }
      push(i, end);
      i = end;
      continue;
    }
    if (text.startsWith("...", i)) {
      push(i, i + 3);
      i += 3;
    } else if (text.startsWith("--", i)) {
      push(i, i + 2);
      i += 2;
    } else {
      push(i, i + ch.length);
      i += ch.length;
    }
  }
  return tokens;
}
