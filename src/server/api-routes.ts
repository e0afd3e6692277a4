import { NotFoundError } from "../core/errors.js";
import { articleId, storyId, type ArticleId } from "../core/types.js";
import { duplicateGroups } from "../engine/duplicate-groups.js";
import { resolveEntities } from "../engine/entities.js";
import { flipRelation } from "../reuse/relation.js";
import { buildTimeline, timelineEntries } from "../timeline/timeline.js";
import type { AppContext } from "./app.js";
import { jsonResponse } from "./app-types.js";
import { articleJson } from "./article-json.js";
import { openApiDocument } from "./openapi.js";
import { intParam, numberParam, textParam } from "./params.js";
import type { Router } from "./router.js";
import { compareStored, relationBetween } from "./compare-view.js";
import { ingestUpload } from "./upload.js";

const ok = (value: unknown) => jsonResponse(200, value);

/** The JSON API. Every route is described in {@link openApiDocument}; a test checks the two agree. */
export function apiRoutes(router: Router, context: AppContext): void {
  const { store, options } = context;
  const page = (query: URLSearchParams, fallback = 50) => ({
    limit: intParam(query, "limit", fallback, 1, options.maxPageSize),
    offset: intParam(query, "offset", 0, 0, 1_000_000_000),
  });
  const article = async (id: string) => {
    const found = await store.getArticle(articleId(id));
    if (!found) throw new NotFoundError(`no article with id ${JSON.stringify(id)}`);
    return found;
  };

  router
    .get("/openapi.json", async () => ok(openApiDocument()))
    .get("/api/health", async () => ok({ ok: true, store: store.kind, writes: options.token !== null }))
    .get("/api/stats", async () => ok(await store.stats()))
    .get("/api/articles", async (_r, _p, q) => {
      const { limit, offset } = page(q);
      const source = q.get("source") ?? undefined;
      return ok({ limit, offset, articles: await store.listArticles({ limit, offset, source }) });
    })
    .post("/api/articles", async (request, _p, q) => {
      const report = await ingestUpload(context, request, q);
      if (report.read > 0 && report.inserted + report.unchanged === 0) {
        return jsonResponse(422, { status: 422, message: `no article could be read: ${report.rejected} rejected`, report });
      }
      return jsonResponse(report.inserted > 0 ? 201 : 200, report);
    })
    .get("/api/articles/:id", async (_r, p, q) => ok(articleJson(await article(p["id"]!), q.get("raw") === "1")))
    .get("/api/articles/:id/relations", async (_r, p) => {
      const a = await article(p["id"]!);
      const relations = (await store.relationsOf(a.id)).map((r) =>
        r.a === a.id ? { other: r.b, relation: r.relation } : { other: r.a, relation: flipRelation(r.relation) },
      );
      return ok({ id: a.id, story: await store.storyOf(a.id), relations });
    })
    .get("/api/articles/:id/timeline", async (_r, p) => {
      const a = await article(p["id"]!);
      return ok({ id: a.id, events: buildTimeline(timelineEntries(a)) });
    })
    .get("/api/articles/:id/entities", async (_r, p) => {
      const a = await article(p["id"]!);
      return ok({ id: a.id, entities: resolveEntities([a], []).entities });
    })
    .get("/api/search", async (_r, _p, q) => {
      const text = textParam(q, "q", 500);
      const { limit, offset } = page(q, 20);
      return ok({ query: text, limit, offset, hits: await store.searchArticles(text, { limit, offset }) });
    })
    .get("/api/stories", async (_r, _p, q) => {
      const { limit, offset } = page(q);
      return ok({ limit, offset, stories: await context.stories.list({ limit, offset }) });
    })
    .get("/api/stories/:id", async (_r, p) => {
      const id = storyId(p["id"]!);
      const view = await context.stories.get(id);
      return ok({
        ...view.story,
        independentReports: view.forest.roots.length,
        articles: view.members.map((m) => ({ ...m, evidence: JSON.parse(m.evidence) as unknown })),
        events: await store.storyEvents(id),
      });
    })
    .get("/api/stories/:id/dossier", async (_r, p) => ok(await context.stories.dossier(storyId(p["id"]!))))
    .get("/api/stories/:id/derivation", async (_r, p) => ok((await context.stories.get(storyId(p["id"]!))).forest))
    .get("/api/stories/:id/timeline", async (_r, p) => {
      const d = await context.stories.dossier(storyId(p["id"]!));
      return ok({ story: d.id, articles: d.articles.map((a) => a.id), events: d.timeline });
    })
    .get("/api/stories/:id/entities", async (_r, p) => {
      const d = await context.stories.dossier(storyId(p["id"]!));
      return ok({ story: d.id, entities: d.entities });
    })
    .get("/api/compare", async (_r, _p, q) => {
      const [a, b] = [await article(textParam(q, "a")), await article(textParam(q, "b"))];
      return ok({ relation: await relationBetween(store, a, b), report: compareStored(a, b) });
    })
    .get("/api/entities", async (_r, _p, q) => {
      // Recognition runs over every article asked for: capped lower than other lists.
      const limit = intParam(q, "limit", 200, 1, Math.min(200, options.maxPageSize));
      const ids: ArticleId[] = (await store.listArticles({ limit })).map((a) => a.id);
      const articles = await store.getArticles(ids);
      return ok({ articles: ids.length, entities: resolveEntities(articles, []).entities });
    })
    .get("/api/duplicates", async (_r, _p, q) => {
      const threshold = numberParam(q, "threshold", 0.8, 0, 1);
      const exact = await store.exactDuplicateGroups();
      const near = duplicateGroups(await store.listRelations(["duplicate", "near-duplicate", "derived"]), threshold);
      return ok({ threshold, exact, groups: near });
    });
}
