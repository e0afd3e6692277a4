import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { InputError } from "../core/errors.js";
import { parsePublished } from "../core/published.js";
import { textHash } from "../core/text.js";
import { relateInput, relateTexts } from "../reuse/relate-texts.js";
import { reuseScore, type RelationKind } from "../reuse/relation.js";
import { binaryMetrics, type BinaryMetrics } from "./binary-metrics.js";

const LABELS = ["cut", "light", "heavy", "non", "derived", "non-derived"] as const;
export type ReuseLabel = (typeof LABELS)[number];
const isDerivedLabel = (label: ReuseLabel) => label !== "non" && label !== "non-derived";

export interface LabelledPair {
  readonly a: string;
  readonly b: string;
  readonly label: ReuseLabel;
}

/** One prediction, in input order: the format independent scorers read. */
export interface ReusePrediction {
  readonly index: number;
  readonly label: "derived" | "non-derived";
  readonly score: number;
  readonly kind: RelationKind;
}

export interface ReuseEvaluation {
  readonly metrics: BinaryMetrics;
  /** Per gold label: how many pairs, and how many were predicted derived. */
  readonly byLabel: Readonly<Record<string, { pairs: number; predictedDerived: number }>>;
  readonly predictions: readonly ReusePrediction[];
}

/**
 * Read `{"a", "b", "label"}` lines. A bad line is an error naming the file, line and field.
 */
export async function readReusePairs(file: string): Promise<LabelledPair[]> {
  const pairs: LabelledPair[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === "") continue;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new InputError(`invalid JSON: ${(error as Error).message}`, { file, line });
    }
    for (const field of ["a", "b"] as const) {
      if (typeof value[field] !== "string") throw new InputError("expected a string", { file, line, field });
    }
    if (!(LABELS as readonly unknown[]).includes(value["label"])) {
      throw new InputError(`expected one of ${LABELS.join(", ")}`, { file, line, field: "label" });
    }
    pairs.push({ a: value["a"] as string, b: value["b"] as string, label: value["label"] as ReuseLabel });
  }
  return pairs;
}

const UNDATED = parsePublished("2000-01-01")!;

/**
 * Relate each pair (no dates: direction is not judged) and score "derived" (cut, light, heavy, derived) against
 * "non-derived" (non, non-derived): accuracy, F1, ROC AUC and a per-label table.
 */
export function evaluateReuse(pairs: readonly LabelledPair[], shingleSize: number): ReuseEvaluation {
  const byLabel: Record<string, { pairs: number; predictedDerived: number }> = {};
  const predictions: ReusePrediction[] = [];
  const items = pairs.map((pair, index) => {
    const side = (text: string) => relateInput({ text, published: UNDATED, textHash: textHash(text) });
    const relation = relateTexts(side(pair.a), side(pair.b), { passages: { shingleSize } });
    const predicted = relation.kind !== "unrelated";
    const score = reuseScore(relation);
    predictions.push({ index, label: predicted ? "derived" : "non-derived", score: Number(score.toFixed(6)), kind: relation.kind });
    const row = (byLabel[pair.label] ??= { pairs: 0, predictedDerived: 0 });
    row.pairs++;
    if (predicted) row.predictedDerived++;
    return { gold: isDerivedLabel(pair.label), predicted, score };
  });
  return { metrics: binaryMetrics(items), byLabel, predictions };
}
