import { describe, expect, it } from "vitest";
import { articleId } from "../core/types.js";
import { StoryClusterer } from "./clusterer.js";
import { profileFromJson, profileToJson, storyTopTerms } from "./profile-json.js";

const PORT = [
  "Dock workers at the port of Vellin walked out over pay, halting grain loading at the harbour for a third day.",
  "The Vellin port strike entered its fourth day as dock workers and the harbour authority failed to agree on pay.",
];
const BANK = "Norvenia's central bank raised its benchmark interest rate to 4.5 percent to fight inflation.";

describe("story profiles as JSON", () => {
  const c = new StoryClusterer();
  c.assign({ id: articleId("b1"), title: null, text: BANK, publishedAt: 0 });
  const story = c.assign({ id: articleId("p1"), title: "Vellin dock strike", text: PORT[0]!, publishedAt: 0 }).story;
  c.assign({ id: articleId("p2"), title: null, text: PORT[1]!, publishedAt: 1 });
  const json = profileToJson(c.story(story)!, c.df);

  it("saves the story's top terms, the ones shared by its articles first", () => {
    const terms = storyTopTerms(json);
    expect(terms.slice(0, 3).sort()).toEqual(["dock", "strike", "vellin"]);
    expect(terms).not.toContain("inflation");
    expect(terms.length).toBeLessThanOrEqual(10);
  });

  it("reads a profile back whole, and top terms from one saved before them or not saved yet", () => {
    expect(profileToJson(profileFromJson(story, json, c.df), c.df)).toBe(json);
    const { terms: _, ...older } = JSON.parse(json) as { terms: string[] };
    expect(storyTopTerms(JSON.stringify(older))).toContain("vellin");
    expect(storyTopTerms("{}")).toEqual([]);
  });
});
