// Quotes kept, altered, dropped or added, each with its speaker. Quotes are found per paragraph, so a quote that
// runs over several sentences is one quote; its speaker is the one credited in the sentence where it ends, and a
// pronoun ("she said") is resolved to the last named speaker before it in the paragraph or the one before.

import { findQuotes } from "../attribution.js";
import { tokenize } from "../../sketch/tokens.js";
import type { Finding, ReportSentence } from "../types.js";
import type { ForensicContext } from "./context.js";
import { speakerKind } from "./attribution-shifts.js";

interface Quote {
  readonly text: string;
  readonly speaker: string | null;
  readonly sentences: number[];
  readonly words: readonly string[];
}

function quotesOf(text: string, sentences: readonly ReportSentence[], describe: ForensicContext["attribution"]): Quote[] {
  const out: Quote[] = [];
  const speakerOf = new Map<number, string | null>();
  const named = (k: number): string | null => {
    if (!speakerOf.has(k)) speakerOf.set(k, describe(sentences[k]!.text).speakers.find((s) => speakerKind(s) !== "pronoun") ?? null);
    return speakerOf.get(k)!;
  };
  const paragraphs = new Map<number, ReportSentence[]>();
  for (const s of sentences) {
    const list = paragraphs.get(s.paragraph);
    if (list) list.push(s);
    else paragraphs.set(s.paragraph, [s]);
  }
  for (const para of paragraphs.values()) {
    const start = para[0]!.start;
    const body = text.slice(start, para[para.length - 1]!.end);
    for (const q of findQuotes(body)) {
      const qs = start + q.start;
      const qe = start + q.end;
      const covered = para.filter((s) => qs < s.end && qe > s.start).map((s) => s.index);
      if (covered.length === 0) continue;
      const last = covered[covered.length - 1]!;
      const own = describe(sentences[last]!.text).speakers[0] ?? null;
      let speaker = own;
      if (speaker === null || speakerKind(speaker) === "pronoun") {
        // The quote's own sentence names no one: look back for the last named speaker, near enough to be the one.
        for (let k = last; k >= 0 && k >= last - 3; k--) {
          const s = named(k);
          if (s !== null) {
            speaker = s;
            break;
          }
        }
      }
      out.push({ text: q.text, speaker, sentences: covered, words: tokenize(q.text).words });
    }
  }
  return out;
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
  const qa = quotesOf(c.textA, c.sentencesA, c.attribution);
  const qb = quotesOf(c.textB, c.sentencesB, c.attribution);
  const used = new Set<number>();
  const out: Finding[] = [];
  for (const q of qa) {
    let best = -1;
    let bestScore = 0;
    qb.forEach((r, k) => {
      if (used.has(k)) return;
      const score = same(q.words, r.words) ? 1.01 : dice(q.words, r.words);
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    });
    const r = best >= 0 ? qb[best]! : null;
    if (r !== null && bestScore > 1) {
      used.add(best);
      const speakerNote = q.speaker !== r.speaker && r.speaker !== null && q.speaker !== null ? `; speaker ${q.speaker} → ${r.speaker}` : "";
      out.push({ kind: "quote-kept", from: q.text, to: r.text, detail: `quote kept${who(q)}: "${q.text}"${speakerNote}`, a: q.sentences, b: r.sentences });
    } else if (r !== null && bestScore >= o.alteredDice) {
      used.add(best);
      const speakerNote = q.speaker !== r.speaker && r.speaker !== null && q.speaker !== null ? `; speaker ${q.speaker} → ${r.speaker}` : "";
      out.push({ kind: "quote-altered", from: q.text, to: r.text, detail: `quote altered${who(q)}: "${q.text}" → "${r.text}"${speakerNote}`, a: q.sentences, b: r.sentences });
    } else {
      out.push({ kind: "quote-dropped", from: q.text, to: "", detail: `quote dropped${who(q)}: "${q.text}"`, a: q.sentences, b: [] });
    }
  }
  qb.forEach((r, k) => {
    if (!used.has(k)) out.push({ kind: "quote-added", from: "", to: r.text, detail: `quote added${who(r)}: "${r.text}"`, a: [], b: r.sentences });
  });
  return out;
}
