// Word tokens of display text, folded for matching, with offsets back into the original text.
//
// A token is a run of letters, digits and combining marks. Inside a run, an apostrophe joins letters ("don't",
// "O'Brien"), `.` and `,` join digits ("1,200", "3.5"), and soft hyphens and zero-width joiners are kept and
// folded away. Hyphens and dashes split ("al-Assad" → "al", "assad"). Single letters with dots ("U.S.", "e.g.")
// are one token without the dots ("us", "eg"). Han, Hiragana and Katakana characters are one token each, since
// those scripts put no spaces between words. The scan looks at most two characters ahead, so it is linear.

import { hashAsciiLower, hashString } from "./hash32.js";

/**
 * Tokens of one text: folded words and their UTF-16 offsets in the original text.
 *
 * @example
 * const text = "Café owners";
 * const t = tokenize(text); // { words: ["cafe", "owners"], starts: [0, 5], ends: [4, 11] }
 * text.slice(t.starts[0], t.ends[0]) // "Café"
 */
export interface Tokens {
  /** Each token folded for matching: NFKC, lower case, straight apostrophe, diacritics removed. */
  readonly words: readonly string[];
  /** `starts[i]` is the UTF-16 offset where token `i` begins in the original text. */
  readonly starts: Uint32Array;
  /** `ends[i]` is the offset just past token `i`: `text.slice(starts[i], ends[i])` is the token as written. */
  readonly ends: Uint32Array;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const MARK = 3;
const APOSTROPHE = 4;
const IDEOGRAPH = 5;
const NUMBER_SEPARATOR = 6;
const JOINER = 7;
const HIGH_SURROGATE = 8;

/** Texts longer than this (UTF-16 units) intern their ASCII words; shorter ones are faster without. */
const INTERN_ABOVE = 1 << 18;

/** ' ’ ʼ ‘: apostrophes as typed, as typeset, as modifier letter, and the common mistyped opening quote. */
const APOSTROPHES = "'\u2019\u02bc\u2018";
/** Soft hyphen, zero-width non-joiner and joiner, word joiner: invisible inside a word. */
const JOINERS = "\u00ad\u200c\u200d\u2060";

const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;
const MARK_RE = /\p{M}/u;
const IDEOGRAPH_RE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

let bmpTable: Uint8Array | null = null;
const astralClasses = new Map<number, number>();

function classify(char: string): number {
  if (IDEOGRAPH_RE.test(char)) return IDEOGRAPH;
  if (APOSTROPHES.includes(char)) return APOSTROPHE;
  if (JOINERS.includes(char)) return JOINER;
  if (char === "." || char === ",") return NUMBER_SEPARATOR;
  if (LETTER_RE.test(char)) return LETTER;
  if (DIGIT_RE.test(char)) return DIGIT;
  if (MARK_RE.test(char)) return MARK;
  return OTHER;
}

/** The class of every BMP code unit, built once (about 10 ms) on first use. */
function classTable(): Uint8Array {
  if (bmpTable !== null) return bmpTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) table[c] = HIGH_SURROGATE;
    else if (c < 0xdc00 || c > 0xdfff) table[c] = classify(String.fromCharCode(c));
  }
  bmpTable = table;
  return table;
}

function astralClass(codePoint: number): number {
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, cls);
  }
  return cls;
}

/** Class of the character at `i` (astral characters by their code point); `OTHER` past the end. */
function classAt(text: string, i: number, table: Uint8Array): number {
  if (i >= text.length) return OTHER;
  const cls = table[text.charCodeAt(i)] as number;
  if (cls !== HIGH_SURROGATE) return cls;
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return OTHER;
  return astralClass(((text.charCodeAt(i) - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
}

const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);

const isWordClass = (cls: number): boolean => cls === LETTER || cls === DIGIT || cls === MARK;

const FOLD_APOSTROPHES = /[\u2019\u02bc\u2018]/g;
// Combining diacritics (Latin, Greek, Cyrillic), Hebrew points, Arabic harakat and tatweel, and the joiners.
// Marks that spell a sound, such as Indic vowel signs, are kept: removing them would merge different words.
const FOLD_STRIP =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u00ad\u200c\u200d\u2060]/g;

/**
 * Fold one token for matching: NFKC, straight apostrophes, lower case, diacritics removed (NFD, strip, NFC).
 *
 * @example foldWord("Café") // "cafe"
 * @example foldWord("O\u2019Brien") // "o'brien"
 */
export function foldWord(token: string): string {
  return token
    .normalize("NFKC")
    .replace(FOLD_APOSTROPHES, "'")
    .toLowerCase()
    .normalize("NFD")
    .replace(FOLD_STRIP, "")
    .normalize("NFC");
}

/** A token's kind, as {@link scanTokens} reports it: how its folded form is made from its characters. */
const enum Kind {
  /** Letters, digits, apostrophes and number separators, all ASCII: the folded form is the lower case. */
  Ascii,
  /** ASCII as above, with no upper-case letter: the folded form is the token itself. */
  AsciiLower,
  /** Dotted single letters ("U.S."): the folded form drops the dots (then folds as any token). */
  Abbreviation,
  /** Anything else (non-ASCII letters, marks, joiners, ideographs): the folded form comes from {@link foldWord}. */
  Other,
}

/** Growable offset arrays: doubling keeps appends amortised O(1). */
class OffsetSink {
  starts: Uint32Array;
  ends: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }
  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const grown = new Uint32Array(this.length * 2);
      grown.set(this.starts);
      this.starts = grown;
      const grownEnds = new Uint32Array(this.length * 2);
      grownEnds.set(this.ends);
      this.ends = grownEnds;
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
}

/**
 * End of a dotted abbreviation of single letters starting at `i` ("U.S.", "e.g", "U.S.A."), or -1 when there is
 * none. The final dot is included when present.
 */
function abbreviationEnd(text: string, i: number, table: Uint8Array): number {
  let p = i;
  let letters = 0;
  while (table[text.charCodeAt(p)] === LETTER && text.charCodeAt(p + 1) === 46 /* . */) {
    letters++;
    p += 2;
  }
  if (letters === 0) return -1;
  // "U.S" without the final dot; in "U.S.Army" the letter after the last dot starts the next word instead.
  if (table[text.charCodeAt(p)] === LETTER && !isWordClass(classAt(text, p + 1, table))) {
    letters++;
    p++;
  }
  return letters >= 2 ? p : -1;
}

/** End of the combining marks from `i` on (an ideograph's own marks, such as a dakuten). */
function marksEnd(text: string, i: number, table: Uint8Array): number {
  while (classAt(text, i, table) === MARK) i += table[text.charCodeAt(i)] === HIGH_SURROGATE ? 2 : 1;
  return i;
}

function cachedFold(token: string, folds: Map<string, string>): string {
  let word = folds.get(token);
  if (word === undefined) {
    word = foldWord(token);
    folds.set(token, word);
  }
  return word;
}

/**
 * The folded word of a token that is not plain ASCII letters and digits: an abbreviation without its dots, or
 * any token through {@link foldWord} (once per distinct spelling in `folds`).
 */
function foldToken(token: string, kind: Kind, folds: Map<string, string>): string {
  if (kind !== Kind.Abbreviation) return cachedFold(token, folds);
  const letters = token.replace(/\./g, "");
  return isAscii(letters) ? letters.toLowerCase() : foldWord(letters);
}

/**
 * Find the word tokens of display text without building any strings, calling `visit` with each one's offsets and
 * kind in order. {@link tokenize} folds them into words; {@link wordHashesOf} hashes them in place. Linear in the
 * length of the text; runs of punctuation or one very long line cost no more than ordinary prose.
 */
function scanTokens(text: string, visit: (start: number, end: number, kind: Kind) => void): void {
  const table = classTable();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls = table[c] as number;
    let width = 1;
    if (cls === HIGH_SURROGATE) {
      cls = classAt(text, i, table);
      width = cls === OTHER ? 1 : 2;
    }
    if (cls === IDEOGRAPH) {
      const end = marksEnd(text, i + width, table);
      visit(i, end, Kind.Other);
      i = end;
      continue;
    }
    if (cls !== LETTER && cls !== DIGIT) {
      i += width;
      continue;
    }
    if (cls === LETTER && width === 1) {
      const end = abbreviationEnd(text, i, table);
      if (end > 0) {
        visit(i, end, Kind.Abbreviation);
        i = end;
        continue;
      }
    }
    // An ordinary run: letters, digits and marks, joined across apostrophes, number separators and joiners.
    const start = i;
    let ascii = c < 0x80;
    let upper = c >= 65 && c <= 90;
    let last = cls;
    i += width;
    while (i < n) {
      const d = text.charCodeAt(i);
      let k = table[d] as number;
      if (k === LETTER || k === DIGIT) {
        if (d >= 0x80) ascii = false;
        else if (d >= 65 && d <= 90) upper = true;
        last = k;
        i++;
      } else if (k === MARK) {
        ascii = false;
        i++;
      } else if (k === HIGH_SURROGATE) {
        k = classAt(text, i, table);
        if (!isWordClass(k)) break;
        ascii = false;
        if (k !== MARK) last = k;
        i += 2;
      } else if (k === APOSTROPHE) {
        if (classAt(text, i + 1, table) !== LETTER) break;
        if (d >= 0x80) ascii = false;
        i++;
      } else if (k === NUMBER_SEPARATOR) {
        if (last !== DIGIT || classAt(text, i + 1, table) !== DIGIT) break;
        i++;
      } else if (k === JOINER) {
        if (!isWordClass(classAt(text, i + 1, table))) break;
        ascii = false;
        i++;
      } else {
        break;
      }
    }
    visit(start, i, !ascii ? Kind.Other : upper ? Kind.Ascii : Kind.AsciiLower);
  }
}

/**
 * Split display text into folded word tokens with their offsets in the original text. Linear in the length of
 * the text.
 *
 * @example
 * const t = tokenize("Al-Assad’s forces took 1,200 U.S. prisoners.");
 * t.words // ["al", "assad's", "forces", "took", "1,200", "us", "prisoners"]
 * "Al-Assad’s forces".slice(t.starts[1], t.ends[1]) // "Assad’s"
 */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const offsets = new OffsetSink(Math.max(16, (text.length >>> 3) + 16));
  // Non-ASCII words are folded once per distinct spelling. In a long text, ASCII words are interned too: keeping
  // one string per distinct word instead of one per occurrence spares the garbage collector (measured on a
  // 13.6 M-character text: 22 → 35 M characters/s).
  const folds = new Map<string, string>();
  const interned = text.length > INTERN_ABOVE ? new Map<string, string>() : null;
  scanTokens(text, (start, end, kind) => {
    const token = text.slice(start, end);
    let word: string | undefined;
    if (kind === Kind.Ascii || kind === Kind.AsciiLower) {
      word = interned?.get(token);
      if (word === undefined) {
        word = kind === Kind.Ascii ? token.toLowerCase() : token;
        interned?.set(token, word);
      }
    } else {
      word = foldToken(token, kind, folds);
    }
    // A word can fold to nothing (a ligature of Arabic vowel marks, U+FCF2): such a token is dropped.
    if (word.length === 0) return;
    words.push(word);
    offsets.push(start, end);
  });
  return { words, starts: offsets.starts.slice(0, offsets.length), ends: offsets.ends.slice(0, offsets.length) };
}

/** Word hashes are gathered here, then copied out; dropped after a text so long that keeping it would waste memory. */
let scratchHashes = new Uint32Array(1024);

/**
 * The {@link hashString} of each folded word of a text, in order: exactly `wordHashes(tokenize(text).words)`,
 * but an ASCII word is hashed from the text's characters, lower-cased on the fly, without making its string.
 * Sketching needs only these hashes, so it skips most of the strings {@link tokenize} makes.
 *
 * @example wordHashesOf("The U.S. army")[1] === hashString("us") // true
 */
export function wordHashesOf(text: string): Uint32Array {
  let out = scratchHashes;
  let count = 0;
  let folds: Map<string, string> | null = null;
  scanTokens(text, (start, end, kind) => {
    let hash: number;
    if (kind === Kind.Ascii || kind === Kind.AsciiLower) {
      hash = hashAsciiLower(text, start, end);
    } else {
      folds ??= new Map();
      const word = foldToken(text.slice(start, end), kind, folds);
      if (word.length === 0) return;
      hash = hashString(word);
    }
    if (count === out.length) {
      const grown = new Uint32Array(2 * count);
      grown.set(out);
      out = grown;
    }
    out[count++] = hash;
  });
  scratchHashes = out.length > 1 << 15 ? new Uint32Array(1024) : out;
  return out.slice(0, count);
}
