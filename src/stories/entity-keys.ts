import { recogniseEntities } from "../entities/recogniser.js";
import { foldWord } from "../sketch/tokens.js";

/** A mention as the story stage needs it. */
export interface KeyedMention {
  readonly text: string;
  readonly type: string;
}

/** Arabic-style particles and articles that spellings of one name keep or drop. */
const PARTICLES = new Set(["al", "el", "ad", "as", "ash", "an", "the"]);

/**
 * Entity keys for story clustering: people, organisations and places, folded, particles dropped, one key per
 * distinct name. A person also gets a key for the surname alone, since later articles shorten names.
 *
 * @example entityKeys([{ text: "Osama al-Muhajer", type: "PER" }]) // ["per:osama muhajer", "per:muhajer"]
 */
export function entityKeys(mentions: readonly KeyedMention[]): string[] {
  const keys = new Set<string>();
  for (const m of mentions) {
    if (m.type === "MISC") continue;
    const words = m.text.split(/[\s\-\u2010-\u2015]+/).map(foldWord).filter((w) => w.length > 0 && !PARTICLES.has(w));
    if (words.length === 0) continue;
    const type = m.type.toLowerCase();
    keys.add(`${type}:${words.join(" ")}`);
    if (m.type === "PER" && words.length > 1) keys.add(`per:${words[words.length - 1]}`);
  }
  return [...keys];
}

/**
 * The entity keys of an article, found by the bundled recogniser in its title and text: what the story engine uses
 * when the entity weight is above 0 and its caller supplies no keys of its own.
 *
 * @example
 * articleEntityKeys(null, "Colonel Dana Whitfield, a Centcom spokeswoman, said the strike hit Tal Qasra.")
 * // ["per:dana whitfield", "per:whitfield", "org:centcom", "loc:tal qasra"]
 */
export function articleEntityKeys(title: string | null, text: string): string[] {
  return entityKeys(recogniseEntities(title ? `${title}\n\n${text}` : text));
}
