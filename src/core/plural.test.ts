import { describe, expect, it } from "vitest";
import { plural } from "./plural.js";

describe("plural", () => {
  it("says one thing in the singular and other counts in the plural, with thousands separated", () => {
    expect(plural(1, "article")).toBe("1 article");
    expect(plural(0, "article")).toBe("0 articles");
    expect(plural(1200, "story", "stories")).toBe("1,200 stories");
  });
});
