// Compare two versions of a story: align their sentences, diff the aligned pairs word by word, and read the
// differences for what they say about the rewrite (facts changed, quotes, attribution, term substitutions, name
// spellings, omissions and additions). Pure: text in, a JSON-serialisable report out.

import { alignSentencesDetailed, defaultAlignOptions, type AlignOptions } from "../align/align.js";
import { describeAttribution, type Attribution } from "./attribution.js";
import { recogniseEntities } from "../entities/recogniser.js";
import type { EntityMention } from "../entities/entity-mention.js";
import { attributionFindings } from "./forensics/attribution-shifts.js";
import type { ForensicContext, NameMention, PairView } from "./forensics/context.js";
import { capitalisedNames } from "./capitalised-names.js";
import { factFindings } from "./forensics/facts.js";
import { lexicalFindings, type LexicalOptions } from "./forensics/lexical.js";
import { nameVariantFindings } from "./forensics/names.js";
import { quoteFindings } from "./forensics/quotes.js";
import { structureFindings } from "./forensics/structure.js";
import { segmentArticle } from "./segment.js";
import type { AlignmentRow, CompareReport, CompareSide, DiffOp, Finding, FindingKind, LexiconEntry, ReportSentence, ReportSide } from "./types.js";
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
    words: s.text.match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0, sentences,
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

/**
 * The entity mentions of some sentences of a text, with offsets into the whole text. The sentences are read as
 * one document (paragraphs apart), so the recogniser's document rules still link surnames to full names.
 */
function entitiesOf(text: string, sentences: readonly ReportSentence[], idx: ReadonlySet<number>): EntityMention[] {
  if (idx.size === 0) return [];
  const segments: { at: number; start: number }[] = [];
  let sub = "";
  for (const k of [...idx].sort((x, y) => x - y)) {
    const s = sentences[k]!;
    if (sub.length > 0) sub += "\n\n";
    segments.push({ at: sub.length, start: s.start });
    sub += text.slice(s.start, s.end);
  }
  const out: EntityMention[] = [];
  for (const m of recogniseEntities(sub)) {
    let seg = segments[0]!;
    for (const x of segments) if (x.at <= m.start) seg = x;
    const shift = seg.start - seg.at;
    out.push({ ...m, start: m.start + shift, end: m.end + shift });
  }
  return out;
}

const lower = (s: string) => s.toLowerCase();
const within = (part: string, whole: string) => part !== "" && lower(whole).includes(lower(part));

/**
 * Each change reported once, by the most specific rule: exact repeats go; a name variant inside a longer one goes
 * ("al-Assad" within "Bashar al-Assad"); rewording that another finding on the same pair explains goes (a place
 * changed, a speaker replaced); a name omitted or added because the lexicon substitutes it goes.
 */
function dedupe(findings: Finding[], lexicon: readonly LexiconEntry[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.kind}\u0000${f.from}\u0000${f.to}\u0000${f.a.join(",")}\u0000${f.b.join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const samePair = (x: Finding, y: Finding) => x.a.join(",") === y.a.join(",") && x.b.join(",") === y.b.join(",");
  return unique.filter((f) => {
    if (f.kind === "name-variant") {
      return !unique.some((g) => g !== f && g.kind === "name-variant" && g.from !== f.from && within(f.from, g.from) && within(f.to, g.to));
    }
    if (f.kind === "rewording") {
      return !unique.some((g) => g.kind !== "rewording" && samePair(f, g) && (within(f.from, g.from) || within(g.from, f.from)) && (within(f.to, g.to) || within(g.to, f.to)));
    }
    if (f.kind === "omitted-name") return !lexicon.some((e) => within(f.from, e.from) || within(e.from, f.from));
    if (f.kind === "added-name") return !lexicon.some((e) => within(f.to, e.to) || within(e.to, f.to));
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
  const alignment = alignSentencesDetailed(ta, tb, o.align);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const views: PairView[] = [];
  const pairRows: AlignmentRow[] = alignment.pairs.map((p) => {
    const textA = p.a.map((k) => ta[k]).join(" ");
    const textB = p.b.map((k) => tb[k]).join(" ");
    const diff: DiffOp[] = p.label === "same" ? [{ op: "equal", a: textA, b: textB }] : wordDiff(textA, textB);
    views.push({ a: p.a, b: p.b, textA, textB, diff });
    return { kind: "pair", a: p.a, b: p.b, label: p.label, moved: p.moved, score: round(p.score), diff };
  });
  const onlyA: AlignmentRow[] = alignment.onlyInA.map((k) => ({ kind: "only-in-a", a: [k], b: [], score: round(alignment.bestA[k] ?? 0) }));
  const onlyB: AlignmentRow[] = alignment.onlyInB.map((k) => ({ kind: "only-in-b", a: [], b: [k], score: round(alignment.bestB[k] ?? 0) }));
  const attributions = new Map<string, Attribution>();
  const attribution = (text: string): Attribution => {
    let found = attributions.get(text);
    if (found === undefined) {
      found = describeAttribution(text);
      attributions.set(text, found);
    }
    return found;
  };
  // Names are only read where the two sides differ: a sentence found the same on both sides has the same names.
  // In a reworded pair, only where the words that changed include a capitalised one (a name, a place).
  const namesChanged = new Set(views.filter((v) => v.diff.some((d) => d.op !== "equal" && /\p{Lu}/u.test(d.a + d.b))));
  // Sentences on one side only get the fast capitalisation finder: their names are reported, not compared.
  const changed = (side: "a" | "b") => new Set(views.filter((v) => namesChanged.has(v)).flatMap((v) => v[side]));
  const entities = (text: string, sentences: readonly ReportSentence[], idx: ReadonlySet<number>): EntityMention[] =>
    (o.entities ? entitiesOf(text, sentences, idx) : []);
  const entitiesA = entities(a.text, sa, changed("a"));
  const entitiesB = entities(b.text, sb, changed("b"));
  const names = (found: readonly EntityMention[], sentences: readonly ReportSentence[], only: readonly number[]): NameMention[] => [
    ...found.map((m) => ({ text: m.text, start: m.start, end: m.end, type: m.type })),
    ...only.flatMap((k) => capitalisedNames(sentences[k]!.text).map((n) => ({
      text: n.text, start: sentences[k]!.start + n.start, end: sentences[k]!.start + n.end, type: null,
    }))),
  ];
  const context: ForensicContext = {
    textA: a.text, textB: b.text, sentencesA: sa, sentencesB: sb, pairs: views,
    onlyInA: alignment.onlyInA, onlyInB: alignment.onlyInB, entitiesA, entitiesB,
    namesA: names(entitiesA, sa, alignment.onlyInA), namesB: names(entitiesB, sb, alignment.onlyInB),
    attribution,
  };
  const lexical = lexicalFindings(context, o.lexical);
  const rank = new Map(FINDING_ORDER.map((k, i) => [k, i]));
  const findings = dedupe([
    ...factFindings(context), ...quoteFindings(context), ...attributionFindings(context), ...lexical.findings,
    ...nameVariantFindings(context), ...structureFindings(context),
  ], lexical.lexicon).map((f, i) => ({ f, i }))
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
