import { GIVEN_NAMES } from "./gazetteer-lists.js";
import { withTag, type Refiner, type SentenceEntity } from "./refiner.js";

const GIVEN = new Set(GIVEN_NAMES);
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}$/u;

/**
 * A person found by a given name alone takes the capitalised word after it, when that word is in no entity and
 * no number follows it (tag `rule/given-name`): "Theresa May said" is one person, though "May" is usually a month.
 *
 * @example givenNameRefiner().name // "given-name"
 */
export function givenNameRefiner(): Refiner {
  return {
    name: "given-name",
    refine(entities, { words, heading }) {
      if (heading) return [...entities];
      return entities.map((e, k): SentenceEntity => {
        const next = words[e.end];
        const free = entities[k + 1] === undefined || entities[k + 1]!.start > e.end;
        if (e.type !== "PER" || e.end - e.start !== 1 || !GIVEN.has(words[e.start]!) || !free) return e;
        if (next === undefined || !NAME_WORD.test(next) || /^\d/.test(words[e.end + 1] ?? "")) return e;
        return { ...e, end: e.end + 1, tags: withTag(e.tags, "rule/given-name") };
      });
    },
  };
}
