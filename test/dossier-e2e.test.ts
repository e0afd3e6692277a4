import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { EXIT } from "../src/cli/io.js";
import { articleId, type StoryId } from "../src/core/types.js";
import { buildDossier } from "../src/dossier/build-dossier.js";
import { renderDossierHtml } from "../src/dossier/render-html.js";
import type { Dossier } from "../src/dossier/types.js";
import { ingest } from "../src/engine/ingest.js";
import type { Store } from "../src/engine/store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { captureIo, tempDir } from "./helpers.js";

const FIXTURE = join(import.meta.dirname, "fixtures", "dossier", "ferry-story.jsonl");
const AGENCY = articleId("cws-2024-03-12-orvana-ferry");
const GAZETTE = articleId("silvask-gazette-2024-03-12-ferry");
const CHRONICLE = articleId("eastbank-chronicle-2024-03-12-ferry");
const COURIER = articleId("helmsey-courier-2024-03-12-ferry");
const COUNCIL = articleId("silvask-gazette-2024-03-12-council-budget");

describe("the dossier of the ferry story (test/fixtures/dossier)", () => {
  let store: Store;
  let story: StoryId;
  let d: Dossier;
  beforeAll(async () => {
    store = openSqliteStore(":memory:");
    await ingest(store, [FIXTURE]);
    story = (await store.storyOf(AGENCY))!;
    d = await buildDossier(store, story);
  });
  afterAll(() => store.close());

  it("covers the four ferry articles, not the council story of the same day, with the agency first", async () => {
    expect(d.articles.map((a) => a.id)).toEqual([AGENCY, GAZETTE, CHRONICLE, COURIER]);
    expect(await store.storyOf(COUNCIL)).not.toBe(story);
    expect(d.coverage.first).toMatchObject({ article: AGENCY, outlet: "Continental Wire Service" });
    expect(d.coverage.outlets.map((o) => [o.outlet, o.lagMs / 60_000])).toEqual([
      ["Continental Wire Service", 0], ["Silvask Gazette", 200], ["Eastbank Chronicle", 335], ["Helmsey Courier", 490],
    ]);
    expect(d.coverage.granularity).toBe("hour");
    expect(d.coverage.overTime.map((p) => p.cumulativeOutlets)).toEqual([1, 2, 3, 4]);
  });

  it("finds two independent reports, with both rewrites under the agency story rather than under each other", async () => {
    // The store links the two rewrites to each other too (the sibling problem the forest resolves).
    const sibling = (await store.relationsOf(GAZETTE)).find((r) => [r.a, r.b].includes(CHRONICLE));
    expect(sibling?.relation.kind).toBe("derived");
    expect(d.summary).toMatchObject({ articles: 4, outlets: 4, independentReports: 2, derivedArticles: 2, contradictions: 1 });
    expect(d.forest.roots).toEqual([AGENCY, COURIER]);
    expect(d.forest.edges.map((e) => [e.child, e.parent])).toEqual([[GAZETTE, AGENCY], [CHRONICLE, AGENCY]]);
    const chronicle = d.forest.edges.find((e) => e.child === CHRONICLE)!;
    expect(chronicle).toMatchObject({ kind: "derived", extent: "whole", confidence: 0.9 });
    expect(chronicle.alternatives.map((a) => a.article)).toEqual([GAZETTE]);
    expect(d.articles.find((a) => a.id === COURIER)).toMatchObject({ role: "original", independentReport: COURIER });
    expect(d.articles.find((a) => a.id === CHRONICLE)).toMatchObject({ role: "derived", independentReport: AGENCY });
  });

  it("groups sentences into claims with their carriers, counting independent reports only", () => {
    const rescued = d.claims.find((c) => c.carriers.some((k) => k.article === COURIER && k.sentence.includes("pulled 23 people")))!;
    expect(rescued.carriers.map((k) => [k.outlet, k.how])).toEqual([
      ["Continental Wire Service", "own"], ["Silvask Gazette", "reworded"], ["Eastbank Chronicle", "reworded"], ["Helmsey Courier", "own"],
    ]);
    expect(rescued.independentSources).toEqual([AGENCY, COURIER]);
    expect(rescued.singleSource).toBe(false);
    const hedged = rescued.carriers.find((k) => k.article === CHRONICLE)!;
    expect(hedged).toMatchObject({ hedged: true, from: AGENCY, origin: AGENCY });
    expect(hedged.attribution.hedges).toContain("reportedly");

    // Carried by three outlets, all from the agency: one independent report, and the dossier says so.
    const ship = d.claims.find((c) => c.text.startsWith("The ferry, the Aldra Queen"))!;
    expect(ship.outlets).toEqual(["Continental Wire Service", "Silvask Gazette", "Eastbank Chronicle"]);
    expect(ship.independentSources).toEqual([AGENCY]);
    expect(ship.singleSource).toBe(true);
    expect(ship.corroboration).toBe("single source: 3 outlets, all resting on Continental Wire Service's report, counts once");
    expect(ship.carriers.find((k) => k.article === CHRONICLE)!.how).toBe("verbatim");

    const quote = d.claims.find((c) => c.text.includes("The wind picked up"))!;
    expect(quote.carriers.every((k) => k.attribution.speakers.includes("Vandermeer"))).toBe(true);
    const relatives = d.claims.find((c) => c.text.startsWith("Relatives of the missing"))!;
    expect(relatives).toMatchObject({ singleSource: true, corroboration: "single source: only Silvask Gazette" });
    expect(relatives.carriers[0]!.how).toBe("own");

    // Claims are ordered by independent sources: the corroborated ones come first.
    const corroborated = d.claims.filter((c) => c.independentSources.length === 2);
    expect(corroborated).toHaveLength(d.summary.corroboratedClaims);
    expect(d.claims[0]).toBe(rescued);
    expect(d.claims.slice(0, corroborated.length).every((c) => !c.singleSource)).toBe(true);
    expect(d.summary.singleSourceClaims).toBe(d.claims.length - corroborated.length);
  });

  it("flags the planted contradiction in the number of people rescued, and nothing else", () => {
    expect(d.contradictions).toHaveLength(1);
    const [c] = d.contradictions;
    expect(c).toMatchObject({ kind: "number", about: "people" });
    expect(c!.values.map((v) => [v.value, v.articles])).toEqual([["23", [AGENCY, GAZETTE, COURIER]], ["32", [CHRONICLE]]]);
    expect(d.claims.find((x) => x.id === c!.claim)!.contradictions).toEqual([c]);
  });

  it("merges the timeline across outlets and lists entities with their variants", () => {
    const monday = d.timeline.find((e) => e.date === "2024-03-11" && e.articles.includes(AGENCY))!;
    expect(monday.articles).toEqual(expect.arrayContaining([AGENCY, GAZETTE, CHRONICLE, COURIER]));
    const silvask = d.entities.find((e) => e.canonical === "Silvask")!;
    expect(silvask.variants.map((v) => v.text)).toEqual(expect.arrayContaining(["Silvask", "SILVASK"]));
    expect(d.entities.find((e) => e.canonical === "Piet Vandermeer")!.variants.map((v) => v.text)).toContain("Vandermeer");
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe("wiretrace story ID --format", () => {
  it("prints the dossier as text, JSON, Markdown and a self-contained HTML page", async () => {
    const dir = tempDir();
    const db = join(dir, "w.db");
    expect(await main(["ingest", FIXTURE, "--db", db], captureIo(dir).io)).toBe(EXIT.ok);
    const run = async (...args: string[]) => {
      const io = captureIo(dir);
      const code = await main(["story", AGENCY, "--db", db, ...args], io.io);
      return { code, out: io.out(), err: io.err() };
    };
    const text = await run();
    expect(text.code).toBe(EXIT.ok);
    expect(text.out).toContain("2 independent reports; 2 of the articles derive from another article of the story.");
    expect(text.out).toMatch(/^Continental Wire Service {2}cws-2024-03-12-orvana-ferry {2}2024-03-12 06:10 {2}\(independent report\)$/m);
    expect(text.out).toMatch(/^├─ Silvask Gazette {2}silvask-gazette-2024-03-12-ferry .*: derived, partial, \d+% reused/m);
    expect(text.out).toMatch(/^└─ Eastbank Chronicle {2}eastbank-chronicle-2024-03-12-ferry .*: derived, whole/m);
    expect(text.out).toContain("number (people): 23 in Continental Wire Service, Silvask Gazette, Helmsey Courier; 32 in Eastbank Chronicle");
    expect(text.out).toMatch(/Eastbank Chronicle +reworded from Continental Wire Service \(similarity \d\.\d\d\); hedged: reportedly/);

    const json = await run("--format", "json");
    const d = JSON.parse(json.out) as Dossier;
    expect(d).toMatchObject({ format: "wiretrace-dossier", version: 1, summary: { independentReports: 2 } });
    expect((await run("--json")).out).toBe(json.out);

    const md = await run("--format", "md");
    expect(md.out).toMatch(/^# Ferry capsizes on Lake Orvana, four missing$/m);
    expect(md.out).toMatch(/^ {2}- \*\*Eastbank Chronicle\*\* `eastbank-chronicle-2024-03-12-ferry`/m);

    const html = await run("--format", "html", "--claims", "3");
    expect(html.out).toMatch(/^<!doctype html>/);
    expect(html.out).not.toMatch(/<script|<link|src=/i);
    expect(html.out).toContain("2 independent reports (Continental Wire Service, Helmsey Courier)");
    expect(html.out).toContain(`… and ${d.claims.length - 3} more claims.`);
    expect(html.out.match(/<section id="c\d+">/g)).toHaveLength(3);

    const bad = await run("--format", "pdf");
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain("--format must be one of text, json, md, html");
    expect((await run("--claims", "-1")).code).toBe(EXIT.usage);
    const missing = captureIo(dir);
    expect(await main(["story", "nope", "--db", db], missing.io)).toBe(EXIT.notFound);
  });

  it("escapes what articles say in HTML and Markdown", async () => {
    const dir = tempDir();
    const file = join(dir, "evil.jsonl");
    const evil = "<script>alert(1)</script> <img src=x onerror=alert(2)> | pipes | and `ticks`";
    writeFileSync(file, `${JSON.stringify({
      id: "evil-1", source: "Outlet <b>", url: "javascript:alert(3)", title: evil, published: "2024-01-02",
      text: `${evil}. The council met on Monday to discuss the harbour budget and the new ferry timetable for the island.`,
    })}\n`);
    const store = openSqliteStore(":memory:");
    await ingest(store, [file]);
    const d = await buildDossier(store, (await store.storyOf(articleId("evil-1")))!);
    const html = renderDossierHtml(d);
    expect(html).not.toMatch(/<script|<img|<b>|javascript:/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const dir2 = tempDir();
    const db = join(dir2, "e.db");
    await main(["ingest", file, "--db", db], captureIo(dir2).io);
    const md = captureIo(dir2);
    await main(["story", "evil-1", "--db", db, "--format", "md"], md.io);
    expect(md.out()).not.toContain("<script>");
    expect(md.out()).toContain("\\| pipes \\|");
    await store.close();
  });
});
