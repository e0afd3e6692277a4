import { describe, expect, it } from "vitest";
import { chromeSentences, isChrome, mayHoldChrome } from "./chrome.js";

describe("isChrome", () => {
  it("takes notices and site prompts for chrome", () => {
    for (const s of [
      "Copyright 2017 The Associated Press.",
      "© 2018 Example Media Group",
      "All rights reserved.",
      "This material may not be published, broadcast, rewritten or redistributed.",
      "Advertisement",
      "Advertisement Continue reading the main story",
      "Sign up for our morning newsletter and get the news before breakfast.",
      "Thank you for subscribing.",
      "Click here to read the full report.",
      "Please verify you're not a robot by clicking the box.",
      "Email us at tips@example.test or call 0100 000 0000",
      "Read our privacy policy and terms of use.",
    ]) expect(isChrome(s), s).toBe(true);
  });

  it("leaves reporting alone, even on the same subjects", () => {
    for (const s of [
      "The court ruled that the song's copyright had expired decades ago.",
      "The company reserved all rights to the design, its lawyer said.",
      "Subscribers to the newspaper fell by a tenth last year.",
      "The advertisement was pulled after complaints.",
      "The minister said the material had not been published before Friday.",
      `Copyright 2017: ${"the judge went on to describe the case at great length ".repeat(5)}`,
    ]) expect(isChrome(s), s).toBe(false);
  });

  it("is never claimed absent from a text that holds it", () => {
    expect(mayHoldChrome("It rained. All rights reserved.")).toBe(true);
    expect(mayHoldChrome("It rained all day.")).toBe(false);
  });
});

describe("chromeSentences", () => {
  it("takes everything after a closing copyright notice for the footer", () => {
    const body = "Rain fell all day on the coast, and the ferries stayed in port until the wind dropped in the evening.";
    const sentences = [body, "Copyright 2018 NPR. All rights reserved.", "Transcripts are made in a hurry.", "They may change."];
    expect(chromeSentences(sentences)).toEqual([false, true, true, true]);
  });

  it("does not take a short item after a credit line at its top for a footer", () => {
    const item = ["© 2018 Example Wire", "Rain closed the pass on Monday.", "It reopened on Tuesday."];
    expect(chromeSentences(item)).toEqual([true, false, false]);
  });

  it("does not take a long text after a notice for a footer", () => {
    const body = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} tells more of the story in several words.`);
    expect(chromeSentences(["Copyright 2018 Example.", ...body])).toEqual([true, ...body.map(() => false)]);
  });
});
