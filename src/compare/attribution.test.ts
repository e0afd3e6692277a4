import { describe, expect, it } from "vitest";
import { describeAttribution, findQuotes } from "./attribution.js";

describe("describeAttribution", () => {
  it.each([
    ["a speaker after an appositive", '"We will not leave," Ali Musa, a rebel commander, reportedly told AFP.',
      { verbs: ["told"], speakers: ["Ali Musa"], hedges: ["reportedly"], quotes: [{ text: "We will not leave,", speaker: "Ali Musa" }] }],
    ["an institution", "The Interior Ministry said 12 people were killed.", { verbs: ["said"], speakers: ["The Interior Ministry"], hedges: [], quotes: [] }],
    ["according to", "Twelve people were killed, according to the Syrian Observatory for Human Rights.",
      { verbs: ["according to"], speakers: ["the Syrian Observatory for Human Rights"], hedges: ["according to"], quotes: [] }],
    ["a described speaker", "A military spokesman claims the town was retaken.", { verbs: ["claims"], speakers: ["A military spokesman"], hedges: [], quotes: [] }],
    ["titles and a quote", 'Lt. Gen. Ray said on Monday that "the operation is over".',
      { verbs: ["said"], speakers: ["Lt. Gen. Ray"], hedges: [], quotes: [{ text: "the operation is over", speaker: "Lt. Gen. Ray" }] }],
    ["a speaker after the verb", "The strikes continued overnight, said Colonel Omar Haddad.", { verbs: ["said"], speakers: ["Colonel Omar Haddad"], hedges: [], quotes: [] }],
    ["an Arabic article in a name", "President Bashar al-Assad told state television the war would end.",
      { verbs: ["told"], speakers: ["President Bashar al-Assad"], hedges: [], quotes: [] }],
    ["a pronoun", '"Children have lost a year," she said.', { verbs: ["said"], speakers: ["she"], hedges: [], quotes: [{ text: "Children have lost a year,", speaker: "she" }] }],
  ])("reads %s", (_name, sentence, expected) => {
    expect(describeAttribution(sentence)).toEqual(expected);
  });

  it("tells an adjective from a reporting verb", () => {
    const r = describeAttribution("The alleged attack happened on Monday, officials said.");
    expect(r.verbs).toEqual(["said"]);
    expect(r.speakers).toEqual(["officials"]);
    expect(r.hedges).toEqual(["alleged"]);
  });

  it("ignores verbs and hedges inside quotes, and finds nothing in a plain sentence", () => {
    expect(describeAttribution('"They said it would reportedly rain," he wrote.').verbs).toEqual(["wrote"]);
    expect(describeAttribution('"They said it would reportedly rain," he wrote.').hedges).toEqual([]);
    expect(describeAttribution("The bridge reopened on Friday.")).toEqual({ verbs: [], speakers: [], hedges: [], quotes: [] });
  });

  it("finds quotes that span sentences in a paragraph", () => {
    expect(findQuotes('He said: "We will stay. We must." Then he left.').map((q) => q.text)).toEqual(["We will stay. We must."]);
    expect(findQuotes("“Curly quotes work too,” she said.").map((q) => q.text)).toEqual(["Curly quotes work too,"]);
    expect(findQuotes('A "single" word is not a quote.')).toEqual([]);
  });
});
