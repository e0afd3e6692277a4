import { GIVEN_NAMES, TOPONYM_PREFIXES } from "./gazetteer-lists.js";
import { withTag, type Refiner, type SentenceEntity } from "./refiner.js";
import { isCapitalised } from "./word-shape.js";

const PREFIXES = new Set(TOPONYM_PREFIXES.map((p) => p.split(" ")[0]!));
const GIVEN = new Set(GIVEN_NAMES);
/** What may follow "Place, Country" for the pattern to hold: not "'s", which makes "Name, Country's envoy". */
const CLOSERS = new Set([",", ".", ";", ":", ")", "on", "in", "and", "or", "at", "near", "where", "when", "\u2014", "-", "--"]);

/**
 * Places the tagger took for people or other names, from two kinds of evidence (tag `rule/place`):
 * - the name opens with a word that opens place names ("Tal", "Deir", "Kafr", "Ras": "Tal Qasra");
 * - the name stands before ", Country" where a listed place follows and the clause goes on or ends
 *   ("in Tal Qasra, Syria, on Tuesday"), unless it opens with a given name ("Carlos Moya, Spain, 6-3").
 *   "Hassan, Syria's envoy" is left alone.
 *
 * @example placeRefiner().name // "place"
 */
export function placeRefiner(): Refiner {
  return {
    name: "place",
    refine(entities, { words, matches }) {
      const listedPlaceAt = (start: number) => matches.find((m) => m.start === start && m.kind === "place" && m.rule);
      return entities.map((e, k): SentenceEntity => {
        if (e.type !== "PER" && e.type !== "MISC") return e;
        const prefixed = PREFIXES.has(words[e.start]!) && e.end - e.start >= 2 && isCapitalised(words[e.start + 1]!);
        const place = words[e.end] === "," && !GIVEN.has(words[e.start]!) ? listedPlaceAt(e.end + 1) : undefined;
        const next = entities[k + 1];
        const apposition = place !== undefined && (words[place.end] === undefined || CLOSERS.has(words[place.end]!)) &&
          (next === undefined || (next.start === place.start && next.type === "LOC") || next.start >= place.end);
        if (!prefixed && !apposition) return e;
        return { ...e, type: "LOC", tags: withTag(e.tags, "rule/place") };
      });
    },
  };
}
