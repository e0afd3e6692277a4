// Spelling and transliteration variants of one name across the two sides ("Osama al-Muhajer" ↔ "Usamah al
// Muhajir"), found among the recognised entities with the alias resolver's name matching.

import { matchNames } from "../../entities/aliases/name-match.js";
import type { Finding } from "../types.js";
import { nameCache, sentencesAt, type ForensicContext } from "./context.js";

/** Names written one way in A and another in B, where neither spelling appears on the other side. */
export function nameVariantFindings(c: ForensicContext): Finding[] {
  const parseName = nameCache();
  const out: Finding[] = [];
  const seen = new Set<string>();
  const bByText = new Map(c.entitiesB.map((m) => [m.text, m]));
  const aTexts = [...new Set(c.entitiesA.map((m) => m.text))];
  for (const x of aTexts) {
    if (c.textB.includes(x)) continue;
    const mx = c.entitiesA.find((m) => m.text === x)!;
    const px = parseName(x, mx.type);
    for (const [y, my] of bByText) {
      if (y === x || c.textA.includes(y) || seen.has(`${x}\u0000${y}`)) continue;
      const match = matchNames(px, parseName(y, my.type === mx.type ? my.type : mx.type));
      if (match === null) continue;
      seen.add(`${x}\u0000${y}`);
      const a = [...new Set(c.entitiesA.filter((m) => m.text === x).flatMap((m) => sentencesAt(c.sentencesA, m.start, m.end)))];
      const b = [...new Set(c.entitiesB.filter((m) => m.text === y).flatMap((m) => sentencesAt(c.sentencesB, m.start, m.end)))];
      out.push({ kind: "name-variant", from: x, to: y, detail: `spelling variant: ${x} ↔ ${y} (${match.detail})`, a, b });
    }
  }
  return out;
}
