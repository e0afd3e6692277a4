import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { EXIT } from "../src/cli/io.js";
import { captureIo, tempDir } from "./helpers.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "compare");
const agency = join(FIXTURES, "agency.txt");
const rewrite = join(FIXTURES, "rewrite.txt");

describe("wiretrace compare", () => {
  it("prints a report of two files: summary, lexicon, findings and alignment", async () => {
    const run = captureIo(tempDir());
    expect(await main(["compare", agency, rewrite], run.io)).toBe(EXIT.ok);
    const out = run.out();
    expect(out).toContain("9 aligned (1 same, 8 reworded, 1 moved), 3 only in A, 1 only in B; 75% of A's sentences kept");
    expect(out).toContain("IS → Daesh  ×2");
    expect(out).toContain("! number changed: 12 → 15  [A3 B2]");
    expect(out).toContain("spelling variant: Osama al-Muhajer ↔ Usamah al Muhajir");
    expect(out).toContain("[-Monday-] {+Tuesday+}");
    expect(out).not.toContain("\u001b[");
  });

  it("prints JSON with --json and a self-contained page with --html", async () => {
    const json = captureIo(tempDir());
    expect(await main(["compare", agency, rewrite, "--json"], json.io)).toBe(EXIT.ok);
    const report = JSON.parse(json.out());
    expect(report.version).toBe(1);
    expect(report.a.published).toBe("2024-03-04");
    expect(report.lexicon[0]).toMatchObject({ from: "IS", to: "Daesh", count: 2 });
    const html = captureIo(tempDir());
    expect(await main(["compare", agency, rewrite, "--html"], html.io)).toBe(EXIT.ok);
    expect(html.out()).toMatch(/^<!doctype html>/);
    expect(html.out()).not.toMatch(/<script/i);
  });

  it("reads one side from standard input", async () => {
    const run = captureIo(tempDir(), readFileSync(rewrite, "utf8"));
    expect(await main(["compare", agency, "-", "--json"], run.io)).toBe(EXIT.ok);
    expect(JSON.parse(run.out()).lexicon[0]).toMatchObject({ from: "IS", to: "Daesh" });
    expect(await main(["compare", "-", "-"], captureIo(tempDir()).io)).toBe(EXIT.usage);
  });

  it("colours on request", async () => {
    const run = captureIo(tempDir());
    expect(await main(["compare", agency, rewrite, "--color", "--no-alignment"], run.io)).toBe(EXIT.ok);
    expect(run.out()).toContain("\u001b[1m");
    expect(run.out()).not.toContain("Alignment");
  });

  it("compares stored articles by id, and a file with a stored id", async () => {
    const dir = tempDir();
    const db = join(dir, "w.db");
    const body = (f: string) => readFileSync(f, "utf8").replace(/^date \S+\n/, "");
    writeFileSync(join(dir, "in.jsonl"), [
      { id: "wire-1", source: "Wirepress", published: "2024-03-04", title: "Tal Hamra", text: body(agency) },
      { id: "daily-1", source: "Daily", published: "2024-03-05", title: "Daesh out", text: body(rewrite) },
    ].map((r) => JSON.stringify(r)).join("\n"));
    expect(await main(["ingest", join(dir, "in.jsonl"), "--db", db], captureIo(dir).io)).toBe(EXIT.ok);
    const run = captureIo(dir);
    expect(await main(["compare", "wire-1", "daily-1", "--db", db, "--json"], run.io)).toBe(EXIT.ok);
    const report = JSON.parse(run.out());
    expect(report.a).toMatchObject({ id: "wire-1", source: "Wirepress", title: "Tal Hamra" });
    expect(report.lexicon.map((e: { from: string }) => e.from)).toEqual(["IS", "Islamic State group"]);
    const mixed = captureIo(dir);
    expect(await main(["compare", agency, "daily-1", "--db", db], mixed.io)).toBe(EXIT.ok);
    expect(mixed.out()).toContain("B: Daily, 2024-03-05, daily-1 “Daesh out”");
  });

  it("names what it cannot find, and refuses --json with --html", async () => {
    const dir = tempDir();
    const missing = captureIo(dir);
    expect(await main(["compare", "nope.txt", agency], missing.io)).toBe(EXIT.notFound);
    expect(missing.err()).toContain('no file named "nope.txt"');
    const db = join(dir, "w.db");
    writeFileSync(join(dir, "one.jsonl"), JSON.stringify({ id: "x1", published: "2024-01-01", text: "Rebels advanced." }));
    expect(await main(["ingest", join(dir, "one.jsonl"), "--db", db], captureIo(dir).io)).toBe(EXIT.ok);
    const unknown = captureIo(dir);
    expect(await main(["compare", "x1", "x2", "--db", db], unknown.io)).toBe(EXIT.notFound);
    expect(unknown.err()).toContain('no file and no stored article named "x2"');
    const both = captureIo(dir);
    expect(await main(["compare", agency, rewrite, "--json", "--html"], both.io)).toBe(EXIT.usage);
  });
});

describe("wiretrace eval paraphrase", () => {
  const header = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n";

  it("prints accuracy and F1, and JSON with --json", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "m.txt"), `${header}1\t1\t2\tRebels seized the airport on Monday.\tOn Monday, rebels seized the airport.\n0\t3\t4\tShares fell 4 percent on Friday.\tThe choir sang at the cathedral.\n`);
    const run = captureIo(dir);
    expect(await main(["eval", "paraphrase", "m.txt"], run.io)).toBe(EXIT.ok);
    expect(run.out()).toMatch(/^2 pairs \(1 paraphrases\): accuracy 100\.00%, F1 100\.00/);
    const json = captureIo(dir);
    expect(await main(["eval", "paraphrase", "m.txt", "--json"], json.io)).toBe(EXIT.ok);
    expect(JSON.parse(json.out())).toMatchObject({ accuracy: 1, f1: 1, pairs: 2 });
    expect(await main(["eval", "paraphrase", "m.txt", "--predictions", "p.jsonl"], captureIo(dir).io)).toBe(EXIT.ok);
    const predictions = readFileSync(join(dir, "p.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(predictions.map((p: { index: number; label: number }) => [p.index, p.label])).toEqual([[0, 1], [1, 0]]);
  });

  it("rejects a malformed file with its line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.txt"), `${header}2\t1\t2\ta\tb\n`);
    const run = captureIo(dir);
    expect(await main(["eval", "paraphrase", "bad.txt"], run.io)).toBe(EXIT.usage);
    expect(run.err()).toContain("bad.txt:2: Quality: expected 0 or 1");
  });
});
