import { NotFoundError } from "../../core/errors.js";
import { articleId, storyId, type ArticleId } from "../../core/types.js";
import type { StoredArticle } from "../../engine/store.js";
import { defaultIndexParams } from "../../engine/index-params.js";
import { relateTexts } from "../../reuse/relate-texts.js";
import { flipRelation, type Relation } from "../../reuse/relation.js";
import { tokenize } from "../../sketch/tokens.js";
import { buildTimeline, timelineEntries } from "../../timeline/timeline.js";
import type { AppContext } from "../app.js";
import { htmlResponse } from "../app-types.js";
import { intParam, textParam } from "../params.js";
import type { Router } from "../router.js";
import { articlePage } from "./article-page.js";
import { comparePage } from "./compare-page.js";
import { searchPage } from "./search-page.js";
import { storyListPage } from "./story-list-page.js";
import { storyPage } from "./story-page.js";
import { uploadPage } from "./upload-page.js";

const page = (markup: string) => htmlResponse(200, markup);

/** The relation of `a` to `b` as stored, read from a's side; else worked out from the two texts now. */
export async function relationBetween(context: AppContext, a: StoredArticle, b: StoredArticle): Promise<Relation> {
  const stored = (await context.store.relationsOf(a.id)).find((r) => r.a === b.id || r.b === b.id);
  if (stored) return stored.a === a.id ? stored.relation : flipRelation(stored.relation);
  const input = (x: StoredArticle) => ({ tokens: tokenize(x.text), published: x.published, textHash: x.textHash });
  return relateTexts(input(a), input(b), { passages: { shingleSize: defaultIndexParams.shingleSize } });
}

/** The web UI's pages: server-rendered HTML, every piece of article data escaped. */
export function pageRoutes(router: Router, context: AppContext): void {
  const { store, options } = context;
  const article = async (id: string) => {
    const found = await store.getArticle(articleId(id));
    if (!found) throw new NotFoundError(`no article with id ${JSON.stringify(id)}`);
    return found;
  };

  router
    .get("/", async (_r, _p, q) => {
      const limit = 50;
      const offset = intParam(q, "offset", 0, 0, 1_000_000_000);
      const stories = await context.stories.list({ limit: limit + 1, offset });
      return page(storyListPage(stories.slice(0, limit), { offset, limit, more: stories.length > limit }));
    })
    .get("/stories/:id", async (_r, p) => {
      const id = storyId(p["id"]!);
      const view = await context.stories.get(id);
      return page(storyPage(view, await context.stories.entities(id)));
    })
    .get("/articles/:id", async (_r, p) => {
      const a = await article(p["id"]!);
      const relations = await store.relationsOf(a.id);
      const others = new Map<ArticleId, StoredArticle>(
        (await store.getArticles(relations.map((r) => (r.a === a.id ? r.b : r.a)))).map((o) => [o.id, o]),
      );
      return page(articlePage(a, await store.storyOf(a.id), relations, others, buildTimeline(timelineEntries(a))));
    })
    .get("/compare", async (_r, _p, q) => {
      const [a, b] = [await article(textParam(q, "a")), await article(textParam(q, "b"))];
      return page(comparePage(a, b, await relationBetween(context, a, b)));
    })
    .get("/search", async (_r, _p, q) => {
      const text = (q.get("q") ?? "").slice(0, 500);
      const limit = 20;
      const offset = intParam(q, "offset", 0, 0, 1_000_000_000);
      const hits = text.trim() === "" ? null : await store.searchArticles(text, { limit, offset });
      return page(searchPage(text, hits, { offset, limit }));
    })
    .get("/upload", async () => page(uploadPage(options.token !== null, options.maxBodyBytes)));
}
