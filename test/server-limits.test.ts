import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.js";
import { startServer, type RunningServer } from "../src/server/node-server.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/engine/store.js";
import { tempDir } from "./helpers.js";

/** Slow clients (slowloris): the header, request and keep-alive timeouts close their connections. */
let running: RunningServer | null = null;
let store: Store | null = null;
afterEach(async () => {
  await running?.close();
  await store?.close();
  running = null;
  store = null;
});

async function serve(): Promise<URL> {
  store = openSqliteStore(join(tempDir(), "limits.db"));
  const options = { port: 0, token: "tok", headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 300 };
  running = await startServer(createApp(store, options), options);
  return new URL(running.url);
}

/** Open a raw connection, write `first`, and resolve with what the server sent and when it closed. */
function rawClient(url: URL, first: string): Promise<{ data: string; closedAfterMs: number; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let data = "";
    const socket = connect(Number(url.port), url.hostname, () => socket.write(first));
    socket.on("data", (chunk) => (data += chunk.toString("utf8")));
    socket.on("error", reject);
    socket.on("close", () => resolve({ data, closedAfterMs: performance.now() - started, socket }));
    setTimeout(() => reject(new Error(`still open after 5 s; received ${JSON.stringify(data.slice(0, 80))}`)), 5000).unref();
  });
}

describe("server timeouts", () => {
  it("closes a connection whose headers never finish", async () => {
    const url = await serve();
    const r = await rawClient(url, "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n");
    expect(r.data).not.toMatch(/^HTTP\/1\.1 200/);
    expect(r.closedAfterMs).toBeLessThan(3000);
  });

  it("closes an upload whose body trickles in slower than the request timeout", async () => {
    const url = await serve();
    const r = await rawClient(url, "POST /api/articles?format=jsonl HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok\r\nContent-Length: 1000\r\n\r\n{\"id\":");
    expect(r.data).not.toMatch(/^HTTP\/1\.1 20/);
    expect(r.closedAfterMs).toBeLessThan(3000);
  });

  it("closes an idle keep-alive connection after answering", async () => {
    const url = await serve();
    const r = await rawClient(url, "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n");
    expect(r.data).toMatch(/^HTTP\/1\.1 200/);
    expect(r.data).toMatch(/"ok":\s*true/);
    expect(r.closedAfterMs).toBeLessThan(3000);
  });
});
