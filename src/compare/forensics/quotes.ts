// Quotes kept, altered, dropped or added, each with its speaker.

import { describeAttribution } from "../attribution.js";
import { tokenize } from "../../sketch/tokens.js";
import type { Finding, ReportSentence } from "../types.js";
import type { ForensicContext } from "./context.js";

interface Quote {
  readonly text: string;
  readonly speaker: string | null;
  readonly sentence: number;
  readonly words: readonly string[];
}

function quotesOf(sentences: readonly ReportSentence[]): Quote[] {
  return sentences.flatMap((s) => describeAttribution(s.text).quotes.map((q) => ({
    text: q.text, speaker: q.speaker, sentence: s.index, words: tokenize(q.text).words,
  })));
}

/** Dice overlap of two word lists (as multisets). */
function dice(x: readonly string[], y: readonly string[]): number {
  if (x.length + y.length === 0) return 1;
  const left = new Map<string, number>();
  for (const w of y) left.set(w, (left.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of x) {
    const k = left.get(w) ?? 0;
    if (k > 0) {
      n++;
      left.set(w, k - 1);
    }
  }
  return (2 * n) / (x.length + y.length);
}

const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((w, k) => w === y[k]);
const who = (q: Quote) => (q.speaker ? ` (${q.speaker})` : "");

/** Options of the quote rule. */
export interface QuoteOptions {
  /** Least word overlap (Dice) for a B quote to be an altered form of an A quote. Default 0.5. */
  readonly alteredDice: number;
}

export const defaultQuoteOptions: QuoteOptions = { alteredDice: 0.5 };

/** Quotes of A matched with quotes of B: kept (same words), altered, dropped; and quotes new in B. */
export function quoteFindings(c: ForensicContext, options: Partial<QuoteOptions> = {}): Finding[] {
  const o = { ...defaultQuoteOptions, ...options };
  const qa = quotesOf(c.sentencesA);
  const qb = quotesOf(c.sentencesB);
  const used = new Set<number>();
  const out: Finding[] = [];
  for (const q of qa) {
    let best = -1;
    let bestScore = 0;
    qb.forEach((r, k) => {
      if (used.has(k)) return;
      // A quote may be cut: score the shorter against the longer's overlap as well.
      const score = Math.max(dice(q.words, r.words), same(q.words, r.words) ? 1 : 0);
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    });
    const r = best >= 0 ? qb[best]! : null;
    if (r !== null && same(q.words, r.words)) {
      used.add(best);
      const speakerNote = q.speaker !== r.speaker && r.speaker !== null && q.speaker !== null ? `; speaker ${q.speaker} → ${r.speaker}` : "";
      out.push({ kind: "quote-kept", from: q.text, to: r.text, detail: `quote kept${who(q)}: "${q.text}"${speakerNote}`, a: [q.sentence], b: [r.sentence] });
    } else if (r !== null && bestScore >= o.alteredDice) {
      used.add(best);
      out.push({ kind: "quote-altered", from: q.text, to: r.text, detail: `quote altered${who(q)}: "${q.text}" → "${r.text}"`, a: [q.sentence], b: [r.sentence] });
    } else {
      out.push({ kind: "quote-dropped", from: q.text, to: "", detail: `quote dropped${who(q)}: "${q.text}"`, a: [q.sentence], b: [] });
    }
  }
  qb.forEach((r, k) => {
    if (!used.has(k)) out.push({ kind: "quote-added", from: "", to: r.text, detail: `quote added${who(r)}: "${r.text}"`, a: [], b: [r.sentence] });
  });
  return out;
}
