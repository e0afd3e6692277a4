/** A request as the app sees it: what node:http gives, or what a test builds in-process. */
export interface AppRequest {
  readonly method: string;
  /** Path and query, e.g. `/api/search?q=strike`. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: AsyncIterable<Uint8Array>;
}

/** A response, whole: every page and document wiretrace serves is small enough to build in memory. */
export interface AppResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Buffer;
}

export const jsonResponse = (status: number, value: unknown, headers: Record<string, string> = {}): AppResponse => ({
  status,
  headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  body: `${JSON.stringify(value, null, 2)}\n`,
});

export const htmlResponse = (status: number, markup: string): AppResponse => ({
  status,
  headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  body: markup,
});
