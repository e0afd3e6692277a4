import { describe, expect, it } from "vitest";
import { articleId } from "../core/types.js";
import { formatLag, storyCoverage, type CoverageArticle } from "./coverage.js";

const at = (id: string, outlet: string, iso: string): CoverageArticle => ({
  id: articleId(id), outlet, published: iso, publishedAt: Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso), dateOnly: iso.length === 10,
});

describe("storyCoverage", () => {
  it("orders outlets by first publication, with lags, hour by hour for a short story with times", () => {
    const c = storyCoverage([
      at("c", "Courier", "2024-03-12T14:20:00Z"), at("a", "Wire", "2024-03-12T06:10:00Z"),
      at("b", "Gazette", "2024-03-12T06:45:00Z"), at("d", "Wire", "2024-03-12T15:00:00Z"),
    ]);
    expect(c.first).toEqual({ article: "a", outlet: "Wire", published: "2024-03-12T06:10:00Z" });
    expect(c.outlets.map((o) => [o.outlet, o.articles, formatLag(o.lagMs, o.lagDateOnly)])).toEqual([
      ["Wire", ["a", "d"], "+0m"], ["Gazette", ["b"], "+35m"], ["Courier", ["c"], "+8h10m"],
    ]);
    expect(c.granularity).toBe("hour");
    expect(c.overTime).toEqual([
      { period: "2024-03-12T06", articles: 2, newOutlets: ["Wire", "Gazette"], cumulativeOutlets: 2 },
      { period: "2024-03-12T14", articles: 1, newOutlets: ["Courier"], cumulativeOutlets: 3 },
      { period: "2024-03-12T15", articles: 1, newOutlets: [], cumulativeOutlets: 3 },
    ]);
  });

  it("goes day by day when a date has no time, and counts lags in days", () => {
    const c = storyCoverage([at("a", "Wire", "2023-07-09"), at("b", "Star", "2023-07-11T08:00:00Z")]);
    expect(c.granularity).toBe("day");
    expect(formatLag(c.outlets[1]!.lagMs, c.outlets[1]!.lagDateOnly)).toBe("+2 days");
  });

  it("refuses an empty story", () => {
    expect(() => storyCoverage([])).toThrow(RangeError);
  });
});
