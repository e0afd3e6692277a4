// Compare two versions of a story: align their sentences, diff the aligned pairs word by word, and read the
// differences for what they say about the rewrite (facts changed, quotes, attribution, term substitutions, name
// spellings, omissions and additions). Pure: text in, a JSON-serialisable report out.

import { alignSentences, defaultAlignOptions, type AlignOptions } from "../align/align.js";
import { prepareSentence, preparedSimilarity } from "../align/similarity.js";
import { recogniseEntities } from "../entities/recogniser.js";
import type { EntityMention } from "../entities/entity-mention.js";
import { attributionFindings } from "./forensics/attribution-shifts.js";
import type { ForensicContext, PairView } from "./forensics/context.js";
import { factFindings } from "./forensics/facts.js";
import { lexicalFindings, type LexicalOptions } from "./forensics/lexical.js";
import { nameVariantFindings } from "./forensics/names.js";
import { quoteFindings } from "./forensics/quotes.js";
import { structureFindings } from "./forensics/structure.js";
import { segmentArticle } from "./segment.js";
import type { AlignmentRow, CompareReport, CompareSide, Finding, FindingKind, ReportSentence, ReportSide } from "./types.js";
import { wordDiff } from "./word-diff.js";

export type * from "./types.js";
export { renderCompareHtml, renderCompareHtmlBody, COMPARE_CSS } from "./render-html.js";
export { renderCompareText, type TextRenderOptions } from "./render-text.js";

/** Options of {@link compareArticles}. */
export interface CompareOptions {
  readonly align: Partial<AlignOptions>;
  readonly lexical: Partial<LexicalOptions>;
  /** Recognise names (people, organisations, places) for the name, place and omission rules. Default true. */
  readonly entities: boolean;
}

export const defaultCompareOptions: CompareOptions = { align: defaultAlignOptions, lexical: {}, entities: true };

/** The order findings are listed in: facts first, then quotes, attribution, substitutions, names, structure. */
export const FINDING_ORDER: readonly FindingKind[] = [
  "number", "date", "place",
  "quote-altered", "quote-dropped", "quote-added", "quote-kept",
  "verb-changed", "hedge-added", "hedge-removed", "attribution-moved",
  "substitution", "name-variant",
  "omitted-name", "added-name", "omitted-title", "added-title", "omitted-modifier", "added-modifier",
  "omitted-heading", "added-heading", "omitted-paragraph", "added-paragraph", "omitted-sentence", "added-sentence",
  "rewording",
];

function side(s: CompareSide, sentences: ReportSentence[]): ReportSide {
  return {
    id: s.id ?? null, source: s.source ?? null, title: s.title ?? null, published: s.published ?? null,
    words: s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, sentences,
  };
}

/** Rows in A's reading order; each B-only sentence comes before the first row whose B side follows it. */
function rows(pairs: AlignmentRow[], onlyA: AlignmentRow[], onlyB: AlignmentRow[]): AlignmentRow[] {
  const byA = [...pairs, ...onlyA].sort((x, y) => x.a[0]! - y.a[0]!);
  const pending = [...onlyB].sort((x, y) => x.b[0]! - y.b[0]!);
  const out: AlignmentRow[] = [];
  for (const r of byA) {
    const firstB = r.b[0];
    while (firstB !== undefined && pending.length > 0 && pending[0]!.b[0]! < firstB) out.push(pending.shift()!);
    out.push(r);
  }
  out.push(...pending);
  return out;
}

/** Best similarity of each unmatched sentence to any sentence of the other side sharing a content word. */
function bestScores(own: readonly string[], other: readonly string[], idx: readonly number[]): Map<number, number> {
  const prepared = other.map(prepareSentence);
  const out = new Map<number, number>();
  for (const k of idx) {
    const p = prepareSentence(own[k]!);
    let best = 0;
    for (const q of prepared) {
      let shares = false;
      for (const w of p.content) if (q.content.has(w)) { shares = true; break; }
      if (shares) best = Math.max(best, preparedSimilarity(p, q));
    }
    out.set(k, Math.round(best * 1000) / 1000);
  }
  return out;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind}\u0000${f.from}\u0000${f.to}\u0000${f.a.join(",")}\u0000${f.b.join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Compare article A (an original, say) with article B (a rewrite, or another outlet's take).
 *
 * @example
 * const r = compareArticles({ text: "IS fighters seized the town. IS said it holds the bridge." },
 *                           { text: "Daesh fighters seized the town. Daesh said it holds the bridge." });
 * r.lexicon // [{ from: "IS", to: "Daesh", count: 2, a: [0, 1], b: [0, 1] }]
 */
export function compareArticles(a: CompareSide, b: CompareSide, options: Partial<CompareOptions> = {}): CompareReport {
  const o = { ...defaultCompareOptions, ...options };
  const sa = segmentArticle(a.text);
  const sb = segmentArticle(b.text);
  const ta = sa.map((s) => s.text);
  const tb = sb.map((s) => s.text);
  const alignment = alignSentences(ta, tb, o.align);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const views: PairView[] = [];
  const pairRows: AlignmentRow[] = alignment.pairs.map((p) => {
    const textA = p.a.map((k) => ta[k]).join(" ");
    const textB = p.b.map((k) => tb[k]).join(" ");
    const diff = wordDiff(textA, textB);
    views.push({ a: p.a, b: p.b, textA, textB, diff });
    return { kind: "pair", a: p.a, b: p.b, label: p.label, moved: p.moved, score: round(p.score), diff };
  });
  const bestA = bestScores(ta, tb, alignment.onlyInA);
  const bestB = bestScores(tb, ta, alignment.onlyInB);
  const onlyA: AlignmentRow[] = alignment.onlyInA.map((k) => ({ kind: "only-in-a", a: [k], b: [], score: bestA.get(k) ?? 0 }));
  const onlyB: AlignmentRow[] = alignment.onlyInB.map((k) => ({ kind: "only-in-b", a: [], b: [k], score: bestB.get(k) ?? 0 }));
  const entities = (text: string): EntityMention[] => (o.entities ? recogniseEntities(text) : []);
  const context: ForensicContext = {
    textA: a.text, textB: b.text, sentencesA: sa, sentencesB: sb, pairs: views,
    onlyInA: alignment.onlyInA, onlyInB: alignment.onlyInB, entitiesA: entities(a.text), entitiesB: entities(b.text),
  };
  const lexical = lexicalFindings(context, o.lexical);
  const rank = new Map(FINDING_ORDER.map((k, i) => [k, i]));
  const findings = dedupe([
    ...factFindings(context), ...quoteFindings(context), ...attributionFindings(context), ...lexical.findings,
    ...nameVariantFindings(context), ...structureFindings(context),
  ]).map((f, i) => ({ f, i }))
    .sort((x, y) => rank.get(x.f.kind)! - rank.get(y.f.kind)! || (x.f.a[0] ?? x.f.b[0] ?? 0) - (y.f.a[0] ?? y.f.b[0] ?? 0) || x.i - y.i)
    .map((x) => x.f);
  const counts: Partial<Record<FindingKind, number>> = {};
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  const kept = new Set(alignment.pairs.flatMap((p) => p.a)).size;
  return {
    version: 1,
    a: side(a, sa),
    b: side(b, sb),
    summary: {
      sentencesA: sa.length, sentencesB: sb.length,
      same: alignment.pairs.filter((p) => p.label === "same").length,
      reworded: alignment.pairs.filter((p) => p.label === "reworded").length,
      moved: alignment.pairs.filter((p) => p.moved).length,
      onlyInA: alignment.onlyInA.length, onlyInB: alignment.onlyInB.length,
      keptShare: sa.length === 0 ? 0 : round(kept / sa.length),
      findings: counts,
    },
    alignment: rows(pairRows, onlyA, onlyB),
    findings,
    lexicon: lexical.lexicon,
  };
}
