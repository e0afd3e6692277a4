import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../src/engine/store.js";
import { createApp, type App } from "../src/server/app.js";
import type { AppResponse } from "../src/server/app-types.js";
import { CONTENT_SECURITY_POLICY } from "../src/server/security.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { AGENCY_ORIGINAL, demoDatabase, EXACT_COPY, INDEPENDENT_REPORT, STRIKE_HEADLINE } from "./server-fixture.js";

const TOKEN = "test-token-1234";
const json = (r: AppResponse) => JSON.parse(String(r.body)) as any;
const bearer = { authorization: `Bearer ${TOKEN}` };

let dir: string;
let store: Store;
let app: App;
let strikeId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "wiretrace-api-"));
  store = openSqliteStore(await demoDatabase(dir));
  app = createApp(store, { token: TOKEN, maxBodyBytes: 64 * 1024 });
  const stories = json(await app.request("/api/stories")).stories as { id: string; headline: string }[];
  strikeId = stories.find((s) => STRIKE_HEADLINE.test(s.headline))!.id;
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("API: reading", () => {
  it("lists stories newest first with outlet and independent-report counts", async () => {
    const r = await app.request("/api/stories");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toMatch(/^application\/json/);
    const { stories } = json(r);
    expect(stories.length).toBe(5);
    const lastAt = stories.map((s: { lastAt: number }) => s.lastAt);
    expect(lastAt).toEqual([...lastAt].sort((a, b) => b - a));
    // Story A: the agency original, an exact copy and two rewrites of it form one report; Frontline Monitor's is another.
    expect(stories.find((s: { id: string }) => s.id === strikeId)).toMatchObject({ size: 5, outlets: 5, independentReports: 2 });
    expect(json(await app.request("/api/stories?limit=2&offset=1")).stories.map((s: { id: string }) => s.id)).toEqual(
      stories.slice(1, 3).map((s: { id: string }) => s.id),
    );
  });

  it("shows a story, its derivation tree, timeline and entities", async () => {
    const story = json(await app.request(`/api/stories/${strikeId}`));
    expect(story.terms).toContain("qasra");
    expect(story.articles.map((a: { id: string }) => a.id)).toContain(INDEPENDENT_REPORT);
    expect(story.independentReports).toBe(2);
    const derivation = json(await app.request(`/api/stories/${strikeId}/derivation`));
    expect(derivation.roots).toContain(INDEPENDENT_REPORT);
    expect(derivation.roots).toContain(AGENCY_ORIGINAL);
    expect(derivation.roots).toHaveLength(2);
    expect(derivation.edges.filter((e: { parent: string }) => e.parent === AGENCY_ORIGINAL).map((e: { child: string }) => e.child)).toContain(EXACT_COPY);
    const dossier = json(await app.request(`/api/stories/${strikeId}/dossier`));
    expect(dossier).toMatchObject({ format: "wiretrace-dossier", id: strikeId, summary: { articles: 5, outlets: 5, independentReports: 2 } });
    expect(dossier.claims.length).toBeGreaterThan(0);
    const timeline = json(await app.request(`/api/stories/${strikeId}/timeline`));
    expect(timeline.events.some((e: { date: string }) => e.date === "2023-07-07")).toBe(true);
    const entities = json(await app.request(`/api/stories/${strikeId}/entities`));
    const muhajer = entities.entities.find((e: { canonical: string }) => /Muhajer/.test(e.canonical));
    expect(muhajer.variants.length).toBeGreaterThan(1);
  });

  it("serves articles by any id, percent-encoded, with relations and dates", async () => {
    const r = await app.request(`/api/articles/${encodeURIComponent(INDEPENDENT_REPORT)}`);
    expect(r.status).toBe(200);
    expect(json(r)).toMatchObject({ id: INDEPENDENT_REPORT, source: "Frontline Monitor", published: expect.stringMatching(/^2023-07-10/) });
    expect(json(r).raw).toBeUndefined();
    expect(json(await app.request(`/api/articles/${encodeURIComponent(INDEPENDENT_REPORT)}?raw=1`)).raw).toBeTypeOf("string");
    const rel = json(await app.request(`/api/articles/${AGENCY_ORIGINAL}/relations`));
    expect(rel.relations.find((x: { other: string }) => x.other === EXACT_COPY).relation.kind).toBe("duplicate");
    expect(rel.story).toBe(strikeId);
    expect(json(await app.request(`/api/articles/${AGENCY_ORIGINAL}/timeline`)).events.length).toBeGreaterThan(0);
    const list = json(await app.request("/api/articles?limit=3&source=Harbour%20Daily%20Star"));
    expect(list.articles.length).toBe(3);
    expect(new Set(list.articles.map((a: { source: string }) => a.source))).toEqual(new Set(["Harbour Daily Star"]));
  });

  it("searches titles and texts, and reads any query safely", async () => {
    const r = json(await app.request("/api/search?q=Brenzano%20wildfire"));
    expect(r.hits.length).toBe(2);
    expect(r.hits.every((h: { snippet: string; rank: number }) => typeof h.snippet === "string" && typeof h.rank === "number")).toBe(true);
    expect(json(await app.request("/api/search?q=" + encodeURIComponent('"Brenzano" AND (wildfire*'))).hits.length).toBe(2);
    expect(json(await app.request("/api/search?q=zzqxv")).hits).toEqual([]);
    const missing = await app.request("/api/search");
    expect(missing.status).toBe(400);
    expect(json(missing)).toEqual({ status: 400, message: "q: required" });
  });

  it("compares two articles: relation, alignment and forensic findings", async () => {
    const levant = "levant-courier-2023-07-09-tal-qasra-strike";
    const r = json(await app.request(`/api/compare?a=${AGENCY_ORIGINAL}&b=${levant}`));
    expect(r.relation.kind).toBe("derived");
    expect(r.report.a.id).toBe(AGENCY_ORIGINAL);
    expect(r.report.b.source).toBe("The Levant Courier");
    // The planted edit: the Levant Courier says "Daesh" where the agency says "IS".
    expect(r.report.lexicon.some((e: { from: string; to: string }) => e.from === "IS" && e.to === "Daesh")).toBe(true);
    expect((await app.request(`/api/compare?a=${AGENCY_ORIGINAL}`)).status).toBe(400);
    expect((await app.request(`/api/compare?a=${AGENCY_ORIGINAL}&b=nope`)).status).toBe(404);
  });

  it("lists duplicate groups and entities", async () => {
    const d = json(await app.request("/api/duplicates"));
    expect(d.exact).toEqual([{ textHash: expect.any(String), ids: [AGENCY_ORIGINAL, EXACT_COPY] }]);
    expect(d.groups.some((g: string[]) => g.includes(AGENCY_ORIGINAL) && g.includes(EXACT_COPY))).toBe(true);
    expect((await app.request("/api/duplicates?threshold=2")).status).toBe(400);
    expect(json(await app.request("/api/entities?limit=5")).articles).toBe(5);
  });
});

describe("API: errors", () => {
  it("answers errors as JSON with status and message", async () => {
    const cases: [string, string, number][] = [
      ["GET", "/api/articles/no-such-article", 404],
      ["GET", "/api/stories/no-such-story", 404],
      ["GET", "/api/nothing-here", 404],
      ["GET", "/api/articles?limit=0", 400],
      ["GET", "/api/articles?limit=abc", 400],
      ["GET", "/api/articles?limit=100000", 400],
      ["GET", "/api/articles/%E0%A4%A", 400],
      ["POST", "/api/stories", 405],
      ["DELETE", "/api/articles", 405],
    ];
    for (const [method, url, status] of cases) {
      const r = await app.request(url, { method });
      expect(r.status, `${method} ${url}`).toBe(status);
      expect(r.headers["content-type"], url).toMatch(/^application\/json/);
      const body = json(r);
      expect(body.status).toBe(status);
      expect(body.message).toBeTypeOf("string");
    }
    expect((await app.request("/api/stories", { method: "POST" })).headers["allow"]).toBe("GET");
  });

  it("answers page errors with an HTML page", async () => {
    const r = await app.request("/no-such-page");
    expect(r.status).toBe(404);
    expect(r.headers["content-type"]).toMatch(/^text\/html/);
    expect(String(r.body)).toContain("Error 404");
  });
});

describe("API: writes", () => {
  const upload = (body: string, query = "", headers: Record<string, string> = bearer) =>
    app.request(`/api/articles${query}`, { method: "POST", body, headers });
  const line = (id: string, text: string) =>
    `${JSON.stringify({ id, source: "Test Wire", title: `Title ${id}`, published: "2023-08-01", text })}\n`;

  it("refuses writes without the right token, and all writes when no token is set", async () => {
    const body = line("t-0", "Nothing should be stored from this request at all.");
    const none = await upload(body, "", {});
    expect(none.status).toBe(401);
    expect(none.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect((await upload(body, "", { authorization: "Bearer wrong" })).status).toBe(401);
    expect((await upload(body, "", { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    const readOnly = createApp(store, { token: null });
    const refused = await readOnly.request("/api/articles", { method: "POST", body, headers: bearer });
    expect(refused.status).toBe(403);
    expect(json(refused).message).toMatch(/WIRETRACE_TOKEN/);
    expect(await store.getArticle("t-0" as never)).toBeNull();
  });

  it("ingests a file through the engine: stored, searchable, in a story, idempotent", async () => {
    const body = line("t-1", "Lighthouse keepers on Orravik island voted to strike over unpaid winter wages, their union said.");
    const r = await upload(body, "?name=new.jsonl");
    expect(r.status).toBe(201);
    expect(json(r)).toMatchObject({ read: 1, inserted: 1, rejected: 0 });
    expect(json(await app.request("/api/search?q=Orravik")).hits.map((h: { id: string }) => h.id)).toEqual(["t-1"]);
    expect(json(await app.request("/api/articles/t-1/relations")).story).toMatch(/^s/);
    const again = await upload(body, "?name=new.jsonl");
    expect(again.status).toBe(200);
    expect(json(again)).toMatchObject({ inserted: 0, unchanged: 1 });
  });

  it("reads the format from the parameter, the name or the content type, and reports bad records", async () => {
    const csv = "id,source,published,text\nc-1,Csv Times,2023-08-02,Ferry services to Orravik resumed on Wednesday after the storm.\nc-2,Csv Times,not a date,Broken.\n";
    const r = await upload(csv, "?format=csv&name=batch.csv");
    expect(r.status).toBe(201);
    const report = json(r);
    expect(report).toMatchObject({ inserted: 1, rejected: 1 });
    expect(report.rejections[0]).toMatchObject({ file: "batch.csv", line: 3, field: "published" });
    const text = " date 2023-08-03 Orravik harbour reopened to fishing boats on Thursday morning.";
    const t = await upload(text, "?source=Island%20Radio", { ...bearer, "content-type": "text/plain" });
    expect(t.status).toBe(201);
    expect(json(await app.request("/api/search?q=harbour%20reopened")).hits[0]).toMatchObject({ source: "Island Radio" });
    expect((await upload(text, "?format=pdf")).status).toBe(400);
    expect((await upload("", "")).status).toBe(400);
    const junk = await upload("this is not any format wiretrace reads", "?name=x.unknown");
    expect(junk.status).toBe(422);
    expect(json(junk)).toMatchObject({ status: 422, message: expect.stringMatching(/rejected/), report: { inserted: 0 } });
  });

  it("refuses a body over the size limit", async () => {
    const big = line("big", "word ".repeat(20_000));
    const r = await upload(big);
    expect(r.status).toBe(413);
    expect(json(r).message).toMatch(/limit/);
    expect(await store.getArticle("big" as never)).toBeNull();
    const declared = await app.request("/api/articles", { method: "POST", body: "x", headers: { ...bearer, "content-length": "999999999" } });
    expect(declared.status).toBe(413);
  });

  it("runs concurrent uploads one after another, losing none", async () => {
    const bodies = Array.from({ length: 4 }, (_, i) => line(`p-${i}`, `Parallel upload number ${i} about the Orravik causeway repairs and the tide tables.`));
    const results = await Promise.all(bodies.map((b) => upload(b)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    for (let i = 0; i < 4; i++) expect(await store.getArticle(`p-${i}` as never)).not.toBeNull();
  });
});

describe("API: headers, CORS, static files and the OpenAPI document", () => {
  it("sends the security headers on every response, and no CORS headers by default", async () => {
    for (const url of ["/api/stories", "/", "/static/app.js", "/api/nothing", "/openapi.json", `/stories/${strikeId}`]) {
      const r = await app.request(url, { headers: { origin: "https://evil.example" } });
      expect(r.headers["content-security-policy"], url).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["x-frame-options"]).toBe("DENY");
      expect(r.headers["referrer-policy"]).toBe("no-referrer");
      expect(r.headers["access-control-allow-origin"]).toBeUndefined();
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const part of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(CONTENT_SECURITY_POLICY).toContain(part);
  });

  it("allows CORS only for the origins it is given", async () => {
    const open = createApp(store, { corsOrigins: ["https://newsroom.example"] });
    const ok = await open.request("/api/stories", { headers: { origin: "https://newsroom.example" } });
    expect(ok.headers["access-control-allow-origin"]).toBe("https://newsroom.example");
    const preflight = await open.request("/api/articles", { method: "OPTIONS", headers: { origin: "https://newsroom.example" } });
    expect(preflight.status).toBe(204);
    const other = await open.request("/api/stories", { headers: { origin: "https://other.example" } });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    expect((await app.request("/api/articles", { method: "OPTIONS", headers: { origin: "https://newsroom.example" } })).status).toBe(405);
  });

  it("serves static files by name only: no path reaches outside the folder", async () => {
    const js = await app.request("/static/app.js");
    expect(js.status).toBe(200);
    expect(js.headers["content-type"]).toMatch(/^text\/javascript/);
    expect((await app.request("/static/style.css")).status).toBe(200);
    const attempts = [
      "/static/../package.json", "/static/..%2fpackage.json", "/static/%2e%2e/package.json", "/static/%2e%2e%2fpackage.json",
      "/static/..%5cpackage.json", "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/app.js%00.css", "/static/.hidden",
      "/static/", "/static/APP.JS", "/static/app.js/", "/static/....//package.json", "/static/%252e%252e%252fpackage.json",
    ];
    for (const url of attempts) {
      const r = await app.request(url);
      expect(r.status, url).toBe(404);
      expect(String(r.body), url).not.toContain('"name": "wiretrace"');
      expect(String(r.body), url).not.toContain("root:");
    }
    expect((await app.request("/static/app.js", { method: "POST" })).status).toBe(405);
  });

  it("describes every API route in /openapi.json, and only those", async () => {
    const doc = json(await app.request("/openapi.json"));
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const served = app.routes()
      .filter((r) => r.includes(" /api/") || r.endsWith(" /openapi.json"))
      .map((r) => r.replace(/:(\w+)/g, "{$1}"));
    expect(new Set(documented)).toEqual(new Set(served));
  });
});
