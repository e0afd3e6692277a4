// wiretrace's time expressions on the TempEval-3 training data (TBAQ-cleaned), against the floor the project
// promises, against plain chrono-node in the same run, and against the independent Python scorer.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { captureIo, tempDir } from "./helpers.js";

const shared = fileURLToPath(new URL("../../shared/", import.meta.url));
const tbaq = join(shared, "data/tempeval3/Training/TBAQ-cleaned");
const dirs = [join(tbaq, "TimeBank"), join(tbaq, "AQUAINT")];
const scorer = join(shared, "tools/score_timex.py");
const haveData = dirs.every((d) => existsSync(d));
const havePython = haveData && existsSync(scorer) && spawnSync("python3", ["--version"]).status === 0;

if (!haveData) console.warn(`skipping the TempEval-3 evaluation: ${tbaq} is absent`);
else if (!havePython) console.warn("skipping the comparison with score_timex.py: python3 or the scorer is absent");

interface Scores {
  strictPrecision: number; strictRecall: number; strictF1: number; relaxedPrecision: number; relaxedRecall: number;
  relaxedF1: number; valueF1: number; typeF1: number;
  counts: { gold: number; system: number; strict: number; relaxed: number; valueCorrect: number; typeCorrect: number };
}

describe.skipIf(!haveData)("wiretrace eval timex on TBAQ-cleaned", () => {
  let result: Scores & { files: number; chrono: Scores };
  let predictions: string;

  beforeAll(async () => {
    predictions = join(tempDir(), "timex.jsonl");
    const run = captureIo(process.cwd());
    const code = await main(["eval", "timex", ...dirs, "--json", "--predictions", predictions], run.io);
    expect(run.err()).toBe("");
    expect(code).toBe(EXIT.ok);
    result = JSON.parse(run.out());
    // keep the predictions: tempDir() cleans up after each test, so copy them into memory now
    predictions = readFileSync(predictions, "utf8");
  });

  it("reaches value F1 0.80, ahead of plain chrono-node", () => {
    expect(result.files).toBe(256);
    expect(result.counts.gold).toBe(1822);
    expect(result.valueF1).toBeGreaterThanOrEqual(0.8);
    expect(result.valueF1).toBeGreaterThan(result.chrono.valueF1);
    expect(result.relaxedF1).toBeGreaterThan(result.chrono.relaxedF1);
    expect(result.strictF1).toBeGreaterThan(result.chrono.strictF1);
  });

  it.skipIf(!havePython)("agrees with ../shared/tools/score_timex.py to the printed precision", () => {
    const file = join(tempDir(), "timex.jsonl");
    writeFileSync(file, predictions);
    const run = spawnSync("python3", [scorer, ...dirs, file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const py = JSON.parse(run.stdout);
    const pct = (x: number) => (100 * x).toFixed(2);
    const same = (theirs: number, ours: number) => expect(theirs.toFixed(2)).toBe(pct(ours));
    same(py.strict.P, result.strictPrecision);
    same(py.strict.R, result.strictRecall);
    same(py.strict.F1, result.strictF1);
    same(py.relaxed.P, result.relaxedPrecision);
    same(py.relaxed.R, result.relaxedRecall);
    same(py.relaxed.F1, result.relaxedF1);
    same(py.value.F1, result.valueF1);
    same(py.type.F1, result.typeF1);
    expect([py.gold, py.system, py.strict.matched, py.relaxed.matched, py.value.correct, py.type.correct]).toEqual([
      result.counts.gold, result.counts.system, result.counts.strict, result.counts.relaxed, result.counts.valueCorrect,
      result.counts.typeCorrect,
    ]);
  });
});
