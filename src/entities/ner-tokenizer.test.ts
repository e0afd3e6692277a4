import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenizeNer } from "./ner-tokenizer.js";
import { splitSentences } from "./sentence-splitter.js";

const texts = (text: string) => tokenizeNer(text).map((t) => t.text);

describe("tokenizeNer", () => {
  it.each([
    ["Gen. al-Assad's U.S. visit.", ["Gen.", "al-Assad", "'s", "U.S.", "visit", "."]],
    ["He didn\u2019t go to the U.N. on Jan. 5.", ["He", "did", "n\u2019t", "go", "to", "the", "U.N.", "on", "Jan.", "5", "."]],
    ["AT&T paid $1,200.50 at 10:30 -- or so...", ["AT&T", "paid", "$", "1,200.50", "at", "10:30", "--", "or", "so", "..."]],
    ["\u201cWe will fight,\u201d said Lt. Col. John F. Kennedy.", ["\u201c", "We", "will", "fight", ",", "\u201d", "said", "Lt.", "Col.", "John", "F.", "Kennedy", "."]],
    ["O\u2019Brien and Qur\u2019an, they\u2019re here", ["O\u2019Brien", "and", "Qur\u2019an", ",", "they", "\u2019re", "here"]],
    ["LONDON 1996-08-30", ["LONDON", "1996-08-30"]],
    ["e.g. the U.S.A", ["e.g.", "the", "U.S.A"]],
    ["Müller-Lüdenscheidt 😀 done", ["Müller-Lüdenscheidt", "😀", "done"]],
    ["Tal Qasra, Syria", ["Tal", "Qasra", ",", "Syria"]],
  ])("splits %j", (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("keeps a full stop after a word that is no abbreviation", () => {
    expect(texts("It was May. Then June.")).toEqual(["It", "was", "May", ".", "Then", "June", "."]);
  });

  it("gives UTF-16 offsets: every token is the slice of the text it names, in order, with only spaces between", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aZ1 .,'’-&\u00e9\u0645\ud83d\ude00\n\"()U.S.".split("")), maxLength: 60 }), (text) => {
        let last = 0;
        for (const token of tokenizeNer(text)) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(last, token.start).trim()).toBe("");
          expect(token.text.trim()).toBe(token.text);
          last = token.end;
        }
        expect(text.slice(last).trim()).toBe("");
      }),
    );
  });
});

describe("splitSentences", () => {
  const sentences = (text: string) => splitSentences(text, tokenizeNer(text)).map((s) => s.map((t) => t.text).join(" "));

  it.each([
    ["It rained. Then it stopped.", ["It rained .", "Then it stopped ."]],
    ["Gen. Smith met Mr. Jones in the U.S. on Friday.", ["Gen. Smith met Mr. Jones in the U.S. on Friday ."]],
    ['He said: "Go." Then he left.', ['He said : " Go . "', "Then he left ."]],
    ["Is it over? Nobody knows!", ["Is it over ?", "Nobody knows !"]],
    ["HEADLINE IN CAPITALS\nBody text starts here.", ["HEADLINE IN CAPITALS", "Body text starts here ."]],
    ["a line that wraps\nin the middle.", ["a line that wraps in the middle ."]],
    ["First paragraph\n\nsecond one", ["First paragraph", "second one"]],
    ["It cost 3.5 million. prices fell", ["It cost 3.5 million . prices fell"]],
  ])("splits %j", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
