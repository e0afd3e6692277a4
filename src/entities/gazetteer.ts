import {
  FEATURE_MISC, FEATURE_ORGS, FEATURE_PLACES, NON_ENTITIES, RULE_ORGS, RULE_PLACES, TITLES,
} from "./gazetteer-lists.js";
import { tokenizeNer } from "./ner-tokenizer.js";

/** What a list entry is: a name of a kind, a title, or a capitalised word that names nothing (a month). */
export type GazetteerKind = "org" | "place" | "misc" | "title" | "non-entity";

/** A list entry as token texts, with whether the rules may act on it or it only informs the tagger. */
export interface GazetteerEntry {
  readonly tokens: readonly string[];
  readonly kind: GazetteerKind;
  readonly rule: boolean;
}

/** A run of sentence tokens `[start, end)` that spells a list entry. */
export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: GazetteerKind;
  readonly rule: boolean;
}

/** Acronyms that are also English words: never matched in an all-capitals sentence ("IS" in a headline is "is"). */
const CAPS_WORDS = new Set(["IS", "US", "WHO", "AP", "FED", "SANA"]);

/** The matching form of a token: curly apostrophes and Unicode hyphens made plain. */
export const gazetteerKey = (token: string): string => token.replace(/[\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, "-");

/**
 * Curated lists compiled for matching token runs, longest entry first. Matching is case-sensitive, except that
 * titles also match in lower case; in an all-capitals sentence (a headline) entries are matched in capitals, and
 * acronyms that are English words are skipped.
 *
 * @example defaultGazetteer().match(["the", "Islamic", "State", "group"]) // [{ start: 1, end: 4, kind: "org", rule: true }]
 */
export class Gazetteer {
  private readonly byFirst = new Map<string, GazetteerEntry[]>();
  private readonly byFirstCaps = new Map<string, GazetteerEntry[]>();

  constructor(entries: readonly GazetteerEntry[]) {
    const seen = new Set<string>();
    const add = (index: Map<string, GazetteerEntry[]>, entry: GazetteerEntry, prefix: string) => {
      const id = prefix + entry.tokens.join(" ");
      if (seen.has(id) || entry.tokens.length === 0) return;
      seen.add(id);
      const list = index.get(entry.tokens[0]!) ?? [];
      list.push(entry);
      index.set(entry.tokens[0]!, list);
    };
    for (const entry of entries) {
      const tokens = entry.tokens.map(gazetteerKey);
      add(this.byFirst, { ...entry, tokens }, "");
      if (entry.kind === "title") add(this.byFirst, { ...entry, tokens: tokens.map((t) => t.toLowerCase()) }, "");
      const caps = tokens.map((t) => t.toUpperCase());
      if (!(caps.length === 1 && CAPS_WORDS.has(caps[0]!))) add(this.byFirstCaps, { ...entry, tokens: caps }, "^");
    }
    for (const index of [this.byFirst, this.byFirstCaps]) {
      for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    }
  }

  /** Leftmost-longest, non-overlapping matches in a sentence's tokens. */
  match(words: readonly string[], allCaps = false): GazetteerMatch[] {
    const index = allCaps ? this.byFirstCaps : this.byFirst;
    const keys = words.map(gazetteerKey);
    const found: GazetteerMatch[] = [];
    for (let i = 0; i < keys.length; ) {
      const entry = index.get(keys[i]!)?.find((e) => e.tokens.every((t, k) => keys[i + k] === t));
      if (entry === undefined) {
        i++;
        continue;
      }
      found.push({ start: i, end: i + entry.tokens.length, kind: entry.kind, rule: entry.rule });
      i += entry.tokens.length;
    }
    return found;
  }
}

const entries = (names: readonly string[], kind: GazetteerKind, rule: boolean): GazetteerEntry[] =>
  names.map((name) => ({ tokens: tokenizeNer(name).map((t) => t.text), kind, rule }));

let cached: Gazetteer | null = null;

/**
 * The gazetteer built from the project's curated lists (`gazetteer-lists.ts`), built once. Where a name is in two
 * lists, the first of rule organisations, rule places, other organisations, other places, other names, titles and
 * non-entities wins.
 */
export function defaultGazetteer(): Gazetteer {
  cached ??= new Gazetteer([
    ...entries(RULE_ORGS, "org", true),
    ...entries(RULE_PLACES, "place", true),
    ...entries(FEATURE_ORGS, "org", false),
    ...entries(FEATURE_PLACES, "place", false),
    ...entries(FEATURE_MISC, "misc", false),
    ...entries(TITLES, "title", false),
    ...entries(NON_ENTITIES, "non-entity", false),
  ]);
  return cached;
}
