import type { TrainingSentence } from "./perceptron-trainer.js";

/** How many training copies get a name particle, and which particles. */
export interface NameVariantOptions {
  /** Share of sentences with a two-word person name that get a copy with a particle. Default 0.3. */
  readonly rate: number;
  /** Particles put before the surname; `al-` is joined to it ("al-Masri"). Default al, al-, bin, ibn, el, bint. */
  readonly particles: readonly string[];
}

export const defaultNameVariantOptions: NameVariantOptions = {
  rate: 0.3,
  particles: ["al", "al", "al-", "al-", "bin", "ibn", "el", "bint"],
};

/**
 * Extra training sentences in which a two-word person name gets an Arabic name particle: "Yasser Arafat" becomes
 * "Yasser al Arafat", "Yasser bin Arafat" or "Yasser al-Arafat", still tagged as one person. CoNLL-2003 has almost no
 * such names, and its only lower-case "al" is in "et al" (tagged MISC), so without these copies the tagger reads
 * "Usamah al Muhajir" as MISC. The copies are drawn with `rand`, so a seeded generator gives the same set each run.
 *
 * @example particleNameVariants([{ words: ["Yasser", "Arafat", "said"], tags: ["B-PER", "I-PER", "O"] }], () => 0)
 * // [{ words: ["Yasser", "al", "Arafat", "said"], tags: ["B-PER", "I-PER", "I-PER", "O"] }]
 */
export function particleNameVariants(
  sentences: readonly TrainingSentence[],
  rand: () => number,
  options: Partial<NameVariantOptions> = {},
): TrainingSentence[] {
  const { rate, particles } = { ...defaultNameVariantOptions, ...options };
  const out: TrainingSentence[] = [];
  for (const { words, tags } of sentences) {
    const at = tags.findIndex((t, i) => t === "B-PER" && tags[i + 1] === "I-PER" && tags[i + 2] !== "I-PER" && /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]!));
    if (at < 0 || rand() >= rate) continue;
    const particle = particles[Math.floor(rand() * particles.length)]!;
    const surname = words[at + 1]!;
    const inserted = particle.endsWith("-") ? [`${particle}${surname}`] : [particle, surname];
    out.push({
      words: [...words.slice(0, at + 1), ...inserted, ...words.slice(at + 2)],
      tags: [...tags.slice(0, at + 1), ...inserted.map(() => "I-PER"), ...tags.slice(at + 2)],
    });
  }
  return out;
}
