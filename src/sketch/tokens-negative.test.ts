// Inputs that must not produce tokens, or must not produce the tokens a naive split would.
import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

const sliced = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from(t.starts, (start, i) => text.slice(start, t.ends[i]));
};

describe("tokenize: negative cases", () => {
  it.each<[string, string]>([
    ["empty string", ""],
    ["only spaces and newlines", "  \n\t \r\n "],
    ["only punctuation", "!!! ... --- ,,, ''' \u2014 \u2026 ()[]{}"],
    ["a long punctuation run", ".".repeat(100_000)],
    ["only emoji", "\ud83d\ude00 \ud83d\udc4d\ud83c\udffd \ud83c\uddfa\ud83c\uddf8 \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67"],
    ["lone surrogates", "\ud800 \udc00 \udbff"],
    ["control and zero-width characters", "\u0000\u0007\u200b\u200e\u200f\ufeff"],
    ["stray combining marks", "\u0301\u0308 \u0301"],
    ["stray apostrophes and joiners", "' \u2019 \u00ad \u200d"],
    ["a letter that folds to nothing", "\ufcf2 \u0640"],
  ])("%s gives no tokens", (_name, text) => {
    const t = tokenize(text);
    expect(t.words).toEqual([]);
    expect(t.starts.length).toBe(0);
    expect(t.ends.length).toBe(0);
  });

  it("keeps emoji out of the words next to them", () => {
    expect(tokenize("I \ud83d\udc4d it\ud83d\ude00x \ud83d\udc68\u200d\ud83d\udc69 ok").words).toEqual(["i", "it", "x", "ok"]);
    expect(sliced("it\ud83d\ude00x")).toEqual(["it", "x"]);
  });

  it("tokenizes right-to-left text by logical order with exact offsets", () => {
    const arabic = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631\u064f: \u0661\u0662\u0663";
    expect(sliced(arabic)).toEqual(["\u0642\u0627\u0644", "\u0627\u0644\u0648\u0632\u064a\u0631\u064f", "\u0661\u0662\u0663"]);
    expect(tokenize(arabic).words[1]).toBe("\u0627\u0644\u0648\u0632\u064a\u0631"); // the damma is folded away
    const hebrew = "\u200f\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd \u05e2\u05d5\u05dc\u05dd\u200f";
    expect(tokenize(hebrew).words).toEqual(["\u05e9\u05dc\u05d5\u05dd", "\u05e2\u05d5\u05dc\u05dd"]);
    expect(sliced(hebrew)).toEqual(["\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd", "\u05e2\u05d5\u05dc\u05dd"]);
  });

  it.each<[string, string[]]>([
    ["1,200", ["1,200"]],
    ["1,200.50", ["1,200.50"]],
    ["1, 200", ["1", "200"]],
    ["1,,200", ["1", "200"]],
    [",200.", ["200"]],
    ["1,200,", ["1,200"]],
    ["a,b", ["a", "b"]],
    ["v1.2", ["v1.2"]],
  ])("keeps digit separators only between digits: %j", (text, words) => {
    expect(tokenize(text).words).toEqual(words);
  });

  it.each<[string, string[], string[]]>([
    ["U.S.", ["us"], ["U.S."]],
    ["the U.S.", ["the", "us"], ["the", "U.S."]],
    ["U.S", ["us"], ["U.S"]],
    ["U.S-led", ["us", "led"], ["U.S", "led"]],
    ["US", ["us"], ["US"]],
    ["A. Smith", ["a", "smith"], ["A", "Smith"]],
    ["Plan B.", ["plan", "b"], ["Plan", "B"]],
    ["I...", ["i"], ["I"]],
    ["St.Louis", ["st", "louis"], ["St", "Louis"]],
    ["example.com", ["example", "com"], ["example", "com"]],
  ])("treats dotted single letters, and only those, as one abbreviation: %j", (text, words, tokens) => {
    expect(tokenize(text).words).toEqual(words);
    expect(sliced(text)).toEqual(tokens);
  });

  it("does not glue hyphenated or dashed words", () => {
    expect(tokenize("al-Assad \u2014 well\u2013known \u2212 self\u2010made").words).toEqual([
      "al", "assad", "well", "known", "self", "made",
    ]);
  });
});
