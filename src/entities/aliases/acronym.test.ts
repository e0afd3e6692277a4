import { describe, expect, it } from "vitest";
import { acronymMatches } from "./acronym.js";
import { parseName } from "./name-parse.js";

const spells = (acronym: string, name: string): boolean => {
  const parsed = parseName(name, "ORG");
  const letters = acronym.toLowerCase().replace(/\./g, "");
  return acronymMatches(letters, parsed.words) || acronymMatches(letters, parsed.tokens);
};

describe("acronymMatches", () => {
  it.each([
    ["UN", "United Nations"],
    ["Centcom", "US Central Command"],
    ["Centcom", "Central Command"],
    ["NATO", "North Atlantic Treaty Organization"],
    ["ISIL", "Islamic State of Iraq and the Levant"],
    ["ISIS", "Islamic State of Iraq and Syria"],
    ["IS", "Islamic State"],
    ["OPCW", "Organisation for the Prohibition of Chemical Weapons"],
    ["Unicef", "United Nations International Children's Emergency Fund"],
    ["HTS", "Hayat Tahrir al-Sham"],
    ["USAID", "US Agency for International Development"],
    ["PA", "Palestinian Authority"],
    ["PA", "Press Association"],
  ])("spells %s from %j", (acronym, name) => {
    expect(spells(acronym, name)).toBe(true);
  });

  it.each([
    ["UN", "United States"],
    ["ISIS", "Islamic State"],
    ["NATO", "North Atlantic"],
    ["UNO", "United Nations"],
    ["Hamas", "Harakat al-Muqawama al-Islamiya"],
    ["U", "United"],
  ])("does not spell %s from %j", (acronym, name) => {
    expect(spells(acronym, name)).toBe(false);
  });
});
