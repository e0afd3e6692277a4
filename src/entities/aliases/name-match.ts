import { jaroWinkler } from "./jaro-winkler.js";
import type { ParsedName } from "./name-parse.js";
import { asciiLetters, skeleton } from "./skeleton.js";

/** The thresholds of transliteration matching. */
export interface TranslitOptions {
  /**
   * Least Jaro–Winkler similarity of two tokens' skeletons for the tokens to match. Default 0.9. On ANETAC person
   * families (test/aliases-anetac.test.ts) the defaults give recall 0.771, false merges 0.0006 on random pairs
   * and 0.0118 on hard ones; 0.88 gives 0.781, 0.0006, 0.0174; 0.92 gives 0.748, 0.0004, 0.0070.
   */
  readonly tokenThreshold: number;
  /**
   * Tokens whose skeleton has at most this many consonants are short (Ali, Eli, Omar): equal skeletons are not
   * enough for them, their letters must also be `shortLetterThreshold` alike. Default 2 consonants. (ANETAC would
   * reward 1, recall 0.822, because its families join names that Arabic script writes alike, such as Vo and Vu;
   * news needs Ali kept apart from Eli.)
   */
  readonly shortConsonants: number;
  /** Least Jaro–Winkler similarity of the letters of two short tokens with equal skeletons. Default 0.8. */
  readonly shortLetterThreshold: number;
  /**
   * Most classes by which two unequal skeletons may differ in length. Default 1, so that Panama / Panamanian and
   * Iceland / Icelandic stay apart. On ANETAC person families, 2 gives recall 0.779 and false merges 0.0010.
   */
  readonly maxLengthGap: number;
  /**
   * Least Jaro–Winkler similarity of the letters of two matching words. Default 0.7: it halves the false merges
   * of hard ANETAC pairs (0.0202 → 0.0118) for 2 points of recall (0.790 → 0.771), and keeps Congo from Qingdao.
   */
  readonly letterFloor: number;
}

/** The defaults of transliteration matching (tuned on ANETAC: see `tokenThreshold`). */
export const defaultTranslitOptions: TranslitOptions = {
  tokenThreshold: 0.9,
  shortConsonants: 2,
  shortLetterThreshold: 0.8,
  maxLengthGap: 1,
  letterFloor: 0.7,
};

/** The number of consonant classes in a skeleton (everything but V and E). */
function consonants(skel: string): number {
  let n = 0;
  for (let i = 0; i < skel.length; i++) {
    const c = skel.charCodeAt(i);
    if (c !== 86 /* V */ && c !== 69 /* E */) n++;
  }
  return n;
}

/**
 * Similarity of two folded name tokens, in [0, 1]: 1 for the same token or the same skeleton, else the
 * Jaro–Winkler similarity of the skeletons. Tokens that start with different sounds score 0 (so names can be
 * compared in blocks by first sound); an initial matches only itself; a short token needs similar letters.
 *
 * @example tokenSimilarity("osama", "usamah") // 1
 * @example tokenSimilarity("ali", "alia") // < 0.9
 */
export function tokenSimilarity(
  a: string, b: string, options: TranslitOptions = defaultTranslitOptions, sa = skeleton(a), sb = skeleton(b),
): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1 || blockKey(sa) !== blockKey(sb)) return 0;
  const short = Math.min(consonants(sa), consonants(sb)) <= options.shortConsonants;
  if (short) {
    if (sa !== sb) return 0;
    const [la, lb] = [asciiLetters(a), asciiLetters(b)];
    // Matthew and Mata share a skeleton (MVTV); a short name may not also be much longer.
    if (Math.abs(la.length - lb.length) > 2) return 0;
    const letters = jaroWinkler(la, lb);
    return letters >= options.shortLetterThreshold ? 1 : letters;
  }
  if (sa === sb) return 1;
  // In a name of few consonants, a diphthong for a plain vowel makes another name (Hussein, Hassan): the skeleton
  // told them apart on purpose, and the Jaro–Winkler prefix bonus would bring them back together.
  if (consonants(sa) <= options.shortConsonants + 1 && sa.replace(/E/g, "V") === sb.replace(/E/g, "V")) {
    return DIPHTHONG_ONLY;
  }
  // Jaro–Winkler forgives a long tail after a shared prefix (Panama, Panamanian): skeletons may differ in length
  // by `maxLengthGap` classes at most.
  if (Math.abs(sa.length - sb.length) > options.maxLengthGap) return 0;
  return jaroWinkler(sa, sb);
}

/**
 * `tokenSimilarity`, and 0 unless the letters themselves are at least `letterFloor` alike: a skeleton is coarse
 * enough for names of different languages to share one (Congo, Qingdao → `KVNGV`).
 */
function spellingSimilarity(a: string, b: string, options: TranslitOptions, sa: string, sb: string): number {
  const score = tokenSimilarity(a, b, options, sa, sb);
  if (score < options.tokenThreshold || a === b) return score;
  return jaroWinkler(asciiLetters(a), asciiLetters(b)) >= options.letterFloor ? score : 0;
}

/** The similarity of tokens whose skeletons differ only in diphthongs: below any sensible threshold. */
const DIPHTHONG_ONLY = 0.5;

/**
 * What two similar tokens must share: the first class of the skeleton, a diphthong counting as a vowel. Names are
 * compared only within blocks of equal keys. (Blocking on two classes would be faster on very large inputs but
 * costs 2 points of recall on ANETAC.)
 *
 * @example blockKey("VSVMV") // "V"
 * @example blockKey("ESV") // "V"
 */
export function blockKey(skel: string): string {
  const first = skel[0] ?? "";
  return first === "E" ? "V" : first;
}

/** The result of comparing two names: a score and a short account of why. */
export interface NameMatch {
  readonly score: number;
  readonly detail: string;
}

/**
 * Compare two names word by word, in order: the score is the least token similarity (see {@link tokenSimilarity}),
 * and it counts as a match at `tokenThreshold` or above. Names with a different number of words match when their
 * words run together have the same skeleton (Abu Bakr = Abubakr). An acronym in capitals matches only itself
 * ("IS" is not "Is"). Returns null when they do not match.
 *
 * @example matchNames(parseName("Osama al-Muhajer", "PER"), parseName("Usamah al Muhajir", "PER"))?.score // 1
 */
export function matchNames(x: ParsedName, y: ParsedName, options: TranslitOptions = defaultTranslitOptions): NameMatch | null {
  if (x.key === y.key) return { score: 1, detail: `same name: ${x.key}` };
  if ((x.acronym?.capitals ?? false) !== (y.acronym?.capitals ?? false)) return null;
  if (x.tokens.length !== y.tokens.length) {
    const joinedX = skeleton(x.tokens.join(""));
    return joinedX === skeleton(y.tokens.join("")) && consonants(joinedX) > options.shortConsonants + 1
      ? { score: 1, detail: `same skeleton run together: ${joinedX}` }
      : null;
  }
  let score = 1;
  for (let i = 0; i < x.tokens.length; i++) {
    score = Math.min(score, spellingSimilarity(x.tokens[i]!, y.tokens[i]!, options, x.skeletons[i]!, y.skeletons[i]!));
    if (score < options.tokenThreshold) return null;
  }
  const same = x.skeletons.join(" ") === y.skeletons.join(" ");
  return {
    score: Math.round(score * 1000) / 1000,
    detail: same ? `same skeleton: ${x.skeletons.join(" ")}` : `similar skeletons: ${x.skeletons.join(" ")} ~ ${y.skeletons.join(" ")}`,
  };
}
