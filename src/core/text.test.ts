import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage, stopWordCounts } from "./language.js";
import { displayText, foldText, idFromHash, normaliseText, textHash } from "./text.js";

describe("text normalisation", () => {
  it.each([
    ["\u201cIS\u201d \u2014 said\u00a0 Centcom\n", '"IS" - said Centcom'],
    ["\uFB01nal \uFF21", "final A"],
    ["it\u2019s \u2018fine\u2019\u2026", "it's 'fine'..."],
    ["a\u200bb\tc\r\n\r\nd", "ab c d"],
  ])("normalises %j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it("takes the plain-ASCII shortcut only where the whole normalisation would give the same text", () => {
    // The documented steps, spelled out: NFKC, quotes and dashes, control characters, whitespace.
    const reference = (text: string) => text.normalize("NFKC")
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g, '"')
      .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
      .replace(/\u2026/g, "...")
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g, "")
      .replace(/\s+/gu, " ")
      .trim();
    const chars = fc.constantFrom("a", "Z", " ", "\t", "\n", "\r", "`", "'", "-", "\u0000", "\u000b", "\u007f", "\u00a0", "\u2019", "\u2014", "\uff21", "\u200b", "é", "1");
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((c) => c.join("")), (text) => {
      expect(normaliseText(text)).toBe(reference(text));
    }), { numRuns: 2000 });
    expect(normaliseText("a `quoted` word")).toBe("a 'quoted' word");
  });

  it("keeps display text apart from the index form", () => {
    expect(displayText("\uFEFFline\r\nnext\rlast")).toBe("line\nnext\nlast");
    expect(foldText("The  \u201cIS\u201d")).toBe('the "is"');
  });

  it("hashes texts that differ only in case, quotes and spacing alike", () => {
    expect(textHash("Said \u201cno\u201d.")).toBe(textHash("said  \"NO\"."));
    expect(textHash("said no.")).not.toBe(textHash("said yes."));
  });
});

describe("idFromHash", () => {
  const hash = textHash("Dock workers at the port of Vellin walked out over pay.");
  it("gives the same record the same id, and the same text from another outlet, page or title another", () => {
    const record = { source: "Harbour Daily", url: "https://harbour.example/strike", title: "Vellin strike" };
    expect(idFromHash(hash, record)).toBe(idFromHash(hash, { ...record }));
    expect(idFromHash(hash, record)).toMatch(/^[0-9a-f]{16}$/);
    const others = [{ ...record, source: "Levant Courier" }, { ...record, url: null }, { ...record, title: "Strike at Vellin" }];
    expect(new Set([record, ...others].map((r) => idFromHash(hash, r))).size).toBe(4);
  });
  it("is the text hash's first 16 digits for a bare text", () => {
    expect(idFromHash(hash)).toBe(hash.slice(0, 16));
    expect(idFromHash(hash, { source: null, url: null, title: null })).toBe(hash.slice(0, 16));
  });
});

describe("detectLanguage", () => {
  it.each([
    ["The minister said on Friday that the talks with the unions were over and that the strike would go on.", "en"],
    ["Der Minister sagte am Freitag, dass die Gespräche mit den Gewerkschaften beendet sind und der Streik nicht endet.", "de"],
    ["Le ministre a dit vendredi que les discussions avec les syndicats sont terminées et que la grève est pour le moment.", "fr"],
    ["قال الوزير يوم الجمعة إن المحادثات انتهت", "ar"],
    ["1,000 2,000 !!!", "und"],
  ])("tells %j", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("counts stop words as the general path does, whatever the characters", () => {
    const chars = fc.constantFrom(
      "the ", "The ", "DER ", "und ", "les", "a", "Z", "@", "[", "`", "{", " ", "-", "\n", "1", "'", "o ", "said", "della ",
      "Anche", "\u2019", "\u2014", "\u00a0", "\u0301", "\u00e9", "n\u00e3o ", "\u0130", "\ud835\udc00", "\ud800", "\u4e00",
    );
    fc.assert(fc.property(fc.array(chars, { maxLength: 60 }).map((c) => c.join("")), (text) => {
      expect(stopWordCounts(text)).toEqual(stopWordCounts(text, true));
    }), { numRuns: 3000, seed: 5 });
  });
});
