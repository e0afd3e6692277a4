import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fmix32 } from "../sketch/hash32.js";
import { tokenize } from "../sketch/tokens.js";
import { parsePublished } from "../core/published.js";
import { textHash } from "../core/text.js";
import { compareTexts, type PairEvidence } from "./passages.js";
import { chromeWords } from "./chrome-words.js";
import { relateInput, relateTexts } from "./relate-texts.js";

/** Deterministic news-like prose: words from syllables, sentences of 8–20 words, paragraphs of 3–5 sentences. */
function prose(seed: number, paragraphs: number): string[] {
  let state = seed;
  const next = (n: number): number => fmix32((state = (state + 0x9e3779b9) | 0)) % n;
  const syllables = ["ka", "lo", "mi", "ter", "san", "do", "vel", "ri", "an", "go", "pre", "sul", "ta", "nor", "be"];
  const vocabulary = Array.from({ length: 800 }, () => Array.from({ length: 1 + next(3) }, () => syllables[next(syllables.length)]).join(""));
  const sentence = (): string => {
    const words = Array.from({ length: 8 + next(13) }, () => vocabulary[next(vocabulary.length)] as string);
    if (words.length > 10) words[5] += ",";
    const text = words.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return Array.from({ length: paragraphs }, () => Array.from({ length: 3 + next(3) }, sentence).join(" "));
}

const compare = (a: string, b: string, options = {}): PairEvidence => compareTexts(tokenize(a), tokenize(b), options);
const folded = (text: string): readonly string[] => tokenize(text).words;

/** Structural promises every result keeps. */
function expectWellFormed(a: string, b: string, ev: PairEvidence, minWords = 8): void {
  const ta = tokenize(a);
  const tb = tokenize(b);
  let previous = -1;
  for (const p of ev.passages) {
    expect(p.aWordStart).toBeGreaterThan(previous);
    previous = p.aWordStart;
    expect(p.words).toBe(p.aWordEnd - p.aWordStart);
    expect(p.words).toBeGreaterThanOrEqual(minWords);
    expect(p.aWordEnd).toBeLessThanOrEqual(ta.words.length);
    expect(p.bWordEnd).toBeLessThanOrEqual(tb.words.length);
    expect([p.aStart, p.aEnd]).toEqual([ta.starts[p.aWordStart], ta.ends[p.aWordEnd - 1]]);
    expect([p.bStart, p.bEnd]).toEqual([tb.starts[p.bWordStart], tb.ends[p.bWordEnd - 1]]);
  }
  for (const side of ["a", "b"] as const) {
    const ranges = ev.passages
      .map((p): [number, number] => (side === "a" ? [p.aWordStart, p.aWordEnd] : [p.bWordStart, p.bWordEnd]))
      .sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.[0]).toBeGreaterThanOrEqual(ranges[i - 1]?.[1] as number);
  }
}

describe("compareTexts", () => {
  const article = prose(1, 6).join("\n\n");

  it("finds one passage covering a text compared with itself", () => {
    const ev = compare(article, article);
    const words = tokenize(article).words.length;
    expect(ev).toMatchObject({ jaccard: 1, containmentAInB: 1, containmentBInA: 1 });
    expect(ev.passages).toHaveLength(1);
    expect(ev.passages[0]).toMatchObject({ aWordStart: 0, aWordEnd: words, bWordStart: 0, bWordEnd: words, words });
    expect(article.slice(ev.passages[0]?.aStart, ev.passages[0]?.aEnd)).toBe(article.replace(/\.$/, "")); // the final stop is no token
  });

  it("finds swapped paragraphs as two passages that slice out the same text", () => {
    const [first, second] = prose(2, 2) as [string, string];
    const a = `${first}\n\n${second}`;
    const b = `${second}\n\n${first}`;
    const ev = compare(a, b);
    expect(ev.passages).toHaveLength(2);
    for (const p of ev.passages) expect(folded(a.slice(p.aStart, p.aEnd))).toEqual(folded(b.slice(p.bStart, p.bEnd)));
    expect(ev.passages.map((p) => folded(a.slice(p.aStart, p.aEnd)))).toEqual([folded(first), folded(second)]);
    expectWellFormed(a, b, ev);
  });

  it("keeps paragraphs that stay together in one passage when others move", () => {
    const [p1, p2, p3, p4] = prose(3, 4) as [string, string, string, string];
    const a = [p1, p2, p3, p4].join("\n\n");
    const b = [p3, p1, p2, p4].join("\n\n");
    const ev = compare(a, b);
    expect(ev.passages.map((p) => folded(a.slice(p.aStart, p.aEnd)))).toEqual([folded(`${p1} ${p2}`), folded(p3), folded(p4)]);
    expectWellFormed(a, b, ev);
  });

  it("shows a short rewrite that keeps a third of a long text as contained in it", () => {
    const paragraphs = prose(4, 9);
    const long = paragraphs.join("\n\n");
    const kept = [paragraphs[1], paragraphs[4], paragraphs[7]].map((p) => (p as string).replace(/^(\S+ \S+ \S+) \S+/, "$1 reportedly"));
    const short = [`Officials confirmed the report on Tuesday.`, ...kept].join("\n\n");
    const ev = compare(short, long);
    expect(ev.containmentAInB).toBeGreaterThan(0.8);
    expect(ev.containmentBInA).toBeGreaterThan(0.2);
    expect(ev.containmentBInA).toBeLessThan(0.45);
    const distinctA = ev.sharedShingles / ev.containmentAInB;
    const distinctB = ev.sharedShingles / ev.containmentBInA;
    expect(ev.jaccard).toBeCloseTo(ev.sharedShingles / (distinctA + distinctB - ev.sharedShingles), 9);
    const covered = ev.passages.reduce((sum, p) => sum + p.words, 0);
    expect(covered / tokenize(short).words.length).toBeGreaterThan(0.85);
    expectWellFormed(short, long, ev);
  });

  it.each<[string, (words: string[]) => string[], number]>([
    ["a changed word", (w) => w.map((x, i) => (i === 40 ? "changed" : x)), 1],
    ["three inserted words", (w) => [...w.slice(0, 40), "and", "also", "then", ...w.slice(40)], 1],
    ["two dropped words", (w) => [...w.slice(0, 40), ...w.slice(42)], 1],
    ["three words replaced by two", (w) => [...w.slice(0, 40), "new", "words", ...w.slice(43)], 1],
    ["ten inserted words", (w) => [...w.slice(0, 40), ...Array.from({ length: 10 }, (_, i) => `extra${i}`), ...w.slice(40)], 2],
  ])("bridges small gaps: %s gives %d passage(s)", (_name, edit, count) => {
    const words = article.split(/\s+/).slice(0, 90);
    const a = words.join(" ");
    const b = edit(words).join(" ");
    const ev = compare(a, b);
    expect(ev.passages).toHaveLength(count);
    if (count === 1) expect(ev.passages[0]?.words).toBe(tokenize(a).words.length);
    expectWellFormed(a, b, ev);
  });

  it("finds nothing in unrelated texts", () => {
    const ev = compare(article, prose(99, 6).join("\n\n"));
    expect(ev.passages).toEqual([]);
    expect(ev.sharedShingles).toBe(0);
    expect(ev.jaccard).toBe(0);
  });

  it("uses one copy of a paragraph quoted twice against one quoted once", () => {
    const [quote, other] = prose(5, 2) as [string, string];
    const ev = compare(`${quote}\n\n${other}\n\n${quote}`, quote);
    expect(ev.passages).toHaveLength(1);
    expect(ev.passages[0]?.words).toBe(tokenize(quote).words.length);
  });

  it.each<[string, string, string]>([
    ["both empty", "", ""],
    ["one empty", "", "Some words here for the other side of it."],
    ["punctuation only", "... !!! ---", "... !!! ---"],
    ["shorter than a shingle", "two words", "two words"],
  ])("returns an empty result for %s", (_name, a, b) => {
    const ev = compare(a, b);
    expect(ev.passages).toEqual([]);
    if (a === "" || b === "" || a.startsWith(".")) expect(ev.jaccard).toBe(0);
  });

  it("compares texts shorter than a shingle by their one shingle", () => {
    expect(compare("two words", "Two words!").jaccard).toBe(1);
    expect(compare("two words", "Two words!", { minPassageWords: 2 }).passages).toHaveLength(1);
  });

  it("finishes 1 MB of one punctuation character or one repeated word in well under a second", () => {
    for (const [a, b] of [
      [".".repeat(1 << 20), ".".repeat(1 << 20)],
      ["word ".repeat(200_000), "word ".repeat(200_000)],
      ["word ".repeat(200_000), "word ".repeat(150_000)],
      ["the cat ".repeat(130_000), "cat the ".repeat(130_000)],
    ] as const) {
      const ta = tokenize(a);
      const tb = tokenize(b);
      const started = performance.now();
      const ev = compareTexts(ta, tb);
      expect(performance.now() - started).toBeLessThan(1000);
      if (ta.words.length > 0) expect(ev.passages.length).toBeGreaterThan(0);
    }
  });

  it("is symmetric in its scores and well formed for edited texts", () => {
    const vocabulary = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const text = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 120 });
    const inserted = fc.array(fc.constantFrom(...vocabulary), { maxLength: 15 });
    const edit = fc.record({ at: fc.nat(), drop: fc.integer({ min: 0, max: 15 }), insert: inserted });
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 4 }), (words, edits) => {
        const changed = [...words];
        for (const { at, drop, insert } of edits) changed.splice(at % (changed.length + 1), drop, ...insert);
        const a = words.join(" ");
        const b = changed.join(" ");
        const ab = compare(a, b);
        const ba = compare(b, a);
        expect(ba.jaccard).toBeCloseTo(ab.jaccard, 12);
        expect([ba.containmentAInB, ba.containmentBInA]).toEqual([ab.containmentBInA, ab.containmentAInB]);
        expectWellFormed(a, b, ab);
        const self = compare(a, a);
        if (words.length >= 8) expect(self.passages.map((p) => [p.aWordStart, p.aWordEnd, p.bWordStart])).toEqual([[0, words.length, 0]]);
      }),
      { seed: 99, numRuns: 400 },
    );
  });

  it("rejects options that are not positive integers", () => {
    expect(() => compare("a", "a", { shingleSize: 0 })).toThrow(/passage options/);
    expect(() => compare("a", "a", { maxGap: -1 })).toThrow(/passage options/);
  });

  it("gives the same evidence when one text's tokens are compared again, with another shingle size too", () => {
    const original = "The port authority said the strike would end on Monday after talks with the union leaders in the city.";
    const a = tokenize(original);
    const others = [
      "Talks with the union leaders in the city ended, and the port authority said the strike would end on Monday.",
      "A different story about the harbour altogether, with no words in common to speak of here.",
    ];
    for (const size of [4, 3, 4]) {
      for (const text of others) {
        expect(compareTexts(a, tokenize(text), { shingleSize: size })).toEqual(
          compareTexts(tokenize(original), tokenize(text), { shingleSize: size }),
        );
      }
    }
  });
});

describe("page chrome in reuse", () => {
  const notice = "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
  const side = (text: string) => relateInput({ text, published: parsePublished("2017-12-01")!, textHash: textHash(text) });
  const storm = "A snowstorm closed the airport in Erie on Tuesday and stranded hundreds of travellers overnight.";
  const coach = "The Chicago Bears fired their head coach after a losing season, the team said on Monday.";

  it("does not count a shared notice as reuse", () => {
    const [a, b] = [side(`${storm}\n${notice}`), side(`${coach}\n${notice}`)];
    expect(chromeWords(a.text!, a.tokens)?.filter((f) => f === 1)).toHaveLength(tokenize(notice).words.length);
    expect(relateTexts(a, b).kind).toBe("unrelated");
    // Without the texts, chrome is not looked for, and the notice alone makes one article look derived from the other.
    expect(relateTexts({ ...a, text: undefined }, { ...b, text: undefined }).kind).toBe("derived");
  });

  it("still finds the reuse around it, and no passage starts in it", () => {
    const text = `${storm} Flights resumed on Wednesday morning once the runways were cleared of snow and ice.`;
    const [a, b] = [side(`${text}\n${notice}`), side(`${text}\nAdvertisement\n${notice}`)];
    const r = relateTexts(a, b);
    expect(r.kind).not.toBe("unrelated");
    const last = r.evidence.passages.at(-1)!;
    expect(`${text}\n${notice}`.slice(last.aStart, last.aEnd)).toContain("snow and ice");
  });
});
