import { describe, expect, it } from "vitest";
import { diffHunks, learnSwaps } from "./learn-swaps.js";

const PAIRS = [
  { a: "IS fighters seized the town on Monday.", b: "Daesh fighters seized the town on Monday." },
  { a: "The army said IS had withdrawn from the hills.", b: "The army said Daesh had withdrawn from the hills." },
  { a: "Witnesses said on Monday that IS was shelling the bridge.", b: "Witnesses told reporters on Monday that Daesh was shelling the bridge." },
  { a: "The minister said the talks had failed.", b: "The minister told reporters the talks had failed." },
];

describe("learnSwaps", () => {
  it("finds consistent substitutions with the words around them equal", () => {
    expect(learnSwaps(PAIRS)).toEqual([
      { from: "IS", to: "Daesh", count: 3 },
      { from: "said", to: "told reporters", count: 2 },
    ]);
  });

  it("keeps swaps seen at least minCount times", () => {
    expect(learnSwaps(PAIRS, { minCount: 3 })).toEqual([{ from: "IS", to: "Daesh", count: 3 }]);
    expect(learnSwaps(PAIRS.slice(0, 1))).toEqual([]);
    expect(learnSwaps(PAIRS.slice(0, 1), { minCount: 1 })).toEqual([{ from: "IS", to: "Daesh", count: 1 }]);
  });

  it("tells the group IS from the verb is", () => {
    const pairs = [
      { a: "The town is quiet now, officials said.", b: "The town was quiet now, officials said." },
      { a: "The road is closed, police said on Monday.", b: "The road was closed, police said on Monday." },
      { a: "IS is said to hold the town.", b: "Daesh is said to hold the town." },
      { a: "Officials said IS had left.", b: "Officials said Daesh had left." },
    ];
    expect(learnSwaps(pairs)).toEqual([
      { from: "IS", to: "Daesh", count: 2 },
      { from: "is", to: "was", count: 2 },
    ]);
  });

  it("takes adjacent changes as one swap", () => {
    const pair = { a: "Witnesses said IS was shelling the bridge.", b: "Witnesses told reporters Daesh was shelling the bridge." };
    expect(learnSwaps([pair], { minCount: 1 })).toEqual([{ from: "said IS", to: "told reporters Daesh", count: 1 }]);
  });

  it("ignores insertions, deletions, long spans and unrelated sentences", () => {
    const pairs = [
      { a: "Rebels took the town.", b: "Rebels quickly took the town." },
      { a: "Rebels took the town.", b: "Rebels quickly took the town." },
      { a: "A B C D E F G took it.", b: "H I J K L M N took it." },
      { a: "A B C D E F G took it.", b: "H I J K L M N took it." },
      { a: "Prices rose sharply.", b: "The council met." },
      { a: "Prices rose sharply.", b: "The council met." },
    ];
    expect(learnSwaps(pairs)).toEqual([]);
  });

  it("aligns by longest common subsequence", () => {
    expect(diffHunks(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"])).toEqual({
      hunks: [
        { aStart: 1, aEnd: 2, bStart: 1, bEnd: 2 },
        { aStart: 4, aEnd: 4, bStart: 4, bEnd: 5 },
      ],
      shared: 3,
    });
  });
});
