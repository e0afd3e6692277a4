import type { EntityType } from "./entity-mention.js";
import { byStart, withTag, type Refiner, type SentenceEntity } from "./refiner.js";

const TYPE_OF = { org: "ORG", place: "LOC" } as const satisfies Partial<Record<string, EntityType>>;

/**
 * Names from the rule lists that the tagger missed or mistyped (tag `rule/gazetteer`):
 * - a listed organisation or place with no entity over it becomes one ("Daesh", "Centcom" → ORG);
 * - an entity that is a listed organisation, or lies inside one, becomes that organisation ("Islamic State" tagged
 *   LOC → ORG). Places are never retyped: "Washington" may be a person.
 * An entity that contains the listed name and more is left alone ("Islamic State Khorasan Province").
 *
 * @example gazetteerRefiner().name // "gazetteer"
 */
export function gazetteerRefiner(): Refiner {
  return {
    name: "gazetteer",
    refine(entities, { matches }) {
      let out: SentenceEntity[] = [...entities];
      for (const m of matches) {
        if (!m.rule || (m.kind !== "org" && m.kind !== "place")) continue;
        const type = TYPE_OF[m.kind];
        const overlapping = out.filter((e) => e.start < m.end && m.start < e.end);
        if (overlapping.length === 0) {
          out.push({ start: m.start, end: m.end, type, tags: ["rule/gazetteer"] });
          continue;
        }
        if (m.kind !== "org" || !overlapping.every((e) => e.start >= m.start && e.end <= m.end)) continue;
        if (overlapping.length === 1 && overlapping[0]!.start === m.start && overlapping[0]!.end === m.end && overlapping[0]!.type === type) continue;
        const tags = withTag(overlapping.flatMap((e) => e.tags).filter((t, i, all) => all.indexOf(t) === i), "rule/gazetteer");
        out = out.filter((e) => !overlapping.includes(e));
        out.push({ start: m.start, end: m.end, type, tags });
      }
      return out.sort(byStart);
    },
  };
}
