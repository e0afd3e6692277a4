import { describe, expect, it } from "vitest";
import { parsePublished } from "../../core/published.js";
import { articleId } from "../../core/types.js";
import type { StoredArticle } from "../../engine/store.js";
import { coverageChart } from "./chart.js";

const at = (id: string, date: string, source: string | null): StoredArticle => ({
  id: articleId(id), source, url: null, title: null, byline: null, published: parsePublished(date)!, text: "x",
  language: "en", textHash: id, storyLabel: null, ingestedAt: "", raw: "", origin: { file: "f", line: null, format: "text" },
  duplicateOf: null,
});

describe("coverageChart", () => {
  it("draws one segment per day and outlet, escaping outlet names", () => {
    const svg = String(coverageChart([
      at("a", "2023-07-01", "<b>Wire</b>"), at("b", "2023-07-01", "<b>Wire</b>"), at("c", "2023-07-01", "Daily"),
      at("d", "2023-07-03", "Daily"),
    ]));
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
    expect(svg).toContain("2023-07-01: &lt;b&gt;Wire&lt;/b&gt;, 2 articles");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("Articles per day");
  });

  it("draws by week past 60 days, by 30 days past 60 weeks, and says so when there is nothing", () => {
    const svg = String(coverageChart([at("a", "2023-01-01", "A"), at("b", "2023-06-01", "A")]));
    expect(svg).toContain("Articles per week");
    expect(String(coverageChart([at("a", "2020-01-01", "A"), at("b", "2023-06-01", "A")]))).toContain("Articles per 30 days");
    expect(String(coverageChart([]))).toContain("No articles");
  });
});
