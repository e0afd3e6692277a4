// Merges that depend on scope: a surname (or other shorter person name) or an acronym joins the one full name it
// can stand for in its article, else in the whole input (the story); when two could match, it joins neither.

import type { MergeContext } from "./merge-context.js";
import { tokenSimilarity } from "./name-match.js";
import { blockOf, pushTo, standsFor } from "./name-nodes.js";
import type { ParsedName } from "./name-parse.js";
import type { MergeEvidence } from "./types.js";

/** The sets a short name may stand for, in one scope, and whether another set also has the word in it. */
interface Candidates {
  /** One node per set that the short name stands for. */
  readonly fits: number[];
  /** A set whose full name has the word elsewhere ("Kim" in Kim Jong-un, family name first) makes it ambiguous. */
  readonly rivals: boolean;
}

/** Where the full names that a short name may stand for are looked up: by article, and in the whole input. */
class FullNameIndex {
  private readonly byArticle = new Map<string, number[]>();
  private readonly byBlock = new Map<string, number[]>();

  constructor(private readonly ctx: MergeContext) {
    ctx.nodes.forEach((node, i) => {
      if (ctx.scoped[i]) return;
      for (const article of new Set(node.mentions.map((m) => m.articleId))) pushTo(this.byArticle, article, i);
      for (const block of blockOf(node.name)) pushTo(this.byBlock, block, i);
      if (node.name.type === "PER") {
        for (const inner of new Set(node.name.skeletons.slice(0, -1))) pushTo(this.byBlock, `PER|inner|${inner}`, i);
      }
    });
  }

  /** A full name with the one word of `short` in another place than the surname. */
  private hasInner(short: ParsedName, full: ParsedName): boolean {
    if (short.type !== "PER" || short.tokens.length !== 1 || full.tokens.length < 2) return false;
    const [token, skel] = [short.tokens[0]!, short.skeletons[0]!];
    return full.tokens.slice(0, -1).some(
      (t, k) => full.skeletons[k] === skel && tokenSimilarity(token, t, this.ctx.options, skel, full.skeletons[k]) >= this.ctx.options.tokenThreshold,
    );
  }

  /** The sets that `short` can stand for, in one article or (article null) anywhere. */
  candidates(short: ParsedName, article: string | null): Candidates {
    const pool =
      article !== null ? (this.byArticle.get(article) ?? [])
      : short.type === "PER" ? [...blockOf(short), `PER|inner|${short.skeletons[0] ?? ""}`].flatMap((b) => this.byBlock.get(b) ?? [])
      : (this.byBlock.get(`${short.type}|${short.acronym?.letters[0] ?? ""}`) ?? []);
    const fits = new Map<number, number>();
    const rivals = new Set<number>();
    for (const i of pool) {
      const root = this.ctx.sets.find(i);
      const full = this.ctx.nodes[i]!.name;
      if (!fits.has(root) && standsFor(short, full, this.ctx.options)) fits.set(root, i);
      else if (this.hasInner(short, full)) rivals.add(root);
    }
    return { fits: [...fits.values()], rivals: [...rivals].some((root) => !fits.has(root)) };
  }
}

function scopedEvidence(short: ParsedName, full: ParsedName, where: string, score: number): MergeEvidence {
  const person = short.type === "PER";
  const relation =
    !person ? "an acronym of"
    : short.tokens.length === 1 ? "the surname of"
    : "a shorter form of";
  return {
    a: short.text,
    b: full.text,
    rule: person ? "surname" : "acronym",
    score,
    detail: `"${short.name}" is ${relation} "${full.name}" only, ${where}`,
  };
}

/**
 * Join each scoped node to the one full name it stands for in its article, else in the input (when
 * `storyScope`). Returns the scoped nodes left unresolved: no candidate, or more than one.
 */
export function mergeScoped(ctx: MergeContext): number[] {
  const index = new FullNameIndex(ctx);
  const unresolved: number[] = [];
  ctx.nodes.forEach((node, i) => {
    if (!ctx.scoped[i] || node.article === null) return;
    let found = index.candidates(node.name, node.article);
    let [where, score] = [`in article ${node.article}`, 1];
    if (found.fits.length === 0 && !found.rivals && ctx.options.storyScope) {
      found = index.candidates(node.name, null);
      [where, score] = ["in the story", ctx.options.storyScopeScore];
    }
    const only = found.fits.length === 1 && !found.rivals ? found.fits[0]! : undefined;
    if (only !== undefined && ctx.merge(only, i, scopedEvidence(node.name, ctx.nodes[only]!.name, where, score))) return;
    unresolved.push(i);
  });
  return unresolved;
}
