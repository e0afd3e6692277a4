import { NAME_PARTICLES } from "./gazetteer-lists.js";
import { byStart, withTag, type Refiner, type SentenceEntity } from "./refiner.js";
import { isCapitalised } from "./word-shape.js";

const PARTICLES = new Set(NAME_PARTICLES);

/**
 * Join the parts of a personal name across a lower-case particle the tagger left out (tag `rule/particle`):
 * "Usamah [al] Muhajir", "Osama [bin] Laden". A person followed by a particle and a capitalised word takes both,
 * merging with an entity that starts there; a person preceded by a capitalised word and a particle takes them too.
 *
 * @example particleRefiner().name // "particle"
 */
export function particleRefiner(): Refiner {
  return {
    name: "particle",
    refine(entities, { words }) {
      const out: SentenceEntity[] = [...entities].sort(byStart);
      const isParticle = (i: number) => PARTICLES.has(words[i] ?? "");
      const isNamePart = (i: number) => i >= 0 && i < words.length && isCapitalised(words[i]!);
      for (let k = 0; k < out.length; k++) {
        const e = out[k]!;
        if (e.type !== "PER") continue;
        let { start, end } = e;
        const next = out[k + 1];
        let merged = false;
        if (isParticle(end) && isNamePart(end + 1)) {
          if (next !== undefined && next.start === end + 1) {
            if (next.type !== "PER" && next.type !== "MISC") continue;
            end = next.end;
            out.splice(k + 1, 1);
          } else if (next === undefined || next.start > end + 1) {
            end += 2;
          }
          merged = true;
        }
        const prev = out[k - 1];
        if (isParticle(start - 1) && isNamePart(start - 2) && (prev === undefined || prev.end < start - 2)) {
          start -= 2;
          merged = true;
        }
        if (merged) out[k] = { ...e, start, end, tags: withTag(e.tags, "rule/particle") };
      }
      return out;
    },
  };
}
