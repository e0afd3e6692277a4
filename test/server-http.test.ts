import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { serveCommand } from "../src/cli/commands/serve.js";
import { createApp } from "../src/server/app.js";
import { startServer } from "../src/server/node-server.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { captureIo, tempDir } from "./helpers.js";

/** A raw HTTP request, so the test controls headers and chunking exactly. */
function send(url: string, init: { method?: string; headers?: Record<string, string>; chunks?: Buffer[] } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? "GET", headers: init.headers }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    for (const c of init.chunks ?? []) req.write(c);
    req.end();
  });
}

describe("HTTP server", () => {
  it("serves the app on loopback with timeouts, and refuses an oversized chunked upload", async () => {
    const store = openSqliteStore(join(tempDir(), "http.db"));
    const running = await startServer(createApp(store, { token: "tok", maxBodyBytes: 1024 }), { port: 0, maxBodyBytes: 1024, requestTimeoutMs: 5000 });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(running.server.requestTimeout).toBe(5000);
      expect(running.server.headersTimeout).toBe(5000);
      const health = await send(`${running.url}/api/health`);
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toEqual({ ok: true, store: "sqlite", writes: true });
      expect(health.headers["content-security-policy"]).toMatch(/script-src 'self'/);
      const big = await send(`${running.url}/api/articles`, {
        method: "POST",
        headers: { authorization: "Bearer tok", "transfer-encoding": "chunked" },
        chunks: Array.from({ length: 8 }, () => Buffer.alloc(512, 0x41)),
      });
      expect(big.status).toBe(413);
      expect(JSON.parse(big.body)).toEqual({ status: 413, message: "request body larger than the 1024-byte limit" });
      const head = await send(`${running.url}/`, { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(head.body).toBe("");
      const ok = await send(`${running.url}/api/articles?format=text&source=Wire`, {
        method: "POST", headers: { authorization: "Bearer tok" }, chunks: [Buffer.from(" date 2023-07-09 A small test article about harbour cranes.")],
      });
      expect(ok.status).toBe(201);
    } finally {
      await running.close();
      await store.close();
    }
  });

  it("wiretrace serve says whether writes are enabled and stops cleanly", async () => {
    const dir = tempDir();
    for (const [env, expected, writes] of [
      [{}, /writes are disabled: set WIRETRACE_TOKEN/, false],
      [{ WIRETRACE_TOKEN: "abc" }, /writes need the token in WIRETRACE_TOKEN/, true],
    ] as const) {
      const run = captureIo(dir, "", { ...env });
      let started: { url: string; stop: () => Promise<void> } | null = null;
      const program = new Command().exitOverride();
      serveCommand(program, run.io, (url, stop) => (started = { url, stop }));
      await program.parseAsync(["serve", "--db", join(dir, "serve.db"), "--port", "0"], { from: "user" });
      expect(run.out()).toMatch(/wiretrace serving http:\/\/127\.0\.0\.1:\d+/);
      expect(run.out()).toMatch(expected);
      const s = started as unknown as { url: string; stop: () => Promise<void> };
      const health = await send(`${s.url}/api/health`);
      expect(JSON.parse(health.body).writes).toBe(writes);
      await s.stop();
    }
  });

  it("wiretrace serve names a port in use", async () => {
    const dir = tempDir();
    const store = openSqliteStore(join(dir, "busy.db"));
    const running = await startServer(createApp(store), { port: 0 });
    try {
      const port = running.url.split(":").pop()!;
      const run = captureIo(dir);
      const program = new Command().exitOverride();
      serveCommand(program, run.io, () => undefined);
      await expect(program.parseAsync(["serve", "--db", join(dir, "serve.db"), "--port", port], { from: "user" }))
        .rejects.toThrow(`port ${port} on 127.0.0.1 is in use: choose another with --port`);
    } finally {
      await running.close();
      await store.close();
    }
  });
});
