import { describe, expect, it } from "vitest";
import { articleId } from "../core/types.js";
import { claimContradictions, dateValues, numberValues, placeValues, type ValueSentence } from "./claim-values.js";

const TUESDAY = { kind: "date", date: "2024-03-12" } as const;

const carrier = (article: string, sentence: string, places: ValueSentence["places"] = [], from: string | null = null): ValueSentence => ({
  article: articleId(article), outlet: `Outlet ${article}`, sentence, anchor: TUESDAY, places, from: from === null ? null : articleId(from),
});

const place = (sentence: string, name: string, text = name) => ({ name, text, start: sentence.indexOf(text) });

describe("numberValues", () => {
  it.each([
    ["Rescuers pulled 23 people from the water.", [["people", "23"]]],
    ["Four people were still missing.", [["people", "4"]]],
    ["Prices rose 7.2% in June, and 1,200 more workers joined.", [["%", "7.2"], ["workers", "1200"]]],
    ["The flood displaced 2.6 million people.", [["people", "2600000"]]],
    ["About 3,000 of its members joined the stoppage.", [["its", "3000"]]],
  ])("%s", (sentence, expected) => {
    expect(numberValues(sentence, TUESDAY).map((v) => [v.about, v.value])).toEqual(expected);
  });

  it("leaves out numbers that belong to dates, years, times and durations, and the pronoun one", () => {
    expect(numberValues("The ship was built in 1987 and sank on March 11 at 6 p.m. after two years of service.", TUESDAY)).toEqual([]);
    expect(numberValues("He was one of the survivors.", TUESDAY)).toEqual([]);
    expect(numberValues("They fired Hwasong-12 missiles.", TUESDAY)).toEqual([]);
  });
});

describe("dateValues", () => {
  it("resolves against the article's date and skips the date of the telling", () => {
    expect(dateValues("The ferry capsized on Monday evening, the coast guard said on Tuesday.", TUESDAY).map((v) => v.value)).toEqual(["2024-03-11"]);
  });
});

describe("placeValues", () => {
  it("takes places after a locative preposition only", () => {
    const s = "The US army said the strike hit a car in northeast Syria.";
    expect(placeValues(s, [place(s, "US"), place(s, "Syria")]).map((v) => v.value)).toEqual(["Syria"]);
  });
});

describe("claimContradictions", () => {
  it("finds a number that differs between carriers, keyed by what it counts", () => {
    const out = claimContradictions("c1", [
      carrier("a", "Rescuers pulled 23 people from the water on Monday."),
      carrier("b", "Rescuers pulled 23 people from the cold water on Monday."),
      carrier("c", "Rescuers reportedly pulled 32 people from the water on Monday."),
    ]);
    expect(out).toEqual([{
      claim: "c1", kind: "number", about: "people",
      values: [
        { value: "23", written: ["23"], articles: ["a", "b"], outlets: ["Outlet a", "Outlet b"] },
        { value: "32", written: ["32"], articles: ["c"], outlets: ["Outlet c"] },
      ],
    }]);
  });

  it("finds a different day, and a different place in a rewrite", () => {
    const s1 = "The ferry capsized on Monday near Silvask.";
    const s2 = "The ferry capsized on Sunday near Ostrel.";
    const out = claimContradictions("c2", [carrier("a", s1, [place(s1, "Silvask")]), carrier("b", s2, [place(s2, "Ostrel")], "a")]);
    expect(out.map((c) => [c.kind, c.values.map((v) => v.value)])).toEqual([
      ["date", ["2024-03-10", "2024-03-11"]], ["place", ["Ostrel", "Silvask"]],
    ]);
  });
});

describe("claimContradictions: negative cases", () => {
  it.each([
    ["the same values in other words", "Rescuers pulled 23 people from the water.", "Rescue crews brought 23 people ashore."],
    ["a count left out by one carrier", "Rescuers pulled 23 people from the water.", "Rescuers pulled people from the water."],
    ["numbers counting different things", "Rescuers pulled 23 people from the water.", "Rescuers sent 32 boats to the lake."],
    ["one carrier adds a date", "The ferry capsized on Monday, and four were missing on Tuesday morning.", "The ferry capsized on Monday."],
    ["the telling's date differs", "The ferry capsized, officials said on Monday.", "The ferry capsized, officials said on Tuesday."],
    ["the same day written alike", "The ferry capsized on Monday evening.", "The ferry capsized on Monday evening soon after it left."],
  ])("no contradiction when %s", (_, a, b) => {
    expect(claimContradictions("c", [carrier("a", a), carrier("b", b)])).toEqual([]);
  });

  it("compares relative dates only between articles of the same day, and places only along a rewrite", () => {
    const monday = carrier("a", "The ferry capsized on Sunday.");
    const followUp = { ...carrier("b", "The ferry capsized last Sunday."), anchor: { kind: "date", date: "2024-03-19" } as const };
    expect(claimContradictions("c", [monday, followUp])).toEqual([]);
    const s1 = "The fire started in Croydon.";
    const s2 = "The fire started in London.";
    expect(claimContradictions("c", [carrier("a", s1, [place(s1, "Croydon")]), carrier("b", s2, [place(s2, "London")])])).toEqual([]);
  });

  it("never sets an article against itself, and needs places on both sides", () => {
    expect(claimContradictions("c", [carrier("a", "Rescuers pulled 23 people out."), carrier("a", "Rescuers pulled 32 people out.")])).toEqual([]);
    const s = "The ferry sank near Silvask.";
    expect(claimContradictions("c", [carrier("a", s, [place(s, "Silvask")]), carrier("b", "The ferry sank.")])).toEqual([]);
  });
});
