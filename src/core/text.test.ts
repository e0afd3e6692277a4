import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.js";
import { displayText, foldText, normaliseText, textHash } from "./text.js";

describe("text normalisation", () => {
  it.each([
    ["\u201cIS\u201d \u2014 said\u00a0 Centcom\n", '"IS" - said Centcom'],
    ["\uFB01nal \uFF21", "final A"],
    ["it\u2019s \u2018fine\u2019\u2026", "it's 'fine'..."],
    ["a\u200bb\tc\r\n\r\nd", "ab c d"],
  ])("normalises %j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
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
});
