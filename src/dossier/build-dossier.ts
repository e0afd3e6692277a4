// The dossier of one story, read from a store: coverage, the derivation forest, claims with their independent
// sources and contradictions, the merged timeline and the entities with their variants.
import { formatPublished, publishedSortKey } from "../core/published.js";
import { NotFoundError } from "../core/errors.js";
import type { ArticleId, StoryId } from "../core/types.js";
import { resolveEntities } from "../engine/entities.js";
import type { Store, StoredArticle, StoredRelation } from "../engine/store.js";
import type { CanonicalEntity } from "../entities/aliases/types.js";
import { buildTimeline, timelineEntries } from "../timeline/timeline.js";
import { assignmentReason } from "./assignment-reason.js";
import { storyClaims, type PlacesOf } from "./claims.js";
import { storyCoverage } from "./coverage.js";
import { derivationForest, forestRoots } from "./derivation-forest.js";
import { mergeTimelineByClaims } from "./merged-timeline.js";
import { storyTopTerms } from "../stories/profile-json.js";
import type { DossierOptions } from "./options.js";
import type { Dossier, DossierArticle, DossierEntity } from "./types.js";

const UNKNOWN_OUTLET = "(unknown outlet)";

/** The relations among a set of articles, each pair once. */
export async function relationsAmong(store: Store, ids: readonly ArticleId[]): Promise<StoredRelation[]> {
  const inSet = new Set(ids);
  const seen = new Set<string>();
  const out: StoredRelation[] = [];
  for (const id of ids) {
    for (const r of await store.relationsOf(id)) {
      const key = `${r.a}\u0000${r.b}`;
      if (inSet.has(r.a) && inSet.has(r.b) && !seen.has(key)) {
        seen.add(key);
        out.push(r);
      }
    }
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The places a sentence names (canonical forms and offsets), from the story's place entities and their variants. */
function placeFinder(entities: readonly CanonicalEntity[]): PlacesOf {
  const canonical = new Map<string, string>();
  for (const e of entities) if (e.type === "LOC") for (const v of e.variants) if (v.text.length > 1) canonical.set(v.text, e.canonical);
  if (canonical.size === 0) return () => [];
  const variants = [...canonical.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (sentence) => [...sentence.matchAll(pattern)].map((m) => ({ name: canonical.get(m[0])!, text: m[0], start: m.index }));
}

const entityOf = (e: CanonicalEntity): DossierEntity => ({
  id: e.id, type: e.type, canonical: e.canonical, variants: e.variants,
  mentions: e.variants.reduce((n, v) => n + v.count, 0), outlets: e.outlets,
});

/**
 * Build the dossier of a story. Throws a `NotFoundError` when the store has no story with that id.
 *
 * @example
 * const d = await buildDossier(store, storyId("s5e74419602de"));
 * d.summary.independentReports // 2
 * renderDossierText(d)
 */
export async function buildDossier(store: Store, id: StoryId, options: Partial<DossierOptions> = {}): Promise<Dossier> {
  const found = await store.getStory(id);
  if (!found) throw new NotFoundError(`no story with id ${JSON.stringify(id)}`);
  const reasons = new Map(found.articles.map((a) => [a.id, assignmentReason(a.evidence)]));
  const stored: StoredArticle[] = (await store.getArticles(found.articles.map((a) => a.id))).sort(
    (a, b) => publishedSortKey(a.published) - publishedSortKey(b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  if (stored.length === 0) throw new NotFoundError(`story ${JSON.stringify(id)} has no stored articles`);
  const outlet = (a: StoredArticle) => a.source ?? UNKNOWN_OUTLET;
  const relations = await relationsAmong(store, stored.map((a) => a.id));
  const forest = derivationForest(stored.map((a) => ({ id: a.id, publishedAt: publishedSortKey(a.published) })), relations, options);
  const roots = forestRoots(forest);
  const { entities } = resolveEntities(stored, relations);
  const claims = storyClaims(
    stored.map((a) => ({ id: a.id, outlet: outlet(a), text: a.text, publishedAt: publishedSortKey(a.published), anchor: a.published })),
    forest, placeFinder(entities), options,
  );
  const articles: DossierArticle[] = stored.map((a) => ({
    id: a.id, outlet: outlet(a), title: a.title, url: a.url, published: formatPublished(a.published),
    publishedAt: publishedSortKey(a.published), dateOnly: a.published.kind === "date",
    assignment: reasons.get(a.id) ?? "", role: roots.get(a.id) === a.id ? "original" : "derived",
    independentReport: roots.get(a.id) ?? a.id,
  }));
  const contradictions = claims.flatMap((c) => c.contradictions);
  return {
    format: "wiretrace-dossier", version: 1, id: found.story.id,
    story: {
      id: found.story.id, headline: found.story.headline, terms: storyTopTerms(found.story.profile),
      firstPublished: articles[0]!.published, lastPublished: articles[articles.length - 1]!.published,
    },
    summary: {
      articles: articles.length, outlets: new Set(articles.map((a) => a.outlet)).size,
      independentReports: forest.roots.length, derivedArticles: forest.edges.length, claims: claims.length,
      corroboratedClaims: claims.filter((c) => c.independentSources.length > 1).length,
      singleSourceClaims: claims.filter((c) => c.singleSource).length, contradictions: contradictions.length,
    },
    articles,
    coverage: storyCoverage(articles),
    forest,
    claims,
    contradictions,
    timeline: mergeTimelineByClaims(buildTimeline(stored.flatMap((a) => timelineEntries(a))), claims),
    entities: entities.map(entityOf),
  };
}
