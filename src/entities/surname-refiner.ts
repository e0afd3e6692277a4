import { NAME_PARTICLES, NON_ENTITIES } from "./gazetteer-lists.js";
import { byStart, withTag, type DocumentRefiner, type SentenceEntity } from "./refiner.js";
import { isCapitalised } from "./word-shape.js";

const PARTICLES = new Set(NAME_PARTICLES);
const NOT_NAMES = new Set(NON_ENTITIES);

/**
 * Later mentions of a person by surname alone (tag `rule/document`): once "Martin Bamford" is a person in a
 * document, a lone "Bamford" is that person too, whether the tagger called it an organisation or left it out.
 * Months, days and a surname followed by a number ("May 5") are left alone.
 *
 * @example surnameRefiner().name // "surname"
 */
export function surnameRefiner(): DocumentRefiner {
  return {
    name: "surname",
    refine(entities, contexts) {
      const surnames = new Set<string>();
      entities.forEach((list, s) => {
        const words = contexts[s]!.words;
        for (const e of list) {
          const last = words[e.end - 1]!;
          if (e.type === "PER" && e.end - e.start >= 2 && !PARTICLES.has(last) && isCapitalised(last) && !NOT_NAMES.has(last)) {
            surnames.add(last);
          }
        }
      });
      if (surnames.size === 0) return entities.map((list) => [...list]);
      return entities.map((list, s) => {
        const { words, heading } = contexts[s]!;
        const out: SentenceEntity[] = list.map((e) =>
          e.type !== "PER" && e.end - e.start === 1 && surnames.has(words[e.start]!)
            ? { ...e, type: "PER", tags: withTag(e.tags, "rule/document") }
            : e,
        );
        if (heading) return out;
        const covered = new Uint8Array(words.length);
        for (const e of out) covered.fill(1, e.start, e.end);
        words.forEach((w, i) => {
          if (covered[i] || !surnames.has(w) || /^\d/.test(words[i + 1] ?? "")) return;
          if (isCapitalised(words[i + 1] ?? "") && !covered[i + 1]) return;
          out.push({ start: i, end: i + 1, type: "PER", tags: ["rule/document"] });
        });
        return out.sort(byStart);
      });
    },
  };
}
