import { readFile } from "node:fs/promises";
import { bioToIob1, isIob1, tagsFromSpans } from "../entities/bio-tags.js";
import { readConll, type ConllFile } from "../entities/conll-reader.js";
import type { Recogniser } from "../entities/recogniser.js";
import { scoreNer, type NerScores } from "./ner-metrics.js";

/** Scores on a CoNLL file, and the predicted tags of each sentence in file order. */
export interface NerEvaluation {
  readonly scores: NerScores;
  /** Predicted tags, in the gold file's scheme (IOB1 for CoNLL-2003, else BIO), so that conlleval can re-score them. */
  readonly predicted: readonly (readonly string[])[];
  readonly scheme: "IOB1" | "BIO";
  readonly sentences: number;
  /** Wall-clock milliseconds spent tagging (model and rules), not reading. */
  readonly millis: number;
}

/**
 * Tag each sentence's given tokens (model and rules, no re-tokenising; document rules see each `-DOCSTART-`
 * document) and score against the gold tags as conlleval does. Predictions are written in the gold's scheme, so
 * token accuracy compares like with like.
 */
export function evaluateNer(file: ConllFile, recogniser: Recogniser): NerEvaluation {
  const started = performance.now();
  const bio: string[][] = [];
  for (let i = 0; i < file.sentences.length; ) {
    let j = i;
    while (j < file.sentences.length && file.sentences[j]!.document === file.sentences[i]!.document) j++;
    const document = file.sentences.slice(i, j);
    recogniser.recogniseSentences(document.map((s) => s.tokens)).forEach((entities, k) => {
      bio.push(tagsFromSpans(document[k]!.tokens.length, entities));
    });
    i = j;
  }
  const millis = performance.now() - started;
  const scheme = isIob1(file.sentences.map((s) => s.gold)) ? "IOB1" : "BIO";
  const predicted = scheme === "IOB1" ? bio.map(bioToIob1) : bio;
  const scores = scoreNer(file.sentences.map((s, i) => ({ gold: s.gold, predicted: predicted[i]! })));
  return { scores, predicted, scheme, sentences: file.sentences.length, millis };
}

/** Read a CoNLL file from disk; errors name the file and line. */
export async function readConllFile(path: string): Promise<ConllFile> {
  return readConll(await readFile(path, "utf8"), path);
}
