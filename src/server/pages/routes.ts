import { NotFoundError } from "../../core/errors.js";
import { articleId, storyId, type ArticleId } from "../../core/types.js";
import type { StoredArticle } from "../../engine/store.js";
import { buildTimeline, timelineEntries } from "../../timeline/timeline.js";
import type { AppContext } from "../app.js";
import { compareStored, relationBetween } from "../compare-view.js";
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
      return page(storyPage(view, await context.stories.dossier(id)));
    })
    .get("/articles/:id", async (_r, p) => {
      const a = await article(p["id"]!);
      const relations = await store.relationsOf(a.id);
      const others = new Map<ArticleId, StoredArticle>(
        (await store.getArticles(relations.map((r) => (r.a === a.id ? r.b : r.a)))).map((o) => [o.id, o]),
      );
      const inStory = await store.storyOf(a.id);
      const story = inStory === null ? null : (await context.stories.get(inStory)).story;
      return page(articlePage(a, story, relations, others, buildTimeline(timelineEntries(a))));
    })
    .get("/compare", async (_r, _p, q) => {
      const [a, b] = [await article(textParam(q, "a")), await article(textParam(q, "b"))];
      return page(comparePage(a, b, await relationBetween(store, a, b), compareStored(a, b)));
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
