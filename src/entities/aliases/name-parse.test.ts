import { describe, expect, it } from "vitest";
import { abdCompound, parseName } from "./name-parse.js";
import type { EntityType } from "./types.js";

describe("parseName", () => {
  it.each<[string, EntityType, string, string | null, string]>([
    ["President Bashar al-Assad", "PER", "bashar assad", "President", "Bashar al-Assad"],
    ["former Prime Minister Nouri al-Maliki", "PER", "nouri maliki", "former Prime Minister", "Nouri al-Maliki"],
    ["Bashar Al Assad", "PER", "bashar assad", null, "Bashar Al Assad"],
    ["al Assad", "PER", "assad", null, "al Assad"],
    ["Al Gore", "PER", "al gore", null, "Al Gore"],
    ["Mohamed ElBaradei", "PER", "mohamed baradei", null, "Mohamed ElBaradei"],
    ["Osama bin Laden", "PER", "osama laden", null, "Osama bin Laden"],
    ["Ben Wallace", "PER", "ben wallace", null, "Ben Wallace"],
    ["bin Laden", "PER", "laden", null, "bin Laden"],
    ["Abdi Farah", "PER", "abdi farah", null, "Abdi Farah"],
    ["Abdur Rahman", "PER", "abdrahman", null, "Abdur Rahman"],
    ["Ayman az-Zawahiri", "PER", "ayman zawahiri", null, "Ayman az-Zawahiri"],
    ["Abdul Rahman", "PER", "abdrahman", null, "Abdul Rahman"],
    ["Abd al-Rahman", "PER", "abdrahman", null, "Abd al-Rahman"],
    ["Charles de Gaulle", "PER", "charles gaulle", null, "Charles de Gaulle"],
    ["Martin Luther King Jr.", "PER", "martin luther king", null, "Martin Luther King Jr."],
    ["Mr Assad's", "PER", "assad", "Mr", "Assad's"],
    ["King", "PER", "king", null, "King"],
    ["US Central Command", "ORG", "central command", "US", "Central Command"],
    ["U.S. Army", "ORG", "us army", null, "U.S. Army"],
    ["the United Nations", "ORG", "united nations", "the", "United Nations"],
    ["Al-Qaeda", "ORG", "qaeda", null, "Al-Qaeda"],
  ])("reads %j (%s)", (text, type, key, title, name) => {
    const parsed = parseName(text, type);
    expect(parsed.key).toBe(key);
    expect(parsed.title).toBe(title);
    expect(parsed.name).toBe(name);
  });

  it.each([
    ["UN", { letters: "un", capitals: true }],
    ["U.N.", { letters: "un", capitals: true }],
    ["IS", { letters: "is", capitals: true }],
    ["Centcom", { letters: "centcom", capitals: false }],
    ["is", null],
    ["United Nations", null],
  ])("sees %j as an acronym: %j", (text, acronym) => {
    expect(parseName(text, "ORG").acronym).toEqual(acronym);
  });

  it.each([
    ["abdulrahman", "abdrahman"],
    ["abdurrahman", "abdrahman"],
    ["abdelaziz", "abdaziz"],
    ["abdullah", "abdlah"],
    ["abdallah", "abdlah"],
    ["abdul", "abdul"],
    ["abdi", "abdi"],
  ])("spells the Abd compound %s as %s", (joined, expected) => {
    expect(abdCompound(joined)).toBe(expected);
  });
});
