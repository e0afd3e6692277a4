import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { evaluateParaphrase, readMsrp } from "../../eval/paraphrase-eval.js";
import { print, printJson, type CliIo } from "../io.js";

/** `wiretrace eval paraphrase FILE`: accuracy and F1 of the sentence similarity on MSRP-format pairs. */
export function evalParaphraseCommand(evalCmd: Command, io: CliIo): void {
  evalCmd
    .command("paraphrase")
    .description("score the sentence similarity as a paraphrase detector on an MSRP-format file (Quality, #1 ID, #2 ID, #1 String, #2 String)")
    .argument("<file>", "MSRP-format file")
    .option("--predictions <file>", 'write {"index", "label", "score"} per pair, in input order (label 1 = paraphrase)')
    .option("--json", "print {accuracy, f1, precision, recall, auc, pairs, threshold}")
    .action(async (file: string, flags: { predictions?: string; json?: boolean }) => {
      const pairs = await readMsrp(resolve(io.cwd, file));
      const { metrics: m, threshold, scores } = evaluateParaphrase(pairs);
      if (flags.predictions) {
        const lines = scores.map((score, index) => `${JSON.stringify({ index, label: score >= threshold ? 1 : 0, score: Math.round(score * 1e6) / 1e6 })}\n`);
        await writeFile(resolve(io.cwd, flags.predictions), lines.join(""));
      }
      if (flags.json) {
        return printJson(io, { accuracy: m.accuracy, f1: m.f1, precision: m.precision, recall: m.recall, auc: m.auc, pairs: pairs.length, threshold });
      }
      const pct = (x: number) => (100 * x).toFixed(2);
      print(io, `${pairs.length} pairs (${m.truePositive + m.falseNegative} paraphrases): accuracy ${pct(m.accuracy)}%, F1 ${pct(m.f1)} (precision ${pct(m.precision)}, recall ${pct(m.recall)}), ROC AUC ${m.auc.toFixed(3)}; threshold ${threshold}`);
    });
}
