// Measuring transliteration matching on ANETAC (English–Arabic named-entity pairs). English spellings that share an
// Arabic form make a family of variants (Yusuf, Youssef, Yosef …). The families are noisy: the Arabic script has
// no p, v or short vowels, so unrelated names (Valle, Phally) can share one; a floor, not a ceiling, is measured.

import { seededRandom } from "../../eval/prng.js";

/** ANETAC's entity classes. */
export type AnetacType = "PERSON" | "LOCATION" | "ORGANIZATION";

/** English spellings that share one Arabic form and class. */
export interface AnetacFamily {
  readonly type: AnetacType;
  readonly arabic: string;
  readonly english: readonly string[];
}

/**
 * Read `EN-AR Named-entities.txt` (`CLASS English Arabic` per line) into families, in file order.
 * Lines that do not have three fields are skipped.
 *
 * @example readAnetacFamilies("PERSON Yusuf يوسف\nPERSON Yosef يوسف")[0].english // ["Yusuf", "Yosef"]
 */
export function readAnetacFamilies(text: string): AnetacFamily[] {
  const families = new Map<string, { type: AnetacType; arabic: string; english: Set<string> }>();
  for (const line of text.split(/\r?\n/)) {
    const [type, english, arabic, extra] = line.trim().split(/\s+/);
    if (extra !== undefined || arabic === undefined || english === undefined) continue;
    if (type !== "PERSON" && type !== "LOCATION" && type !== "ORGANIZATION") continue;
    const key = `${type} ${arabic}`;
    let family = families.get(key);
    if (family === undefined) {
      family = { type, arabic, english: new Set() };
      families.set(key, family);
    }
    family.english.add(english);
  }
  return [...families.values()].map((f) => ({ type: f.type, arabic: f.arabic, english: [...f.english] }));
}

/** Pairs of spellings to score: from one family (should match) and from different families (should not). */
export interface AnetacPairs {
  readonly same: ReadonlyArray<readonly [string, string]>;
  readonly different: ReadonlyArray<readonly [string, string]>;
  /** Pairs from different families that start with the same letter and differ in length by at most one: harder. */
  readonly differentHard: ReadonlyArray<readonly [string, string]>;
}

/**
 * Sample `size` pairs of each kind with a seeded PRNG (with replacement). `same`: a family of 2+ spellings at
 * random, then two distinct spellings of it. `different`: two spellings at random from two different families (of
 * any size). `differentHard`: the same, with the second drawn among spellings of the same initial and kept when
 * the lengths differ by one letter at most.
 *
 * @example sampleAnetacPairs(families, 5000, 6).same.length // 5000
 */
export function sampleAnetacPairs(families: readonly AnetacFamily[], size: number, seed = 6): AnetacPairs {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const multi = families.filter((f) => f.english.length >= 2);
  const same: Array<readonly [string, string]> = [];
  for (let n = 0; n < size && multi.length > 0; n++) {
    const f = pick(multi);
    const i = Math.floor(rand() * f.english.length);
    const j = (i + 1 + Math.floor(rand() * (f.english.length - 1))) % f.english.length;
    same.push([f.english[i]!, f.english[j]!]);
  }
  const owner = new Map<string, number>();
  const names: string[] = [];
  families.forEach((f, k) => f.english.forEach((e) => (owner.set(e, k), names.push(e))));
  const different: Array<readonly [string, string]> = [];
  const differentHard: Array<readonly [string, string]> = [];
  const byInitial = new Map<string, string[]>();
  for (const name of names) {
    const initial = name.slice(0, 1).toLowerCase();
    const list = byInitial.get(initial);
    if (list === undefined) byInitial.set(initial, [name]);
    else list.push(name);
  }
  for (let guard = 0; (different.length < size || differentHard.length < size) && guard < size * 50; guard++) {
    const a = pick(names);
    const b = different.length < size ? pick(names) : pick(byInitial.get(a.slice(0, 1).toLowerCase()) ?? names);
    if (a === b || owner.get(a) === owner.get(b)) continue;
    if (different.length < size) different.push([a, b]);
    else if (Math.abs(a.length - b.length) <= 1) differentHard.push([a, b]);
  }
  return { same, different, differentHard };
}

/** The share of pairs a matcher accepts. */
export function acceptRate(pairs: ReadonlyArray<readonly [string, string]>, match: (a: string, b: string) => boolean): number {
  if (pairs.length === 0) return 0;
  return pairs.filter(([a, b]) => match(a, b)).length / pairs.length;
}
