import { describe, expect, it } from "vitest";
import { tenseNear } from "./tense.js";

/** The tense around the first occurrence of `expression`. */
const around = (sentence: string, expression = "Friday") => {
  const from = sentence.indexOf(expression);
  return tenseNear(sentence, from, from + expression.length, 12);
};

describe("tenseNear", () => {
  it.each([
    ["The union will meet on Friday.", "future", "will"],
    ["The union met on Friday.", "past", "met"],
    ["Talks collapsed on Friday.", "past", "collapsed"],
    ["They'll vote on Friday.", "future", "they'll"],
    ["Officials are meeting on Friday.", "future", "are"],
    ["The union is going to strike on Friday.", "future", "going"],
    ["The operator said on Friday that it will meet the union.", "past", "said"],
    ["The union will meet the operator on Friday, officials said.", "future", "will"],
    ["On Friday, the strike ended.", "past", "ended"],
    ["The talks, which ended on Friday, will resume in August.", "past", "ended"],
    ["The team planned to leave on Friday.", "future", "planned"],
  ])("%s → %s (%s)", (sentence, tense, marker) => {
    expect(around(sentence)).toEqual({ tense, marker });
  });

  it("finds nothing without a marker", () => {
    expect(around("Friday prayers in the old city.")).toBeNull();
  });

  it("ignores markers beyond the window", () => {
    const s = "It will be a long time, perhaps many many many many many many months, before Friday.";
    const from = s.indexOf("Friday");
    expect(tenseNear(s, from, from + 6, 3)).toBeNull();
  });
});
