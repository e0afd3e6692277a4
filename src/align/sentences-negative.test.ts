// Texts where a naive splitter goes wrong: every full stop here is not a sentence end, or the text has none.
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

describe("splitSentences: negative cases", () => {
  it.each([
    ["Dr. Ana Ruiz and Prof. Li met Gov. Hale."],
    ["Maj. Gen. Ray and Col. Dunn arrived."],
    ["J. R. R. Tolkien wrote it."],
    ["The U.S. and the U.K. signed it."],
    ["Acme Inc. and Beta Corp. merged."],
    ["It cost 3.5 million, or 1.25 a share."],
    ["No. 10 Downing Street said nothing."],
    ['"Wait... wait for it," he said.'],
    ["He left at 10 a.m. on Friday."],
    ["It happened on Aug. 7, 1998, in Nairobi."],
    ["Version 2.0.1 shipped."],
    ["He wrote to e.g. the mayor."],
  ])("%s is one sentence", (text) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });

  it("gives nothing for blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n\t ")).toEqual([]);
  });

  it("does not split after a full stop without space", () => {
    expect(splitSentences("See example.com.It works.").length).toBe(1);
  });

  it("does not split before a lower-case word", () => {
    expect(splitSentences("He said so. and left.").length).toBe(1);
  });
});
