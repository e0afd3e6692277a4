import { describe, expect, it } from "vitest";
import { articleId, storyId, type ArticleId, type StoryId } from "../core/types.js";
import { regroup } from "./regroup.js";

const clustering = (groups: Record<string, string>): Map<ArticleId, StoryId> =>
  new Map(Object.entries(groups).map(([a, s]) => [articleId(a), storyId(s)]));

describe("regroup", () => {
  it("finds nothing when every story kept its articles, even under a new id", () => {
    const before = clustering({ a1: "s1", a2: "s1", a3: "s2" });
    expect(regroup(before, before)).toEqual([]);
    expect(regroup(before, clustering({ a1: "s9", a2: "s9", a3: "s2" }))).toEqual([]);
  });

  it("records one split per part of a divided story", () => {
    const before = clustering({ a1: "s1", a2: "s1", a3: "s1" });
    expect(regroup(before, clustering({ a1: "s1", a2: "s1", a3: "s3" }))).toEqual([
      { kind: "split", story: "s1", from: "s1", articles: 2, of: 3 },
      { kind: "split", story: "s3", from: "s1", articles: 1, of: 3 },
    ]);
  });

  it("records one merge per story that went whole into another", () => {
    const before = clustering({ a1: "s1", a2: "s2", a3: "s2" });
    expect(regroup(before, clustering({ a1: "s1", a2: "s1", a3: "s1" }))).toEqual([
      { kind: "merge", story: "s1", from: "s1", articles: 1, of: 1 },
      { kind: "merge", story: "s1", from: "s2", articles: 2, of: 2 },
    ]);
  });

  it("tells a part of a split story from a whole one in the same new story", () => {
    const before = clustering({ a1: "s1", a2: "s1", a3: "s2" });
    const after = clustering({ a1: "s1", a2: "s2", a3: "s2" });
    expect(regroup(before, after)).toEqual([
      { kind: "split", story: "s1", from: "s1", articles: 1, of: 2 },
      { kind: "split", story: "s2", from: "s1", articles: 1, of: 2 },
      { kind: "merge", story: "s2", from: "s2", articles: 1, of: 1 },
    ]);
  });

  it("leaves out articles that had no story before or have none now", () => {
    const before = clustering({ a1: "s1", a2: "s1", gone: "s1" });
    const after = clustering({ a1: "s1", a2: "s1", fresh: "s2" });
    expect(regroup(before, after)).toEqual([]);
  });
});
