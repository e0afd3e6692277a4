import { describe, expect, it } from "vitest";
import { urlSlugWords } from "./terms.js";

describe("urlSlugWords", () => {
  it("takes the headline a site writes into its article address", () => {
    expect(urlSlugWords("http://abcnews.go.com/Technology/wireStory/russian-space-experts-regain-control-1st-angola-satellite-52044233"))
      .toBe("russian space experts regain control angola satellite");
    expect(urlSlugWords("https://www.nytimes.com/2017/11/06/world/bank-of-utah-leonid-mikhelson.html")).toBe("bank of utah leonid mikhelson");
    expect(urlSlugWords("https://example.org/nachrichten/flugzeug-stürzt-über-costa-rica-ab")).toBe("flugzeug stürzt über costa rica ab");
  });

  it("finds none in ids, dates, query strings and short section names", () => {
    expect(urlSlugWords("http://www.chinadaily.com.cn/world/2016-02/07/content_23426008.htm")).toBe("");
    expect(urlSlugWords("https://www.npr.org/templates/search/index.php?searchinput=Costa+Rica+plane+crash")).toBe("");
    expect(urlSlugWords("https://example.org/on-air/")).toBe("");
    expect(urlSlugWords("https://www.washingtonpost.com/2017/12/27/e09e620c-eb1f-11e7-956e-baea358f9725_story.html")).toBe("");
  });

  it("is empty without a usable address", () => {
    expect(urlSlugWords(null)).toBe("");
    expect(urlSlugWords("not a url")).toBe("");
    expect(urlSlugWords("https://example.org/bad-%E0%A4%A-escape-here")).toBe("bad escape here");
  });
});
