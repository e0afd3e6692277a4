import type { AppRequest, AppResponse } from "./app-types.js";

/** A route's handler: the request, the `:name` parameters of its path (decoded) and the query. */
export type Handler = (request: AppRequest, params: Readonly<Record<string, string>>, query: URLSearchParams) => Promise<AppResponse>;

interface Route {
  readonly method: string;
  readonly path: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly handler: Handler;
}

/** What a path resolved to: a handler, a path that exists under other methods (405), or nothing (404). */
export type Match =
  | { readonly kind: "found"; readonly handler: Handler; readonly params: Record<string, string> }
  | { readonly kind: "method-not-allowed"; readonly allowed: readonly string[] }
  | { readonly kind: "not-found" };

/**
 * A small method-and-path router: `/api/articles/:id` matches one path segment per parameter (percent-decoded).
 *
 * @example const r = new Router().get("/a/:id", h); r.match("GET", "/a/x%2Fy") // params { id: "x/y" }
 */
export class Router {
  readonly #routes: Route[] = [];

  get(path: string, handler: Handler): this {
    return this.add("GET", path, handler);
  }

  post(path: string, handler: Handler): this {
    return this.add("POST", path, handler);
  }

  add(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const source = path
      .split("/")
      .map((part) => {
        if (!part.startsWith(":")) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(part.slice(1));
        return "([^/]+)";
      })
      .join("/");
    this.#routes.push({ method, path, pattern: new RegExp(`^${source}$`), names, handler });
    return this;
  }

  /** Every route as `METHOD /path/:param`, in the order added. */
  list(): string[] {
    return this.#routes.map((r) => `${r.method} ${r.path}`);
  }

  match(method: string, pathname: string): Match {
    const allowed: string[] = [];
    for (const route of this.#routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      if (route.method !== method && !(method === "HEAD" && route.method === "GET")) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { kind: "found", handler: route.handler, params };
    }
    return allowed.length > 0 ? { kind: "method-not-allowed", allowed } : { kind: "not-found" };
  }
}
