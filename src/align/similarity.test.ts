import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PARAPHRASE_THRESHOLD, sentenceSimilarity } from "./similarity.js";
import { stem } from "./stem.js";
import { FEATURE_NAMES, pairFeatures, prepareSentence } from "./sentence-features.js";
import { SIMILARITY_MODEL } from "./similarity-weights.js";
import { stemIdf } from "./word-frequencies.js";

describe("sentenceSimilarity", () => {
  it.each([
    ["a rewrite that swaps one term", "IS fighters seized the town of Tal Hamra on Monday.", "Daesh fighters seized the town of Tal Hamra on Monday."],
    ["reordered clauses", "On Monday, rebels seized the airport after heavy fighting.", "Rebels seized the airport on Monday after heavy fighting."],
    ["a hedge and a changed verb", "The ministry said 40 people died in the blast.", "The ministry claims 40 people reportedly died in the blast."],
  ])("calls %s a paraphrase", (_name, a, b) => {
    expect(sentenceSimilarity(a, b)).toBeGreaterThanOrEqual(PARAPHRASE_THRESHOLD);
  });

  it.each([
    ["two sentences on one topic", "Rebels seized the airport on Monday.", "The airport reopened to civilian flights in May after repairs costing $3 million."],
    ["unrelated sentences", "Shares in the bank fell 4 percent.", "The choir sang at the cathedral on Sunday evening."],
    ["a different number of casualties and place", "Twelve people were killed in Aleppo on Monday, the army said.", "Dozens of soldiers were wounded near Homs last week, activists reported, as talks stalled."],
  ])("keeps %s below the threshold", (_name, a, b) => {
    expect(sentenceSimilarity(a, b)).toBeLessThan(PARAPHRASE_THRESHOLD);
  });

  it("gives 1 to the same words, whatever the case and punctuation", () => {
    expect(sentenceSimilarity("The U.S. Embassy closed.", "the US embassy closed")).toBe(1);
  });

  it("gives 0 for an empty side and 1 for two empty sides", () => {
    expect(sentenceSimilarity("", "Rebels advance.")).toBe(0);
    expect(sentenceSimilarity("", " ")).toBe(1);
  });

  it("is symmetric and within [0, 1] (property)", () => {
    const sentence = fc.array(fc.constantFrom("rebels", "seized", "the", "town", "on", "Monday", "12", "IS", "Daesh", "not", "said", "Aleppo"), { maxLength: 12 }).map((w) => w.join(" "));
    fc.assert(fc.property(sentence, sentence, (a, b) => {
      const x = sentenceSimilarity(a, b);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
      expect(Math.abs(x - sentenceSimilarity(b, a))).toBeLessThan(1e-9);
    }));
  });

  it("has one committed weight per feature, and a threshold inside (0, 1)", () => {
    expect(SIMILARITY_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
    expect(pairFeatures(prepareSentence("a b"), prepareSentence("b c"))).toHaveLength(FEATURE_NAMES.length);
    expect(PARAPHRASE_THRESHOLD).toBeGreaterThan(0);
    expect(PARAPHRASE_THRESHOLD).toBeLessThan(1);
  });

  it("weighs rare words over common ones", () => {
    expect(stemIdf(stem("ceasefire"))).toBeGreaterThan(stemIdf("the") + 3);
  });
});

describe("stem", () => {
  it.each([
    ["seized", "seiz"], ["seizes", "seiz"], ["seizing", "seiz"], ["cities", "city"], ["stopped", "stop"],
    ["said", "say"], ["crisis", "crisis"], ["glass", "glass"], ["us", "us"], ["killed", "kill"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
