import { describe, expect, it } from "vitest";
import { splitSentences, type SentenceOptions } from "./sentences.js";

const texts = (t: string, options: Partial<SentenceOptions> = {}) => splitSentences(t, options).map((s) => s.text);

describe("splitSentences", () => {
  const cases: [string, string, string[]][] = [
    ["plain sentences", "The strike began. It ended on Friday! Why? Nobody knows.", ["The strike began.", "It ended on Friday!", "Why?", "Nobody knows."]],
    ["titles and initials", "Lt. Gen. John F. Kennedy Jr. met Mr. Smith. They spoke.", ["Lt. Gen. John F. Kennedy Jr. met Mr. Smith.", "They spoke."]],
    ["U.S. inside and at the end", "The U.S. Embassy said so. Troops left the U.S. The next day they returned.", ["The U.S. Embassy said so.", "Troops left the U.S.", "The next day they returned."]],
    ["month abbreviation before a day", "Talks began on Jan. 5 and ended on Sept. 30. Both sides agreed.", ["Talks began on Jan. 5 and ended on Sept. 30.", "Both sides agreed."]],
    ["decimals and money", "Shares rose 2.5 percent to $3.75. Volume was 1.2 million.", ["Shares rose 2.5 percent to $3.75.", "Volume was 1.2 million."]],
    ["a quote spanning sentences", '"It was a bomb. You could see the crater," he said. Police came.', ['"It was a bomb.', 'You could see the crater," he said.', "Police came."]],
    ["a closing quote stays left", 'She said: "We will stay." Then she left.', ['She said: "We will stay."', "Then she left."]],
    ["an exclamation inside a quote before the speaker", '"Go home!" he shouted. They went.', ['"Go home!" he shouted.', "They went."]],
    ["an ellipsis inside a quote", '"We waited ... And we waited," he said. It rained.', ['"We waited ... And we waited," he said.', "It rained."]],
    ["curly quotes and an ellipsis", "“I think… We will see,” she said. Then silence.", ["“I think… We will see,” she said.", "Then silence."]],
    ["a heading without a full stop", "Port talks collapse\nThe union walked out on Friday.", ["Port talks collapse", "The union walked out on Friday."]],
    ["a dateline on its own line", "NAIROBI, Kenya (AP) _\nSuspected bombs exploded outside the embassy.", ["NAIROBI, Kenya (AP) _\nSuspected bombs exploded outside the embassy."]],
    ["an inline dateline", "TAL QASRA, Syria (MPA) — A drone strike killed four. Centcom confirmed it.", ["TAL QASRA, Syria (MPA) — A drone strike killed four.", "Centcom confirmed it."]],
    ["paragraphs", "First paragraph ends here\n\nSecond one", ["First paragraph ends here", "Second one"]],
    ["a wrapped line", "The union said on\nFriday that talks failed.", ["The union said on\nFriday that talks failed."]],
    ["TimeML-style quotes", "``It was definitely a bomb,'' said an official. He left.", ["``It was definitely a bomb,'' said an official.", "He left."]],
    ["a.m. before a name and before an opener", "It exploded at 10 a.m. Smith saw it. It was at 5 p.m. The police came.", ["It exploded at 10 a.m. Smith saw it.", "It was at 5 p.m.", "The police came."]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("gives offsets into the text", () => {
    const text = "  One. Two.\n\nThree";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => [s.start, s.end])).toEqual([[2, 6], [7, 11], [13, 18]]);
  });

  it("takes more titles as an option", () => {
    expect(texts("He met Insp. Clouseau. Fine.")).toEqual(["He met Insp. Clouseau.", "Fine."]);
    expect(texts("He met Sgtmaj. Clouseau. Fine.", { titles: ["sgtmaj"] })).toEqual(["He met Sgtmaj. Clouseau.", "Fine."]);
  });
});
