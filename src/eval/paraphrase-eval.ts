// Paraphrase evaluation on MSRP-format files, and the STS benchmark reader used to tune the sentence similarity.

import { readFile } from "node:fs/promises";
import { InputError } from "../core/errors.js";
import { PARAPHRASE_THRESHOLD, prepareSentence, preparedSimilarity } from "../align/similarity.js";
import { binaryMetrics, type BinaryMetrics } from "./binary-metrics.js";

/** One labelled sentence pair of an MSRP-format file. */
export interface ParaphrasePair {
  readonly label: boolean;
  readonly idA: string;
  readonly idB: string;
  readonly a: string;
  readonly b: string;
}

/**
 * Parse MSRP-format text: a header line, then tab-separated `Quality, #1 ID, #2 ID, #1 String, #2 String`, with
 * Quality 1 for a paraphrase and 0 otherwise. A BOM and CRLF line ends are accepted. A bad line is an
 * {@link InputError} naming the file, line and field.
 *
 * @example parseMsrp("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tA cat.\tA cat.\n", "x.txt")[0].label // true
 */
export function parseMsrp(text: string, file: string): ParaphrasePair[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!/^Quality\t/i.test(lines[0] ?? "")) {
    throw new InputError("expected the MSRP header line (Quality, #1 ID, #2 ID, #1 String, #2 String)", { file, line: 1 });
  }
  const pairs: ParaphrasePair[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const cols = line.split("\t");
    if (cols.length < 5) throw new InputError(`expected 5 tab-separated columns, got ${cols.length}`, { file, line: i + 1 });
    const q = cols[0]!.trim();
    if (q !== "0" && q !== "1") throw new InputError(`expected 0 or 1, got ${JSON.stringify(q)}`, { file, line: i + 1, field: "Quality" });
    pairs.push({ label: q === "1", idA: cols[1]!, idB: cols[2]!, a: cols[3]!, b: cols.slice(4).join("\t") });
  }
  if (pairs.length === 0) throw new InputError("no sentence pairs", { file });
  return pairs;
}

/** Read an MSRP-format file (see {@link parseMsrp}). */
export async function readMsrp(file: string): Promise<ParaphrasePair[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file });
  }
  return parseMsrp(text, file);
}

/** The figures of a paraphrase evaluation, and the scores in input order. */
export interface ParaphraseEvaluation {
  readonly metrics: BinaryMetrics;
  readonly threshold: number;
  readonly scores: readonly number[];
}

/**
 * Score each pair with the sentence similarity and decide at `threshold` (default {@link PARAPHRASE_THRESHOLD}).
 *
 * @example evaluateParaphrase([{ label: true, idA: "1", idB: "2", a: "A cat.", b: "A cat." }]).metrics.accuracy // 1
 */
export function evaluateParaphrase(pairs: readonly ParaphrasePair[], threshold = PARAPHRASE_THRESHOLD): ParaphraseEvaluation {
  const scores = pairs.map((p) => preparedSimilarity(prepareSentence(p.a), prepareSentence(p.b)));
  const metrics = binaryMetrics(pairs.map((p, i) => ({ gold: p.label, predicted: scores[i]! >= threshold, score: scores[i]! })));
  return { metrics, threshold, scores };
}

/** One pair of the STS benchmark: genre, gold similarity 0–5 and the two sentences. */
export interface StsPair {
  readonly genre: string;
  readonly score: number;
  readonly a: string;
  readonly b: string;
}

/** Parse an STS benchmark file (tab-separated: genre, file, year, id, score, sentence 1, sentence 2, …). */
export function parseSts(text: string, file: string): StsPair[] {
  const out: StsPair[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const cols = line.split("\t");
    const score = Number(cols[4]);
    if (cols.length < 7 || !Number.isFinite(score)) throw new InputError("expected genre, file, year, id, score, sentence 1, sentence 2", { file, line: i + 1 });
    out.push({ genre: cols[0]!, score, a: cols[5]!, b: cols[6]! });
  });
  return out;
}

/** Pearson correlation of two equally long series. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
