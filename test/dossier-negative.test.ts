import { describe, expect, it } from "vitest";
import { NotFoundError } from "../src/core/errors.js";
import { articleId, storyId } from "../src/core/types.js";
import { ingest } from "../src/engine/ingest.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { buildDossier } from "../src/dossier/build-dossier.js";
import { derivationForest } from "../src/dossier/derivation-forest.js";
import { storyClaims } from "../src/dossier/claims.js";
import { renderDossierHtml } from "../src/dossier/render-html.js";
import { renderDossierMarkdown } from "../src/dossier/render-markdown.js";
import { renderDossierText } from "../src/dossier/render-text.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./helpers.js";

describe("dossier: negative cases", () => {
  it("refuses a story that is not there with a NotFoundError", async () => {
    const store = openSqliteStore(":memory:");
    await expect(buildDossier(store, storyId("s000000000000"))).rejects.toBeInstanceOf(NotFoundError);
    await store.close();
  });

  it("makes a one-article story its own independent report, with single-source claims and no contradictions", async () => {
    const dir = tempDir();
    const file = join(dir, "one.jsonl");
    writeFileSync(file, `${JSON.stringify({
      id: "solo", source: "Lone Outlet", published: "2024-02-02",
      text: "The harbour board approved a new pier on Thursday. It will cost 12 million crowns. Short.",
    })}\n`);
    const store = openSqliteStore(":memory:");
    await ingest(store, [file]);
    const d = await buildDossier(store, (await store.storyOf(articleId("solo")))!);
    expect(d.forest).toEqual({ roots: ["solo"], edges: [] });
    expect(d.summary).toMatchObject({ articles: 1, outlets: 1, independentReports: 1, derivedArticles: 0, contradictions: 0 });
    // "Short." has fewer than four words: it makes no claim.
    expect(d.claims.map((c) => c.corroboration)).toEqual(["single source: only Lone Outlet", "single source: only Lone Outlet"]);
    expect(d.coverage.granularity).toBe("day");
    for (const render of [renderDossierText, renderDossierMarkdown, renderDossierHtml]) expect(render(d)).toContain("Lone Outlet");
    await store.close();
  });

  it("gives an empty forest and no claims for no articles", () => {
    expect(derivationForest([], [])).toEqual({ roots: [], edges: [] });
    expect(storyClaims([], { roots: [], edges: [] })).toEqual([]);
  });

  it("ignores relations with articles outside the story and relations of kind unrelated", () => {
    const inside = [{ id: articleId("a"), publishedAt: 0 }, { id: articleId("b"), publishedAt: 1 }];
    const relation = (a: string, b: string, kind: "derived" | "unrelated") => ({
      a: articleId(a), b: articleId(b),
      relation: {
        kind, extent: null, share: 0.5, source: "a" as const, confidence: 0.9,
        evidence: { jaccard: 0.2, containmentAInB: 0.3, containmentBInA: 0.5, shareOfA: 0.3, shareOfB: 0.5, passages: [], rules: [] },
      },
    });
    expect(derivationForest(inside, [relation("a", "b", "unrelated"), relation("x", "b", "derived")])).toEqual({ roots: ["a", "b"], edges: [] });
  });
});
