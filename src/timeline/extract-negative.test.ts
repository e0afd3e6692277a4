// What is not a time expression, and the borderline cases decided one way or the other (with why).
import { describe, expect, it } from "vitest";
import { extractTimexes } from "./extract.js";

const SUNDAY = { date: "2023-07-09" };
const texts = (text: string) => extractTimexes(text, SUNDAY).map((t) => t.text);

describe("extractTimexes: negative cases", () => {
  it.each([
    ["Officials may leave the city.", "'may' as a verb"],
    ["Theresa May said the deal was dead.", "'May' as a name"],
    ["Protesters march on the capital.", "'march' as a verb"],
    ["March organisers said the route was long.", "'March' without a preposition before it"],
    ["About 1,000 troops were deployed.", "a number with a thousands separator"],
    ["Some 2000 troops crossed the border.", "a year-like count of something"],
    ["The hotline is open 24/7.", "'24/7' is not a date"],
    ["The vote was 89-52, with 11 abstentions.", "bare numbers are not clock times"],
    ["It earned $2.50 a share.", "money is not a time"],
    ["Profit rose 15% from 4 pence.", "a percentage"],
    ["A 6-year-old boy was rescued.", "ages are not durations"],
    ["Iraq imports about three-quarters of its food.", "a fraction, not quarters of a year"],
    ["After the fall of the city, troops left.", "'fall' as an event"],
    ["Rebels spring into action.", "'spring' as a verb"],
    ["A second group of directors resigned.", "'a second' is not a duration"],
    ["Chips in today's computers are faster.", "'today's' meaning nowadays"],
    ["The current account deficit grew.", "'current account' is not the present"],
    ["He holds No. 1987 in the list.", "a number after No."],
    ["", "empty text"],
  ])("%s (%s)", (text) => {
    expect(texts(text)).toEqual([]);
  });

  it("decides 'Friday prayers' is a date: the Friday the prayers were held", () => {
    expect(extractTimexes("Clashes broke out after Friday prayers.", SUNDAY)).toMatchObject([{ text: "Friday", value: "2023-07-07" }]);
  });

  it("decides 'the 2019 law' names a year (TimeML annotates year modifiers), though it dates the law, not the sentence", () => {
    expect(extractTimexes("The 2019 law was struck down.", SUNDAY)).toMatchObject([{ text: "2019", value: "2019", type: "DATE" }]);
  });

  it("decides '$5 million a year' is a rate: a SET, not a duration", () => {
    expect(extractTimexes("It saves $5 million a year.", SUNDAY)).toMatchObject([{ text: "a year", type: "SET", value: "P1Y" }]);
  });

  it("keeps 'May' and 'March' after a preposition or before a year", () => {
    expect(texts("Talks resume in May.")).toEqual(["May"]);
    expect(texts("Prices peaked in March 1996.")).toEqual(["March 1996"]);
  });

  it("does not merge across sentences", () => {
    expect(texts("Profit fell from a year ago. At 10:35 a.m. trading stopped.")).toEqual(["a year ago", "10:35 a.m."]);
  });
});
