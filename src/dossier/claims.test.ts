import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareSentence } from "../align/similarity.js";
import { articleId, type ArticleId } from "../core/types.js";
import { candidatePairs } from "./claim-candidates.js";
import { storyClaims, type ClaimArticle } from "./claims.js";
import { defaultDossierOptions } from "./options.js";
import type { DerivationEdge, DerivationForest } from "./types.js";

const AGENCY_TEXT = [
  "Engineers closed the Tarrow viaduct on Wednesday after inspectors found deep cracks in two of its concrete piers.",
  "About 40,000 vehicles cross the viaduct on a normal weekday, most of them lorries heading for the coast.",
  "An independent panel will decide whether the damaged piers can be repaired or must be rebuilt.",
].join(" ");

const article = (id: string, outlet: string, text: string, hour: number): ClaimArticle => ({
  id: articleId(id), outlet, text, publishedAt: Date.UTC(2024, 4, 1, hour), anchor: { date: "2024-05-01" },
});

const edge = (parent: ArticleId, child: ArticleId): DerivationEdge => ({
  parent, child, kind: "derived", extent: "whole", share: 1, containment: 1, confidence: 0.9, rules: [], alternatives: [],
});

describe("storyClaims", () => {
  const agency = article("agency", "Agency", AGENCY_TEXT, 6);
  const copies = Array.from({ length: 10 }, (_, i) => article(`copy-${i}`, `Outlet ${i}`, AGENCY_TEXT, 7 + i));
  const forest: DerivationForest = { roots: [agency.id], edges: copies.map((c) => edge(agency.id, c.id)) };

  it("counts a claim repeated by ten outlets that all derive from one agency story once, and says so", () => {
    const claims = storyClaims([agency, ...copies], forest);
    expect(claims).toHaveLength(3);
    for (const c of claims) {
      expect(c.carriers).toHaveLength(11);
      expect(c.independentSources).toEqual(["agency"]);
      expect(c.singleSource).toBe(true);
      expect(c.corroboration).toBe("single source: 11 outlets, all resting on Agency's report, counts once");
      expect(c.carriers.slice(1).every((k) => k.how === "verbatim" && k.from === "agency" && k.origin === "agency")).toBe(true);
    }
  });

  it("counts an independent report of the same fact as a second source", () => {
    const own = article("own", "Own Reporter",
      "Engineers shut the Tarrow viaduct on Wednesday after inspectors found deep cracks in two concrete piers. Traffic was diverted through the valley.", 9);
    const claims = storyClaims([agency, ...copies, own], { ...forest, roots: [agency.id, own.id] });
    const closed = claims[0]!;
    expect(closed.text).toMatch(/^Engineers closed the Tarrow viaduct/);
    expect(closed.independentSources).toEqual(["agency", "own"]);
    expect(closed.corroboration).toBe("2 independent reports (Agency, Own Reporter); 12 outlets in all");
    expect(closed.carriers.find((k) => k.article === "own")!.how).toBe("own");
    expect(claims.find((c) => c.text.startsWith("Traffic was diverted"))!.corroboration).toBe("single source: only Own Reporter");
  });

  it("makes no claim of a site's notices, however many articles carry them", () => {
    const notice = "Copyright 2024 Example Wire. All rights reserved. Transcripts are produced on a deadline and may change.";
    const withNotice = [agency, ...copies].map((a) => ({ ...a, text: `${a.text}\nAdvertisement\n${notice}` }));
    const claims = storyClaims(withNotice, forest);
    expect(claims.map((c) => c.text)).toEqual(storyClaims([agency, ...copies], forest).map((c) => c.text));
  });

  it("never puts two sentences of one article in one claim", () => {
    const twice = article("twice", "Twice", `${AGENCY_TEXT} ${AGENCY_TEXT.split(". ")[0]}.`, 8);
    const claims = storyClaims([agency, twice], { roots: [agency.id], edges: [edge(agency.id, twice.id)] });
    for (const c of claims) expect(new Set(c.carriers.map((k) => k.article)).size).toBe(c.carriers.length);
  });
});

describe("candidatePairs", () => {
  const o = defaultDossierOptions;
  const noise = (i: number) =>
    `The council reviewed report number ${i} on the harbour budget and the ferry timetable for district ${i % 7} this week.`;

  it("finds a reworded sentence among many look-alikes", () => {
    const texts = [
      "Engineers closed the Tarrow viaduct after inspectors found deep cracks in its concrete piers.",
      ...Array.from({ length: 300 }, (_, i) => noise(i)),
      "Inspectors found deep cracks in the concrete piers of the Tarrow viaduct, so engineers closed it.",
    ];
    const nodes = texts.map((t, i) => ({ article: articleId(`a${i}`), prepared: prepareSentence(t) }));
    const pairs = candidatePairs(nodes, o);
    expect(pairs).toContainEqual([0, texts.length - 1]);
    expect(pairs.length).toBeLessThanOrEqual(nodes.length * o.maxCandidatesPerSentence);
  });

  it("is bounded per sentence, pairs only different articles, and never repeats a pair (property)", () => {
    const words = ["harbour", "ferry", "budget", "council", "bridge", "cracks", "piers", "storm", "lake", "island"];
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat(5), fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 8 })), { minLength: 2, maxLength: 80 }),
      fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 40 }),
      (rows, maxCandidatesPerSentence, maxPosting) => {
        const nodes = rows.map(([a, ws]) => ({ article: articleId(`a${a}`), prepared: prepareSentence(`${ws.join(" ")}.`) }));
        const pairs = candidatePairs(nodes, { ...o, maxCandidatesPerSentence, maxPosting });
        const seen = new Set(pairs.map(([x, y]) => `${x}:${y}`));
        expect(seen.size).toBe(pairs.length);
        expect(pairs.length).toBeLessThanOrEqual(nodes.length * maxCandidatesPerSentence);
        for (const [x, y] of pairs) {
          expect(x).toBeLessThan(y);
          expect(nodes[x]!.article).not.toBe(nodes[y]!.article);
        }
      },
    ), { numRuns: 100 });
  });
});
