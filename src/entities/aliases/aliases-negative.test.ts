// Negative cases: names that look alike but must stay apart.
import { describe, expect, it } from "vitest";
import { buildAliasTable } from "./alias-table.js";
import { matchNames } from "./name-match.js";
import { parseName } from "./name-parse.js";
import { resolveAliases } from "./resolve-aliases.js";
import type { AliasMention, CanonicalEntity, EntityType } from "./types.js";

const mentions = (rows: ReadonlyArray<readonly [string, EntityType, string]>): AliasMention[] =>
  rows.map(([articleId, type, text]) => ({ articleId, type, text, source: null }));

const groupsOf = (entities: readonly CanonicalEntity[]): string[][] =>
  entities.map((e) => e.variants.map((v) => v.text).sort()).sort((x, y) => (x.join() < y.join() ? -1 : 1));

describe("people who share a family name", () => {
  const family = mentions([
    ["a1", "PER", "Bashar al-Assad"],
    ["a1", "PER", "Hafez al-Assad"],
    ["a1", "PER", "Assad"],
    ["a2", "PER", "President Assad"],
    ["a3", "PER", "Bashar Assad"],
  ]);

  it("never merges two full names, and leaves a bare surname ambiguous", () => {
    expect(groupsOf(resolveAliases(family))).toEqual([
      ["Assad", "President Assad"],
      ["Bashar Assad", "Bashar al-Assad"],
      ["Hafez al-Assad"],
    ]);
  });

  it("keeps them apart even when a swap or a user's alias group says otherwise", () => {
    const swaps = [{ from: "Bashar al-Assad", to: "Hafez al-Assad", count: 9 }];
    const aliasTable = buildAliasTable([{ label: "wrong", type: "PER", names: ["Bashar al-Assad", "Hafez al-Assad"] }]);
    for (const options of [{ swaps }, { aliasTable }]) {
      const people = resolveAliases(family, options).filter((e) => e.variants.some((v) => v.text.includes("-Assad")));
      expect(people).toHaveLength(2);
    }
  });

  it("does not merge a first name alone, or a shorter name that fits two people", () => {
    expect(
      groupsOf(
        resolveAliases(
          mentions([
            ["a1", "PER", "Bashar al-Assad"],
            ["a1", "PER", "Bashar"],
            ["a2", "PER", "George W. Bush"],
            ["a2", "PER", "George H. W. Bush"],
            ["a2", "PER", "George Bush"],
          ]),
        ),
      ),
    ).toEqual([["Bashar"], ["Bashar al-Assad"], ["George Bush"], ["George H. W. Bush"], ["George W. Bush"]]);
  });

  it.each([
    ["Mohammed bin Salman", "Mohammed bin Nayef"],
    ["Ali Hassan", "Ali Hussein"],
    ["Ali", "Alia"],
    ["Ali", "Eli"],
    ["Omar", "Amr"],
    ["Hamad", "Ahmad"],
    ["Saddam Hussein", "Uday Hussein"],
  ])("does not match %j and %j", (a, b) => {
    expect(matchNames(parseName(a, "PER"), parseName(b, "PER"))).toBeNull();
    expect(resolveAliases(mentions([["a1", "PER", a], ["a2", "PER", b]]))).toHaveLength(2);
  });
});

describe("surnames that are not surnames", () => {
  it("leaves a word that is a family name elsewhere ambiguous (Kim Jong-un puts it first)", () => {
    const entities = resolveAliases(
      mentions([["a1", "PER", "Kim Jong-un"], ["a1", "PER", "Jack Kim"], ["a1", "PER", "Kim"], ["a2", "PER", "Kim"]]),
    );
    expect(groupsOf(entities)).toEqual([["Jack Kim"], ["Kim"], ["Kim Jong-un"]]);
  });

  it.each([
    ["Moon", "Lee Jin-man"],
    ["Matthew", "Gustavo Mata"],
    ["Hassan", "Saddam Hussein"],
  ])("does not read %j as the surname of %j", (short, full) => {
    expect(resolveAliases(mentions([["a1", "PER", full], ["a1", "PER", short]]))).toHaveLength(2);
  });
});

describe("places and organisations", () => {
  it.each<[string, string, EntityType]>([
    ["Congo", "Qingdao", "LOC"],
    ["Cyprus", "Sibur", "LOC"],
    ["Panama", "Panamanian", "LOC"],
    ["South Korea", "US-South Korea", "LOC"],
    ["Salafi", "Sufi", "MISC"],
  ])("does not match %j and %j", (a, b, type) => {
    expect(resolveAliases(mentions([["a1", type, a], ["a1", type, b]]))).toHaveLength(2);
  });
});

describe("acronyms that collide", () => {
  it("does not merge an acronym that fits two names in the story", () => {
    const entities = resolveAliases(
      mentions([
        ["a1", "ORG", "Palestinian Authority"],
        ["a2", "ORG", "Press Association"],
        ["a3", "ORG", "PA"],
      ]),
    );
    expect(groupsOf(entities)).toEqual([["PA"], ["Palestinian Authority"], ["Press Association"]]);
  });

  it("counts only IS in capitals as the group", () => {
    const entities = resolveAliases(
      mentions([
        ["a1", "ORG", "Islamic State"],
        ["a1", "ORG", "is"],
        ["a2", "ORG", "Is"],
        ["a3", "ORG", "IS"],
      ]),
    );
    expect(groupsOf(entities)).toEqual([["IS", "Islamic State"], ["Is", "is"]]);
  });

  it("does not take a word for an acronym of a name it does not spell", () => {
    const entities = resolveAliases(
      mentions([["a1", "ORG", "United Nations"], ["a1", "ORG", "UNO"], ["a1", "ORG", "US"]]),
      { aliasTable: buildAliasTable([]) },
    );
    expect(entities).toHaveLength(3);
  });
});

describe("types", () => {
  it("never merges names of different types", () => {
    const entities = resolveAliases(
      mentions([
        ["a1", "LOC", "Georgia"],
        ["a2", "ORG", "Georgia"],
        ["a3", "PER", "Jordan"],
        ["a3", "LOC", "Jordan"],
        ["a4", "LOC", "Kiev"],
        ["a4", "ORG", "Kyiv"],
      ]),
    );
    expect(entities).toHaveLength(6);
    expect(entities.every((e) => e.merges.length === 0)).toBe(true);
  });
});
