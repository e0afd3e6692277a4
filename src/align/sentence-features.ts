// Lexical features of a sentence pair, for the paraphrase model in `similarity.ts`. A sentence is prepared once
// (words, stems, n-grams, numbers, names) so that an alignment comparing every sentence of one article with every
// sentence of another prepares each sentence once, not once per pair.

import { tokenize } from "../sketch/tokens.js";
import { stem } from "./stem.js";
import { NEGATIONS, STOPWORDS } from "./stopwords.js";

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
  /** Character trigrams of the folded words joined by spaces. */
  readonly trigrams: ReadonlySet<string>;
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
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= joined.length; i++) trigrams.add(joined.slice(i, i + 3));
  return {
    text, words, stems, wordSet: new Set(words), stemSet: new Set(stems), content, bigrams, trigrams, numbers, names, negated,
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
] as const;

/**
 * The feature vector of a sentence pair: overlaps of words, stems, content words, bigrams and character trigrams
 * (Dice or coverage, 0..1), word-order agreement (LCS), length ratio, and disagreement on numbers, names and
 * negation. Symmetric in its arguments.
 *
 * @example pairFeatures(prepareSentence("A plane is taking off."), prepareSentence("An air plane is taking off."))[0] // 0.727…
 */
export function pairFeatures(a: PreparedSentence, b: PreparedSentence): number[] {
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
  ];
}
