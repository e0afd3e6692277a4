import { describe, expect, it } from "vitest";
import { addTitle, mergeTitles, type HeadlineState } from "./headline.js";

const fresh = (): HeadlineState => ({ titleTerms: new Map(), titles: [], firstTitle: null });
const withTitles = (titles: readonly string[]) => {
  const s = fresh();
  for (const t of titles) addTitle(s, t);
  return s;
};

describe("a story's representative headline", () => {
  it("keeps the first title while the others rewrite it", () => {
    const s = withTitles([
      "Islamic State commander killed in US strike in Syrian border town",
      "Senior Daesh commander reportedly killed in US drone strike near Iraqi border",
      "US drone strike in Syria kills IS commander and three fighters",
    ]);
    expect(s.titles[0]).toBe("Islamic State commander killed in US strike in Syrian border town");
  });

  it("moves to what most reports are about when the story drifted from its first", () => {
    const s = withTitles([
      "North Korea says it is ready to launch satellites",
      "North Korea fires missile over Japan",
      "Japan protests as North Korean missile flies over Hokkaido",
      "Missile over Japan: Tokyo and Seoul call emergency talks",
      "UN condemns missile launch over Japan",
      "Second missile over Japan in a month",
      "Japan weighs shooting down missiles after launch over Hokkaido",
    ]);
    expect(s.titles[0]).toMatch(/missile/i);
    expect(s.firstTitle).toBe("North Korea says it is ready to launch satellites");
    expect(s.titles.length).toBeLessThanOrEqual(5);
  });

  it("takes the other story's titles into account on a merge", () => {
    const a = withTitles(["Vellin dock strike halts grain exports"]);
    const b = withTitles(["Ferry Orvana runs aground off Aldra", "Orvana ferry aground near Aldra, all passengers safe", "Aldra ferry Orvana refloated"]);
    mergeTitles(a, b);
    expect(a.firstTitle).toBe("Vellin dock strike halts grain exports");
    expect(a.titles[0]).toMatch(/Orvana/);
  });

  it("bounds the title terms it counts", () => {
    const s = withTitles(Array.from({ length: 200 }, (_, i) => `Word${i} alpha${i} beta${i} gamma${i} common`));
    expect(s.titleTerms.size).toBeLessThanOrEqual(400);
    expect(s.titleTerms.get("common")).toBe(200);
  });
});
