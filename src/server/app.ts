import type { Store } from "../engine/store.js";
import { StoryEngine } from "../engine/stories.js";
import { apiRoutes } from "./api-routes.js";
import { jsonResponse, htmlResponse, type AppRequest, type AppResponse } from "./app-types.js";
import { HttpError, toHttpError } from "./http-error.js";
import { defaultServerOptions, type ServerOptions } from "./options.js";
import { errorPage } from "./pages/layout.js";
import { pageRoutes } from "./pages/routes.js";
import { Router } from "./router.js";
import { corsHeaders, SECURITY_HEADERS } from "./security.js";
import { StaticFiles } from "./static-files.js";
import { StoryViews } from "./story-view.js";

/** What route modules share: the store, the options, the story cache and one queue for writes. */
export interface AppContext {
  readonly store: Store;
  readonly options: ServerOptions;
  readonly stories: StoryViews;
  /** Run a write after every earlier one has finished: ingests never interleave (the story engine is stateful). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /**
   * The story engine uploads assign with, kept open between them; reopened when another process has written to
   * the store meanwhile. Call inside {@link AppContext.exclusive}.
   */
  storyEngine(): Promise<StoryEngine>;
  /** Drop the kept engine (after a failed ingest its memory may be ahead of the store); the next upload reopens it. */
  forgetStoryEngine(): void;
}

/** The app: a request in, a whole response out. node:http serves it ({@link startServer}); tests call it directly. */
export interface App {
  handle(request: AppRequest): Promise<AppResponse>;
  /** Every route as `METHOD /path/:param` (static files aside). */
  routes(): string[];
  /** In-process request for tests and tools, as `fetch` would make it: `app.request("/api/stories")`. */
  request(url: string, init?: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array }): Promise<AppResponse>;
}

const isApi = (pathname: string) => pathname.startsWith("/api/") || pathname === "/api" || pathname === "/openapi.json";

/**
 * Build the app over an open store: the JSON API under `/api`, the OpenAPI document at `/openapi.json`, the web UI
 * everywhere else, static files under `/static/`. Errors become `{status, message}` JSON on API paths and an HTML
 * page elsewhere, here and only here.
 *
 * @example const app = createApp(store, { token: "s3cret" }); const res = await app.request("/api/stories");
 */
export function createApp(store: Store, options: Partial<ServerOptions> = {}): App {
  const opts: ServerOptions = { ...defaultServerOptions, ...options };
  let queue: Promise<unknown> = Promise.resolve();
  let engine: StoryEngine | null = null;
  const context: AppContext = {
    store,
    options: opts,
    stories: new StoryViews(store),
    exclusive(work) {
      const run = queue.then(work, work);
      queue = run.catch(() => undefined);
      return run;
    },
    async storyEngine() {
      // Watching starts before the engine loads, so a write that lands while it loads reopens it next time.
      if (engine === null || (await store.writtenElsewhere?.())) {
        await store.writtenElsewhere?.();
        engine = await StoryEngine.open(store);
      }
      return engine;
    },
    forgetStoryEngine() {
      engine = null;
    },
  };
  const router = new Router();
  apiRoutes(router, context);
  pageRoutes(router, context);
  const files = new StaticFiles();

  async function route(request: AppRequest, url: URL): Promise<AppResponse> {
    if (url.pathname.startsWith("/static/")) {
      if (request.method !== "GET" && request.method !== "HEAD") throw new HttpError(405, "static files are read-only", { allow: "GET, HEAD" });
      const file = files.get(url.pathname.slice("/static/".length));
      if (!file) throw new HttpError(404, "no such file");
      return file;
    }
    let match;
    try {
      match = router.match(request.method, url.pathname);
    } catch {
      throw new HttpError(400, "malformed percent-encoding in the path");
    }
    if (match.kind === "not-found") throw new HttpError(404, `nothing at ${url.pathname}`);
    if (match.kind === "method-not-allowed") {
      throw new HttpError(405, `${request.method} is not allowed here`, { allow: match.allowed.join(", ") });
    }
    return match.handler(request, match.params, url.searchParams);
  }

  async function handle(request: AppRequest): Promise<AppResponse> {
    let url: URL;
    try {
      url = new URL(request.url, "http://wiretrace.invalid");
    } catch {
      url = new URL("http://wiretrace.invalid/");
    }
    const cors = corsHeaders(request.headers["origin"], opts.corsOrigins);
    let response: AppResponse;
    if (request.method === "OPTIONS" && isApi(url.pathname) && Object.keys(cors).length > 0) {
      response = { status: 204, headers: {}, body: "" };
    } else {
      try {
        response = await route(request, url);
      } catch (error) {
        const e = toHttpError(error);
        if (e.status === 500) console.error(error);
        const failed = isApi(url.pathname)
          ? jsonResponse(e.status, { status: e.status, message: e.message })
          : htmlResponse(e.status, errorPage(e.status, e.message));
        response = { ...failed, headers: { ...failed.headers, ...e.headers } };
      }
    }
    const headers = { ...SECURITY_HEADERS, ...(isApi(url.pathname) ? cors : {}), ...response.headers };
    return request.method === "HEAD" ? { ...response, headers, body: "" } : { ...response, headers };
  }

  return {
    handle,
    routes: () => router.list(),
    async request(url, init = {}) {
      const body = init.body === undefined ? [] : [typeof init.body === "string" ? Buffer.from(init.body) : init.body];
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(init.headers ?? {})) headers[k.toLowerCase()] = v;
      return handle({ method: init.method ?? "GET", url, headers, body: (async function* () { yield* body; })() });
    },
  };
}
