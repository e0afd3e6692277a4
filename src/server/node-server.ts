import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "./app.js";
import { defaultServerOptions, type ServerOptions } from "./options.js";

/** A running server: where it listens, and how to stop it. */
export interface RunningServer {
  readonly server: Server;
  /** `http://127.0.0.1:8080` */
  readonly url: string;
  close(): Promise<void>;
}

const headersOf = (req: IncomingMessage): Record<string, string | undefined> => {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k] = Array.isArray(v) ? v.join(", ") : v;
  return out;
};

/**
 * Serve an app with node:http, on loopback unless told otherwise, with the request, header and keep-alive timeouts
 * of the options (a slow client cannot hold a connection open).
 *
 * @example const running = await startServer(createApp(store), { port: 0 }); console.log(running.url);
 */
export async function startServer(app: App, options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const o = { ...defaultServerOptions, ...options };
  const server = createServer(
    {
      requestTimeout: o.requestTimeoutMs,
      headersTimeout: Math.min(o.headersTimeoutMs, o.requestTimeoutMs),
      keepAliveTimeout: o.keepAliveTimeoutMs,
      // Node checks the header and request timeouts on this interval (30 s by default), so a slow client could
      // otherwise hold a connection for up to 30 s past them.
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(Math.min(o.headersTimeoutMs, o.requestTimeoutMs) / 4))),
    },
    (req, res) => {
      app
        .handle({ method: req.method ?? "GET", url: req.url ?? "/", headers: headersOf(req), body: req })
        .then((response) => {
          // A refused upload leaves body bytes unread: close the connection after answering instead of reading them.
          const close = req.complete ? {} : { connection: "close" };
          res.writeHead(response.status, { ...response.headers, ...close });
          res.end(response.body);
        })
        .catch((error: unknown) => {
          console.error(error);
          if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
          res.end('{"status":500,"message":"internal error"}\n');
        });
    },
  );
  server.maxHeadersCount = 100;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
