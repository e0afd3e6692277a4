import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { conllWithPredictions } from "../../entities/conll-reader.js";
import { createRecogniser } from "../../entities/recogniser.js";
import { evaluateNer, readConllFile } from "../../eval/ner-eval.js";
import { print, printJson, type CliIo } from "../io.js";

const pct = (x: number) => x.toFixed(2).padStart(6);

/**
 * `wiretrace eval ner FILE`: tag a CoNLL-2003 file's tokens and score entities as conlleval does (exact span and
 * type), overall and per type, on a 0–100 scale.
 */
export function evalNerCommand(evalCmd: Command, io: CliIo): void {
  evalCmd
    .command("ner")
    .description("score named-entity recognition on a CoNLL-2003 file (token ... TAG, IOB1 or BIO): entity precision, recall and F1 as conlleval computes them, 0-100")
    .argument("<file>", "CoNLL file, e.g. ../shared/data/conll2003_en/eng.testa")
    .option("--json", "print {precision, recall, f1, byType: {LOC: {...}, ...}, ...}, scores on a 0-100 scale")
    .option("--predictions <file>", "write the input lines with the predicted tag appended as a last column (in the input's scheme: IOB1 for CoNLL-2003)")
    .option("--no-rules", "score the tagger alone, without the rules (gazetteer, particles, given names, titles, surnames)")
    .action(async (file: string, flags: { json?: boolean; predictions?: string; rules: boolean }) => {
      const conll = await readConllFile(resolve(io.cwd, file));
      const recogniser = createRecogniser(flags.rules ? {} : { refiners: [], documentRefiners: [] });
      const result = evaluateNer(conll, recogniser);
      if (flags.predictions) await writeFile(resolve(io.cwd, flags.predictions), conllWithPredictions(conll, result.predicted));
      const s = result.scores;
      if (flags.json) {
        return printJson(io, {
          precision: s.precision, recall: s.recall, f1: s.f1, scale: "0-100",
          gold: s.gold, predicted: s.predicted, correct: s.correct, accuracy: s.accuracy,
          tokens: s.tokens, sentences: result.sentences, scheme: result.scheme, millis: Math.round(result.millis), byType: s.byType,
        });
      }
      print(io, `processed ${s.tokens} tokens with ${s.gold} phrases; found: ${s.predicted} phrases; correct: ${s.correct}.`);
      print(io, `accuracy: ${pct(s.accuracy)}%; precision: ${pct(s.precision)}%; recall: ${pct(s.recall)}%; FB1: ${pct(s.f1)}`);
      for (const [type, r] of Object.entries(s.byType)) {
        print(io, `${type.padStart(17)}: precision: ${pct(r.precision)}%; recall: ${pct(r.recall)}%; FB1: ${pct(r.f1)}  ${r.predicted}`);
      }
      print(io, `(${result.sentences} sentences tagged in ${(result.millis / 1000).toFixed(1)}s${flags.rules ? "" : ", tagger alone"})`);
    });
}
