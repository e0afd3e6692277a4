import { InputError } from "../core/errors.js";

/** One sentence of a CoNLL file: its tokens, their gold tags as written, and where they came from. */
export interface ConllSentence {
  readonly tokens: readonly string[];
  /** The last column of each token line (IOB1 in CoNLL-2003, BIO elsewhere). */
  readonly gold: readonly string[];
  /** 0-based line number of each token in the file. */
  readonly lines: readonly number[];
  /** 0-based index of the document (`-DOCSTART-` section) the sentence is in. */
  readonly document: number;
}

/** A parsed CoNLL file: its sentences and its lines as read (for writing predictions beside them). */
export interface ConllFile {
  readonly sentences: readonly ConllSentence[];
  readonly lines: readonly string[];
}

const TAG = /^(?:O|[BI]-[A-Za-z]+)$/;

/**
 * Parse CoNLL-style text: one token a line, columns separated by spaces or tabs, the first column the token and
 * the last the NER tag; blank lines end sentences and `-DOCSTART-` lines start documents. A token line whose last
 * column is not a tag (`O`, `B-X`, `I-X`) is an {@link InputError} naming the file and line.
 *
 * @example readConll("-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nsaid VBD I-VP O\n").sentences[0]!.gold // ["I-PER", "O"]
 */
export function readConll(text: string, file = "<input>"): ConllFile {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const sentences: ConllSentence[] = [];
  let document = 0;
  let seenDocStart = false;
  let tokens: string[] = [];
  let gold: string[] = [];
  let where: number[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, gold, lines: where, document });
    tokens = [];
    gold = [];
    where = [];
  };
  lines.forEach((line, index) => {
    const columns = line.trim().split(/[ \t]+/);
    if (line.trim() === "") return flush();
    if (columns[0] === "-DOCSTART-") {
      flush();
      if (seenDocStart || sentences.length > 0) document++;
      seenDocStart = true;
      return;
    }
    const tag = columns[columns.length - 1]!;
    if (columns.length < 2 || !TAG.test(tag)) {
      throw new InputError(`expected "token ... TAG" with TAG O, B-X or I-X, got ${JSON.stringify(line.slice(0, 80))}`, { file, line: index + 1 });
    }
    tokens.push(columns[0]!);
    gold.push(tag);
    where.push(index);
  });
  flush();
  return { sentences, lines };
}

/**
 * The file's lines with one more column on each token line (the predicted tag); blank and `-DOCSTART-` lines are
 * kept as they are. `predicted[i]` holds the tags of `file.sentences[i]`.
 */
export function conllWithPredictions(file: ConllFile, predicted: readonly (readonly string[])[]): string {
  const out = [...file.lines];
  file.sentences.forEach((sentence, s) => {
    sentence.lines.forEach((line, t) => {
      out[line] = `${out[line]!.replace(/\s+$/, "")} ${predicted[s]?.[t] ?? "O"}`;
    });
  });
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
