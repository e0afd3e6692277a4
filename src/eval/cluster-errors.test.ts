import { describe, expect, it } from "vitest";
import { clusterErrors, type LabelledItem } from "./cluster-errors.js";

const item = (id: string, gold: string, day: number, title: string | null = `${gold} report ${id}`): LabelledItem =>
  ({ id, gold, title, publishedAt: day * 86_400_000 });

describe("where a clustering parts from the gold labels", () => {
  const items = [
    item("a1", "A", 1), item("a2", "A", 2), item("a3", "A", 3),
    item("b1", "B", 1), item("b2", "B", 2),
    item("c1", "C", 5, null), item("c2", "C", 4),
  ];
  // s1 mixes A and B; B is split over s1 and s2; C is whole in s3.
  const predicted = new Map([["a1", "s1"], ["a2", "s1"], ["a3", "s1"], ["b1", "s1"], ["b2", "s2"], ["c1", "s3"], ["c2", "s3"]]);

  it("lists mixed stories and split gold stories, largest first, each share with its first article's title", () => {
    const errors = clusterErrors(items, predicted, 10);
    expect(errors.merged).toEqual([
      { story: "s1", items: 4, gold: [{ label: "A", items: 3, example: "A report a1" }, { label: "B", items: 1, example: "B report b1" }] },
    ]);
    expect(errors.split).toEqual([
      { gold: "B", items: 2, stories: [{ label: "s1", items: 1, example: "B report b1" }, { label: "s2", items: 1, example: "B report b2" }] },
    ]);
  });

  it("keeps the largest few, and counts an item without a prediction as a story of its own", () => {
    const partial = new Map([...predicted].filter(([id]) => id !== "c1"));
    const errors = clusterErrors(items, partial, 2);
    // Two gold stories of two items each are split now; ties go by label.
    expect(errors.split.map((s) => s.gold)).toEqual(["B", "C"]);
    expect(errors.split[1]!.stories.map((s) => s.label)).toEqual(["(none) c1", "s3"]);
    expect(clusterErrors(items, partial, 1).split.map((s) => s.gold)).toEqual(["B"]);
  });
});
