// Wording shared by the dossier's renderers: what each renderer says is the same, only the markup differs.
import { plural } from "../core/plural.js";
import type { ArticleId } from "../core/types.js";
import { formatLag } from "./coverage.js";
import { forestChildren } from "./derivation-forest.js";
import type { ClaimCarrier, Contradiction, DerivationEdge, Dossier, DossierArticle } from "./types.js";

/** Options of the dossier renderers. */
export interface RenderOptions {
  /** Show at most this many claims (the most corroborated first); the rest are counted. Default: all. */
  readonly maxClaims?: number;
  /** Show at most this many entities. Default 20. */
  readonly maxEntities?: number;
}

/** Look-ups over a dossier's articles. */
export function articleIndex(d: Dossier): (id: ArticleId) => DossierArticle {
  const byId = new Map(d.articles.map((a) => [a.id, a]));
  return (id) => byId.get(id) ?? {
    id, outlet: id, title: null, url: null, published: "", publishedAt: 0, dateOnly: true, assignment: "",
    role: "original", independentReport: id,
  };
}

/** The summary sentences at the top of every rendering. */
export function summaryLines(d: Dossier): string[] {
  const s = d.summary;
  return [
    `${plural(s.articles, "article")} from ${plural(s.outlets, "outlet")}, ${d.story.firstPublished} to ${d.story.lastPublished}; ` +
      `first: ${d.coverage.first.outlet}.`,
    `${plural(s.independentReports, "independent report")}; ${s.derivedArticles} of the articles derive from another article of the story.`,
    `${plural(s.claims, "claim")}: ${s.corroboratedClaims} on two or more independent reports, ${s.singleSourceClaims} on one; ` +
      `${plural(s.contradictions, "contradiction")}.`,
    ...(d.story.terms.length > 0 ? [`Top terms: ${d.story.terms.join(", ")}.`] : []),
  ];
}

/** An article's publication for a table: minutes at most. */
export const when = (a: DossierArticle): string => (a.dateOnly ? a.published : a.published.slice(0, 16).replace("T", " "));

/** The lag of an article behind the story's first. */
export function lagOf(d: Dossier, a: DossierArticle): string {
  if (a.id === d.coverage.first.article) return "first";
  const first = d.articles.find((x) => x.id === d.coverage.first.article)!;
  const dateOnly = a.dateOnly || first.dateOnly;
  const lag = a.publishedAt - first.publishedAt;
  return formatLag(dateOnly ? Math.floor(lag / 86_400_000) * 86_400_000 : lag, dateOnly);
}

/** One node of the derivation forest, depth first, with the edge that hangs it (null for a root). */
export interface ForestRow {
  readonly depth: number;
  readonly article: DossierArticle;
  readonly edge: DerivationEdge | null;
  /** Whether each ancestor level (and this node) is the last child, for drawing tree lines. */
  readonly lasts: readonly boolean[];
}

/** The derivation forest, depth first, roots in publication order. */
export function forestRows(d: Dossier): ForestRow[] {
  const article = articleIndex(d);
  const children = forestChildren(d.forest);
  const out: ForestRow[] = [];
  const visit = (id: ArticleId, edge: DerivationEdge | null, lasts: boolean[]) => {
    out.push({ depth: lasts.length, article: article(id), edge, lasts });
    const kids = children.get(id) ?? [];
    kids.forEach((e, i) => visit(e.child, e, [...lasts, i === kids.length - 1]));
  };
  for (const r of d.forest.roots) visit(r, null, []);
  return out;
}

/** What an edge says: `derived, whole, 93% reused, direction confidence 0.90`. */
export function edgeText(e: DerivationEdge): string {
  const what = e.kind === "derived" ? `derived, ${e.extent}, ${Math.round(e.share * 100)}% reused`
    : e.kind === "duplicate" ? "exact duplicate" : `near-duplicate, ${Math.round(e.share * 100)}% reused`;
  const lifted = e.rules.includes("forest/sibling-lifted") ? "; hung under the earlier source, not a sibling" : "";
  const direction = e.confidence > 0 ? `direction confidence ${e.confidence.toFixed(2)}`
    : e.rules.includes("forest/earlier-arrived") ? "direction by arrival order only" : "direction by publication order only";
  return `${what}, ${direction}${lifted}`;
}

/** The other possible sources of an article, and why each was not taken. */
export function alternativesText(e: DerivationEdge, article: (id: ArticleId) => DossierArticle): string | null {
  if (e.alternatives.length === 0) return null;
  return `also shares text with ${e.alternatives.map((a) => `${article(a.article).outlet} (${Math.round(a.share * 100)}%, ${a.reason})`).join("; ")}`;
}

/** How an article carries a claim: `reworded from Continental Wire Service (0.97); hedged: reportedly`. */
export function carriageText(c: ClaimCarrier, article: (id: ArticleId) => DossierArticle): string {
  const how = c.how === "own"
    ? (article(c.article).role === "original" ? "own report" : "own addition")
    : `${c.how} from ${c.from ? article(c.from).outlet : "?"}${c.how === "reworded" && c.score !== null ? ` (similarity ${c.score.toFixed(2)})` : ""}`;
  const parts = [how];
  if (c.attribution.speakers.length > 0) parts.push(`attributed to ${c.attribution.speakers.join(", ")}`);
  if (c.hedged) parts.push(`hedged: ${c.attribution.hedges.join(", ")}`);
  if (c.attribution.quotes.length > 0) parts.push("quotes");
  return parts.join("; ");
}

/** A contradiction in one line: `number (people): 23 in Continental Wire Service, Helmsey Courier; 32 in Eastbank Chronicle`. */
export function contradictionText(c: Contradiction): string {
  const what = c.kind === "number" ? `number (${c.about})` : c.kind;
  return `${what}: ${c.values.map((v) => `${v.written.join("/")} in ${v.outlets.join(", ")}`).join("; ")}`;
}

/** Claims to show and how many are left out. */
export function shownClaims(d: Dossier, options: RenderOptions): { claims: Dossier["claims"]; hidden: number } {
  const max = options.maxClaims ?? d.claims.length;
  return { claims: d.claims.slice(0, max), hidden: Math.max(0, d.claims.length - max) };
}

export const entityLimit = (options: RenderOptions): number => options.maxEntities ?? 20;
