import { describe, expect, it } from "vitest";
import { escapeHtml, href, html, raw, segment } from "./html.js";

describe("html", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`"><img src=x onerror=alert(1)>`, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"],
    ["'single' & `back`", "&#39;single&#39; &amp; &#96;back&#96;"],
    ["plain text", "plain text"],
  ])("escapes %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it("escapes every value, keeps safe markup, joins lists and drops nothing-values", () => {
    const title = "<b>bold</b>";
    expect(String(html`<h1 title="${title}">${title}</h1>`)).toBe('<h1 title="&lt;b&gt;bold&lt;/b&gt;">&lt;b&gt;bold&lt;/b&gt;</h1>');
    expect(String(html`<p>${html`<em>${"a&b"}</em>`}</p>`)).toBe("<p><em>a&amp;b</em></p>");
    expect(String(html`<ul>${["<1>", raw("<li>2</li>")]}</ul>`)).toBe("<ul>&lt;1&gt;<li>2</li></ul>");
    expect(String(html`${null}${undefined}${false}${0}`)).toBe("0");
  });

  it("builds links with encoded ids", () => {
    expect(href("/compare", { a: "x&y=1", b: "tag:a,2023:b/c", c: null, d: "" })).toBe("/compare?a=x%26y%3D1&b=tag%3Aa%2C2023%3Ab%2Fc");
    expect(href("/search")).toBe("/search");
    expect(segment("a/b?c#d")).toBe("a%2Fb%3Fc%23d");
  });
});
