import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../src/eval/prng.js";
import { tempDir } from "./helpers.js";

// The worker thread runs compiled code, so this test drives the built library (test/global-setup.ts builds it).
const dist = "../dist/index.js";
const { ingest, openSqliteStore } = (await import(dist)) as typeof import("../src/index.js");
const pipeline = "../dist/engine/read-pipeline.js";
const { sketchedBatches } = (await import(pipeline)) as typeof import("../src/engine/read-pipeline.js");
const indexParams = "../dist/engine/index-params.js";
const { defaultIndexParams } = (await import(indexParams)) as typeof import("../src/engine/index-params.js");

function corpus(dir: string): string {
  const rand = seededRandom(4);
  const words = Array.from({ length: 300 }, (_, i) => `word${i}`);
  const sentence = () => Array.from({ length: 12 }, () => words[Math.floor(rand() * words.length)]).join(" ") + ".";
  const bodies: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < 900; i++) {
    const body = i % 7 === 6 ? `${bodies[i - 3]!} ${sentence()}` : Array.from({ length: 6 }, sentence).join(" ");
    bodies.push(body);
    lines.push(i % 100 === 50 ? `{"id": "broken ${i}"` : JSON.stringify({ id: `p${i}`, source: `O${i % 5}`, published: "2023-05-01", text: body }));
  }
  const file = join(dir, "in.jsonl");
  writeFileSync(file, lines.join("\n"));
  return file;
}

describe("reading and sketching on a worker thread", () => {
  it("stores, rejects and relates exactly what reading on the storing thread does", async () => {
    const dir = tempDir();
    const file = corpus(dir);
    const results = [];
    for (const worker of [true, false]) {
      const store = openSqliteStore(join(dir, `${worker}.db`));
      try {
        const report = await ingest(store, [file], { worker, batchSize: 64, stories: false, now: new Date("2026-01-01T00:00:00Z") });
        const relations = await store.listRelations(["duplicate", "near-duplicate", "derived"]);
        results.push({
          report: { ...report, timings: undefined },
          stats: await store.stats(),
          relations: relations.map((r) => [r.a, r.b, r.relation.kind]),
          sketch: Array.from((await store.getSketch("p10" as never))!.bandKeys),
        });
      } finally {
        await store.close();
      }
    }
    const [onWorker, inThread] = results;
    expect(onWorker!.report.rejected).toBe(9);
    expect(onWorker!.report.rejections[0]).toMatchObject({ file, line: 51 });
    expect(onWorker!.relations.length).toBeGreaterThan(100);
    expect(onWorker).toEqual(inThread);
  });

  it("shares sketching with a caller that is waiting, giving the sketches the worker alone would", async () => {
    const file = corpus(tempDir());
    const sketchesOf = async (worker: boolean, slow: boolean) => {
      const out = new Map<string, number[]>();
      for await (const batch of sketchedBatches([file], {}, { batchSize: 64, params: defaultIndexParams, worker })) {
        for (const a of batch.articles) out.set(a.id, Array.from(batch.sketches.get(a.id)!.signature));
        // A slow caller keeps the worker ahead, so it sketches everything itself; a quick one waits and takes a share.
        if (slow) await new Promise((resolve) => setTimeout(resolve, 40));
      }
      return out;
    };
    const quick = await sketchesOf(true, false);
    expect(quick.size).toBe(891);
    expect(quick).toEqual(await sketchesOf(true, true));
    expect(quick).toEqual(await sketchesOf(false, false));
  });

  it("raises a bad option from the worker, and reports an unreadable file as a located rejection", async () => {
    const dir = tempDir();
    const file = corpus(dir);
    const store = openSqliteStore(":memory:");
    try {
      await expect(ingest(store, [file], { worker: true, encoding: "ebcdic" })).rejects.toThrow(/ebcdic/);
      const missing = await ingest(store, [join(dir, "missing.jsonl")], { worker: true });
      expect(missing.rejections).toEqual([expect.objectContaining({ file: join(dir, "missing.jsonl"), reason: expect.stringMatching(/no such file/) })]);
    } finally {
      await store.close();
    }
  });
});
