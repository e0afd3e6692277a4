import { describe, expect, it } from "vitest";
import { matchNames, tokenSimilarity } from "./name-match.js";
import { parseName } from "./name-parse.js";
import { isPartialName } from "./partial-name.js";
import type { EntityType } from "./types.js";

const match = (a: string, b: string, type: EntityType = "PER") => matchNames(parseName(a, type), parseName(b, type));

describe("matchNames", () => {
  it.each([
    ["Osama al-Muhajer", "Usamah al Muhajir"],
    ["al-Assad", "al Assad"],
    ["al Assad", "Assad"],
    ["Mohammed Morsi", "Muhammad Mursi"],
    ["Yusuf", "Youssef"],
    ["Hussein", "Husayn"],
    ["Abdul Rahman", "Abd al-Rahman"],
    ["Abdullah", "Abd Allah"],
    ["Abdel Fattah el-Sisi", "Abdul Fattah al-Sissi"],
    ["Osama bin Laden", "Usama bin Ladin"],
    ["Muammar Gaddafi", "Moammar Gadhafi"],
    ["Ayman al-Zawahiri", "Ayman az-Zawahiri"],
    ["Abu Bakr", "Abubakr"],
    ["Ali", "Aly"],
    ["Volodymyr Zelenskyy", "Volodymyr Zelensky"],
  ])("matches %j and %j", (a, b) => {
    expect(match(a, b)).not.toBeNull();
  });

  it("matches organisations and places by the same rules", () => {
    expect(match("al-Qaeda", "Al Qaida", "ORG")).not.toBeNull();
    expect(match("Hezbollah", "Hizbollah", "ORG")).not.toBeNull();
    expect(match("Kiev", "Kyiv", "LOC")).not.toBeNull(); // both KYVF
    expect(match("Myanmar", "Burma", "LOC")).toBeNull(); // the alias table's job
  });

  it("explains itself", () => {
    expect(match("Osama al-Muhajer", "Usamah al Muhajir")).toEqual({ score: 1, detail: "same skeleton: VSVMV MVHVJVR" });
    expect(match("al-Assad", "Assad")).toEqual({ score: 1, detail: "same name: assad" });
    const near = match("Zelenskyy", "Zelenskiy");
    expect(near?.detail).toMatch(/^(same|similar) skeleton/);
  });

  it("scores tokens: equal, initials, first sounds", () => {
    expect(tokenSimilarity("osama", "usamah")).toBe(1);
    expect(tokenSimilarity("w", "walker")).toBe(0);
    expect(tokenSimilarity("kaddafi", "gaddafi")).toBe(0);
    expect(tokenSimilarity("ali", "eli")).toBeLessThan(0.9);
    expect(tokenSimilarity("hassan", "hussein")).toBeLessThan(0.9);
  });
});

describe("isPartialName", () => {
  it.each([
    ["Assad", "Bashar al-Assad"],
    ["President Assad", "Bashar al-Assad"],
    ["al-Asad", "Bashar al-Assad"],
    ["bin Laden", "Osama bin Laden"],
    ["Hosni Mubarak", "Muhammad Hosni Mubarak"],
    ["G. Bush", "George Bush"],
    ["George Bush", "George W. Bush"],
  ])("sees %j as a shorter form of %j", (short, full) => {
    expect(isPartialName(parseName(short, "PER"), parseName(full, "PER"))).toBe(true);
  });

  it.each([
    ["Bashar", "Bashar al-Assad"],
    ["Hafez al-Assad", "Bashar al-Assad"],
    ["Bashar al-Assad", "Bashar Assad"],
    ["Hassan", "Saddam Hussein"],
  ])("does not see %j as a shorter form of %j", (short, full) => {
    expect(isPartialName(parseName(short, "PER"), parseName(full, "PER"))).toBe(false);
  });
});
