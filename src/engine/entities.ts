import { alignSentences, defaultAlignOptions } from "../align/align.js";
import { splitSentences } from "../align/sentences.js";
import { recogniseEntities } from "../entities/recogniser.js";
import { learnSwaps } from "../entities/aliases/learn-swaps.js";
import { resolveAliases } from "../entities/aliases/resolve-aliases.js";
import type { AliasMention, CanonicalEntity, Swap } from "../entities/aliases/types.js";
import type { Article } from "../core/types.js";
import type { StoredRelation } from "./store.js";

/** Options for {@link resolveEntities}. */
export interface EntityOptions {
  /** Extra alias tables (JSON) that extend the shipped one. */
  readonly aliasFiles?: readonly string[];
  /** Least sentence similarity for two sentences to be aligned, for learning swaps. Default: the aligner's (0.3). */
  readonly alignMinScore?: number;
}

/**
 * Aligned sentence pairs of a source and a rewrite that are alike but not identical: where term swaps show. The
 * alignment is the compare stage's (`alignSentences`): order-free, with split and merged sentences joined.
 */
export function alignedSentencePairs(source: string, rewrite: string, minScore = defaultAlignOptions.minScore): { a: string; b: string }[] {
  const sa = splitSentences(source).map((s) => s.text);
  const sb = splitSentences(rewrite).map((s) => s.text);
  return alignSentences(sa, sb, { minScore }).pairs
    .filter((p) => p.label === "reworded")
    .map((p) => ({ a: p.a.map((k) => sa[k]).join(" "), b: p.b.map((k) => sb[k]).join(" ") }));
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
    return alignedSentencePairs(source.text, rewrite.text, options.alignMinScore ?? defaultAlignOptions.minScore);
  });
  const swaps = learnSwaps(pairs);
  return { entities: resolveAliases(mentions, { swaps, aliasFiles: options.aliasFiles ?? [] }), swaps };
}
