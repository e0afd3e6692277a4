import { acronymMatches } from "./acronym.js";
import type { TranslitOptions } from "./name-match.js";
import { parseName, showName, type ParsedName } from "./name-parse.js";
import { isPartialName } from "./partial-name.js";
import type { AliasMention } from "./types.js";

/**
 * A group of mentions that is merged as one: all mentions of one spelling, or, for a *scoped* spelling (a
 * surname or an acronym, which can name different entities in different articles), those of one article.
 */
export interface NameNode {
  readonly name: ParsedName;
  /** Set for scoped nodes: the article their mentions come from. */
  readonly article: string | null;
  readonly mentions: AliasMention[];
}

/** Whether `short` can stand for `full`: a partial person name, or an acronym of a longer name. */
export function standsFor(short: ParsedName, full: ParsedName, options: TranslitOptions): boolean {
  if (short.type !== full.type || short.key === full.key) return false;
  if (short.type === "PER") return isPartialName(short, full, options);
  const letters = short.acronym?.letters;
  if (letters === undefined || full.words.length < 2) return false;
  return acronymMatches(letters, full.words) || acronymMatches(letters, full.tokens);
}

/** Append to the list kept under `key`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

const compareNames = (x: ParsedName, y: ParsedName): number =>
  x.type < y.type ? -1 : x.type > y.type ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : x.text < y.text ? -1 : x.text > y.text ? 1 : 0;

/** Index names by a cheap key so that `standsFor` is only tried where it can hold. */
export function blockOf(name: ParsedName): string[] {
  if (name.type === "PER") return [`PER|${name.skeletons[name.skeletons.length - 1] ?? ""}`];
  return [...new Set([name.words[0]?.[0] ?? "", name.tokens[0]?.[0] ?? ""])].map((c) => `${name.type}|${c}`);
}

/**
 * Parse the distinct spellings of the mentions and make the nodes: one per spelling, except scoped spellings
 * (those that stand for a longer name also mentioned, unless `anchored`: in the alias table or a learned swap),
 * which get one per article. Nodes come in a fixed order (type, key, text, article), whatever the order of the
 * mentions.
 */
export function buildNodes(
  mentions: readonly AliasMention[], anchored: (name: ParsedName) => boolean, options: TranslitOptions,
): { nodes: NameNode[]; scoped: boolean[] } {
  const byText = new Map<string, { name: ParsedName; mentions: AliasMention[] }>();
  const byRaw = new Map<string, { name: ParsedName; mentions: AliasMention[] } | null>();
  for (const mention of mentions) {
    const raw = `${mention.type}|${mention.text}`;
    let entry = byRaw.get(raw);
    if (entry === undefined) {
      const shown = showName(mention.text);
      const id = `${mention.type}|${shown}`;
      entry = shown === "" ? null : (byText.get(id) ?? { name: parseName(shown, mention.type), mentions: [] });
      if (entry !== null) byText.set(id, entry);
      byRaw.set(raw, entry);
    }
    entry?.mentions.push(mention);
  }
  const names = [...byText.values()].sort((x, y) => compareNames(x.name, y.name));
  const blocks = new Map<string, ParsedName[]>();
  for (const { name } of names) {
    const long = name.type === "PER" ? name.tokens.length >= 2 : name.words.length >= 2;
    if (long) for (const b of blockOf(name)) pushTo(blocks, b, name);
  }
  const nodes: NameNode[] = [];
  const scoped: boolean[] = [];
  for (const { name, mentions: list } of names) {
    const candidates = name.type === "PER" ? blockOf(name) : name.acronym ? [`${name.type}|${name.acronym.letters[0]}`] : [];
    const isScoped =
      !anchored(name) &&
      candidates.some((b) => (blocks.get(b) ?? []).some((full) => standsFor(name, full, options)));
    if (!isScoped) {
      nodes.push({ name, article: null, mentions: list });
      scoped.push(false);
      continue;
    }
    const byArticle = new Map<string, AliasMention[]>();
    for (const m of list) pushTo(byArticle, m.articleId, m);
    for (const article of [...byArticle.keys()].sort()) {
      nodes.push({ name, article, mentions: byArticle.get(article)! });
      scoped.push(true);
    }
  }
  return { nodes, scoped };
}
