import { spansFromTags, type TokenSpan } from "../entities/bio-tags.js";

/** Precision, recall and F1 on a 0–100 scale, as conlleval prints them, with the counts behind them. */
export interface PrfScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Entities in the gold tags. */
  readonly gold: number;
  /** Entities predicted. */
  readonly predicted: number;
  /** Predicted entities with exactly the gold span and type. */
  readonly correct: number;
}

/** Entity-level scores overall and per type, and token accuracy. */
export interface NerScores extends PrfScores {
  readonly byType: Readonly<Record<string, PrfScores>>;
  /** Share of tokens whose predicted tag equals the gold tag (0–100), as conlleval's "accuracy". */
  readonly accuracy: number;
  readonly tokens: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

function prf(gold: number, predicted: number, correct: number): PrfScores {
  const precision = predicted === 0 ? 0 : (100 * correct) / predicted;
  const recall = gold === 0 ? 0 : (100 * correct) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), gold, predicted, correct };
}

const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.type}`;

/**
 * Score predicted tags against gold tags sentence by sentence, as conlleval does: chunks are read from either
 * IOB1 or BIO tags, and a predicted entity counts only with exactly the gold span and type. Token accuracy
 * compares the tags as written (as conlleval does), so it is only meaningful when both use one scheme.
 *
 * @example scoreNer([{ gold: ["I-PER", "O"], predicted: ["B-PER", "O"] }]).f1 // 100
 */
export function scoreNer(sentences: readonly { readonly gold: readonly string[]; readonly predicted: readonly string[] }[]): NerScores {
  const counts = new Map<string, [gold: number, predicted: number, correct: number]>();
  const row = (type: string) => {
    let r = counts.get(type);
    if (r === undefined) counts.set(type, (r = [0, 0, 0]));
    return r;
  };
  let tokens = 0;
  let same = 0;
  for (const { gold, predicted } of sentences) {
    tokens += gold.length;
    gold.forEach((tag, i) => {
      if (tag === predicted[i]) same++;
    });
    const goldSpans = spansFromTags(gold);
    const predictedSpans = spansFromTags(predicted);
    const goldKeys = new Set(goldSpans.map(key));
    for (const s of goldSpans) row(s.type)[0]++;
    for (const s of predictedSpans) {
      const r = row(s.type);
      r[1]++;
      if (goldKeys.has(key(s))) r[2]++;
    }
  }
  const byType: Record<string, PrfScores> = {};
  let [g, p, c] = [0, 0, 0];
  for (const type of [...counts.keys()].sort()) {
    const [gold, predicted, correct] = counts.get(type)!;
    byType[type] = prf(gold, predicted, correct);
    g += gold;
    p += predicted;
    c += correct;
  }
  return { ...prf(g, p, c), byType, accuracy: tokens === 0 ? 0 : round((100 * same) / tokens), tokens };
}
