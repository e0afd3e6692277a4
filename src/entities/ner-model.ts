import type { CaseProfile } from "./case-profile.js";
import { FeatureTable, FNV_OFFSET, fnvUpdate } from "./feature-table.js";
import { emitFeatures, sentenceView, type SentenceView } from "./ner-features.js";
import { bioAllowed, viterbi } from "./viterbi.js";

/** Spellings whose own feature scores are kept; the cache is emptied when full. */
const LOCAL_CACHE_SIZE = 100_000;

/** What a trained model is made of; saved by `model-file.ts`. */
export interface NerModelData {
  /** Label names, `O` first then `B-X`/`I-X` pairs. */
  readonly labels: readonly string[];
  /** One hash per weight row (`featureHash` of the feature string). */
  readonly featureHashes: Uint32Array;
  /** `weights[row * L + label]`. */
  readonly weights: Float32Array;
  /** `(L + 1) × L` label-to-label scores; the last row scores the first label of a sentence. */
  readonly transitions: Float32Array;
  readonly caseProfile: CaseProfile;
  /** How the model was trained (data, epochs, counts, time), for reports. */
  readonly info: Readonly<Record<string, string | number>>;
}

/**
 * A linear-chain tagger over BIO labels: each token's label score is the sum of its features' weights, and the
 * best sequence is found by Viterbi under BIO constraints. Trained as an averaged structured perceptron.
 *
 * @example loadNerModel().tag(["Peter", "Blackburn", "said", "."]) // ["B-PER", "I-PER", "O", "O"]
 */
export class NerModel {
  readonly labels: readonly string[];
  readonly info: Readonly<Record<string, string | number>>;
  private readonly table: FeatureTable;
  private readonly weights: Float32Array;
  private readonly transitions: Float32Array;
  private readonly caseProfile: CaseProfile;
  private readonly allowed: boolean[][];
  /** Summed weights of each spelling's own features (see `emitFeatures`), by spelling and flags. */
  private readonly localScores = new Map<string, Float64Array>();

  constructor(data: NerModelData) {
    this.labels = data.labels;
    this.info = data.info;
    this.table = new FeatureTable(data.featureHashes);
    this.weights = data.weights;
    this.transitions = data.transitions;
    this.caseProfile = data.caseProfile;
    this.allowed = bioAllowed(data.labels);
  }

  /**
   * BIO labels for the tokens of one sentence. `view` is how the features read the sentence (headline or not); pass
   * it when already computed.
   */
  tag(words: readonly string[], view: SentenceView = sentenceView(words)): string[] {
    const L = this.labels.length;
    const emissions = new Float64Array(words.length * L);
    const { table, weights, localScores } = this;
    let base = 0;
    // A token's own features (word, affixes, shape...) are summed once per spelling and cached: news repeats words.
    let local: { key: string; scores: Float64Array } | null = null;
    const addRow = (state: number) => {
      const row = table.rowOfHash(state);
      if (row < 0) return;
      if (local !== null) for (let y = 0; y < L; y++) local.scores[y]! += weights[row * L + y]!;
      else for (let y = 0; y < L; y++) emissions[base + y]! += weights[row * L + y]!;
    };
    const addScores = (scores: Float64Array) => {
      for (let y = 0; y < L; y++) emissions[base + y]! += scores[y]!;
    };
    emitFeatures(view, { caseProfile: this.caseProfile }, {
      token(index) {
        base = index * L;
      },
      local(key) {
        const cached = localScores.get(key);
        if (cached !== undefined) {
          addScores(cached);
          return true;
        }
        local = { key, scores: new Float64Array(L) };
        return false;
      },
      localDone() {
        if (local === null) return;
        addScores(local.scores);
        if (localScores.size >= LOCAL_CACHE_SIZE) localScores.clear();
        localScores.set(local.key, local.scores);
        local = null;
      },
      add(prefix, value) {
        addRow(fnvUpdate(fnvUpdate(FNV_OFFSET, prefix), value));
      },
      pair(prefix, a, b) {
        addRow(fnvUpdate(fnvUpdate(fnvUpdate(fnvUpdate(FNV_OFFSET, prefix), a), "|"), b));
      },
    });
    return viterbi(emissions, this.transitions, words.length, L, this.allowed).map((y) => this.labels[y]!);
  }
}
