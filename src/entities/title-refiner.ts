import { withTag, type Refiner, type SentenceEntity } from "./refiner.js";

/**
 * Split titles off people's names (tag `rule/title`): a person span that starts with a listed title loses it
 * ("President Bashar al-Assad" → "Bashar al-Assad", title "President"), and a title written just before a person
 * span is recorded ("Colonel Dana Whitfield"). A span that is all title keeps its words ("Mr King": the person is
 * "King", the title "Mr").
 *
 * @example titleRefiner().name // "title"
 */
export function titleRefiner(): Refiner {
  return {
    name: "title",
    refine(entities, { matches }) {
      const titles = matches.filter((m) => m.kind === "title");
      return entities.map((e): SentenceEntity => {
        if (e.type !== "PER") return e;
        const inside = titles.find((m) => m.start === e.start && m.end < e.end);
        if (inside !== undefined) {
          // "President Vice President X" is not a thing; one leading title is stripped, and one before it kept.
          return { ...e, start: inside.end, title: { start: inside.start, end: inside.end }, tags: withTag(e.tags, "rule/title") };
        }
        const before = titles.find((m) => m.end === e.start);
        if (before !== undefined) return { ...e, title: { start: before.start, end: before.end }, tags: withTag(e.tags, "rule/title") };
        return e;
      });
    },
  };
}
