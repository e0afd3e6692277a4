import { describe, expect, it } from "vitest";
import { recogniseEntities } from "./recogniser.js";

// Negative cases: capitals that name nothing. Each text must yield no entity at all.
describe("recogniseEntities: no entity", () => {
  it.each([
    // Sentence-initial capitalised common words.
    "Fighting erupted overnight.",
    "Witnesses said dozens were killed.",
    "Residents fled as shelling intensified.",
    "Security forces said the attackers wore uniforms.",
    "Many doubt the ceasefire will hold.",
    // "May" as a verb, and months and days.
    "Officials said the talks may resume next week.",
    "May the best team win.",
    "Analysts say prices may fall in May.",
    "The vote is due on Monday, May 5.",
    // Headings in Title Case.
    "Rebels Retreat From Northern Town After Heavy Fighting",
    "Government Announces New Measures To Curb Inflation",
    "Survivors Describe Night Of Terror",
    "Next Steps For The Peace Process",
    // Headlines, slugs and datelines in capitals that name no place.
    "BREAKING: EXPLOSION HEARD NEAR CENTRAL MARKET",
    "UPDATE 2-Oil prices rise",
    "EXCLUSIVE: INSIDE THE FIGHT",
    "ANALYSIS: WHAT COMES NEXT",
    "BREAKING - Explosion in the city centre",
    "EUROBONDS - Primary market activity was lower.",
    "FILE PHOTO: Smoke rises over the city",
  ])("%s", (text) => {
    expect(recogniseEntities(text)).toEqual([]);
  });

  it("does not read IS, WHO or US as names in a headline in capitals", () => {
    expect(recogniseEntities("WHO IS TO BLAME FOR THE CRISIS").map((m) => m.text)).toEqual([]);
    expect(recogniseEntities("THIS IS WHAT US VOTERS WANT").map((m) => m.text)).not.toContain("IS");
  });

  it("does not read 'the Islamic State group' as a place", () => {
    expect(recogniseEntities("Fighters from the Islamic State group seized the town.").map((m) => m.type)).toEqual(["ORG"]);
  });
});
