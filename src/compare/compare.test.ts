import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareArticles, type CompareReport, type Finding, type FindingKind } from "./compare.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "test", "fixtures", "compare");
/** A fixture's body, without its ` date ` header line. */
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8").replace(/^\s*date \S+\n/, "");

let report: CompareReport;
beforeAll(() => {
  report = compareArticles({ id: "agency", source: "Wirepress", text: fixture("agency.txt") }, { id: "rewrite", source: "Daily", text: fixture("rewrite.txt") });
});

const of = (kind: FindingKind): Finding[] => report.findings.filter((f) => f.kind === kind);
const pick = (kind: FindingKind) => of(kind).map((f) => ({ from: f.from, to: f.to, a: f.a, b: f.b }));

describe("compareArticles on an agency story and its rewrite", () => {
  it("aligns the sentences: reworded, same, moved and unmatched", () => {
    const s = report.summary;
    expect([s.sentencesA, s.sentencesB]).toEqual([12, 10]);
    expect([s.same, s.reworded, s.moved, s.onlyInA, s.onlyInB]).toEqual([1, 8, 1, 3, 1]);
    const moved = report.alignment.filter((r) => r.kind === "pair" && r.moved);
    expect(moved.map((r) => [r.a, r.b])).toEqual([[[9], [5]]]);
  });

  it("flags numbers, dates and places first, with the sentences they rest on", () => {
    expect(report.findings.slice(0, 3).map((f) => f.kind).sort()).toEqual(["date", "number", "place"]);
    expect(pick("number")).toEqual([{ from: "12", to: "15", a: [2], b: [1] }]);
    expect(pick("date")).toEqual([{ from: "Monday", to: "Tuesday", a: [1], b: [0] }]);
    expect(pick("place")).toEqual([{ from: "Qamishli", to: "Hasakah", a: [8], b: [8] }]);
  });

  it("builds a lexicon of recurring substitutions, apart from one-off rewording", () => {
    expect(report.lexicon.map((e) => [e.from, e.to, e.count])).toEqual([["IS", "Daesh", 2], ["Islamic State group", "Daesh", 1]]);
    expect(report.lexicon[0]!.a).toEqual([3, 6]);
    expect(of("rewording").map((f) => [f.from, f.to])).not.toContainEqual(["IS", "Daesh"]);
    expect(of("substitution").map((f) => f.to)).toEqual(["Daesh", "Daesh"]);
  });

  it("finds spelling and transliteration variants of one name", () => {
    expect(of("name-variant").map((f) => [f.from, f.to])).toEqual([
      ["Osama al-Muhajer", "Usamah al Muhajir"],
      ["Bashar al-Assad", "Bashar al Assad"],
    ]);
  });

  it("finds reporting verbs changed, hedges added, and credit moved from a person to an institution", () => {
    expect(pick("verb-changed")).toEqual([{ from: "said", to: "claims", a: [1], b: [0] }]);
    expect(pick("hedge-added")).toEqual([{ from: "", to: "reportedly", a: [2], b: [1] }]);
    const moved = of("attribution-moved");
    expect(moved.map((f) => [f.from, f.to])).toEqual([["Lt. Gen. Paul Reyes", "The Pentagon"]]);
    expect(moved[0]!.detail).toContain("person → institution");
  });

  it("finds quotes altered and dropped, with their speakers", () => {
    const altered = of("quote-altered");
    expect(altered.map((f) => [f.from, f.to])).toEqual([["We will hold Tal Hamra until the last man,", "We will hold Tal Hamra to the last man,"]]);
    expect(altered[0]!.detail).toContain("Ahmed Darwish");
    const dropped = of("quote-dropped");
    expect(dropped.map((f) => f.detail)).toEqual([
      `quote dropped (Lt. Gen. Paul Reyes): "broken the group's supply lines for good."`,
      `quote dropped (Mariam Haddad): "Children have lost a whole year of lessons,"`,
    ]);
  });

  it("finds titles, modifiers, names, headings, paragraphs and sentences omitted or added", () => {
    expect(pick("omitted-title")).toEqual([{ from: "President", to: "", a: [5], b: [4] }]);
    expect(of("omitted-modifier").map((f) => f.from)).toEqual(["rebel-held", "U.S.-led"]);
    expect(of("omitted-name").map((f) => f.from)).toEqual(["Paul Reyes", "Mariam Haddad"]);
    expect(of("added-name").map((f) => f.to)).toEqual(["Pentagon"]);
    expect(pick("omitted-heading")).toEqual([{ from: "Islamic State group quits Tal Hamra after week of fighting", to: "", a: [0], b: [] }]);
    expect(of("omitted-paragraph").map((f) => f.a)).toEqual([[10, 11]]);
    expect(pick("added-sentence")).toEqual([{ from: "", to: "The town has changed hands three times since 2014.", a: [], b: [9] }]);
  });

  it("diffs aligned pairs word by word", () => {
    const row = report.alignment.find((r) => r.kind === "pair" && r.a[0] === 3);
    expect(row?.kind).toBe("pair");
    if (row?.kind !== "pair") return;
    expect(row.diff.filter((d) => d.op !== "equal")).toEqual([
      { op: "replace", a: "Osama al-Muhajer,", b: "Usamah al Muhajir," },
      { op: "replace", a: "IS", b: "Daesh" },
    ]);
  });

  it("is JSON-serialisable and keeps side metadata", () => {
    const copy = JSON.parse(JSON.stringify(report)) as CompareReport;
    expect(copy).toEqual(report);
    expect(report.a).toMatchObject({ id: "agency", source: "Wirepress", title: null, published: null });
    expect(report.a.sentences[0]).toMatchObject({ index: 0, heading: true, paragraph: 0 });
  });
});
