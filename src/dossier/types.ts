// The dossier of a story as data: plain JSON (strings, numbers, arrays, objects), so the CLI, the web UI and
// tests read the same thing. Renderers (text, Markdown, HTML) only format it.
import type { ArticleId, StoryId } from "../core/types.js";
import type { RelationKind } from "../reuse/relation.js";
import type { TimelineEvent } from "../timeline/timeline.js";

/** One article of the story, as the dossier refers to it. */
export interface DossierArticle {
  readonly id: ArticleId;
  readonly outlet: string;
  readonly title: string | null;
  readonly url: string | null;
  /** Canonical publication string: `2024-03-12` or `2024-03-12T06:10:00Z`. */
  readonly published: string;
  /** Milliseconds since the epoch (a bare date counts as the start of its UTC day): what the dossier sorts by. */
  readonly publishedAt: number;
  readonly dateOnly: boolean;
  /** Why the clusterer put it in the story, in a few words. */
  readonly assignment: string;
  /** `original`: no source found in the story; `derived`: hangs under another article of the story. */
  readonly role: "original" | "derived";
  /** The root of its derivation tree: the independent report it rests on (itself when original). */
  readonly independentReport: ArticleId;
}

/** One outlet's coverage. */
export interface OutletCoverage {
  readonly outlet: string;
  readonly articles: readonly ArticleId[];
  readonly firstPublished: string;
  /** Milliseconds after the story's first article; days-granular when either date is a bare date. */
  readonly lagMs: number;
  /** True when `lagMs` compares bare dates, so it is only good to the day. */
  readonly lagDateOnly: boolean;
}

/** How coverage grew: one row per hour (a story of three days or less with times) or per day. */
export interface CoveragePeriod {
  /** `2024-03-12` or `2024-03-12T09` (UTC). */
  readonly period: string;
  readonly articles: number;
  /** Outlets whose first article on the story fell in this period. */
  readonly newOutlets: readonly string[];
  /** Outlets that had covered the story by the end of this period. */
  readonly cumulativeOutlets: number;
}

export interface Coverage {
  readonly first: { readonly article: ArticleId; readonly outlet: string; readonly published: string };
  /** In the order each outlet first published. */
  readonly outlets: readonly OutletCoverage[];
  readonly granularity: "hour" | "day";
  readonly overTime: readonly CoveragePeriod[];
}

/** Another article that could have been an article's source, and why it was not picked. */
export interface SourceAlternative {
  readonly article: ArticleId;
  /** Share of the child's words inside passages shared with this candidate. */
  readonly share: number;
  readonly reason: string;
}

/** `child` derives from `parent`: one edge of the derivation forest, with the evidence behind the choice. */
export interface DerivationEdge {
  readonly parent: ArticleId;
  readonly child: ArticleId;
  readonly kind: Exclude<RelationKind, "unrelated">;
  /** `whole` when at least 80% of the child is reused, else `partial`. */
  readonly extent: "whole" | "partial";
  /** Share of the child's words inside passages shared with the parent, 0–1. */
  readonly share: number;
  /** Containment of the child's shingles in the parent, 0–1. */
  readonly containment: number;
  /** Confidence that the parent is the source and not the copy, 0–1 (from the stored relation). */
  readonly confidence: number;
  /** The stored relation's rule tags, then the forest's (`forest/best-cover`, `forest/sibling-lifted`, …). */
  readonly rules: readonly string[];
  readonly alternatives: readonly SourceAlternative[];
}

/** Which article derives from which. Each root is an independent report. */
export interface DerivationForest {
  /** Roots in publication order. */
  readonly roots: readonly ArticleId[];
  /** One edge per derived article, in the child's publication order. */
  readonly edges: readonly DerivationEdge[];
}

/** How an article carries a claim. */
export type CarriageKind =
  /** The sentence is the article's own: it rests on this article as an independent report. */
  | "own"
  /** The same sentence as in the article it derives from (alignment label `same`). */
  | "verbatim"
  /** A rewording of a sentence of the article it derives from. */
  | "reworded";

/** What a sentence says about where its information comes from (from `describeAttribution`). */
export interface CarrierAttribution {
  readonly verbs: readonly string[];
  readonly speakers: readonly string[];
  readonly hedges: readonly string[];
  /** Quoted material and who said it, when the sentence says. */
  readonly quotes: readonly { readonly text: string; readonly speaker: string | null }[];
}

/** One article's sentence in a claim. */
export interface ClaimCarrier {
  readonly article: ArticleId;
  readonly outlet: string;
  readonly sentence: string;
  /** UTF-16 offsets of the sentence in the article's text. */
  readonly start: number;
  readonly end: number;
  readonly how: CarriageKind;
  /** For `verbatim` and `reworded`: the article the sentence was taken from. */
  readonly from: ArticleId | null;
  /** Similarity to the sentence it was taken from (1 for verbatim), or null for `own`. */
  readonly score: number | null;
  /** The independent report this sentence rests on, followed up the derivation forest. */
  readonly origin: ArticleId;
  readonly hedged: boolean;
  readonly attribution: CarrierAttribution;
}

/** Values that disagree between the carriers of a claim. */
export interface Contradiction {
  readonly claim: string;
  readonly kind: "number" | "date" | "place";
  /** What the values measure: the word after a number (`people`), `date` or `place`. */
  readonly about: string;
  readonly values: readonly {
    readonly value: string;
    /** As written in the sentences, e.g. `23`, `four`. */
    readonly written: readonly string[];
    readonly articles: readonly ArticleId[];
    readonly outlets: readonly string[];
  }[];
}

/** Sentences of the story's articles that say the same thing, grouped by alignment and similarity. */
export interface Claim {
  /** `c1`, `c2`, … in the dossier's order. */
  readonly id: string;
  /** The earliest carrier's sentence. */
  readonly text: string;
  readonly carriers: readonly ClaimCarrier[];
  readonly outlets: readonly string[];
  /** The independent reports it rests on (distinct carrier origins), in publication order. */
  readonly independentSources: readonly ArticleId[];
  /** True when one independent report is all it rests on, however many outlets carry it. */
  readonly singleSource: boolean;
  /** One line for readers, e.g. "3 outlets, all from Continental Wire Service's report: counts once". */
  readonly corroboration: string;
  readonly contradictions: readonly Contradiction[];
}

/** One entity of the story with its spelling variants (from `resolveEntities`). */
export interface DossierEntity {
  readonly id: string;
  readonly type: string;
  readonly canonical: string;
  readonly variants: readonly { readonly text: string; readonly count: number }[];
  readonly mentions: number;
  readonly outlets: readonly string[];
}

/** Everything the dossier says about one story. JSON-serialisable. */
export interface Dossier {
  readonly format: "wiretrace-dossier";
  readonly version: 1;
  /** The story's id (also in `story`). */
  readonly id: StoryId;
  readonly story: {
    readonly id: StoryId;
    readonly headline: string | null;
    /** What the story is about: its heaviest terms by TF-IDF, heaviest first. */
    readonly terms: readonly string[];
    readonly firstPublished: string;
    readonly lastPublished: string;
  };
  readonly summary: {
    readonly articles: number;
    readonly outlets: number;
    readonly independentReports: number;
    readonly derivedArticles: number;
    readonly claims: number;
    /** Claims resting on two or more independent reports. */
    readonly corroboratedClaims: number;
    readonly singleSourceClaims: number;
    readonly contradictions: number;
  };
  /** In publication order. */
  readonly articles: readonly DossierArticle[];
  readonly coverage: Coverage;
  readonly forest: DerivationForest;
  /** Most independent sources first, then most carriers, then order of first appearance. */
  readonly claims: readonly Claim[];
  /** All claims' contradictions, in claim order. */
  readonly contradictions: readonly Contradiction[];
  readonly timeline: readonly TimelineEvent[];
  /** Most mentioned first. */
  readonly entities: readonly DossierEntity[];
}
