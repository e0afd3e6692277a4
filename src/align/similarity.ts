// Sentence similarity without neural models: a logistic regression over lexical features (word, stem, bigram and
// character-trigram overlap, word order, length, and agreement on numbers, names and negation), trained on the
// MSRP training file by scripts/train-similarity.mjs. The score is the model's probability that the two sentences
// say the same thing.

import { pairFeatures, prepareSentence, type PreparedSentence } from "./sentence-features.js";
import { predictLogistic } from "./logistic.js";
import { SIMILARITY_MODEL, SIMILARITY_THRESHOLD } from "./similarity-weights.js";

/**
 * At or above this {@link sentenceSimilarity}, two sentences are called paraphrases. Chosen by the training script
 * for accuracy on MSRP train (figures in README, Accuracy).
 */
export const PARAPHRASE_THRESHOLD: number = SIMILARITY_THRESHOLD;

/** Identical sentences (after folding) score 1 whatever the model says. */
function identical(a: PreparedSentence, b: PreparedSentence): boolean {
  if (a.words.length !== b.words.length) return false;
  for (let i = 0; i < a.words.length; i++) if (a.words[i] !== b.words[i]) return false;
  return true;
}

/**
 * Similarity of two prepared sentences, 0..1 (see {@link sentenceSimilarity}). Use it when comparing many pairs.
 *
 * @example preparedSimilarity(prepareSentence("He left."), prepareSentence("He left.")) // 1
 */
export function preparedSimilarity(a: PreparedSentence, b: PreparedSentence): number {
  if (a.words.length === 0 || b.words.length === 0) return a.words.length === b.words.length ? 1 : 0;
  if (identical(a, b)) return 1;
  return predictLogistic(SIMILARITY_MODEL, pairFeatures(a, b));
}

/**
 * How likely two sentences are to say the same thing, 0..1. Case, punctuation and diacritics are ignored;
 * identical word sequences score 1.
 *
 * @example sentenceSimilarity("IS fighters seized the town.", "Daesh fighters seized the town.") >= PARAPHRASE_THRESHOLD // true
 */
export function sentenceSimilarity(a: string, b: string): number {
  return preparedSimilarity(prepareSentence(a), prepareSentence(b));
}

export { prepareSentence, type PreparedSentence };
