import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDossier } from "../src/dossier/build-dossier.js";
import type { Dossier } from "../src/dossier/types.js";
import { ingest } from "../src/engine/ingest.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";

const GIVEME = join(import.meta.dirname, "..", "..", "shared", "data", "giveme5w1h_news_cluster", "data");

/** What must hold of any dossier, whatever the articles. */
function checkInvariants(d: Dossier): void {
  const ids = new Set(d.articles.map((a) => a.id));
  expect(d.forest.roots.length + d.forest.edges.length).toBe(ids.size);
  const roots = new Set(d.forest.roots);
  for (const a of d.articles) expect(roots.has(a.independentReport)).toBe(true);
  for (const e of d.forest.edges) expect(ids.has(e.parent) && ids.has(e.child)).toBe(true);
  const seen = new Set<string>();
  for (const c of d.claims) {
    expect(new Set(c.carriers.map((k) => k.article)).size).toBe(c.carriers.length);
    for (const k of c.carriers) {
      const at = `${k.article}:${k.start}`;
      expect(seen.has(at)).toBe(false);
      seen.add(at);
      // A sentence of its own rests on its article (a root, or a derived article's own addition); a taken one on
      // the origin of the sentence it was taken from.
      if (k.how === "own") expect(k.origin).toBe(k.article);
      else expect(ids.has(k.origin) && k.from !== null && ids.has(k.from)).toBe(true);
    }
    expect(c.singleSource).toBe(c.independentSources.length === 1);
  }
  for (const x of d.contradictions) expect(d.claims.some((c) => c.id === x.claim)).toBe(true);
  expect(JSON.parse(JSON.stringify(d))).toEqual(d);
}

describe.skipIf(!existsSync(GIVEME))("dossiers of Giveme5W1H's stories (../shared/data)", () => {
  it("hold their invariants, find corroborated claims, and flag few contradictions", async () => {
    const store = openSqliteStore(":memory:");
    await ingest(store, [GIVEME]);
    const totals = { stories: 0, articles: 0, independent: 0, claims: 0, corroborated: 0, contradictions: 0 };
    for (const s of await store.listStories({ limit: 1000 })) {
      const d = await buildDossier(store, s.id);
      checkInvariants(d);
      totals.stories++;
      totals.articles += d.summary.articles;
      totals.independent += d.summary.independentReports;
      totals.claims += d.summary.claims;
      totals.corroborated += d.summary.corroboratedClaims;
      totals.contradictions += d.summary.contradictions;
    }
    console.log(`Giveme5W1H dossiers: ${JSON.stringify(totals)}`);
    await store.close();
    expect(totals.articles).toBe(383);
    // Different outlets reporting one event: mostly independent reports, with hundreds of claims told by several.
    expect(totals.independent).toBeGreaterThan(300);
    expect(totals.corroborated).toBeGreaterThan(300);
    // Contradictions are kept conservative: a handful in 81 stories, read by hand when this was written.
    expect(totals.contradictions).toBeLessThanOrEqual(10);
  }, 240_000);
});
