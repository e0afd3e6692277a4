import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff.js";

describe("wordDiff", () => {
  it.each([
    ["a replacement", "IS fighters seized it.", "Daesh fighters seized it.", [{ op: "replace", a: "IS", b: "Daesh" }, { op: "equal", a: "fighters seized it.", b: "fighters seized it." }]],
    ["an insertion", "They were killed.", "They were reportedly killed.", [{ op: "equal", a: "They were", b: "They were" }, { op: "insert", a: "", b: "reportedly" }, { op: "equal", a: "killed.", b: "killed." }]],
    ["a deletion", "The rebel-held town fell.", "The town fell.", [{ op: "equal", a: "The", b: "The" }, { op: "delete", a: "rebel-held", b: "" }, { op: "equal", a: "town fell.", b: "town fell." }]],
    ["case and punctuation alone", "The Army left, on Monday", "the army left on Monday.", [{ op: "equal", a: "The Army left, on Monday", b: "the army left on Monday." }]],
    ["diacritics and dotted abbreviations", "Café in the U.S.", "Cafe in the US", [{ op: "equal", a: "Café in the U.S.", b: "Cafe in the US" }]],
  ])("shows %s", (_name, a, b, expected) => {
    expect(wordDiff(a, b)).toEqual(expected);
  });

  it("handles empty sides", () => {
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("Rebels advanced.", "")).toEqual([{ op: "delete", a: "Rebels advanced.", b: "" }]);
  });
});
