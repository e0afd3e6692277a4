// Acronyms and their expansions: UN = United Nations (initials), Centcom = Central Command (first syllables),
// ISIL = Islamic State of Iraq and the Levant (small words skipped).

/** Words an acronym may skip. */
const SKIPPABLE = new Set(["of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by", "de", "des", "du", "la", "le", "et", "al", "el"]);

/**
 * Whether `letters` (an acronym in lower case) can be spelled by taking a non-empty prefix of every content word
 * of `words`, in order; small words ("of", "the", "and" …) may give a prefix or nothing. A single word is never
 * an expansion. Initials (UN), first syllables (Centcom) and mixtures (Unicef) all qualify.
 *
 * @example acronymMatches("centcom", ["central", "command"]) // true
 * @example acronymMatches("isil", ["islamic", "state", "of", "iraq", "and", "the", "levant"]) // true
 * @example acronymMatches("pa", ["press", "association"]) // true: colliding acronyms are settled by scope
 */
export function acronymMatches(letters: string, words: readonly string[]): boolean {
  const content = words.filter((w) => !SKIPPABLE.has(w)).length;
  if (content < 2 || letters.length < content) return false;
  // fits[i][w]: letters from i on can be spelled by words from w on. Sizes are tiny (≤ 12 × ≤ 12).
  const memo = new Map<number, boolean>();
  const fits = (i: number, w: number): boolean => {
    if (w === words.length) return i === letters.length;
    const key = i * 64 + w;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w]!;
    let ok = SKIPPABLE.has(word) && fits(i, w + 1);
    for (let k = 1; !ok && k <= word.length && i + k <= letters.length; k++) {
      if (letters.charCodeAt(i + k - 1) !== word.charCodeAt(k - 1)) break;
      ok = fits(i + k, w + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return fits(0, 0);
}
