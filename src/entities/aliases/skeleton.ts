// A phonetic skeleton for Latin spellings of names, made for the ways Arabic (and other) names are transliterated:
// spellings that differ only in vowel quality, doubled letters, a silent final h or a digraph get one skeleton.
//
// Each consonant sound becomes one upper-case class letter and each run of vowels one `V` (or `E` for a diphthong
// ending in an i sound: Hussein = Husayn = `HVSEN`, Hassan = `HVSVN`), so the syllables are kept but not the vowel
// quality: Osama, Usama and Usamah → `VSVMV`; Muhajer, Muhajir, Mouhajer → `MVHVJVR`. Sounds that
// Arabic script does not tell apart share a class (p/b, v/f, s/z, q/k). Before a vowel, `i`/`y` is the glide `Y`
// (Alia → `VLYV`, unlike Ali → `VLV`; Daria = Dariya = Darya) and `w` the consonant `W`; elsewhere they are vowels
// (Badawi = Badawy, Husayn = Hussein).

/** Letters that fold to ASCII without a decomposition (ß, æ, ø, ł …), after `foldWord` removed the accents. */
const LATIN_EXTRA: Readonly<Record<string, string>> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h", ŧ: "t",
};

const VOWELS = "aeiouy";
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** Multi-letter spellings of one sound, longest first: each becomes one consonant class. */
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ["tch", "C"], ["sch", "X"], ["dj", "J"], ["dzh", "J"],
  ["sh", "X"], ["ch", "C"], ["kh", "K"], ["gh", "G"], ["ph", "F"], ["th", "T"], ["dh", "D"], ["zh", "J"],
  ["ck", "K"], ["qu", "K"],
];

/** Single letters to consonant classes. Letters that Arabic script does not tell apart share a class (p/b, v/f). */
const CONSONANTS: Readonly<Record<string, string>> = {
  b: "B", p: "B", f: "F", v: "F", d: "D", t: "T", g: "G", j: "J", k: "K", q: "K", l: "L", m: "M", n: "N",
  r: "R", s: "S", z: "S", h: "H", x: "KS",
};

/** Latin letters only, lower case, with the letters that lack a decomposition spelled out. */
export function asciiLetters(folded: string): string {
  let out = "";
  for (const ch of folded) {
    const mapped = LATIN_EXTRA[ch];
    if (mapped !== undefined) out += mapped;
    else if (ch >= "a" && ch <= "z") out += ch;
  }
  return out;
}

/**
 * The phonetic skeleton of one folded name token (lower case, no diacritics, no punctuation).
 * Non-Latin letters are dropped; a token with no Latin letter returns itself, so it still matches only itself.
 *
 * @example skeleton("usamah") === skeleton("osama") // both "VSVMV"
 * @example skeleton("muhajir") === skeleton("mouhajer")
 * @example skeleton("ali") !== skeleton("alia")
 */
export function skeleton(token: string): string {
  const s = asciiLetters(token);
  if (s.length === 0) return token;
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const next = s[i + 1];
    // A final h after a vowel is silent in transliteration (Usamah, Fatimah, Abdallah).
    if (c === "h" && i === s.length - 1 && i > 0 && isVowel(s[i - 1])) break;
    // A c that starts no digraph is soft before e, i, y and hard elsewhere.
    if (c === "c" && next !== "k" && next !== "h") {
      out += next === "e" || next === "i" || next === "y" ? "S" : "K";
      i++;
      continue;
    }
    const digraph = DIGRAPHS.find(([d]) => s.startsWith(d, i));
    if (digraph !== undefined) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    if (c === "w") {
      out += isVowel(next) ? "W" : "u";
      i++;
      continue;
    }
    if (c === "y" || c === "i") {
      // Before another vowel, i or y is a glide (Yusuf, Iosef, Alia, Darya; "iy" in Dariya is one glide), except
      // in a final "ie"/"ye" (Nonie = Noni).
      const span = c === "i" && next === "y" ? 2 : 1;
      const after = s[i + span];
      const finalE = after === "e" && i + span === s.length - 1;
      if (after !== "y" && isVowel(after) && !finalE) {
        out += "Y";
        i += span;
        continue;
      }
      out += c;
      i++;
      continue;
    }
    if (isVowel(c)) {
      out += c;
      i++;
      continue;
    }
    out += CONSONANTS[c] ?? "";
    i++;
  }
  // Collapse doubled consonant classes (Hussein, Mohammed), then each vowel run to V, or to E for a diphthong.
  let collapsed = "";
  for (const ch of out) if (collapsed[collapsed.length - 1] !== ch || !/[A-Z]/.test(ch)) collapsed += ch;
  return collapsed.replace(/[aeiouy]+/g, (run, at: number) =>
    isDiphthong(run) && at + run.length < collapsed.length ? "E" : "V",
  );
}

/**
 * A vowel run that ends in an i or y sound (ai, ei, ay, ey, oi) or is "ae": the diphthong of Hussein, Husayn,
 * Hussain, Qaeda and Qaida, which Hassan and Qada lack. Single vowels and ee, oo, ou, ea … are plain vowels, and
 * so is any run at the end of a word (Zelensky = Zelenskyy, Kelly = Kelley).
 * Telling them apart costs some recall on European spellings (Haynes ≠ Hines): see test/aliases-anetac.test.ts.
 */
function isDiphthong(run: string): boolean {
  return run.length >= 2 && (run === "ae" || /[iy]/.test(run.slice(1)));
}
