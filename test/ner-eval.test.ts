import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { captureIo, tempDir } from "./helpers.js";

const TESTA = join(import.meta.dirname, "..", "..", "shared", "data", "conll2003_en", "eng.testa");

/** A small CoNLL-2003-style file of our own: IOB1 tags, two documents. */
const SMALL = `-DOCSTART- -X- O O

Colonel NNP I-NP O
Dana NNP I-NP I-PER
Whitfield NNP I-NP I-PER
, , O O
a DT I-NP O
Centcom NNP I-NP I-ORG
spokeswoman NN I-NP O
, , O O
said VBD I-VP O
Daesh NNP I-NP I-ORG
fighters NNS I-NP O
had VBD I-VP O
left VBN I-VP O
Tal NNP I-NP I-LOC
Qasra NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Officials NNS I-NP O
in IN I-PP O
Berlin NNP I-NP I-LOC
met VBD I-VP O
Maria NNP I-NP I-PER
Kessel NNP I-NP I-PER
. . O O
`;

describe("wiretrace eval ner", () => {
  it("prints conlleval-style scores and writes predictions beside the input", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "small.conll"), SMALL);
    const run = captureIo(dir);
    expect(await main(["eval", "ner", "small.conll", "--predictions", "pred.conll"], run.io)).toBe(EXIT.ok);
    expect(run.out()).toMatch(/^processed 23 tokens with 6 phrases; found: \d+ phrases; correct: \d+\.$/m);
    expect(run.out()).toMatch(/^accuracy: +[\d.]+%; precision: +[\d.]+%; recall: +[\d.]+%; FB1: +[\d.]+$/m);
    expect(run.out()).toMatch(/^ +PER: precision: +[\d.]+%; recall: +[\d.]+%; FB1: +[\d.]+  \d+$/m);
    const input = SMALL.trimEnd().split("\n");
    const output = readFileSync(join(dir, "pred.conll"), "utf8").trimEnd().split("\n");
    expect(output.length).toBe(input.length);
    output.forEach((line, i) => {
      if (input[i] === "" || input[i]!.startsWith("-DOCSTART-")) expect(line).toBe(input[i]);
      else expect(line).toMatch(new RegExp(`^${input[i]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} (O|[BI]-(PER|ORG|LOC|MISC))$`));
    });
    // Predictions are in the input's scheme (IOB1): an entity after O starts with I-.
    expect(output[3]).toBe("Dana NNP I-NP I-PER I-PER");

    const json = captureIo(dir);
    expect(await main(["eval", "ner", "small.conll", "--json"], json.io)).toBe(EXIT.ok);
    const result = JSON.parse(json.out());
    expect(result).toMatchObject({ scale: "0-100", gold: 6, scheme: "IOB1" });
    expect(result.f1).toBeGreaterThanOrEqual(80);
    expect(Object.keys(result.byType).sort()).toEqual(["LOC", "ORG", "PER"]);
  });

  it("rejects a malformed file with its line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.conll"), "Peter NNP I-NP I-PER\nBlackburn\n");
    const run = captureIo(dir);
    expect(await main(["eval", "ner", "bad.conll"], run.io)).toBe(EXIT.usage);
    expect(run.err()).toMatch(/bad\.conll:2: expected "token \.\.\. TAG"/);
  });
});

describe.skipIf(!existsSync(TESTA))("eval ner on CoNLL-2003 dev (../shared/data/conll2003_en/eng.testa)", () => {
  it("scores entity F1 ≥ 85 overall and ≥ 80 for each type", async () => {
    const dir = tempDir();
    const run = captureIo(dir);
    expect(await main(["eval", "ner", TESTA, "--json", "--predictions", join(dir, "testa.pred")], run.io)).toBe(EXIT.ok);
    const result = JSON.parse(run.out());
    expect(result.gold).toBe(5942);
    expect(result.f1).toBeGreaterThanOrEqual(85);
    for (const type of ["PER", "ORG", "LOC", "MISC"]) expect(result.byType[type].f1).toBeGreaterThanOrEqual(80);
    expect(readFileSync(join(dir, "testa.pred"), "utf8").split("\n").length).toBe(readFileSync(TESTA, "utf8").split("\n").length);
  });
});

if (!existsSync(TESTA)) console.warn(`skipping eval ner on CoNLL-2003: ${TESTA} not found (see ../shared/data/README.md)`);
