import { bandKeys } from "../sketch/band-keys.js";
import { optimalLshParams } from "../sketch/lsh-params.js";
import { createMinHasher } from "../sketch/minhash.js";
import { distinctCount, shinglesOfWordHashes, wordHashes } from "../sketch/shingle.js";
import { tokenize, wordHashesOf, type Tokens } from "../sketch/tokens.js";
import type { IndexParams } from "./index-params.js";
import type { ArticleSketch } from "./store.js";

/** Turns texts into tokens and sketches with one set of index parameters. */
export interface Sketcher {
  readonly params: IndexParams;
  /** LSH banding derived from the threshold. */
  readonly bands: number;
  readonly rows: number;
  sketch(text: string): { tokens: Tokens; sketch: ArticleSketch };
  /** The same sketch without the tokens, made without building word strings (about half the time). */
  sketchOnly(text: string): ArticleSketch;
  /** Band keys of a stored signature (for rebuilds with other bands). */
  keys(signature: Uint32Array): Uint32Array;
}

/**
 * Make a sketcher: tokens → word shingles → MinHash signature → LSH band keys.
 *
 * @example makeSketcher(defaultIndexParams).sketch("The strike hit on Friday.").sketch.bandKeys.length // 28
 */
export function makeSketcher(params: IndexParams): Sketcher {
  const hasher = createMinHasher({ numPerm: params.numPerm, seed: params.seed });
  const { bands, rows } = optimalLshParams(params.threshold, params.numPerm);
  const keys = (signature: Uint32Array) => bandKeys(signature, bands, rows);
  const fromWordHashes = (words: Uint32Array): ArticleSketch => {
    // A repeated shingle changes no slot of the signature, so the shingles need not be made distinct first.
    const shingles = shinglesOfWordHashes(words, params.shingleSize);
    const signature = hasher.signature(shingles);
    return { shingles: distinctCount(shingles), signature, bandKeys: shingles.length === 0 ? new Uint32Array(0) : keys(signature) };
  };
  return {
    params,
    bands,
    rows,
    keys,
    sketch(text) {
      const tokens = tokenize(text);
      return { tokens, sketch: fromWordHashes(wordHashes(tokens.words)) };
    },
    sketchOnly: (text) => fromWordHashes(wordHashesOf(text)),
  };
}
