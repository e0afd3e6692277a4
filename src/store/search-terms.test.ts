import { describe, expect, it } from "vitest";
import { fts5Match, searchTerms } from "./search-terms.js";

describe("searchTerms", () => {
  it.each([
    ["Cairo", [["cairo"]]],
    ["  Cairo   talks ", [["cairo"], ["talks"]]],
    ['"Cairo talks"', [["cairo"], ["talks"]]],
    ["al-Assad's", [["al", "assad", "s"]]],
    ["U.S. strike", [["u", "s"], ["strike"]]],
    ["Cairo AND talks", [["cairo"], ["talks"]]],
    ["cairo and talks", [["cairo"], ["and"], ["talks"]]],
    ["NEAR(Cairo talks)", [["cairo"], ["talks"]]],
    ["NOT", []],
    ["title:Cairo", [["title", "cairo"]]],
    ["Cairo*", [["cairo"]]],
    ["'; DROP TABLE articles; --", [["drop"], ["table"], ["articles"]]],
    ["Ｃａｉｒｏ", [["cairo"]]],
    ["Zürich 2023", [["zürich"], ["2023"]]],
    ["", []],
    ["()*-\"'", []],
  ])("%j → %j", (query, expected) => {
    expect(searchTerms(query)).toEqual(expected);
  });

  it("keeps at most 32 terms", () => {
    expect(searchTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "))).toHaveLength(32);
  });
});

describe("fts5Match", () => {
  it("quotes every term as a phrase", () => {
    expect(fts5Match([["al", "assad"], ["strike"]])).toBe('"al assad" "strike"');
  });
});
