import { describe, expect, it } from "vitest";
import { InputError } from "../core/errors.js";
import { conllWithPredictions, readConll } from "./conll-reader.js";

const SAMPLE = [
  "-DOCSTART- -X- O O",
  "",
  "Peter NNP I-NP I-PER",
  "Blackburn NNP I-NP I-PER",
  "",
  "BRUSSELS NNP I-NP I-LOC",
  "1996-08-22 CD I-NP O",
  "",
  "-DOCSTART- -X- O O",
  "",
  "EU NNP I-NP I-ORG",
  "rejects VBZ I-VP O",
  "",
].join("\n");

describe("readConll", () => {
  it("reads sentences, documents and line numbers", () => {
    const file = readConll(SAMPLE);
    expect(file.sentences.map((s) => [s.tokens, s.gold, s.lines, s.document])).toEqual([
      [["Peter", "Blackburn"], ["I-PER", "I-PER"], [2, 3], 0],
      [["BRUSSELS", "1996-08-22"], ["I-LOC", "O"], [5, 6], 0],
      [["EU", "rejects"], ["I-ORG", "O"], [10, 11], 1],
    ]);
  });

  it("takes the last column as the tag, so two-column files work too", () => {
    expect(readConll("Paris\tB-LOC\nsaid\tO\n").sentences[0]!.gold).toEqual(["B-LOC", "O"]);
  });

  it("names the file and line of a token line without a tag", () => {
    const error = (() => {
      try {
        readConll("Peter NNP I-NP I-PER\nBlackburn\n", "x.conll");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^x\.conll:2: expected "token \.\.\. TAG"/);
  });

  it("writes predictions as a last column, keeping blank and -DOCSTART- lines", () => {
    const file = readConll(SAMPLE);
    const out = conllWithPredictions(file, [["I-PER", "I-PER"], ["I-LOC", "O"], ["I-ORG", "O"]]).split("\n");
    expect(out.slice(0, 4)).toEqual(["-DOCSTART- -X- O O", "", "Peter NNP I-NP I-PER I-PER", "Blackburn NNP I-NP I-PER I-PER"]);
    expect(out[8]).toBe("-DOCSTART- -X- O O");
    expect(out.length).toBe(SAMPLE.split("\n").length);
  });
});
