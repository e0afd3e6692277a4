import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bioToIob1, iob1ToBio, isIob1, spansFromTags, tagsFromSpans } from "./bio-tags.js";

describe("BIO and IOB1 tags", () => {
  it("converts CoNLL-2003 IOB1 to BIO", () => {
    expect(iob1ToBio(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "B-ORG"])).toEqual(
      ["B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG", "B-ORG"],
    );
    expect(bioToIob1(["B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG", "B-ORG"])).toEqual(
      ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "B-ORG"],
    );
  });

  it("reads spans as conlleval reads chunks, from either scheme", () => {
    const spans = [{ start: 0, end: 2, type: "PER" }, { start: 2, end: 3, type: "PER" }, { start: 4, end: 5, type: "LOC" }];
    expect(spansFromTags(["I-PER", "I-PER", "B-PER", "O", "I-LOC"])).toEqual(spans);
    expect(spansFromTags(["B-PER", "I-PER", "B-PER", "O", "B-LOC"])).toEqual(spans);
    // An I- tag after another type starts a new chunk; unknown types are not entities.
    expect(spansFromTags(["B-ORG", "I-PER", "I-XYZ"])).toEqual([{ start: 0, end: 1, type: "ORG" }, { start: 1, end: 2, type: "PER" }]);
  });

  it("tells the schemes apart", () => {
    expect(isIob1([["O", "I-PER"]])).toBe(true);
    expect(isIob1([["B-PER", "I-PER", "O"]])).toBe(false);
  });

  it("round-trips any span set through both schemes", () => {
    const spanSets = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom("PER", "ORG", "LOC", "MISC" as const)), { maxLength: 6 })
      .map((parts) => {
        let at = 0;
        return parts.map(([length, gap, type]) => {
          const span = { start: at + gap, end: at + gap + length, type };
          at = span.end;
          return span;
        });
      });
    fc.assert(
      fc.property(spanSets, (spans) => {
        const n = spans.length === 0 ? 0 : spans[spans.length - 1]!.end + 1;
        const bio = tagsFromSpans(n, spans);
        expect(spansFromTags(bio)).toEqual(spans);
        expect(spansFromTags(bioToIob1(bio))).toEqual(spans);
        expect(iob1ToBio(bioToIob1(bio))).toEqual(bio);
      }),
    );
  });
});
