import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAliasTable } from "./alias-table.js";
import { resolveAliases } from "./resolve-aliases.js";
import type { AliasMention, CanonicalEntity, EntityType } from "./types.js";

/** Mentions from `[articleId, type, text]` rows; the outlet is the article's first letter. */
const mentions = (rows: ReadonlyArray<readonly [string, EntityType, string]>): AliasMention[] =>
  rows.map(([articleId, type, text]) => ({ articleId, type, text, source: `outlet-${articleId.slice(0, 1)}` }));

/** The entities as sorted lists of their variants, for compact assertions. */
const groupsOf = (entities: readonly CanonicalEntity[]): string[][] =>
  entities.map((e) => e.variants.map((v) => v.text).sort());

const NO_TABLE = buildAliasTable([]);

describe("resolveAliases", () => {
  it("merges transliterations, titles and particles, with the evidence of each merge", () => {
    const entities = resolveAliases(
      mentions([
        ["a1", "PER", "Osama al-Muhajer"],
        ["a2", "PER", "Usamah al Muhajir"],
        ["a3", "PER", "Osama al-Muhajer"],
        ["a1", "PER", "President Bashar al-Assad"],
        ["a2", "PER", "Bashar al Assad"],
      ]),
    );
    expect(groupsOf(entities)).toEqual([
      ["Osama al-Muhajer", "Usamah al Muhajir"],
      ["Bashar al Assad", "President Bashar al-Assad"],
    ]);
    const [osama, assad] = entities;
    expect(osama).toMatchObject({
      id: "PER:osama-al-muhajer",
      type: "PER",
      canonical: "Osama al-Muhajer",
      variants: [{ text: "Osama al-Muhajer", count: 2 }, { text: "Usamah al Muhajir", count: 1 }],
      articles: ["a1", "a2", "a3"],
      outlets: ["outlet-a"],
    });
    expect(osama?.merges).toEqual([
      { a: "Osama al-Muhajer", b: "Usamah al Muhajir", rule: "translit", score: 1, detail: "same skeleton: VSVMV MVHVJVR" },
    ]);
    expect(assad?.canonical).toBe("Bashar al Assad");
    expect(assad?.merges.map((m) => m.rule)).toEqual(["title-stripped"]);
  });

  it("merges al-Assad, al Assad and Assad when nothing else is called Assad", () => {
    const entities = resolveAliases(mentions([["a1", "PER", "al-Assad"], ["a2", "PER", "al Assad"], ["a3", "PER", "Assad"]]));
    expect(groupsOf(entities)).toEqual([["Assad", "al Assad", "al-Assad"]]);
  });

  it("merges a surname into the one full name with it, in the article and then in the story", () => {
    const entities = resolveAliases(
      mentions([
        ["a1", "PER", "Bashar al-Assad"],
        ["a1", "PER", "Assad"],
        ["a2", "PER", "Assad"],
        ["a2", "PER", "Mr Assad"],
      ]),
    );
    expect(groupsOf(entities)).toEqual([["Assad", "Bashar al-Assad", "Mr Assad"]]);
    const details = entities[0]!.merges.map((m) => [m.rule, m.score, m.detail]);
    expect(details).toContainEqual(["surname", 1, '"Assad" is the surname of "Bashar al-Assad" only, in article a1']);
    expect(details).toContainEqual(["surname", 0.8, '"Assad" is the surname of "Bashar al-Assad" only, in the story']);
  });

  it("prefers the full name in the same article to the story", () => {
    const entities = resolveAliases(
      mentions([
        ["a1", "PER", "Bashar al-Assad"],
        ["a1", "PER", "Assad"],
        ["a2", "PER", "Hafez al-Assad"],
        ["a2", "PER", "Assad"],
      ]),
    );
    expect(groupsOf(entities)).toEqual([["Assad", "Bashar al-Assad"], ["Assad", "Hafez al-Assad"]]);
  });

  it("merges an acronym into the one expansion in the article", () => {
    const entities = resolveAliases(
      mentions([
        ["a1", "ORG", "Palestinian Authority"],
        ["a1", "ORG", "PA"],
        ["a2", "ORG", "Press Association"],
        ["a2", "ORG", "PA"],
        ["a3", "ORG", "United Nations"],
        ["a4", "ORG", "UN"],
        ["a5", "ORG", "Central Command"],
        ["a5", "ORG", "Centcom"],
      ]),
      { aliasTable: NO_TABLE },
    );
    expect(groupsOf(entities)).toEqual([
      ["Centcom", "Central Command"],
      ["PA", "Palestinian Authority"],
      ["PA", "Press Association"],
      ["UN", "United Nations"],
    ]);
    expect(entities[0]!.merges[0]).toMatchObject({ rule: "acronym", score: 1 });
    expect(entities[3]!.merges[0]).toMatchObject({ rule: "acronym", score: 0.8 });
  });

  it("merges the names of one alias-table group", () => {
    const entities = resolveAliases(
      mentions([
        ["a1", "ORG", "Islamic State"],
        ["a2", "ORG", "IS"],
        ["a3", "ORG", "Daesh"],
        ["a3", "ORG", "ISIL"],
        ["a4", "LOC", "Kiev"],
        ["a4", "LOC", "Kyiv"],
        ["a5", "ORG", "Hizbollah"],
        ["a6", "ORG", "Hezbollah"],
      ]),
    );
    expect(groupsOf(entities)).toEqual([["Daesh", "IS", "ISIL", "Islamic State"], ["Hezbollah", "Hizbollah"], ["Kiev", "Kyiv"]]);
    expect(entities[0]!.canonical).toBe("Islamic State");
    expect(entities[0]!.merges.every((m) => m.rule === "alias-table" && m.detail === "alias table: Islamic State")).toBe(true);
  });

  it("merges the two sides of a learned swap", () => {
    const rows = mentions([["a1", "ORG", "IS"], ["a2", "ORG", "Daesh"], ["a2", "ORG", "Islamic State"]]);
    const swaps = [{ from: "IS", to: "Daesh", count: 3 }, { from: "said", to: "told", count: 5 }];
    const entities = resolveAliases(rows, { aliasTable: NO_TABLE, swaps });
    expect(groupsOf(entities)).toEqual([["Daesh", "IS"], ["Islamic State"]]);
    expect(entities[0]!.merges).toEqual([
      { a: "IS", b: "Daesh", rule: "learned-swap", score: 3, detail: '"IS" rewritten as "Daesh" in 3 aligned sentences' },
    ]);
    expect(groupsOf(resolveAliases(rows, { aliasTable: NO_TABLE, swaps, minSwapCount: 4 }))).toEqual([
      ["IS", "Islamic State"],
      ["Daesh"],
    ]);
  });

  it("returns entities in a fixed order whatever the order of the mentions", () => {
    const rows = mentions([
      ["a1", "PER", "Bashar al-Assad"], ["a1", "PER", "Assad"], ["a2", "PER", "Hafez al-Assad"], ["a3", "PER", "Assad"],
      ["a2", "ORG", "UN"], ["a2", "ORG", "United Nations"], ["a3", "LOC", "Kiev"], ["a4", "PER", "Usama bin Ladin"],
      ["a5", "PER", "Osama bin Laden"], ["a5", "PER", "bin Laden"], ["a6", "ORG", "PA"], ["a6", "ORG", "Press Association"],
    ]);
    const expected = resolveAliases(rows);
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        expect(resolveAliases(shuffled)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it("sorts by mention count, then canonical form, and gives distinct ids", () => {
    const entities = resolveAliases(
      mentions([["a1", "LOC", "Gaza"], ["a2", "LOC", "Gaza"], ["a1", "ORG", "Hamas"], ["a1", "LOC", "Cairo"], ["a1", "MISC", "Cairo"]]),
    );
    expect(entities.map((e) => e.id)).toEqual(["LOC:gaza", "LOC:cairo", "MISC:cairo", "ORG:hamas"]);
  });

  it("does what its JSDoc example says", () => {
    const [entity, ...rest] = resolveAliases([
      { text: "President Bashar al-Assad", type: "PER", articleId: "a1", source: "Reuters" },
      { text: "Assad", type: "PER", articleId: "a1", source: "Reuters" },
      { text: "Bashar al-Assad", type: "PER", articleId: "a2", source: "AP" },
    ]);
    expect(rest).toEqual([]);
    expect(entity).toMatchObject({
      id: "PER:bashar-al-assad",
      canonical: "Bashar al-Assad",
      variants: [
        { text: "Assad", count: 1 }, { text: "Bashar al-Assad", count: 1 }, { text: "President Bashar al-Assad", count: 1 },
      ],
      articles: ["a1", "a2"],
      outlets: ["AP", "Reuters"],
    });
    expect(entity?.merges.map((m) => [m.a, m.b, m.rule, m.score])).toEqual([
      ["Bashar al-Assad", "President Bashar al-Assad", "title-stripped", 1],
      ["Assad", "President Bashar al-Assad", "surname", 1],
    ]);
  });

  it("shows names without the stray punctuation a recogniser may take in", () => {
    const entities = resolveAliases(mentions([["a1", "PER", "\u201d Rex Tillerson"], ["a1", "PER", "Rex Tillerson"], ["a2", "ORG", "\u2014Bank of Utah"]]));
    expect(entities.map((e) => e.variants)).toEqual([[{ text: "Rex Tillerson", count: 2 }], [{ text: "Bank of Utah", count: 1 }]]);
  });

  it("returns nothing for no mentions", () => {
    expect(resolveAliases([])).toEqual([]);
    expect(resolveAliases(mentions([["a1", "PER", "  "]]))).toEqual([]);
  });
});
