import { WiretraceError } from "../core/errors.js";

/**
 * How much a missed pair (false negative) costs against a spurious candidate (false positive).
 *
 * @example optimalLshParams(0.5, 128, { falsePositive: 0.1, falseNegative: 0.9 }) // favours recall: 32 × 4
 */
export interface LshWeights {
  /** Weight of the false-positive area, the candidate probability below the threshold. Default 0.5. */
  readonly falsePositive: number;
  /** Weight of the false-negative area, the miss probability above the threshold. Default 0.5. */
  readonly falseNegative: number;
}

/** @example optimalLshParams(0.5, 128, defaultLshWeights) // same as optimalLshParams(0.5, 128) */
export const defaultLshWeights: LshWeights = { falsePositive: 0.5, falseNegative: 0.5 };

/**
 * A banding of a signature and its error areas (unweighted).
 *
 * @example new MemoryLshIndex<string>(optimalLshParams(0.5, 128)) // uses bands and rows
 */
export interface LshParams {
  readonly bands: number;
  readonly rows: number;
  /** ∫₀ᵗ P(candidate | s) ds: how much of the curve lies below the threshold. */
  readonly falsePositive: number;
  /** ∫ₜ¹ 1 − P(candidate | s) ds: how much is missed above the threshold. */
  readonly falseNegative: number;
}

/**
 * Simpson intervals per integral. Against 4,096 intervals the areas differ by at most 2e-6 over every banding of
 * 128 slots at thresholds 0.3–0.95, far below the gaps between neighbouring bandings' errors.
 */
const INTERVALS = 256;

/**
 * Probability that two signatures with slot agreement `s` share at least one of `bands` bands of `rows` slots:
 * 1 − (1 − s^rows)^bands, the LSH S-curve.
 *
 * @example candidateProbability(0.5, 20, 5) // ≈ 0.47
 */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}

function simpson(f: (x: number) => number, from: number, to: number): number {
  if (to <= from) return 0;
  const h = (to - from) / INTERVALS;
  let sum = f(from) + f(to);
  for (let i = 1; i < INTERVALS; i++) sum += (i % 2 === 1 ? 4 : 2) * f(from + i * h);
  return (sum * h) / 3;
}

/**
 * Error areas of one banding at a threshold: the false-positive area below `threshold` and the false-negative
 * area above it.
 *
 * @example lshErrorAreas(0.5, 20, 5).falseNegative < lshErrorAreas(0.5, 5, 20).falseNegative // true
 */
export function lshErrorAreas(threshold: number, bands: number, rows: number): LshParams {
  return {
    bands,
    rows,
    falsePositive: simpson((s) => candidateProbability(s, bands, rows), 0, threshold),
    falseNegative: simpson((s) => 1 - candidateProbability(s, bands, rows), threshold, 1),
  };
}

/** Bandings already found by {@link optimalLshParams}, by their inputs. */
const solved = new Map<string, LshParams>();

/**
 * Choose bands × rows ≤ numPerm for a Jaccard threshold by minimising the weighted false-positive and
 * false-negative areas under the S-curve, every (bands, rows) pair tried (as datasketch's MinHashLSH does; ties
 * go to fewer bands, then fewer rows). About 700 pairs for 128 slots, some 40 ms: choose once, at start-up.
 *
 * @example optimalLshParams(0.5, 128) // { bands: 25, rows: 5, falsePositive: 0.0537…, falseNegative: 0.0338… }
 * @example optimalLshParams(0.8, 128) // { bands: 9, rows: 13, … }
 */
export function optimalLshParams(
  threshold: number,
  numPerm: number,
  weights: LshWeights = defaultLshWeights,
): LshParams {
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new WiretraceError("usage", `threshold must be between 0 and 1, got ${threshold}`);
  }
  if (!Number.isInteger(numPerm) || numPerm < 1) {
    throw new WiretraceError("usage", `numPerm must be a positive integer, got ${numPerm}`);
  }
  const { falsePositive: wp, falseNegative: wn } = weights;
  if (!(wp >= 0 && wn >= 0 && wp + wn > 0 && Number.isFinite(wp + wn))) {
    throw new WiretraceError("usage", `weights must be non-negative and not both 0, got ${wp} and ${wn}`);
  }
  // The search integrates every banding (about 20 ms for 64 permutations), and each ingest asks for the same one.
  const key = `${threshold} ${numPerm} ${wp} ${wn}`;
  const known = solved.get(key);
  if (known) return known;
  let best: LshParams | null = null;
  let bestError = Infinity;
  for (let bands = 1; bands <= numPerm; bands++) {
    for (let rows = 1; rows * bands <= numPerm; rows++) {
      const areas = lshErrorAreas(threshold, bands, rows);
      const error = wp * areas.falsePositive + wn * areas.falseNegative;
      if (error < bestError) {
        bestError = error;
        best = areas;
      }
    }
  }
  solved.set(key, best as LshParams);
  return best as LshParams;
}
