import { describe, expect, it } from "vitest";
import { scoreNer } from "./ner-metrics.js";

describe("scoreNer (conlleval)", () => {
  it("counts exact span and type matches only", () => {
    const scores = scoreNer([
      // gold: PER [0,2), LOC [3,4); predicted: PER [0,1) (wrong span), LOC [3,4) (right)
      { gold: ["I-PER", "I-PER", "O", "I-LOC"], predicted: ["B-PER", "O", "O", "B-LOC"] },
      // gold: ORG [0,1); predicted: LOC [0,1) (wrong type), MISC [2,3) (spurious)
      { gold: ["I-ORG", "O", "O"], predicted: ["B-LOC", "O", "B-MISC"] },
    ]);
    expect(scores).toMatchObject({ gold: 3, predicted: 4, correct: 1, precision: 25, recall: 33.33, f1: 28.57, tokens: 7 });
    expect(scores.byType["LOC"]).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 50, recall: 100, f1: 66.67 });
    expect(scores.byType["MISC"]).toMatchObject({ gold: 0, predicted: 1, correct: 0, precision: 0, recall: 0, f1: 0 });
    expect(scores.byType["ORG"]).toMatchObject({ gold: 1, predicted: 0, precision: 0, recall: 0 });
  });

  it("reads IOB1 B- as a boundary between two entities of one type", () => {
    const scores = scoreNer([{ gold: ["I-PER", "B-PER"], predicted: ["B-PER", "B-PER"] }]);
    expect(scores).toMatchObject({ gold: 2, predicted: 2, correct: 2, f1: 100 });
  });

  it("scores nothing as zero, not as NaN", () => {
    expect(scoreNer([])).toMatchObject({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });
});
