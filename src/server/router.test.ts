import { describe, expect, it } from "vitest";
import { jsonResponse } from "./app-types.js";
import { Router } from "./router.js";

const handler = async () => jsonResponse(200, {});

describe("Router", () => {
  const router = new Router().get("/api/articles/:id", handler).post("/api/articles", handler).get("/api/articles", handler);

  it("matches a method and a path, decoding parameters", () => {
    const m = router.match("GET", "/api/articles/tag%3Aa%2C2023%3Ab%2Fc");
    expect(m).toMatchObject({ kind: "found", params: { id: "tag:a,2023:b/c" } });
    expect(router.match("HEAD", "/api/articles")).toMatchObject({ kind: "found" });
  });

  it("tells a wrong method from a missing path", () => {
    expect(router.match("DELETE", "/api/articles")).toEqual({ kind: "method-not-allowed", allowed: ["POST", "GET"] });
    expect(router.match("GET", "/api/articles/a/b")).toEqual({ kind: "not-found" });
    expect(router.match("GET", "/api/articles/")).toEqual({ kind: "not-found" });
    expect(router.match("GET", "/api/articlesX")).toEqual({ kind: "not-found" });
  });

  it("throws on malformed percent-encoding (the app answers 400)", () => {
    expect(() => router.match("GET", "/api/articles/%E0%A4%A")).toThrow(URIError);
  });

  it("lists its routes", () => {
    expect(router.list()).toEqual(["GET /api/articles/:id", "POST /api/articles", "GET /api/articles"]);
  });
});
