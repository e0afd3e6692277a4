import { describe, expect, it } from "vitest";
import { compareArticles, renderCompareHtml, renderCompareHtmlBody, renderCompareText } from "./compare.js";

const a = { id: "a1", source: "Wirepress", title: "Rebels <advance> & hold", published: "2024-03-04", text: "Rebels seized the <b>airport</b> on Monday, the army said. Schools reopened." };
const b = { id: "b1", source: "Daily", title: null, published: "2024-03-05", text: "Insurgents seized the <b>airport</b> on Tuesday, the army claims. A <script>alert(1)</script> tag was typed here." };
const report = compareArticles(a, b);

describe("renderCompareHtml", () => {
  const html = renderCompareHtml(report);

  it("is a self-contained page: inline style, no scripts, no external resources", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
  });

  it("escapes every text it shows", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Rebels &lt;advance&gt; &amp; hold");
    expect(html).not.toContain("<b>airport</b>");
  });

  it("shows both sides with highlights and the findings", () => {
    expect(html).toContain("<del>Rebels</del>");
    expect(html).toContain("<ins>Insurgents</ins>");
    expect(html).toContain("date changed: Monday → Tuesday");
    expect(html).toContain("only in A");
    expect(renderCompareHtmlBody(report).startsWith('<div class="wt-compare">')).toBe(true);
  });
});

describe("renderCompareText", () => {
  it("prints the summary, facts first, and the word diff, without colour by default", () => {
    const text = renderCompareText(report);
    expect(text).not.toContain("\u001b[");
    const lines = text.split("\n");
    expect(lines[0]).toBe("A: Wirepress, 2024-03-04, a1 “Rebels <advance> & hold” (2 sentences, 11 words)");
    expect(text.indexOf("Facts that differ")).toBeLessThan(text.indexOf("Attribution and hedging"));
    expect(text).toContain("[-Rebels-] {+Insurgents+}");
  });

  it("colours deletions and insertions when asked", () => {
    const text = renderCompareText(report, { color: true });
    expect(text).toContain("\u001b[31mRebels\u001b[0m");
    expect(text).toContain("\u001b[32mInsurgents\u001b[0m");
  });

  it("can leave the alignment out", () => {
    expect(renderCompareText(report, { alignment: false })).not.toContain("Alignment");
  });
});
