// Lexical features of a sentence pair, for the paraphrase model in `similarity.ts`. A sentence is prepared once
// (words, stems, n-grams, numbers, names) so that an alignment comparing every sentence of one article with every
// sentence of another prepares each sentence once, not once per pair.

import { tokenize } from "../sketch/tokens.js";
import { stem } from "./stem.js";
import { NEGATIONS, STOPWORDS } from "./stopwords.js";
import { stemIdf } from "./word-frequencies.js";

/** A sentence prepared for comparison. Build with {@link prepareSentence}. */
export interface PreparedSentence {
  readonly text: string;
  /** Folded words. */
  readonly words: readonly string[];
  /** Stems of the folded words, in order. */
  readonly stems: readonly string[];
  readonly wordSet: ReadonlySet<string>;
  readonly stemSet: ReadonlySet<string>;
  /** Stems of words that are neither function words nor numbers. */
  readonly content: ReadonlySet<string>;
  /** Stem bigrams. */
  readonly bigrams: ReadonlySet<string>;
  /** Character trigrams of the folded words joined by spaces (packed as numbers). */
  readonly trigrams: ReadonlySet<number>;
  /** Character 4-grams of the same (hashed to numbers). */
  readonly fourgrams: ReadonlySet<number>;
  /** The first five letters of each content stem: a loose match for derived forms ("negotiat-ors", "negotiat-ions"). */
  readonly prefixes: ReadonlySet<string>;
  /** Numbers as written without thousands separators ("1,200" → "1200"). */
  readonly numbers: ReadonlySet<string>;
  /** Folded words written with a capital away from the sentence start: names, mostly. */
  readonly names: ReadonlySet<string>;
  readonly negated: boolean;
}

const NUMBER = /^\d[\d,.]*$/;

/**
 * Prepare a sentence for {@link pairFeatures}.
 *
 * @example prepareSentence("Police seized 1,200 rifles.").numbers // Set { "1200" }
 */
export function prepareSentence(text: string): PreparedSentence {
  const t = tokenize(text);
  const words = t.words;
  const stems = words.map(stem);
  const content = new Set<string>();
  const numbers = new Set<string>();
  const names = new Set<string>();
  let negated = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (NEGATIONS.has(w) || w.endsWith("n't")) negated = true;
    if (NUMBER.test(w)) {
      numbers.add(w.replace(/,/g, "").replace(/\.0+$/, ""));
      continue;
    }
    if (!STOPWORDS.has(w)) content.add(stems[i]!);
    if (i > 0 && /^\p{Lu}/u.test(text[t.starts[i]!]!) && !STOPWORDS.has(w)) names.add(w);
  }
  const bigrams = new Set<string>();
  for (let i = 1; i < stems.length; i++) bigrams.add(`${stems[i - 1]} ${stems[i]}`);
  const joined = ` ${words.join(" ")} `;
  // Character n-grams as small integers (fast in sets): a 30-bit hash of the characters. Folded text is mostly
  // ASCII, where a trigram packs exactly into 21 bits; a collision elsewhere costs a negligible overlap error.
  const trigrams = new Set<number>();
  const fourgrams = new Set<number>();
  for (let i = 0; i + 3 <= joined.length; i++) {
    const c0 = joined.charCodeAt(i);
    const c1 = joined.charCodeAt(i + 1);
    const c2 = joined.charCodeAt(i + 2);
    const tri = c0 < 128 && c1 < 128 && c2 < 128 ? (c0 << 14) | (c1 << 7) | c2 : (Math.imul(Math.imul(c0, 0x9e3779b1) ^ c1, 0x85ebca6b) ^ c2) & 0x3fffffff;
    trigrams.add(tri);
    if (i + 4 <= joined.length) fourgrams.add((Math.imul(tri ^ 0x5bd1e995, 0x27d4eb2d) ^ joined.charCodeAt(i + 3)) & 0x3fffffff);
  }
  const prefixes = new Set<string>();
  for (const c of content) prefixes.add(c.slice(0, 5));
  return {
    text, words, stems, wordSet: new Set(words), stemSet: new Set(stems), content, bigrams, trigrams, fourgrams, prefixes,
    numbers, names, negated,
  };
}

function shared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

const dice = (common: number, x: number, y: number) => (x + y === 0 ? 1 : (2 * common) / (x + y));

/** Length of the longest common subsequence of two word lists (two rows of the table: linear memory). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      row[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/** The names of the features {@link pairFeatures} returns, in order. */
export const FEATURE_NAMES = [
  "wordDice", "stemMinCover", "stemMaxCover", "contentDice", "contentMinCover", "bigramDice", "trigramDice",
  "lcsRatio", "lengthLogRatio", "numberMismatch", "numbersOnlyOneSide", "nameMismatch", "negationMismatch",
  "unmatchedLonger", "unmatchedShorter",
  "idfMinCover", "idfMaxCover", "idfHarmonic", "idfUnmatchedMax", "idfUnmatchedMin",
  "logMinLength", "logMaxLength", "lengthGap", "charWeightedMinCover", "charWeightedMaxCover", "prefixDice",
  "prefixUnmatchedMax", "prefixUnmatchedMin", "fourgramDice", "namesOnlyOneSide", "trigramMinContain", "trigramMaxContain",
] as const;

/** Inverse document frequency of a stem. */
export type IdfFunction = (stem: string) => number;

/** Share of `set`'s weight (by `weight`) that `other` holds, and the weight it misses. */
function weighted(set: ReadonlySet<string>, other: ReadonlySet<string>, weight: (w: string) => number): { cover: number; missing: number } {
  let total = 0;
  let held = 0;
  for (const w of set) {
    const x = weight(w);
    total += x;
    if (other.has(w)) held += x;
  }
  return { cover: total === 0 ? 1 : held / total, missing: total - held };
}

/**
 * The feature vector of a sentence pair: overlaps of words, stems, content words, bigrams and character trigrams
 * (Dice or coverage, 0..1), word-order agreement (LCS), length ratio, and disagreement on numbers, names and
 * negation. Symmetric in its arguments.
 *
 * @example pairFeatures(prepareSentence("A plane is taking off."), prepareSentence("An air plane is taking off."))[0] // 0.727…
 */
export function pairFeatures(a: PreparedSentence, b: PreparedSentence, idf: IdfFunction = stemIdf): number[] {
  const word = shared(a.wordSet, b.wordSet);
  const st = shared(a.stemSet, b.stemSet);
  const ct = shared(a.content, b.content);
  const bi = shared(a.bigrams, b.bigrams);
  const tri = shared(a.trigrams, b.trigrams);
  const coverA = a.stemSet.size === 0 ? 0 : st / a.stemSet.size;
  const coverB = b.stemSet.size === 0 ? 0 : st / b.stemSet.size;
  const cA = a.content.size === 0 ? 1 : ct / a.content.size;
  const cB = b.content.size === 0 ? 1 : ct / b.content.size;
  const lcs = lcsLength(a.stems, b.stems);
  const longest = Math.max(a.stems.length, b.stems.length, 1);
  const numShared = shared(a.numbers, b.numbers);
  const numOnly = a.numbers.size + b.numbers.size - 2 * numShared;
  const nameShared = shared(a.names, b.names);
  const nameAll = a.names.size + b.names.size;
  const unmatchedA = a.content.size - ct;
  const unmatchedB = b.content.size - ct;
  return [
    dice(word, a.wordSet.size, b.wordSet.size),
    Math.min(coverA, coverB),
    Math.max(coverA, coverB),
    dice(ct, a.content.size, b.content.size),
    Math.min(cA, cB),
    dice(bi, a.bigrams.size, b.bigrams.size),
    dice(tri, a.trigrams.size, b.trigrams.size),
    lcs / longest,
    Math.abs(Math.log((a.words.length + 1) / (b.words.length + 1))),
    a.numbers.size > 0 && b.numbers.size > 0 && numOnly > 0 ? 1 : 0,
    Math.log1p(numOnly),
    nameAll === 0 ? 0 : 1 - (2 * nameShared) / nameAll,
    a.negated !== b.negated ? 1 : 0,
    Math.log1p(Math.max(unmatchedA, unmatchedB)),
    Math.log1p(Math.min(unmatchedA, unmatchedB)),
    ...idfFeatures(a, b, idf),
    ...shapeFeatures(a, b, tri, nameShared),
  ];
}

/** Overlap weighted by rarity: rare words shared count more, rare words missed cost more. */
function idfFeatures(a: PreparedSentence, b: PreparedSentence, idf: IdfFunction): number[] {
  const x = weighted(a.stemSet, b.stemSet, idf);
  const y = weighted(b.stemSet, a.stemSet, idf);
  return [
    Math.min(x.cover, y.cover), Math.max(x.cover, y.cover), x.cover + y.cover === 0 ? 0 : (2 * x.cover * y.cover) / (x.cover + y.cover),
    Math.log1p(Math.max(x.missing, y.missing)), Math.log1p(Math.min(x.missing, y.missing)),
  ];
}

/** Lengths, overlap weighted by word length, loose (prefix) overlap, 4-grams, names, trigram containment. */
function shapeFeatures(a: PreparedSentence, b: PreparedSentence, tri: number, nameShared: number): number[] {
  const x = weighted(a.content, b.content, (w) => w.length);
  const y = weighted(b.content, a.content, (w) => w.length);
  const ps = shared(a.prefixes, b.prefixes);
  const four = shared(a.fourgrams, b.fourgrams);
  const ta = a.trigrams.size === 0 ? 0 : tri / a.trigrams.size;
  const tb = b.trigrams.size === 0 ? 0 : tri / b.trigrams.size;
  return [
    Math.log(Math.min(a.words.length, b.words.length) + 1), Math.log(Math.max(a.words.length, b.words.length) + 1),
    Math.abs(a.words.length - b.words.length) / 10,
    Math.min(x.cover, y.cover), Math.max(x.cover, y.cover),
    dice(ps, a.prefixes.size, b.prefixes.size),
    Math.log1p(Math.max(a.prefixes.size - ps, b.prefixes.size - ps)), Math.log1p(Math.min(a.prefixes.size - ps, b.prefixes.size - ps)),
    dice(four, a.fourgrams.size, b.fourgrams.size),
    Math.log1p(a.names.size + b.names.size - 2 * nameShared),
    Math.min(ta, tb), Math.max(ta, tb),
  ];
}
