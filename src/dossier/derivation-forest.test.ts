import { describe, expect, it } from "vitest";
import { articleId, type ArticleId } from "../core/types.js";
import { textHash } from "../core/text.js";
import type { StoredRelation } from "../engine/store.js";
import { relateTexts } from "../reuse/relate-texts.js";
import { tokenize } from "../sketch/tokens.js";
import { derivationForest, forestChildren, forestRoots } from "./derivation-forest.js";

// Sentences made up for these tests: each is distinct enough that shared passages come only from copying.
const AGENCY = [
  "Engineers closed the Tarrow viaduct on Wednesday after inspectors found deep cracks in two of its concrete piers.",
  "The regional roads office said the bridge would stay shut to all traffic for at least three weeks.",
  "About 40,000 vehicles cross the viaduct on a normal weekday, most of them lorries heading for the coast.",
  "Drivers were told to use the old valley road, which adds roughly half an hour to the journey.",
  "The viaduct opened in 1974 and was last strengthened during a long repair programme in the early nineties.",
  "An independent panel will decide whether the damaged piers can be repaired or must be rebuilt from the ground.",
  "Local hauliers warned that the closure would raise their fuel bills and delay deliveries to the harbour.",
  "The roads office promised daily updates on its website and a public meeting in Tarrow next Monday evening.",
];
const OWN_1 = "Shopkeepers in the valley said they had already seen queues of lorries outside their windows by lunchtime.";
const OWN_2 = "A spokeswoman for the hauliers' association called the detour unsafe for heavy vehicles at night.";
const OWN_3 = "Parents at the village school asked for a crossing guard while the diverted traffic passes the gates.";

interface Fixture { id: string; text: string; at: string }

function relations(items: readonly Fixture[]): StoredRelation[] {
  const out: StoredRelation[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const side = (f: Fixture) => ({
        tokens: tokenize(f.text), published: { kind: "datetime" as const, date: f.at.slice(0, 10), instant: f.at, offset: "Z" },
        textHash: textHash(f.text),
      });
      const relation = relateTexts(side(items[i]!), side(items[j]!));
      if (relation.kind !== "unrelated") out.push({ a: articleId(items[i]!.id), b: articleId(items[j]!.id), relation });
    }
  }
  return out;
}

const forestOf = (items: readonly Fixture[]) =>
  derivationForest(items.map((f) => ({ id: articleId(f.id), publishedAt: Date.parse(f.at) })), relations(items));

const parents = (items: readonly Fixture[]) =>
  Object.fromEntries(forestOf(items).edges.map((e) => [e.child, e.parent]));

describe("derivationForest", () => {
  const agency = { id: "agency", text: AGENCY.join(" "), at: "2024-05-01T06:00:00Z" };
  const rewrite1 = { id: "r1", text: [...AGENCY.slice(0, 6), OWN_1].join(" "), at: "2024-05-01T08:00:00Z" };
  const rewrite2 = { id: "r2", text: [...AGENCY.slice(1, 7), OWN_2].join(" "), at: "2024-05-01T10:00:00Z" };

  it("hangs two rewrites of one agency story under it, not under each other", () => {
    const items = [agency, rewrite1, rewrite2];
    // The stored relations do link the siblings, with the earlier rewrite as the source.
    expect(relations(items).some((r) => r.a === "r1" && r.b === "r2" && r.relation.kind === "derived")).toBe(true);
    const forest = forestOf(items);
    expect(forest.roots).toEqual(["agency"]);
    expect(parents(items)).toEqual({ r1: "agency", r2: "agency" });
    const r2 = forest.edges.find((e) => e.child === "r2")!;
    expect(r2.alternatives.map((a) => a.article)).toEqual(["r1"]);
  });

  it("lifts a sibling that covers more of the article but adds nothing of its own", () => {
    // r2b takes the agency's first six sentences (all of which r1 has too) and r1's own sentence is not in it.
    const r2b = { id: "r2b", text: [...AGENCY.slice(0, 6), OWN_2].join(" "), at: "2024-05-01T10:00:00Z" };
    const forest = forestOf([agency, rewrite1, r2b]);
    const edge = forest.edges.find((e) => e.child === "r2b")!;
    expect(edge.parent).toBe("agency");
    expect(edge.rules).toContain("forest/best-cover");
  });

  it("keeps a chain when the copy takes what only the intermediate has", () => {
    const copyOfRewrite = { id: "r3", text: [...AGENCY.slice(2, 6), OWN_1, OWN_3].join(" "), at: "2024-05-01T12:00:00Z" };
    const items = [agency, rewrite1, copyOfRewrite];
    expect(parents(items)).toEqual({ r1: "agency", r3: "r1" });
    const roots = forestRoots(forestOf(items));
    expect(roots.get(articleId("r3"))).toBe("agency");
    expect(forestChildren(forestOf(items)).get(articleId("r1"))!.map((e) => e.child)).toEqual(["r3"]);
  });

  it("counts an article with no reuse as its own root, and is the same whatever the input order", () => {
    const independent = { id: "indep", text: `${OWN_3} ${OWN_2}`, at: "2024-05-01T07:00:00Z" };
    const items = [rewrite2, independent, rewrite1, agency];
    const forest = forestOf(items);
    expect(forest.roots).toEqual(["agency", "indep"] as ArticleId[]);
    expect(forestOf([...items].reverse()).edges).toEqual(forest.edges);
  });

  it("uses publication order when the stored direction is undetermined, and never makes a cycle", () => {
    const same = "2024-05-01T06:00:00Z";
    const x = { id: "x", text: AGENCY.join(" "), at: same };
    const y = { id: "y", text: [...AGENCY.slice(0, 7), OWN_1].join(" "), at: same };
    const forest = forestOf([x, y]);
    expect(forest.roots).toHaveLength(1);
    expect(forest.edges).toHaveLength(1);
  });

  // Hand-made relations (b derives from a, b's words covered as given) to pin the choice rules down exactly.
  const rel = (a: string, b: string, share: number, covered: [number, number], confidence = 0.9): StoredRelation => ({
    a: articleId(a), b: articleId(b),
    relation: {
      kind: "derived", extent: share >= 0.8 ? "whole" : "partial", share, source: "a", confidence,
      evidence: {
        jaccard: 0.3, containmentAInB: 0.2, containmentBInA: share, shareOfA: 0.2, shareOfB: share, rules: ["passages/derived"],
        passages: [{ aStart: 0, aEnd: 1, bStart: 0, bEnd: 1, words: covered[1] - covered[0], aWordStart: covered[0], aWordEnd: covered[1], bWordStart: covered[0], bWordEnd: covered[1] }],
      },
    },
  });
  const at = (id: string, hour: number) => ({ id: articleId(id), publishedAt: Date.UTC(2024, 4, 1, hour) });

  it("lifts an article over a sibling that covers a little more of it but adds fewer than 8 words of its own", () => {
    const forest = derivationForest([at("agency", 6), at("r1", 8), at("r2", 10)], [
      rel("agency", "r1", 0.7, [0, 70]), rel("agency", "r2", 0.7, [0, 70]), rel("r1", "r2", 0.77, [0, 77]),
    ]);
    const r2 = forest.edges.find((e) => e.child === "r2")!;
    expect(r2.parent).toBe("agency");
    expect(r2.rules).toEqual(["passages/derived", "forest/best-cover", "forest/sibling-lifted"]);
    expect(r2.alternatives).toEqual([{ article: "r1", share: 0.77, reason: "a sibling: shares only 7 words with it beyond what their common source has" }]);
  });

  it("keeps the intermediate when it adds 8 words or more", () => {
    const forest = derivationForest([at("agency", 6), at("r1", 8), at("r2", 10)], [
      rel("agency", "r1", 0.7, [0, 70]), rel("agency", "r2", 0.7, [0, 70]), rel("r1", "r2", 0.78, [0, 78]),
    ]);
    expect(forest.edges.find((e) => e.child === "r2")!.parent).toBe("r1");
  });
});
