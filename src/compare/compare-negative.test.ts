import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../align/sentences.js";
import { compareArticles } from "./compare.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "test", "fixtures", "compare");
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8").replace(/^\s*date \S+\n/, "");

describe("compareArticles: what it must not report", () => {
  it("finds no substitution lexicon, rewording or name variants between two independent reports of one event", () => {
    const r = compareArticles({ text: fixture("agency.txt") }, { text: fixture("independent.txt") });
    expect(r.lexicon).toEqual([]);
    const kinds = new Set(r.findings.map((f) => f.kind));
    for (const k of ["substitution", "rewording", "name-variant", "number", "date", "place", "verb-changed"] as const) expect(kinds.has(k)).toBe(false);
    expect(r.summary.same + r.summary.reworded).toBe(0);
  });

  it("reports a pure reordering as moved sentences and nothing else", () => {
    const text = fixture("agency.txt").split("\n\n").slice(1).join(" ");
    const sentences = splitSentences(text).map((s) => s.text);
    const reordered = [...sentences.slice(4), ...sentences.slice(0, 4)].join(" ");
    const r = compareArticles({ text }, { text: reordered });
    expect(r.summary.moved).toBeGreaterThan(0);
    expect([r.summary.reworded, r.summary.onlyInA, r.summary.onlyInB]).toEqual([0, 0, 0]);
    expect(r.summary.same).toBe(sentences.length);
    // Quotes survive a reordering unchanged: they are reported kept, and nothing else is found.
    expect(r.findings.filter((f) => f.kind !== "quote-kept")).toEqual([]);
    expect(r.lexicon).toEqual([]);
  });

  it("finds nothing to report between an article and itself", () => {
    const text = fixture("rewrite.txt");
    const r = compareArticles({ text }, { text });
    expect(r.findings.filter((f) => f.kind !== "quote-kept")).toEqual([]);
    expect(r.summary.moved).toBe(0);
    expect(r.summary.keptShare).toBe(1);
  });

  it("does not call a one-off rewording a substitution, nor a case change a difference", () => {
    const r = compareArticles(
      { text: "Rebels seized the airport on Monday. The army withdrew to the south." },
      { text: "Insurgents seized the airport on Monday. The Army withdrew to the south." },
    );
    expect(r.lexicon).toEqual([]);
    expect(r.findings.map((f) => [f.kind, f.from, f.to])).toEqual([["rewording", "Rebels", "Insurgents"]]);
  });

  it("does not call a substitution systematic when the old term survives in the rewrite", () => {
    const r = compareArticles(
      { text: "IS fighters seized the town on Monday. IS said it held the bridge. Residents fled the town." },
      { text: "Daesh fighters seized the town on Monday. Daesh said it held the bridge. Residents fled the IS-held town." },
    );
    expect(r.lexicon).toEqual([]);
  });

  it("handles empty and blank texts", () => {
    const r = compareArticles({ text: "" }, { text: "  \n\n " });
    expect(r.summary).toMatchObject({ sentencesA: 0, sentencesB: 0, keptShare: 0 });
    expect(r.findings).toEqual([]);
    expect(compareArticles({ text: "Rebels advanced." }, { text: "" }).findings.map((f) => f.kind)).toEqual(["omitted-sentence"]);
  });
});
