import { BIO_LABELS } from "./bio-tags.js";
import { buildCaseProfile } from "./case-profile.js";
import { featureHash } from "./feature-table.js";
import type { NerModelData } from "./ner-model.js";
import { sentenceFeatures } from "./ner-features.js";
import { bioAllowed, viterbi } from "./viterbi.js";

/** One training sentence: words as written and their BIO labels. */
export interface TrainingSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/** How the structured perceptron is trained. */
export interface PerceptronTrainingOptions {
  /** Passes over the data. Default 12: on CoNLL-2003 dev (eng.testa), F1 stops improving around there. */
  readonly epochs: number;
  /** Seed of the shuffle before each pass. Default 13. */
  readonly seed: number;
  /** Averaged weights smaller than this in magnitude are dropped from the saved model. Default 0.02. */
  readonly prune: number;
  /** Called after each pass with the averaged model so far (for dev scores); optional and slow. */
  readonly onEpoch?: (epoch: number, model: () => NerModelData, mistakes: number) => void;
}

export const defaultPerceptronTrainingOptions: PerceptronTrainingOptions = { epochs: 12, seed: 13, prune: 0.02 };

/** Seeded mulberry32: the shuffle, and hence the model, is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  readonly gold: Int32Array;
  /** Feature ids of token t: `ids[offsets[t]] .. ids[offsets[t + 1]]`. */
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

/**
 * Train a linear-chain tagger as an averaged structured perceptron (Collins 2002): decode each sentence with the
 * current weights, and where the best sequence differs from the gold one, add the gold sequence's features and
 * transitions and subtract the predicted one's. The saved weights are the average over all steps (kept with the
 * usual running-sum trick), with tiny ones pruned.
 */
export function trainPerceptron(
  sentences: readonly TrainingSentence[],
  options: Partial<PerceptronTrainingOptions> = {},
): NerModelData {
  const opts = { ...defaultPerceptronTrainingOptions, ...options };
  const started = Date.now();
  const labels = BIO_LABELS;
  const L = labels.length;
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const caseProfile = buildCaseProfile(sentences.map((s) => s.words));
  const dictionary = new Map<string, number>();
  const encoded: Encoded[] = sentences.map((s) => {
    const features = sentenceFeatures(s.words, { caseProfile });
    const offsets = new Int32Array(features.length + 1);
    const ids: number[] = [];
    features.forEach((list, t) => {
      for (const f of list) {
        let id = dictionary.get(f);
        if (id === undefined) dictionary.set(f, (id = dictionary.size));
        ids.push(id);
      }
      offsets[t + 1] = ids.length;
    });
    const gold = Int32Array.from(s.tags, (tag) => labelId.get(tag) ?? 0);
    return { gold, ids: Int32Array.from(ids), offsets };
  });
  const F = dictionary.size;
  const weights = new Float32Array(F * L);
  const sums = new Float64Array(F * L);
  const trans = new Float32Array((L + 1) * L);
  const transSums = new Float64Array((L + 1) * L);
  const allowed = bioAllowed(labels);
  let step = 1;

  const update = (s: Encoded, t: number, y: number, delta: number) => {
    for (let k = s.offsets[t]!; k < s.offsets[t + 1]!; k++) {
      const at = s.ids[k]! * L + y;
      weights[at]! += delta;
      sums[at]! += step * delta;
    }
  };
  const updateTransition = (p: number, y: number, delta: number) => {
    trans[p * L + y]! += delta;
    transSums[p * L + y]! += step * delta;
  };

  const averaged = (): NerModelData => packModel(dictionary, weights, sums, trans, transSums, step, opts.prune, {
    labels, caseProfile, info: { epochs: opts.epochs, seed: opts.seed, sentences: sentences.length, features: F, seconds: Math.round((Date.now() - started) / 100) / 10 },
  });

  const rand = seededRandom(opts.seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const index of order) {
      const s = encoded[index]!;
      const n = s.gold.length;
      const emissions = new Float64Array(n * L);
      for (let t = 0; t < n; t++) {
        for (let k = s.offsets[t]!; k < s.offsets[t + 1]!; k++) {
          const base = s.ids[k]! * L;
          for (let y = 0; y < L; y++) emissions[t * L + y]! += weights[base + y]!;
        }
      }
      const predicted = viterbi(emissions, trans, n, L, allowed);
      let prevGold = L;
      let prevPred = L;
      for (let t = 0; t < n; t++) {
        const g = s.gold[t]!;
        const p = predicted[t]!;
        if (g !== p) {
          mistakes++;
          update(s, t, g, 1);
          update(s, t, p, -1);
        }
        if (g !== p || prevGold !== prevPred) {
          updateTransition(prevGold, g, 1);
          updateTransition(prevPred, p, -1);
        }
        prevGold = g;
        prevPred = p;
      }
      step++;
    }
    opts.onEpoch?.(epoch, averaged, mistakes);
  }
  return averaged();
}

/** Average, prune and pack the weights; rows whose hashes collide keep the heavier row. */
function packModel(
  dictionary: ReadonlyMap<string, number>,
  weights: Float32Array, sums: Float64Array, trans: Float32Array, transSums: Float64Array,
  steps: number, prune: number,
  rest: Pick<NerModelData, "labels" | "caseProfile" | "info">,
): NerModelData {
  const L = rest.labels.length;
  const byHash = new Map<number, { row: Float32Array; norm: number }>();
  for (const [feature, id] of dictionary) {
    const row = new Float32Array(L);
    let norm = 0;
    for (let y = 0; y < L; y++) {
      const w = weights[id * L + y]! - sums[id * L + y]! / steps;
      if (Math.abs(w) >= prune) {
        row[y] = w;
        norm += Math.abs(w);
      }
    }
    if (norm === 0) continue;
    const hash = featureHash(feature);
    const other = byHash.get(hash);
    if (other === undefined || other.norm < norm) byHash.set(hash, { row, norm });
  }
  const hashes = Uint32Array.from([...byHash.keys()].sort((a, b) => a - b));
  const packed = new Float32Array(hashes.length * L);
  hashes.forEach((hash, r) => packed.set(byHash.get(hash)!.row, r * L));
  const transitions = Float32Array.from(trans, (w, i) => w - transSums[i]! / steps);
  return { ...rest, featureHashes: hashes, weights: packed, transitions, info: { ...rest.info, kept: hashes.length } };
}
