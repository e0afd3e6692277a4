import { describe, expect, it } from "vitest";
import { tokenize } from "../sketch/tokens.js";
import { parsePublished } from "../core/published.js";
import { textHash } from "../core/text.js";
import { relateTexts, type RelateInput } from "./relate-texts.js";
import { defaultRelationOptions, flipRelation, pairDirection, type PairSide } from "./relation.js";

const AGENCY = [
  "A coalition air strike killed a senior commander of the Islamic State group in the border town of Tal Qasra on Friday, US Central Command said in a statement on Sunday.",
  "The commander, Osama al-Muhajer, had led the group's operations in the eastern desert since 2019 and was wanted for attacks on aid convoys.",
  "Two other fighters were killed in the strike, Centcom said, adding that no civilians were harmed.",
  "Residents of the rebel-held town said they heard jets overhead shortly before midnight and saw smoke rising from a farm building.",
  "The strike was the third against senior IS figures this month, after raids near the Iraqi border earlier in July.",
  "Colonel Dana Whitfield, a Centcom spokeswoman, said the operation showed the coalition's resolve to keep pressure on the group.",
  "The Islamic State group has not commented on the death of its commander, whose fighters once numbered about 1,200.",
].join("\n\n");

const side = (text: string, published: string): RelateInput => ({
  tokens: tokenize(text), published: parsePublished(published)!, textHash: textHash(text),
});

describe("relateTexts", () => {
  it("calls identical texts duplicates, the earlier the source", () => {
    const r = relateTexts(side(AGENCY, "2023-07-09"), side(AGENCY.replace(/\n\n/g, " "), "2023-07-10"));
    expect(r).toMatchObject({ kind: "duplicate", source: "a", extent: "whole", share: 1 });
    expect(r.evidence.rules).toContain("hash/equal");
  });

  it("finds a rewrite that swaps terms, hedges, drops and reorders paragraphs as derived from the agency copy", () => {
    const paras = AGENCY.split("\n\n");
    const rewrite = [paras[2], paras[0], paras[1], "Questions over civilian toll", paras[3], paras[5]]
      .join("\n\n")
      .replace(/the Islamic State group|IS/g, "Daesh")
      .replace("Osama al-Muhajer", "Usamah al Muhajir")
      .replace("Centcom said", "the US army claims")
      .replace("Residents", "Residents reportedly");
    const r = relateTexts(side(AGENCY, "2023-07-09T08:00:00Z"), side(rewrite, "2023-07-09T15:00:00Z"));
    expect(["derived", "near-duplicate"]).toContain(r.kind);
    expect(r.source).toBe("a");
    expect(r.evidence.passages.length).toBeGreaterThanOrEqual(3);
    expect(r.evidence.shareOfB).toBeGreaterThan(0.5);
  });

  it("finds a short piece that keeps a third of a long story, with the share reused", () => {
    const short = AGENCY.split("\n\n").slice(1, 4).join("\n\n");
    const r = relateTexts(side(AGENCY, "2023-07-09"), side(`${short}\n\nThe town has been quiet since.`, "2023-07-11"));
    expect(r.kind).toBe("derived");
    expect(r.evidence.containmentBInA).toBeGreaterThan(0.7);
    expect(r.evidence.containmentAInB).toBeLessThan(0.5);
    expect(r.source).toBe("a");
    expect(r.share).toBeGreaterThan(0.7);
  });

  // Negative cases: the same story told independently, and different stories, are not derived.
  it.each([
    [
      "an independent report of the same event",
      "Jets struck a farm outside Tal Qasra late on Friday, according to residents and a local monitoring group, who said a militant leader known as Osama al-Mouhajer died in the raid. The monitor counted four dead. Local officials closed the road to the town on Saturday while rescuers searched the rubble.",
    ],
    [
      "an unrelated story from the same day",
      "The central bank held its benchmark rate at 4.5 percent on Thursday, saying inflation was cooling faster than expected, and signalled that cuts could come before the end of the year if wages stay in check.",
    ],
  ])("calls %s unrelated", (_name, other) => {
    const r = relateTexts(side(AGENCY, "2023-07-09"), side(other, "2023-07-10"));
    expect(r.kind).toBe("unrelated");
    expect(r.source).toBe("undetermined");
  });
});

describe("pairDirection", () => {
  const at = (iso: string, words = 100): PairSide => {
    const p = parsePublished(iso)!;
    return { publishedAt: Date.parse(p.kind === "date" ? `${p.date}T00:00:00Z` : p.instant), dateOnly: p.kind === "date", words, textHash: iso };
  };
  it.each([
    ["earlier by a day, copy held in source", at("2023-07-08"), at("2023-07-09"), 0.3, 0.9, "a", 0.9],
    ["earlier by hours, no asymmetry", at("2023-07-09T08:00:00Z"), at("2023-07-09T12:00:00Z"), 0.5, 0.5, "a", 0.7],
    ["later but holds the other", at("2023-07-10"), at("2023-07-09"), 0.3, 0.9, "b", 0.55],
    ["same day, dates only, asymmetric", at("2023-07-09"), at("2023-07-09"), 0.2, 0.9, "a", 0.5],
    ["same day, dates only, symmetric", at("2023-07-09"), at("2023-07-09"), 0.6, 0.6, "undetermined", 0],
    ["minutes apart, symmetric", at("2023-07-09T08:00:00Z"), at("2023-07-09T08:20:00Z"), 0.6, 0.6, "undetermined", 0],
  ] as const)("%s", (_name, a, b, aInB, bInA, source, confidence) => {
    const d = pairDirection(a, b, { containmentAInB: aInB, containmentBInA: bInA }, defaultRelationOptions);
    expect(d.source).toBe(source);
    expect(d.confidence).toBe(confidence);
  });
});

describe("flipRelation", () => {
  it("swaps the sides, the passages and the direction rules, and twice is identity", () => {
    const short = AGENCY.split("\n\n").slice(1, 4).join("\n\n");
    const r = relateTexts(side(AGENCY, "2023-07-09"), side(short, "2023-07-11"));
    const f = flipRelation(r);
    expect(f.source).toBe("b");
    expect(f.evidence.containmentAInB).toBe(r.evidence.containmentBInA);
    expect(f.evidence.rules).toContain("time/b-earlier");
    expect(f.evidence.passages[0]!.words).toBe(r.evidence.passages[0]!.bWordEnd - r.evidence.passages[0]!.bWordStart);
    expect(flipRelation(f)).toEqual(r);
  });
});
