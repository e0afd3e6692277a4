/** Figures for a binary decision against gold labels. */
export interface BinaryMetrics {
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Area under the ROC curve of the scores (ties count half). */
  readonly auc: number;
  readonly truePositive: number;
  readonly falsePositive: number;
  readonly trueNegative: number;
  readonly falseNegative: number;
}

/**
 * Accuracy, precision, recall, F1 and ROC AUC of predictions (`predicted`, `score`) against `gold`.
 *
 * @example binaryMetrics([{ gold: true, predicted: true, score: 0.9 }, { gold: false, predicted: false, score: 0.1 }]).f1 // 1
 */
export function binaryMetrics(items: readonly { gold: boolean; predicted: boolean; score: number }[]): BinaryMetrics {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const x of items) {
    if (x.gold && x.predicted) tp++;
    else if (!x.gold && x.predicted) fp++;
    else if (!x.gold && !x.predicted) tn++;
    else fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    accuracy: items.length === 0 ? 0 : (tp + tn) / items.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    auc: rocAuc(items),
    truePositive: tp, falsePositive: fp, trueNegative: tn, falseNegative: fn,
  };
}

/** ROC AUC by ranks (Mann–Whitney U), with tied scores given their average rank. */
export function rocAuc(items: readonly { gold: boolean; score: number }[]): number {
  const sorted = [...items].sort((x, y) => x.score - y.score);
  const positives = items.filter((x) => x.gold).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k]!.gold) rankSum += avgRank;
    i = j;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
