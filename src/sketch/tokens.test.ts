import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordHashes } from "./shingle.js";
import { foldWord, tokenize, wordHashesOf } from "./tokens.js";

/** The tokens as written: what the offsets slice out of the original text. */
const written = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from(t.starts, (start, i) => text.slice(start, t.ends[i]));
};

/** Characters that exercise every rule, mixed with arbitrary UTF-16 code units (lone surrogates included). */
const unit = fc.oneof(
  fc.constantFrom("a", "B", "z", "1", "9", ".", ",", "'", "\u2019", "-", " ", "\n", "\u00e9", "\u0301", "\u00ad", "\u6f22", "\ud83d\ude00", "\ud835\udc00"),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const anyText = fc.string({ unit, maxLength: 60 });

describe("tokenize", () => {
  it.each<[string, string[]]>([
    ["The cat sat.", ["the", "cat", "sat"]],
    ["Al-Assad\u2019s forces", ["al", "assad's", "forces"]],
    ["don't O'Brien rock'n'roll", ["don't", "o'brien", "rock'n'roll"]],
    ["students' 'tis", ["students", "tis"]],
    ["1,200 people, 3.5% and 1,2,3", ["1,200", "people", "3.5", "and", "1,2,3"]],
    ["in 2023-07-09", ["in", "2023", "07", "09"]],
    ["U.S. and U.K. e.g. U.S.A.", ["us", "and", "uk", "eg", "usa"]],
    ["the U.S.Army", ["the", "us", "army"]],
    ["Mr. A. Smith", ["mr", "a", "smith"]],
    ["Caf\u00e9 CAF\u00c9 na\u00efve Z\u00fcrich", ["cafe", "cafe", "naive", "zurich"]],
    ["Cafe\u0301", ["cafe"]],
    ["\ufb01nal \uff26\uff55\uff4c\uff4c", ["final", "full"]],
    ["\u0130stanbul", ["istanbul"]],
    ["infor\u00admation", ["information"]],
    ["COVID-19 F-16 3rd", ["covid", "19", "f", "16", "3rd"]],
    ["\u65e5\u672c\u8a9e\u306e", ["\u65e5", "\u672c", "\u8a9e", "\u306e"]],
    ["\ud835\udc00\ud835\udc01 def", ["ab", "def"]],
    ["\u3400\ud805\udf1d x", ["\u3400\ud805\udf1d", "x"]], // an ideograph keeps a following astral mark whole
  ])("splits %j", (text, words) => {
    expect(tokenize(text).words).toEqual(words);
  });

  it.each<[string, string[]]>([
    ["Al-Assad\u2019s forces", ["Al", "Assad\u2019s", "forces"]],
    ["the U.S. said", ["the", "U.S.", "said"]],
    ["Cafe\u0301 \ud835\udc00x", ["Cafe\u0301", "\ud835\udc00x"]],
    ["a \u00ab1,200\u00bb b", ["a", "1,200", "b"]],
  ])("slices %j back to the tokens as written", (text, tokens) => {
    expect(written(text)).toEqual(tokens);
  });

  it("gives ordered, disjoint, in-bounds offsets for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const t = tokenize(text);
        expect(t.starts.length).toBe(t.words.length);
        expect(t.ends.length).toBe(t.words.length);
        let previousEnd = 0;
        t.words.forEach((word, i) => {
          const start = t.starts[i] as number;
          const end = t.ends[i] as number;
          expect(word.length).toBeGreaterThan(0);
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previousEnd = end;
        });
      }),
      { numRuns: 500, seed: 20240601 },
    );
  });

  it("re-tokenizes each token as written to the same single word", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const t = tokenize(text);
        written(text).forEach((token, i) => expect(tokenize(token).words).toEqual([t.words[i]]));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it("never joins tokens across a space", () => {
    fc.assert(
      fc.property(anyText, anyText, (x, y) => {
        expect(tokenize(`${x} ${y}`).words).toEqual([...tokenize(x).words, ...tokenize(y).words]);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it("folds words idempotently", () => {
    const words = ["caf\u00e9", "O\u2019Brien", "\u0130stanbul", "stra\u00dfe", "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd"];
    for (const word of [...words, "\u0643\u062a\u0640\u0627\u0628"]) {
      const once = foldWord(word);
      expect(foldWord(once)).toBe(once);
    }
  });

  it("stays linear on one 10 MB line, long punctuation runs and long words", () => {
    const texts = [
      "word, ".repeat(1_700_000),
      "-".repeat(10_000_000),
      "a".repeat(10_000_000),
      "1,".repeat(5_000_000),
      "U.".repeat(5_000_000),
      "'a".repeat(5_000_000),
    ];
    for (const text of texts) {
      const started = performance.now();
      tokenize(text);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });
});

describe("wordHashesOf", () => {
  const hashesOfWords = (text: string) => Array.from(wordHashes(tokenize(text).words));

  it.each(["The U.S. Army's 1,200 troops in ZAGREB", "e.g. U.S.A.", "Caf\u00e9 \u00c9T\u00c9", "\u0130stanbul", "\ufcf2 x", "\u65e5\u672c", "don't", ""])(
    "hashes the folded words of %j",
    (text) => {
      expect(Array.from(wordHashesOf(text))).toEqual(hashesOfWords(text));
    },
  );

  it("hashes a text of 50,000 words, and a short one after it, as tokenize does", () => {
    const long = Array.from({ length: 50_000 }, (_, i) => `Word${i % 977}`).join(" ");
    expect(Array.from(wordHashesOf(long))).toEqual(hashesOfWords(long));
    expect(Array.from(wordHashesOf("The U.S. army"))).toEqual(hashesOfWords("The U.S. army"));
  });

  it("equals hashing tokenize's words, for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(Array.from(wordHashesOf(text))).toEqual(hashesOfWords(text));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});
