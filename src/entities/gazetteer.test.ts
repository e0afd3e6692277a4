import { describe, expect, it } from "vitest";
import { defaultGazetteer } from "./gazetteer.js";
import { shortShape, wordShape } from "./word-shape.js";

const match = (words: string, caps = false) =>
  defaultGazetteer().match(words.split(" "), caps).map((m) => [words.split(" ").slice(m.start, m.end).join(" "), m.kind, m.rule]);

describe("gazetteer", () => {
  it.each([
    ["the Islamic State group", [["Islamic State", "org", true]]],
    ["Daesh and Centcom", [["Daesh", "org", true], ["Centcom", "org", true]]],
    ["Lt. Col. Smith", [["Lt. Col.", "title", false]]],
    ["Syrian president Assad", [["Syrian", "misc", false], ["president", "title", false]]],
    ["Aleppo , Syria", [["Aleppo", "place", true], ["Syria", "place", true]]],
    ["in Jordan on Monday", [["Jordan", "place", false], ["Monday", "non-entity", false]]],
    ["Da\u2019esh", [["Da\u2019esh", "org", true]]],
  ])("matches %j leftmost-longest", (words, expected) => {
    expect(match(words)).toEqual(expected);
  });

  it("is case-sensitive outside headlines, and skips acronyms that are words inside them", () => {
    expect(match("the fighters of islamic state")).toEqual([]);
    expect(match("it is what it is")).toEqual([]);
    expect(match("ISLAMIC STATE IS ON THE RUN", true)).toEqual([["ISLAMIC STATE", "org", true]]);
    expect(match("WHO IS IN DAMASCUS", true)).toEqual([["DAMASCUS", "place", true]]);
  });
});

describe("word shapes", () => {
  it.each([
    ["Peter", "Xxxxx", "Xx"],
    ["Washington", "Xxxxx", "Xx"],
    ["U.S.", "X.X.", "X.X."],
    ["1996-08-22", "dddd-dd-dd", "d-d-d"],
    ["al-Assad", "xx-Xxxxx", "x-Xx"],
    ["NATO", "XXXX", "X"],
    ["Ümit", "Xxxx", "Xx"],
  ])("%s", (word, shape, short) => {
    expect(wordShape(word)).toBe(shape);
    expect(shortShape(word)).toBe(short);
  });
});
