// Sentences, paragraphs and headings found on one side only, and names one side never mentions.

import { matchNames } from "../../entities/aliases/name-match.js";
import type { Finding, ReportSentence } from "../types.js";
import { nameCache, sentencesAt, type ForensicContext, type NameMention } from "./context.js";

const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

/** Unmatched sentences of one side, grouped into whole paragraphs and headings where they make one up. */
function unmatched(sentences: readonly ReportSentence[], only: readonly number[], side: "A" | "B"): Finding[] {
  const set = new Set(only);
  const out: Finding[] = [];
  const done = new Set<number>();
  const kinds = side === "A"
    ? { paragraph: "omitted-paragraph", heading: "omitted-heading", sentence: "omitted-sentence" } as const
    : { paragraph: "added-paragraph", heading: "added-heading", sentence: "added-sentence" } as const;
  const verb = side === "A" ? "only in A" : "only in B";
  const make = (kind: Finding["kind"], idx: number[], text: string, detail: string): Finding =>
    side === "A" ? { kind, from: text, to: "", detail, a: idx, b: [] } : { kind, from: "", to: text, detail, a: [], b: idx };
  for (const k of only) {
    if (done.has(k)) continue;
    const s = sentences[k]!;
    const para = sentences.filter((x) => x.paragraph === s.paragraph && !x.heading);
    if (s.heading) {
      out.push(make(kinds.heading, [k], s.text, `heading ${verb}: ${short(s.text)}`));
      done.add(k);
    } else if (para.length >= 2 && para.every((x) => set.has(x.index))) {
      const idx = para.map((x) => x.index);
      for (const i of idx) done.add(i);
      out.push(make(kinds.paragraph, idx, para.map((x) => x.text).join(" "), `paragraph ${verb} (${idx.length} sentences): ${short(para[0]!.text)}`));
    } else {
      out.push(make(kinds.sentence, [k], s.text, `sentence ${verb}: ${short(s.text)}`));
      done.add(k);
    }
  }
  return out;
}

/** People and organisations named on one side that the other side never names, in any spelling. */
function missingNames(
  from: readonly NameMention[], to: readonly NameMention[], toText: string, sentences: readonly ReportSentence[], side: "A" | "B",
  parseName: ReturnType<typeof nameCache>,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const toLower = toText.toLowerCase();
  const kept = (m: NameMention) => m.type === null || m.type === "PER" || m.type === "ORG";
  const parsedTo = to.filter(kept).map((m) => parseName(m.text, m.type ?? "PER"));
  for (const m of from) {
    if (!kept(m) || seen.has(m.text)) continue;
    seen.add(m.text);
    if (toLower.includes(m.text.toLowerCase())) continue;
    const parsed = parseName(m.text, m.type ?? "PER");
    const key = parsed.tokens.join(" ");
    if (parsedTo.some((p) => matchNames(parsed, p) !== null || p.tokens.join(" ").includes(key) || key.includes(p.tokens.join(" ")))) continue;
    const where = [...new Set(from.filter((x) => x.text === m.text).flatMap((x) => sentencesAt(sentences, x.start, x.end)))];
    const type = m.type === null ? "" : ` (${m.type})`;
    out.push(side === "A"
      ? { kind: "omitted-name", from: m.text, to: "", detail: `name only in A: ${m.text}${type}`, a: where, b: [] }
      : { kind: "added-name", from: "", to: m.text, detail: `name only in B: ${m.text}${type}`, a: [], b: where });
  }
  return out;
}

/** Omitted and added sentences, paragraphs, headings and names. */
export function structureFindings(c: ForensicContext): Finding[] {
  const parseName = nameCache();
  return [
    ...unmatched(c.sentencesA, c.onlyInA, "A"),
    ...unmatched(c.sentencesB, c.onlyInB, "B"),
    ...missingNames(c.namesA, c.namesB, c.textB, c.sentencesA, "A", parseName),
    ...missingNames(c.namesB, c.namesA, c.textA, c.sentencesB, "B", parseName),
  ];
}
