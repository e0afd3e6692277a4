// Attribution and hedging shifts inside aligned pairs: reporting verbs changed ("said → claims"), hedges added or
// removed ("reportedly"), and credit moved between a named person and an institution.

import type { Attribution } from "../attribution.js";
import type { Finding } from "../types.js";
import type { ForensicContext, PairView } from "./context.js";

const INSTITUTION = /\b(?:ministry|government|army|military|police|agency|office|council|committee|observatory|group|forces|command|authority|authorities|department|state|media|television|tv|news|statement|officials|spokesman|spokeswoman|spokesperson|sources|coalition|regime|kremlin|pentagon|white house|commission|court|parliament|embassy|organisation|organization|ngo|un|u\.n\.|nato|company|party|movement|front|brigade|brigades|union|board|service|services)\b/i;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

/** "person", "institution" or "pronoun": what kind of source a speaker phrase names. */
export function speakerKind(speaker: string): "person" | "institution" | "pronoun" {
  if (PRONOUN.test(speaker)) return "pronoun";
  return INSTITUTION.test(speaker) ? "institution" : "person";
}

const fold = (s: string) => s.toLowerCase().replace(/^(?:the|a|an)\s+/, "").replace(/[^\p{L}\p{N} ]/gu, "").trim();

function shiftsOf(p: PairView, x: Attribution, y: Attribution): Finding[] {
  const out: Finding[] = [];
  const a = [...p.a];
  const b = [...p.b];
  const vx = x.verbs.filter((v) => v !== "according to");
  const vy = y.verbs.filter((v) => v !== "according to");
  const gone = vx.filter((v) => !vy.includes(v));
  const come = vy.filter((v) => !vx.includes(v));
  if (gone.length > 0 || come.length > 0) {
    if (gone.length > 0 && come.length > 0) {
      out.push({ kind: "verb-changed", from: gone.join(", "), to: come.join(", "), detail: `reporting verb changed: ${gone.join(", ")} → ${come.join(", ")}`, a, b });
    } else if (gone.length > 0 && vy.length === 0 && y.verbs.length === 0) {
      out.push({ kind: "verb-changed", from: gone.join(", "), to: "", detail: `attribution dropped: ${gone.join(", ")}`, a, b });
    } else if (come.length > 0 && vx.length === 0 && x.verbs.length === 0) {
      out.push({ kind: "verb-changed", from: "", to: come.join(", "), detail: `attribution added: ${come.join(", ")}`, a, b });
    }
  }
  for (const h of y.hedges) if (!x.hedges.includes(h)) out.push({ kind: "hedge-added", from: "", to: h, detail: `hedge added: ${h}`, a, b });
  for (const h of x.hedges) if (!y.hedges.includes(h)) out.push({ kind: "hedge-removed", from: h, to: "", detail: `hedge removed: ${h}`, a, b });
  const sx = x.speakers.filter((s) => speakerKind(s) !== "pronoun");
  const sy = y.speakers.filter((s) => speakerKind(s) !== "pronoun");
  const fy = new Set(sy.map(fold));
  const fx = new Set(sx.map(fold));
  const lost = sx.filter((s) => !fy.has(fold(s)) && ![...fy].some((t) => t.includes(fold(s)) || fold(s).includes(t)));
  const gained = sy.filter((s) => !fx.has(fold(s)) && ![...fx].some((t) => t.includes(fold(s)) || fold(s).includes(t)));
  if (lost.length > 0 && gained.length > 0) {
    const from = lost.join(", ");
    const to = gained.join(", ");
    const kinds = `${speakerKind(lost[0]!)} → ${speakerKind(gained[0]!)}`;
    out.push({ kind: "attribution-moved", from, to, detail: `credited to ${to} instead of ${from} (${kinds})`, a, b });
  } else if (lost.length > 0 && sy.length === 0 && y.speakers.length === 0) {
    out.push({ kind: "attribution-moved", from: lost.join(", "), to: "", detail: `source no longer named: ${lost.join(", ")} (${speakerKind(lost[0]!)})`, a, b });
  } else if (gained.length > 0 && sx.length === 0 && x.speakers.length === 0) {
    out.push({ kind: "attribution-moved", from: "", to: gained.join(", "), detail: `source newly named: ${gained.join(", ")} (${speakerKind(gained[0]!)})`, a, b });
  }
  return out;
}

/** Attribution and hedging shifts across the aligned pairs. */
export function attributionFindings(c: ForensicContext): Finding[] {
  return c.pairs.flatMap((p) => shiftsOf(p, c.attribution(p.textA), c.attribution(p.textB)));
}
