import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../core/errors.js";
import { evaluateParaphrase, parseMsrp, parseSts, pearson, readMsrp } from "./paraphrase-eval.js";

const HEADER = "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\r\n";
const MSRP = join(import.meta.dirname, "..", "..", "..", "shared", "data", "msrp", "msr_paraphrase_train.txt");

describe("parseMsrp", () => {
  it("reads labelled pairs, with a BOM and CRLF line ends", () => {
    const pairs = parseMsrp(`${HEADER}1\t1\t2\tRebels took the town.\tThe town fell to rebels.\r\n0\t3\t4\tA.\tB.\r\n`, "m.txt");
    expect(pairs).toEqual([
      { label: true, idA: "1", idB: "2", a: "Rebels took the town.", b: "The town fell to rebels." },
      { label: false, idA: "3", idB: "4", a: "A.", b: "B." },
    ]);
  });

  it.each([
    ["no header", "1\t1\t2\ta\tb\n", "m.txt:1: expected the MSRP header line"],
    ["a short line", `${HEADER}1\t1\t2\ta\n`, "m.txt:2: expected 5 tab-separated columns, got 4"],
    ["a bad label", `${HEADER}yes\t1\t2\ta\tb\n`, 'm.txt:2: Quality: expected 0 or 1, got "yes"'],
    ["no pairs", HEADER, "m.txt: no sentence pairs"],
  ])("rejects %s with the file, line and field", (_name, text, message) => {
    expect(() => parseMsrp(text, "m.txt")).toThrow(InputError);
    expect(() => parseMsrp(text, "m.txt")).toThrow(message);
  });

  it("names a missing file", async () => {
    await expect(readMsrp("/nonexistent/msrp.txt")).rejects.toThrow("/nonexistent/msrp.txt: cannot read: ENOENT");
  });
});

describe("evaluateParaphrase", () => {
  it("scores pairs at the fixed threshold", () => {
    const pairs = parseMsrp(`${HEADER}1\t1\t2\tRebels seized the airport on Monday.\tOn Monday rebels seized the airport.\n0\t3\t4\tShares fell 4 percent.\tThe choir sang on Sunday.\n`, "m.txt");
    const r = evaluateParaphrase(pairs);
    expect(r.metrics.accuracy).toBe(1);
    expect(r.metrics.f1).toBe(1);
  });

  it("reads STS files and correlates", () => {
    expect(parseSts("main-news\tf\t2012\t1\t4.5\tA b.\tA b c.\n", "s.csv")).toEqual([{ genre: "main-news", score: 4.5, a: "A b.", b: "A b c." }]);
    expect(() => parseSts("main-news\tf\n", "s.csv")).toThrow("s.csv:1:");
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
  });
});

describe.skipIf(!existsSync(MSRP))("paraphrase accuracy on MSRP train (../shared/data/msrp)", () => {
  it("reaches at least 76% accuracy and 0.83 F1", async () => {
    const { metrics } = evaluateParaphrase(await readMsrp(MSRP));
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0.76);
    expect(metrics.f1).toBeGreaterThanOrEqual(0.83);
  });
});
if (!existsSync(MSRP)) console.warn(`skipping the MSRP floor: ${MSRP} not found (see ../shared/data/README.md)`);
