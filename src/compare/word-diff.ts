import { diffHunks } from "../entities/aliases/learn-swaps.js";
import type { DiffOp } from "./types.js";

/** A word as written (split at white space) and its key for matching: folded, punctuation aside. */
export interface DiffWord {
  readonly text: string;
  readonly key: string;
}

/** The words of a text for diffing. */
export function diffWords(text: string): DiffWord[] {
  return text.split(/\s+/).filter((w) => w.length > 0).map((w) => {
    const folded = foldKey(w);
    return { text: w, key: folded.length > 0 ? folded : w };
  });
}

/** A word folded as the tokenizer folds it (lower case, no diacritics, `U.S.` = `us`, hyphens as spaces), cheaply. */
function foldKey(word: string): string {
  const plainWord = /^[A-Za-z0-9]+/.exec(word)?.[0];
  if (plainWord !== undefined && /^[,.;:!?"')\]]*$/.test(word.slice(plainWord.length))) return plainWord.toLowerCase();
  const lower = word.toLowerCase();
  const plain = /^[a-z0-9]+$/.test(lower) ? lower : lower.normalize("NFKD").replace(/\p{M}/gu, "");
  return plain.replace(/(?<=\p{L})\.(?=\p{L})|\.$(?<=\p{L}\.(?:\p{L}\.)+)/gu, "").replace(/[’ʼ‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, " ").replace(/^'+|'+$/g, "").trim();
}

/**
 * A word-level diff of two sentences: runs of equal words (compared folded, so case and punctuation alone do not
 * count), deletions, insertions and replacements, as written.
 *
 * @example wordDiff("IS fighters seized it.", "Daesh fighters seized it.")
 * // [{ op: "replace", a: "IS", b: "Daesh" }, { op: "equal", a: "fighters seized it.", b: "fighters seized it." }]
 */
export function wordDiff(a: string, b: string): DiffOp[] {
  const wa = diffWords(a);
  const wb = diffWords(b);
  const { hunks } = diffHunks(wa.map((w) => w.key), wb.map((w) => w.key));
  const ops: DiffOp[] = [];
  const span = (ws: readonly DiffWord[], s: number, e: number) => ws.slice(s, e).map((w) => w.text).join(" ");
  let i = 0;
  let j = 0;
  for (const h of [...hunks, { aStart: wa.length, aEnd: wa.length, bStart: wb.length, bEnd: wb.length }]) {
    if (h.aStart > i) ops.push({ op: "equal", a: span(wa, i, h.aStart), b: span(wb, j, h.bStart) });
    const da = span(wa, h.aStart, h.aEnd);
    const db = span(wb, h.bStart, h.bEnd);
    if (da || db) ops.push({ op: da && db ? "replace" : da ? "delete" : "insert", a: da, b: db });
    i = h.aEnd;
    j = h.bEnd;
  }
  return ops;
}
