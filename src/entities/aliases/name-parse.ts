import { foldWord } from "../../sketch/tokens.js";
import { skeleton } from "./skeleton.js";
import { isNameSuffix, qualifierLength, titleLength } from "./titles.js";
import type { EntityType } from "./types.js";

/**
 * A name taken apart for matching.
 *
 * @example
 * parseName("President Bashar al-Assad", "PER")
 * // { text: "President Bashar al-Assad", title: "President", tokens: ["bashar", "assad"], key: "bashar assad", … }
 */
export interface ParsedName {
  /** The mention as written, whitespace collapsed. */
  readonly text: string;
  readonly type: EntityType;
  /** The leading words that were dropped (title, rank, "former", a country qualifier), as written; or null. */
  readonly title: string | null;
  /** The name as written without those leading words: "Bashar al-Assad" for "President Bashar al-Assad". */
  readonly name: string;
  /** Every folded word of the name, particles and qualifier included: what acronyms are spelled from. */
  readonly words: readonly string[];
  /** Folded name tokens without title, particles (al-, bin, de …) and suffixes (Jr): what names are compared on. */
  readonly tokens: readonly string[];
  /** The phonetic skeleton of each token. */
  readonly skeletons: readonly string[];
  /**
   * `tokens` joined by spaces: names with equal keys are the same name. An acronym written in capitals keeps
   * them ("IS"), so that it never shares a key with a word ("is", "Is").
   */
  readonly key: string;
  /** The folded name after the title, particles kept: tells a title-only difference from a spelling one. */
  readonly untitled: string;
  /** For a one-word name that may be an acronym: its letters in lower case and whether it was written in capitals. */
  readonly acronym: { readonly letters: string; readonly capitals: boolean } | null;
}

interface RawToken {
  readonly raw: string;
  /** Offset of the token in the shown text. */
  readonly start: number;
  readonly folded: string;
  /** Joined to the next token by a hyphen (al-Assad), not a space. */
  readonly hyphen: boolean;
}

/** The Arabic article, always optional before another word. */
const ARTICLES = new Set(["al", "el"]);
/** The article assimilated to a "sun letter": optional when the next word starts with that letter (ash-Shabab, ad-Din). */
const SUN_ARTICLES = new Set(["ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ud", "ul", "ur", "us", "un"]);
/** "son of", "daughter of": optional before another word ("bin Laden" = "Laden"); "ben" only after a first name. */
const PATRONYMICS = new Set(["bin", "ibn", "bint", "bn", "ben"]);
/** Particles of European surnames, optional before another word in a person's name. */
const EUROPEAN = new Set(["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "dos", "das", "ter", "ten"]);

const SPLIT = /[^\s\-\u2010-\u2015_/]+[\-\u2010-\u2015]?/g;

function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const m of text.matchAll(SPLIT)) {
    const hyphen = /[\-\u2010-\u2015]$/.test(m[0]);
    const piece = hyphen ? m[0].slice(0, -1) : m[0];
    // "ElBaradei", "AlQaeda": an article written joined to a capitalised word.
    const camel = /^(Al|El)(?=\p{Lu}\p{Ll})/u.exec(piece);
    const parts = camel ? [camel[1]!, piece.slice(camel[1]!.length)] : [piece];
    parts.forEach((part, k) => {
      const folded = foldWord(part)
        .replace(/(?<=\p{L}{3})'s$/u, "")
        .replace(/[^\p{L}\p{N}]/gu, "");
      const start = m.index + (k === 0 ? 0 : camel![1]!.length);
      if (folded.length > 0) out.push({ raw: part, start, folded, hyphen: k < parts.length - 1 || hyphen });
    });
  }
  return out;
}

/** "Abd" and its spellings with the article attached: the first half of a compound such as Abdul Rahman. */
const ABD_FORM = /^abd(?:u|ul|el|al|ol|oul|ur|us)?$/;

/**
 * The one spelling of an "Abd" compound: Abdul Rahman, Abd al-Rahman, Abdurrahman and Abdelrahman all become
 * `abdrahman`; Abdullah, Abdallah and Abd Allah become `abdlah`.
 */
export function abdCompound(joined: string): string {
  if (!joined.startsWith("abd")) return joined;
  const m = /^abd([aeiou]+)(.)(.)(.*)$/.exec(joined);
  if (m === null) return joined;
  const [, , c1, c2, tail] = m as unknown as [string, string, string, string, string];
  if (c1 === "l" && (c2 + tail).length >= 3) return `abd${c2}${tail}`;
  if (c1 === c2 && !"aeiou".includes(c1) && tail.length >= 2) return `abd${c2}${tail}`;
  return joined;
}

/** Join "Abd" + optional particle + word into one token (see {@link abdCompound}). */
function joinAbd(tokens: readonly RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ABD_FORM.test(t.folded) && i + 1 < tokens.length) {
      const particle = tokens[i + 1]!;
      const hasParticle = (ARTICLES.has(particle.folded) || SUN_ARTICLES.has(particle.folded)) && i + 2 < tokens.length;
      const last = tokens[hasParticle ? i + 2 : i + 1]!;
      const joined = t.folded + (hasParticle ? particle.folded : "") + last.folded;
      out.push({ raw: `${t.raw} ${last.raw}`, start: t.start, folded: abdCompound(joined), hyphen: last.hyphen });
      i += hasParticle ? 2 : 1;
    } else {
      out.push(t.folded.startsWith("abd") ? { ...t, folded: abdCompound(t.folded) } : t);
    }
  }
  return out;
}

/** Whether token `i` is a particle that can be dropped. */
function isParticle(tokens: readonly RawToken[], i: number, type: EntityType): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (ARTICLES.has(t.folded)) {
    // "Al Gore": a capitalised first word followed by a space is a person's first name.
    return !(type === "PER" && i === 0 && !t.hyphen && /^\p{Lu}/u.test(t.raw) && tokens.length === 2);
  }
  if (SUN_ARTICLES.has(t.folded)) {
    // ash-Shabab, As-Sadr; never "US-South Korea" (an abbreviation in capitals).
    const sound = t.folded.slice(1);
    const written = /^\p{Ll}+$/u.test(t.raw) || (t.hyphen && /^\p{Lu}\p{Ll}+$/u.test(t.raw));
    return written && (next.folded.startsWith(sound) || ["ul", "ud", "ur"].includes(t.folded));
  }
  if (PATRONYMICS.has(t.folded)) return i > 0 || t.folded !== "ben";
  return type === "PER" && EUROPEAN.has(t.folded);
}

function leadingWords(type: EntityType, folded: readonly string[]): number {
  if (type === "PER") return titleLength(folded, 1);
  const the = folded[0] === "the" && folded.length > 1 ? 1 : 0;
  return the + (type === "ORG" ? qualifierLength(folded.slice(the)) : 0);
}

/**
 * A mention as it is shown: NFKC, whitespace collapsed, and stray punctuation at either end removed (a quote or
 * dash the recogniser took in: "” Tillerson", "—Bank of Utah"); a final dot stays ("U.S.", "Jr.").
 *
 * @example showName(" \u201d Rex  Tillerson ") // "Rex Tillerson"
 */
export function showName(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/[^\p{L}\p{N}.]+$/u, "")
    .trim();
}

/**
 * Take a name apart: drop a leading title (for people), "the" and a country qualifier (for organisations),
 * join "Abd" compounds, drop optional particles and suffixes, fold and skeletonise each remaining word.
 *
 * @example parseName("Usamah al Muhajir", "PER").key // "usamah muhajir"
 * @example parseName("US Central Command", "ORG").key // "central command"
 */
export function parseName(text: string, type: EntityType): ParsedName {
  const shown = showName(text);
  const all = rawTokens(shown);
  const lead = leadingWords(type, all.map((t) => t.folded));
  const the = type !== "PER" && all[0]?.folded === "the" && all.length > 1 ? 1 : 0;
  const named = joinAbd(all.slice(lead));
  let tokens = named.filter((_, i) => !isParticle(named, i, type)).map((t) => t.folded);
  if (type === "PER" && tokens.length > 1 && isNameSuffix(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) tokens = named.map((t) => t.folded);
  const letters = all.length === 1 ? all[0]!.raw.replace(/\./g, "") : "";
  const acronym =
    /^\p{Lu}{2,6}$/u.test(letters) ? { letters: foldWord(letters), capitals: true }
    : /^\p{Lu}\p{Ll}{2,11}$/u.test(letters) ? { letters: foldWord(letters), capitals: false }
    : null;
  return {
    text: shown,
    type,
    title: lead > 0 ? all.slice(0, lead).map((t) => t.raw).join(" ") : null,
    name: lead > 0 && lead < all.length ? shown.slice(all[lead]!.start) : shown,
    words: all.slice(the).map((t) => t.folded),
    tokens,
    skeletons: tokens.map(skeleton),
    key: acronym?.capitals ? acronym.letters.toUpperCase() : tokens.join(" "),
    untitled: named.map((t) => t.folded).join(" "),
    acronym,
  };
}
