import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { EXIT } from "../src/cli/io.js";
import { articleId } from "../src/core/types.js";
import { ingest } from "../src/engine/ingest.js";
import { defaultIndexParams } from "../src/engine/index-params.js";
import { rebuildIndex, relateAll } from "../src/engine/reindex.js";
import { readGiveme5w1h } from "../src/eval/giveme5w1h.js";
import { makeReusePairs } from "../src/eval/reuse-devset.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { captureIo, tempDir } from "./helpers.js";

const PARAS = [
  "The port authority of Vellin said on Monday that dock workers had walked out over pay, halting the loading of grain ships for a third day.",
  "Union leader Marta Kessel told reporters that the strike would go on until the authority returned to talks, and that members had voted by a large majority to stay out.",
  "About 40 ships were waiting offshore on Wednesday, according to the harbour master, and exporters warned that contracts worth millions were at risk.",
  "The authority said it had offered a raise of four percent, which the union rejected as far below inflation in the region this year.",
  "Talks are due to resume next week under a government mediator, the labour ministry said in a statement issued late on Tuesday evening.",
  "Truck drivers delivering to the port said queues stretched several kilometres along the coast road and that some had waited overnight.",
];
const AGENCY = PARAS.join("\n\n");
const REWRITE = [PARAS[2], PARAS[0], "Exporters worried", PARAS[1]!.replace("told reporters", "reportedly claimed"), PARAS[4]].join("\n\n");
const SHORT = `${PARAS[3]}\n\n${PARAS[4]}\n\nThe port handles most of the country's grain exports.`;
const OTHER = "The city council approved a new cycling plan on Tuesday, adding forty kilometres of protected lanes by next year, after a long debate about parking spaces and the cost of the works to shop owners in the old town.";

function corpus(dir: string): string {
  const rows = [
    { id: "agency", source: "Meridian Press Agency", published: "2023-07-05T06:00:00Z", text: AGENCY },
    { id: "copy", source: "Northgate News", published: "2023-07-05T09:00:00Z", text: AGENCY },
    { id: "rewrite", source: "Levant Courier", published: "2023-07-05T14:00:00Z", text: REWRITE },
    { id: "short", source: "Harbour Star", published: "2023-07-06", text: SHORT },
    { id: "other", source: "Harbour Star", published: "2023-07-05", text: OTHER },
  ];
  const file = join(dir, "in.jsonl");
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n"));
  return file;
}

describe("reuse through the store", () => {
  it("relates new articles at ingest: duplicate, derived with direction, nothing for the unrelated one", async () => {
    const dir = tempDir();
    const store = openSqliteStore(":memory:");
    const report = await ingest(store, [corpus(dir)], { batchSize: 2 });
    expect(report.inserted).toBe(5);
    const rel = async (id: string) =>
      Object.fromEntries((await store.relationsOf(articleId(id))).map((r) => [r.a === id ? r.b : r.a, r]));
    const agency = await rel("agency");
    expect(agency["copy"]?.relation).toMatchObject({ kind: "duplicate", source: "a" });
    expect(agency["rewrite"]?.relation).toMatchObject({ kind: "derived", source: "a" });
    expect(agency["short"]?.relation).toMatchObject({ kind: "derived", source: "a" });
    expect(Object.keys(await rel("other"))).toEqual([]);
    // Re-ingesting changes nothing; rebuilding the index with another threshold keeps what it finds.
    expect(await ingest(store, [join(dir, "in.jsonl")])).toMatchObject({ inserted: 0, relations: 0 });
    expect(await rebuildIndex(store, { ...defaultIndexParams, threshold: 0.3 })).toBe(5);

    const { sketch } = (await import("../src/engine/sketcher.js")).makeSketcher({ ...defaultIndexParams, threshold: 0.3 }).sketch(AGENCY);
    expect(await store.lshCandidates(sketch.bandKeys)).toEqual(expect.arrayContaining(["agency", "copy", "rewrite"]));
    // Back to the default, relations lost (as after a crash between a batch and its relating) come back.
    await rebuildIndex(store, defaultIndexParams);
    const before = await store.listRelations(["duplicate", "near-duplicate", "derived"]);
    await store.deleteArticle(articleId("copy"));
    expect(await relateAll(store)).toBe(before.filter((r) => r.a !== "copy" && r.b !== "copy").length);
    await store.close();
  });

  it("answers dups, reuse and relate on the command line", async () => {
    const dir = tempDir();
    const db = join(dir, "w.db");
    await main(["ingest", corpus(dir), "--db", db], captureIo(dir).io);

    const dups = captureIo(dir);
    expect(await main(["dups", "--db", db, "--json"], dups.io)).toBe(EXIT.ok);
    expect(JSON.parse(dups.out()).map((g: { id: string }[]) => g.map((a) => a.id))).toEqual([["agency", "copy"]]);

    const reuse = captureIo(dir);
    expect(await main(["reuse", "rewrite", "--db", db], reuse.io)).toBe(EXIT.ok);
    expect(reuse.out()).toMatch(/^agency \(Meridian Press Agency, 2023-07-05\)/m);
    expect(reuse.out()).toMatch(/derived \((whole|partial), \d+% reused\); source: it/);
    expect(reuse.out()).toContain('words, A ');

    writeFileSync(join(dir, "a.txt"), ` date 2023-07-05 ${AGENCY}`);
    writeFileSync(join(dir, "b.txt"), ` date 2023-07-06 ${SHORT}`);
    const relate = captureIo(dir);
    expect(await main(["relate", "a.txt", "b.txt"], relate.io)).toBe(EXIT.ok);
    expect(relate.out()).toMatch(/^derived \((whole|partial), \d+% reused\); source: A/m);
    const relateJson = captureIo(dir);
    await main(["relate", "a.txt", "b.txt", "--json"], relateJson.io);
    const passages = JSON.parse(relateJson.out()).relation.evidence.passages;
    expect(passages.length).toBeGreaterThan(0);
  });
});

const GIVEME = join(import.meta.dirname, "..", "..", "shared", "data", "giveme5w1h_news_cluster");

describe.skipIf(!existsSync(GIVEME))("eval reuse on rewrites of real articles (../shared/data/giveme5w1h_news_cluster)", () => {
  it("separates derived from independent same-event pairs: F1 ≥ 0.95, AUC ≥ 0.97", async () => {
    const dir = tempDir();
    const file = join(dir, "pairs.jsonl");
    writeFileSync(file, makeReusePairs(await readGiveme5w1h(GIVEME)).map((p) => JSON.stringify(p)).join("\n"));
    const run = captureIo(dir);
    expect(await main(["eval", "reuse", file, "--json", "--predictions", join(dir, "pred.jsonl")], run.io)).toBe(EXIT.ok);
    const result = JSON.parse(run.out());
    expect(result.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.auc).toBeGreaterThanOrEqual(0.97);
    expect(result.byLabel.non.predictedDerived / result.byLabel.non.pairs).toBeLessThan(0.05);
  });
});

if (!existsSync(GIVEME)) console.warn(`skipping eval reuse: ${GIVEME} not found (see ../shared/data/README.md)`);
