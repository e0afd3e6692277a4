/**
 * A small, model-free language guess from stop-word counts and scripts. It is meant to tell English news from
 * the handful of other languages a desk is likely to receive, not to compete with trained identifiers.
 */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "said", "was", "by", "as", "at", "from"],
  de: ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "ein", "eine", "dem"],
  fr: ["le", "la", "les", "et", "des", "est", "une", "du", "que", "dans", "pour", "pas", "sur", "au", "qui"],
  es: ["el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se", "al"],
  it: ["il", "di", "che", "la", "per", "non", "una", "sono", "del", "della", "con", "gli", "le", "nel", "anche"],
  pt: ["o", "os", "da", "do", "que", "não", "uma", "com", "para", "em", "dos", "das", "por", "mais", "foi"],
  nl: ["de", "het", "een", "van", "en", "niet", "dat", "op", "voor", "met", "zijn", "ook", "aan", "er", "bij"],
};

const LANGUAGES = Object.keys(STOPWORDS);
/** Each stop word with the languages (indexes into {@link LANGUAGES}) that list it. */
const LANGUAGES_OF = new Map<string, number[]>();
for (const [i, code] of LANGUAGES.entries()) {
  for (const word of STOPWORDS[code]!) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), i]);
}

/** A word of at most five ASCII letters as a number: five bits per lower-case letter, first letter highest. */
function asciiKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 32 + (word.charCodeAt(i) - 96);
  return key;
}

/** {@link LANGUAGES_OF} for the stop words written in ASCII letters, by {@link asciiKey}. */
const LANGUAGES_OF_KEY = new Map<number, number[]>();
for (const [word, langs] of LANGUAGES_OF) if (/^[a-z]{1,5}$/.test(word)) LANGUAGES_OF_KEY.set(asciiKey(word), langs);

/** A letter outside ASCII, which the fast count cannot split words at. */
const NON_ASCII_LETTER = /\p{L}/u;

/**
 * Count stop words without making strings, for a sample whose letters are all ASCII: the same counts as
 * splitting the lower-cased sample on anything but letters. Other characters (curly quotes, dashes, spaces) only
 * separate words. Returns false at the first letter outside ASCII (or half of a surrogate pair), when the counts
 * so far must be dropped and the sample split in full.
 */
function countAsciiStopWords(sample: string, scores: number[]): boolean {
  let key = 0;
  let length = 0;
  for (let i = 0; i <= sample.length; i++) {
    const code = i < sample.length ? sample.charCodeAt(i) : 0;
    if (code >= 0x80 && ((code >= 0xd800 && code <= 0xdfff) || NON_ASCII_LETTER.test(sample[i]!))) return false;
    // Setting bit 5 lower-cases a capital and leaves lower case alone; nothing else lands on a-z.
    const c = code | 0x20;
    if (c >= 97 && c <= 122) {
      key = key * 32 + (c - 96);
      length++;
      continue;
    }
    if (length > 0 && length <= 5) {
      const langs = LANGUAGES_OF_KEY.get(key);
      if (langs) for (const l of langs) scores[l]!++;
    }
    key = 0;
    length = 0;
  }
  return true;
}

/**
 * How many stop words of each language (in the order of `LANGUAGES`) a sample holds. A sample whose letters are
 * all ASCII is counted by {@link countAsciiStopWords}; `general` forces the full split, which tests compare it with.
 *
 * @example stopWordCounts("the cat and the hat")[0] // 3
 */
export function stopWordCounts(sample: string, general = false): number[] {
  const scores = new Array<number>(LANGUAGES.length).fill(0);
  if (!general && countAsciiStopWords(sample, scores)) return scores;
  scores.fill(0);
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length === 0 || word.length > 5) continue;
    const langs = LANGUAGES_OF.get(word);
    if (langs) for (const i of langs) scores[i]!++;
  }
  return scores;
}

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["ar", /\p{Script=Arabic}/gu],
  ["ru", /\p{Script=Cyrillic}/gu],
  ["el", /\p{Script=Greek}/gu],
  ["he", /\p{Script=Hebrew}/gu],
  ["zh", /\p{Script=Han}/gu],
];

/**
 * Guess the ISO 639-1 language of a text; `und` when too little evidence.
 *
 * @example detectLanguage("The minister said on Friday that the talks would go on.") // "en"
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 800);
  if (/[^\u0000-\u024F\u2000-\u206F]/.test(sample)) {
    const letters = (sample.match(/\p{L}/gu) ?? []).length;
    for (const [code, pattern] of SCRIPTS) {
      if ((sample.match(pattern) ?? []).length > letters / 2) return code;
    }
  }
  const scores = stopWordCounts(sample);
  let best = "und";
  let bestScore = 0;
  let total = 0;
  for (const [i, score] of scores.entries()) {
    total += score;
    if (score > bestScore) [best, bestScore] = [LANGUAGES[i]!, score];
  }
  return bestScore >= 3 && bestScore >= total * 0.3 ? best : "und";
}
