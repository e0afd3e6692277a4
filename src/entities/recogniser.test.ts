import { describe, expect, it } from "vitest";
import type { EntityMention } from "./entity-mention.js";
import { createRecogniser, recogniseEntities } from "./recogniser.js";

/** A mention as `TYPE text` with ` (title)` when one was split off. */
const brief = (m: EntityMention) => `${m.type} ${m.text}${m.title === undefined ? "" : ` (${m.title})`}`;
const found = (text: string) => recogniseEntities(text).map(brief);

describe("recogniseEntities on news sentences", () => {
  it.each([
    ["Colonel Dana Whitfield, a Centcom spokeswoman, said the strikes had hit their targets.", ["PER Dana Whitfield (Colonel)", "ORG Centcom"]],
    ["Daesh fighters attacked the town overnight.", ["ORG Daesh"]],
    ["Residents said the Islamic State group had withdrawn.", ["ORG Islamic State"]],
    ["President Bashar al-Assad said the army would retake Aleppo.", ["PER Bashar al-Assad (President)", "LOC Aleppo"]],
    ["The attack was claimed by Usamah al Muhajir, a spokesman for the group.", ["PER Usamah al Muhajir"]],
    ["Shelling hit Tal Qasra, Syria, on Tuesday.", ["LOC Tal Qasra", "LOC Syria"]],
    ["Ayman al Zawahiri, the leader of al Qaeda, urged attacks.", ["PER Ayman al Zawahiri", "ORG al Qaeda"]],
    ["Osama bin Laden was killed in Abbottabad.", ["PER Osama bin Laden", "LOC Abbottabad"]],
    ["IS claimed the attack, and ISIS supporters celebrated online.", ["ORG IS", "ORG ISIS"]],
    ["U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva.",
      ["LOC U.S.", "PER John Kerry (Secretary of State)", "MISC Russian", "PER Sergei Lavrov (Foreign Minister)", "LOC Geneva"]],
    ["The Pentagon said coalition aircraft struck ISIL targets near Raqqa.", ["ORG Pentagon", "ORG ISIL", "LOC Raqqa"]],
    ["\u201cWe will fight,\u201d said Gen. Khalifa Haftar.", ["PER Khalifa Haftar (Gen.)"]],
    ["Theresa May said Britain would leave.", ["PER Theresa May", "LOC Britain"]],
    ["BEIRUT, Lebanon (Reuters) - Hezbollah said it had fired rockets.", ["LOC BEIRUT", "LOC Lebanon", "ORG Reuters", "ORG Hezbollah"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("gives UTF-16 offsets into the text, and provenance tags", () => {
    const text = "\u{1F4F0} Colonel Dana Whitfield, a Centcom spokeswoman, said Daesh had fled.";
    const mentions = recogniseEntities(text);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const person = mentions.find((m) => m.type === "PER")!;
    expect(person).toMatchObject({ text: "Dana Whitfield", title: "Colonel", start: 11, end: 25 });
    expect(person.tags).toEqual(["model/perceptron", "rule/title"]);
    expect(mentions.every((m) => m.tags.length > 0)).toBe(true);
  });

  it("adds a listed name the tagger missed with the gazetteer tag alone, and retypes a mistyped one", () => {
    const rulesOnly = createRecogniser({ documentRefiners: [] });
    const is = rulesOnly.recognise("IS claimed the attack.");
    expect(is).toEqual([{ text: "IS", type: "ORG", start: 0, end: 2, tags: ["rule/gazetteer"] }]);
  });

  it("names a person by surname alone once named in full", () => {
    expect(found("Martin Bamford, 30, was injured. Bamford said he was fine.")).toEqual(["PER Martin Bamford", "PER Bamford"]);
  });

  it("reads a dateline's place as a place", () => {
    expect(found("WASHINGTON (Reuters) - The Senate voted on Tuesday.")).toEqual(["LOC WASHINGTON", "ORG Reuters", "ORG Senate"]);
  });

  it("tags a 2,000-word article in well under 50 ms", () => {
    const paragraph =
      "Colonel Dana Whitfield, a Centcom spokeswoman, said coalition aircraft struck Islamic State positions near " +
      "Tal Qasra, Syria, on Tuesday. Residents told Reuters that dozens of fighters had fled towards Deir ez-Zor, " +
      "and President Bashar al-Assad's government said its forces would press on. ";
    const article = paragraph.repeat(Math.ceil(2000 / paragraph.split(" ").length));
    for (let i = 0; i < 3; i++) recogniseEntities(article);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      recogniseEntities(article);
      times.push(performance.now() - started);
    }
    // The best of seven runs: the test suite shares the machine with other work.
    expect(Math.min(...times)).toBeLessThan(50);
  });
});
