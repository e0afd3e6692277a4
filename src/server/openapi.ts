import { VERSION } from "./version.js";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema, description = "OK") => ({ description, content: { "application/json": { schema } } });
const errors = {
  "400": json(ref("Error"), "Bad request: a parameter is missing or malformed"),
  "404": json(ref("Error"), "No such article or story"),
};
const pathParam = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });
const queryParam = (name: string, description: string, schema: Schema = { type: "integer" }, required = false) => ({
  name, in: "query", required, description, schema,
});
const paging = [queryParam("limit", "Most items to return"), queryParam("offset", "Items to skip")];
const articleIdParam = pathParam("id", "Article id (percent-encoded)");
const storyIdParam = pathParam("id", "Story id");
const get = (summary: string, response: Schema, parameters: unknown[] = []) => ({
  get: { summary, parameters, responses: { "200": json(response), ...errors } },
});
const loose = (required: string[] = []): Schema => ({ type: "object", required, additionalProperties: true });

/**
 * The OpenAPI 3.1 description of the JSON API, served at `/openapi.json`.
 *
 * @example openApiDocument().paths["/api/search"].get.summary // "Full-text search over titles and texts"
 */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "wiretrace",
      version: VERSION,
      description:
        "Follow a news story across outlets. Reads are open; writes need `Authorization: Bearer <token>` " +
        "(the server's WIRETRACE_TOKEN). Errors are JSON: `{status, message}`.",
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: {
          type: "object", required: ["status", "message"],
          properties: { status: { type: "integer" }, message: { type: "string" } },
        },
        ArticleSummary: {
          type: "object", required: ["id", "published", "language", "chars"],
          properties: {
            id: { type: "string" }, source: { type: ["string", "null"] }, title: { type: ["string", "null"] },
            published: { type: "string", description: "2023-07-09 or 2023-07-09T14:30:00+02:00" },
            language: { type: "string" }, chars: { type: "integer" }, duplicateOf: { type: ["string", "null"] },
          },
        },
        SearchHit: {
          allOf: [ref("ArticleSummary"), {
            type: "object", required: ["snippet", "rank"],
            properties: { snippet: { type: "string" }, rank: { type: "number", description: "Higher is better" } },
          }],
        },
        StorySummary: {
          type: "object", required: ["id", "size", "outlets", "independentReports"],
          properties: {
            id: { type: "string" }, headline: { type: ["string", "null"] },
            firstAt: { type: ["integer", "null"], description: "UTC milliseconds" }, lastAt: { type: ["integer", "null"] },
            size: { type: "integer" }, outlets: { type: "integer" },
            independentReports: { type: "integer", description: "Groups of articles joined by reuse: reports told independently" },
          },
        },
        IngestReport: {
          type: "object", required: ["read", "inserted", "rejected", "rejections"],
          properties: {
            read: { type: "integer" }, inserted: { type: "integer" }, duplicates: { type: "integer" },
            unchanged: { type: "integer" }, conflicts: { type: "integer" }, rejected: { type: "integer" },
            relations: { type: "integer" },
            rejections: {
              type: "array",
              items: {
                type: "object",
                properties: { file: { type: "string" }, line: { type: ["integer", "null"] }, field: { type: ["string", "null"] }, reason: { type: "string" } },
              },
            },
          },
        },
      },
    },
    paths: {
      "/openapi.json": get("This document", loose(["openapi", "paths"])),
      "/api/health": get("Liveness, the store kind and whether writes are enabled", loose(["ok"])),
      "/api/stats": get("Counts of articles, outlets, duplicates and quarantined records", loose(["articles"])),
      "/api/articles": {
        get: {
          summary: "Articles, newest first",
          parameters: [...paging, queryParam("source", "Only this outlet", { type: "string" })],
          responses: { "200": json({ type: "object", properties: { articles: { type: "array", items: ref("ArticleSummary") } } }), ...errors },
        },
        post: {
          summary: "Ingest one file of articles in any supported format",
          description:
            "The body is the file's bytes (at most the server's body limit, 10 MiB by default). The format comes from " +
            "`format`, else the extension of `name`, else the Content-Type, else detection. Bad records are " +
            "quarantined and listed.",
          security: [{ bearer: [] }],
          parameters: [
            queryParam("format", "text, jsonl, json, csv, tsv, feed or html", { type: "string" }),
            queryParam("name", "The file's name, for format detection and in rejections", { type: "string" }),
            queryParam("source", "The outlet for records that name none", { type: "string" }),
          ],
          requestBody: { required: true, content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
          responses: {
            "201": json(ref("IngestReport"), "Articles stored"),
            "200": json(ref("IngestReport"), "Nothing new (already stored)"),
            "400": json(ref("Error"), "Empty body or unknown format"),
            "401": json(ref("Error"), "Missing or wrong bearer token"),
            "403": json(ref("Error"), "Writes are disabled (no token configured)"),
            "413": json(ref("Error"), "Body over the size limit"),
            "422": json(loose(["status", "message", "report"]), "Every record was rejected"),
          },
        },
      },
      "/api/articles/{id}": get("One article", loose(["id", "text", "published"]), [articleIdParam, queryParam("raw", "1 to include the raw record", { type: "string" })]),
      "/api/articles/{id}/relations": get("What the article reuses or is reused by, with passages and direction", loose(["id", "relations"]), [articleIdParam]),
      "/api/articles/{id}/timeline": get("The article's dated sentences", loose(["id", "events"]), [articleIdParam]),
      "/api/articles/{id}/entities": get("The article's named entities", loose(["id", "entities"]), [articleIdParam]),
      "/api/search": get(
        "Full-text search over titles and texts",
        { type: "object", properties: { hits: { type: "array", items: ref("SearchHit") } } },
        [queryParam("q", "Words to find (all of them); punctuation and operators are ignored", { type: "string" }, true), ...paging],
      ),
      "/api/stories": get("Stories, most recently active first", { type: "object", properties: { stories: { type: "array", items: ref("StorySummary") } } }, paging),
      "/api/stories/{id}": get("One story: its top terms, its articles with why each is there, and its merges and splits", loose(["id", "terms", "articles", "events"]), [storyIdParam]),
      "/api/stories/{id}/dossier": get(
        "The story's dossier: coverage, derivation forest, claims with their independent sources, contradictions, timeline, entities",
        loose(["format", "summary", "claims", "forest"]), [storyIdParam],
      ),
      "/api/stories/{id}/derivation": get("Who took text from whom in the story (the dossier's derivation forest)", loose(["roots", "edges"]), [storyIdParam]),
      "/api/stories/{id}/timeline": get("The story's dated events", loose(["events"]), [storyIdParam]),
      "/api/stories/{id}/entities": get("The story's entities with spelling variants and outlets", loose(["entities"]), [storyIdParam]),
      "/api/compare": get(
        "Two articles compared: their reuse relation, the sentence alignment with word diffs, and the forensic findings",
        loose(["relation", "report"]),
        [queryParam("a", "First article id (the source, usually)", { type: "string" }, true), queryParam("b", "Second article id", { type: "string" }, true)],
      ),
      "/api/entities": get("Entities of the latest articles", loose(["entities"]), [queryParam("limit", "How many latest articles")]),
      "/api/duplicates": get("Exact duplicate groups and groups at a Jaccard threshold", loose(["exact", "groups"]), [
        queryParam("threshold", "Shingle Jaccard, 0–1 (default 0.8)", { type: "number" }),
      ]),
    } as Record<string, Record<string, unknown>>,
  };
}
