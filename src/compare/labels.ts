import type { FindingKind } from "./types.js";

/** Headings of the finding groups, in report order, and the kinds each holds. */
export const FINDING_GROUPS: readonly { title: string; kinds: readonly FindingKind[] }[] = [
  { title: "Facts that differ (numbers, dates, places)", kinds: ["number", "date", "place"] },
  { title: "Quotes", kinds: ["quote-altered", "quote-dropped", "quote-added", "quote-kept"] },
  { title: "Attribution and hedging", kinds: ["verb-changed", "hedge-added", "hedge-removed", "attribution-moved"] },
  { title: "Name spellings", kinds: ["name-variant"] },
  {
    title: "Omissions and additions",
    kinds: [
      "omitted-name", "added-name", "omitted-title", "added-title", "omitted-modifier", "added-modifier", "omitted-heading",
      "added-heading", "omitted-paragraph", "added-paragraph", "omitted-sentence", "added-sentence",
    ],
  },
  { title: "One-off rewording", kinds: ["rewording"] },
];

/** "A3", "A3–4", "B1,5": sentence references, 1-based. */
export function refs(side: "A" | "B", idx: readonly number[]): string {
  if (idx.length === 0) return "";
  const sorted = [...idx].sort((x, y) => x - y);
  const contiguous = sorted.every((k, i) => i === 0 || k === sorted[i - 1]! + 1);
  if (contiguous && sorted.length > 1) return `${side}${sorted[0]! + 1}–${sorted[sorted.length - 1]! + 1}`;
  return `${side}${sorted.map((k) => k + 1).join(",")}`;
}
