import { WiretraceError } from "../core/errors.js";

/** An error that knows its HTTP status. Everything a handler throws becomes one in {@link toHttpError}. */
export class HttpError extends Error {
  readonly status: number;
  /** Extra response headers, e.g. `WWW-Authenticate` on a 401. */
  readonly headers: Readonly<Record<string, string>>;
  constructor(status: number, message: string, headers: Readonly<Record<string, string>> = {}) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.headers = headers;
  }
}

const STATUS_OF: Readonly<Record<WiretraceError["code"], number>> = {
  "bad-input": 400, usage: 400, "not-found": 404, store: 503,
};

/**
 * The one place errors become HTTP statuses: an {@link HttpError} keeps its own, a `WiretraceError` maps by its code,
 * anything else is a 500 whose message is not shown (it may hold paths or SQL).
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof WiretraceError) return new HttpError(STATUS_OF[error.code], error.message);
  return new HttpError(500, "internal error");
}
