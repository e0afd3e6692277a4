import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InputError } from "../core/errors.js";
import { bundledNerModelPath, decodeNerModel, loadNerModel } from "./model-file.js";

describe("the bundled NER model", () => {
  it("loads in well under a second, once", () => {
    const started = performance.now();
    const model = loadNerModel();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(loadNerModel()).toBe(model);
    expect(model.labels).toEqual(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]);
    expect(bundledNerModelPath).toMatch(/models[\\/]ner-en\.json\.gz$/);
  });

  it("refuses files of another format, naming the file", () => {
    expect(() => decodeNerModel(gzipSync(JSON.stringify({ format: "other", version: 1 })), "m.json.gz")).toThrow(InputError);
    expect(() => decodeNerModel(Buffer.from("not gzip"), "m.json.gz")).toThrow(/^m\.json\.gz: not a gzip-compressed JSON model/);
  });
});
