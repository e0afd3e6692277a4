import { splitSentences } from "../align/sentences.js";
import { recogniseEntities } from "../entities/recogniser.js";
import { learnSwaps } from "../entities/aliases/learn-swaps.js";
import { resolveAliases } from "../entities/aliases/resolve-aliases.js";
import type { AliasMention, CanonicalEntity, Swap } from "../entities/aliases/types.js";
import type { Article } from "../core/types.js";
import { tokenize } from "../sketch/tokens.js";
import type { StoredRelation } from "./store.js";

/** Options for {@link resolveEntities}. */
export interface EntityOptions {
  /** Extra alias tables (JSON) that extend the shipped one. */
  readonly aliasFiles?: readonly string[];
  /** Sentence pairs whose folded word sets are at least this alike count as aligned, for learning swaps. Default 0.5. */
  readonly alignJaccard?: number;
}

const wordSet = (text: string) => new Set(tokenize(text).words);

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Pair each sentence of a source with its most alike sentence in a rewrite (a rough alignment until the compare
 * stage's aligner is used here), keeping pairs that are alike but not identical: where term swaps show.
 */
export function alignedSentencePairs(source: string, rewrite: string, threshold = 0.5): { a: string; b: string }[] {
  const bs = splitSentences(rewrite).map((s) => ({ text: s.text, words: wordSet(s.text) }));
  const pairs: { a: string; b: string }[] = [];
  for (const s of splitSentences(source)) {
    const words = wordSet(s.text);
    let best: { text: string; score: number } | null = null;
    for (const b of bs) {
      const score = jaccard(words, b.words);
      if (!best || score > best.score) best = { text: b.text, score };
    }
    if (best && best.score >= threshold && best.text !== s.text) pairs.push({ a: s.text, b: best.text });
  }
  return pairs;
}

/**
 * The named entities of a set of articles (a story), each with its spelling variants, counts, articles and outlets.
 * Term swaps learned from the set's derived pairs (the source says "IS" where the rewrite says "Daesh") are
 * evidence for merges too.
 *
 * @example (await resolveEntities(articles, relations))[0].canonical // "Osama al-Muhajer"
 */
export function resolveEntities(
  articles: readonly Article[], relations: readonly StoredRelation[], options: EntityOptions = {},
): { entities: CanonicalEntity[]; swaps: Swap[] } {
  const mentions: AliasMention[] = [];
  for (const a of articles) {
    const text = a.title ? `${a.title}\n\n${a.text}` : a.text;
    for (const m of recogniseEntities(text)) {
      mentions.push({ text: m.text, type: m.type, ...(m.title ? { title: m.title } : {}), articleId: a.id, source: a.source });
    }
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const pairs = relations.flatMap((r) => {
    const [x, y] = [byId.get(r.a), byId.get(r.b)];
    if (!x || !y || r.relation.kind === "unrelated" || r.relation.kind === "duplicate") return [];
    const [source, rewrite] = r.relation.source === "b" ? [y, x] : [x, y];
    return alignedSentencePairs(source.text, rewrite.text, options.alignJaccard ?? 0.5);
  });
  const swaps = learnSwaps(pairs);
  return { entities: resolveAliases(mentions, { swaps, aliasFiles: options.aliasFiles ?? [] }), swaps };
}
