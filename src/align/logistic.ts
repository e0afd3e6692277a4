// A small logistic regression: the learned part of the sentence similarity. Training is batch gradient descent on
// standardised features with L2 regularisation; the weights returned apply to raw features (the standardisation
// is folded in), so prediction is one dot product.

/** A trained linear model: `P(paraphrase) = sigmoid(bias + Σ weights[i]·x[i])`. */
export interface LinearModel {
  readonly bias: number;
  readonly weights: readonly number[];
}

/** Options of {@link trainLogistic}. */
export interface LogisticOptions {
  /** Gradient steps. Default 3000. */
  readonly iterations: number;
  /** Step size on standardised features. Default 0.5. */
  readonly learningRate: number;
  /** L2 penalty per example. Default 1e-4. */
  readonly l2: number;
}

export const defaultLogisticOptions: LogisticOptions = { iterations: 3000, learningRate: 0.5, l2: 1e-4 };

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The probability a linear model gives a feature vector.
 *
 * @example predictLogistic({ bias: 0, weights: [1] }, [0]) // 0.5
 */
export function predictLogistic(model: LinearModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i]! * (x[i] ?? 0);
  return sigmoid(z);
}

/**
 * Fit a logistic regression to feature vectors and 0/1 labels. Deterministic: the same data give the same model.
 *
 * @example trainLogistic([[0], [1]], [0, 1]).weights[0] > 0 // true
 */
export function trainLogistic(xs: readonly (readonly number[])[], ys: readonly number[], options: Partial<LogisticOptions> = {}): LinearModel {
  const o = { ...defaultLogisticOptions, ...options };
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  if (n === 0 || ys.length !== n) throw new RangeError(`trainLogistic: ${n} examples and ${ys.length} labels`);
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j]! += x[j]! / n;
  for (const x of xs) for (let j = 0; j < d; j++) sd[j]! += (x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  const z = xs.map((x) => Float64Array.from(x, (v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Float64Array(d);
  let b = 0;
  const grad = new Float64Array(d);
  for (let it = 0; it < o.iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * zi[j]!;
      const err = sigmoid(s) - ys[i]!;
      gb += err;
      for (let j = 0; j < d; j++) grad[j]! += err * zi[j]!;
    }
    b -= (o.learningRate * gb) / n;
    for (let j = 0; j < d; j++) w[j]! -= o.learningRate * (grad[j]! / n + o.l2 * w[j]!);
  }
  const weights = Array.from(w, (wj, j) => wj / sd[j]!);
  const bias = b - weights.reduce((s, wj, j) => s + wj * mean[j]!, 0);
  return { bias, weights };
}
