/** Options of the HTTP server ({@link startServer}) and of the app it serves ({@link createApp}). */
export interface ServerOptions {
  /** Interface to listen on. Default `127.0.0.1`: loopback only. */
  readonly host: string;
  /** Port; 0 picks a free one. Default 8080. */
  readonly port: number;
  /** Bearer token that writes (ingest) must carry. `null` refuses every write. Default null. */
  readonly token: string | null;
  /** Largest request body, in bytes, for an ingest upload. Default 10 MiB. */
  readonly maxBodyBytes: number;
  /** Longest time to receive a whole request, headers and body, in ms. Default 30 s. */
  readonly requestTimeoutMs: number;
  /** Longest time to receive the request headers, in ms. Default 10 s. */
  readonly headersTimeoutMs: number;
  /** Idle keep-alive connections close after this many ms. Default 5 s. */
  readonly keepAliveTimeoutMs: number;
  /** Origins allowed to call the API from other sites (CORS). Default none: CORS is off. */
  readonly corsOrigins: readonly string[];
  /** Most articles or stories one list request may ask for. Default 500. */
  readonly maxPageSize: number;
}

export const defaultServerOptions: ServerOptions = {
  host: "127.0.0.1",
  port: 8080,
  token: null,
  maxBodyBytes: 10 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  corsOrigins: [],
  maxPageSize: 500,
};
