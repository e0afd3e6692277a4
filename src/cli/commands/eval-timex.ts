import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { evaluateTimex } from "../../eval/timex-eval.js";
import type { TimexScores } from "../../eval/timex-score.js";
import { print, printJson, type CliIo } from "../io.js";

/** A percentage as printed: two decimals, as the TempEval-3 reference scorer prints it. */
const pct = (x: number): string => (100 * x).toFixed(2);
/** A fraction at the printed precision (the percentage's two decimals). */
const fraction = (x: number): number => Number((Number(pct(x)) / 100).toFixed(4));

/** The scores as JSON: fractions at the printed precision, and the raw counts. */
function scoresJson(s: TimexScores) {
  return {
    strictPrecision: fraction(s.strictPrecision), strictRecall: fraction(s.strictRecall), strictF1: fraction(s.strictF1),
    relaxedPrecision: fraction(s.relaxedPrecision), relaxedRecall: fraction(s.relaxedRecall), relaxedF1: fraction(s.relaxedF1),
    valueF1: fraction(s.valueF1), valueAccuracy: fraction(s.valueAccuracy), typeF1: fraction(s.typeF1),
    typeAccuracy: fraction(s.typeAccuracy), counts: s.counts,
  };
}

const row = (name: string, s: TimexScores): string =>
  `${name.padEnd(12)} ${pct(s.strictPrecision).padStart(6)} ${pct(s.strictRecall).padStart(6)} ${pct(s.strictF1).padStart(6)}   ` +
  `${pct(s.relaxedPrecision).padStart(6)} ${pct(s.relaxedRecall).padStart(6)} ${pct(s.relaxedF1).padStart(6)}   ` +
  `${pct(s.valueF1).padStart(6)} ${pct(s.typeF1).padStart(6)}`;

/** `wiretrace eval timex DIR...`: TempEval-3 scores of wiretrace and of plain chrono-node on TimeML folders. */
export function evalTimexCommand(evalCmd: Command, io: CliIo): void {
  evalCmd
    .command("timex")
    .description("score time expressions (TempEval-3: strict and relaxed extraction, value and type F1) on TimeML .tml folders, with plain chrono-node as the baseline")
    .argument("<dirs...>", "folders searched recursively for .tml files")
    .option("--predictions <file>", 'write wiretrace\'s spans as JSONL {"file", "start", "end", "type", "value", "text"} (code point offsets into <TEXT>)')
    .option("--json", "print {strictF1, relaxedF1, valueF1, ..., chrono: {...}} (fractions)")
    .action(async (dirs: string[], flags: { predictions?: string; json?: boolean }) => {
      const result = await evaluateTimex(dirs.map((d) => resolve(io.cwd, d)));
      if (flags.predictions) {
        await writeFile(resolve(io.cwd, flags.predictions), result.predictions.map((p) => `${JSON.stringify(p)}\n`).join(""));
      }
      if (flags.json) {
        return printJson(io, { files: result.files, ...scoresJson(result.wiretrace), chrono: scoresJson(result.chrono) });
      }
      const c = result.wiretrace.counts;
      print(io, `${result.files} documents, ${c.gold} gold time expressions; wiretrace found ${c.system}, chrono-node ${result.chrono.counts.system}`);
      print(io);
      const cols = (...cells: string[]) => cells.map((x) => x.padStart(6)).join(" ");
      print(io, `${"".padEnd(12)} ${"strict".padEnd(20)}   ${"relaxed".padEnd(20)}   ${cols("value", "type")}`);
      print(io, `${"system".padEnd(12)} ${cols("P", "R", "F1")}   ${cols("P", "R", "F1")}   ${cols("F1", "F1")}`);
      print(io, row("wiretrace", result.wiretrace));
      print(io, row("chrono-node", result.chrono));
    });
}
