import { defaultTranslitOptions, matchNames, tokenSimilarity, type TranslitOptions } from "./name-match.js";
import type { ParsedName } from "./name-parse.js";

const tokenFits = (p: ParsedName, i: number, f: ParsedName, k: number, options: TranslitOptions): boolean => {
  const token = p.tokens[i]!;
  const full = f.tokens[k]!;
  if (token.length === 1) return full.startsWith(token);
  return tokenSimilarity(token, full, options, p.skeletons[i], f.skeletons[k]) >= options.tokenThreshold;
};

/**
 * Whether person name `p` is a shorter form of person name `f`: the same last name (the same skeleton), and its
 * other words (or their initials) found in order among the others of `f`. "Assad" and "Bashar Assad" are partial names of "Bashar
 * al-Assad"; "Hosni Mubarak" of "Muhammad Hosni Mubarak"; "G. Bush" of "George Bush". A name with a middle part
 * leaves none out ("George W. Bush" is not a shorter "George H. W. Bush"). A name is not a partial of a name it
 * matches outright.
 *
 * @example isPartialName(parseName("President Assad", "PER"), parseName("Bashar al-Assad", "PER")) // true
 * @example isPartialName(parseName("Bashar", "PER"), parseName("Bashar al-Assad", "PER")) // false: not the surname
 */
export function isPartialName(p: ParsedName, f: ParsedName, options: TranslitOptions = defaultTranslitOptions): boolean {
  const n = p.tokens.length;
  const m = f.tokens.length;
  if (n === 0 || n > m || f.tokens.length < 2) return false;
  // The surname must have the same skeleton (Assad = Asad), not just a similar one: a surname alone is weak
  // evidence, and the exact skeleton lets full names be looked up by it. Short ones also need similar letters
  // (Moon is not Man).
  if (p.skeletons[n - 1] !== f.skeletons[m - 1] || !tokenFits(p, n - 1, f, m - 1, options)) return false;
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    const from = k;
    while (k < m - 1 && !tokenFits(p, i, f, k, options)) k++;
    if (k >= m - 1) return false;
    // A name that gives a middle part gives all of it: George W. Bush is not a shorter George H. W. Bush.
    if (n >= 3 && i > 0 && k > from) return false;
    k++;
  }
  if (n >= 3 && k < m - 1) return false;
  return n < m || matchNames(p, f, options) === null;
}
