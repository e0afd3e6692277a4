import { describe, expect, it } from "vitest";
import { capitalisedNames } from "./capitalised-names.js";

describe("capitalisedNames", () => {
  it.each([
    ["names after titles", "Local council head Mariam Haddad met Lt. Gen. Paul Reyes.", ["Mariam Haddad", "Paul Reyes"]],
    ["a name that opens the sentence", "Ahmed Darwish said the town would hold.", ["Ahmed Darwish"]],
    ["particles inside a name", "Forces loyal to Bashar al-Assad and the Syrian Observatory for Human Rights disagree.", ["Bashar al-Assad", "Syrian Observatory for Human Rights"]],
    ["punctuation between names", '"We condemn the council headed by the United States," Sadr said.', ["United States", "Sadr"]],
    ["no lone sentence-initial word, day or month", "Children left on Monday in March.", []],
  ])("finds %s", (_name, sentence, expected) => {
    expect(capitalisedNames(sentence).map((n) => n.text)).toEqual(expected);
  });

  it("gives offsets into the sentence", () => {
    const s = "Aid reached Qamishli.";
    const [n] = capitalisedNames(s);
    expect(s.slice(n!.start, n!.end)).toBe("Qamishli");
  });
});
