import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { defaultIndexParams } from "../../engine/index-params.js";
import { readGiveme5w1h } from "../../eval/giveme5w1h.js";
import { makeReusePairs } from "../../eval/reuse-devset.js";
import { evaluateReuse, readReusePairs } from "../../eval/reuse-eval.js";
import { evaluateStories, readStoryItems, storyInputPaths, type StoryItem } from "../../eval/stories-eval.js";
import type { ClusterMetrics } from "../../eval/cluster-metrics.js";
import { WiretraceError } from "../../core/errors.js";
import { ingest } from "../../engine/ingest.js";
import { saveStoryOptions } from "../../engine/stories.js";
import { openSqliteStore } from "../../store/sqlite/sqlite-store.js";
import { parseStoryOptionAssignments, type StoryOptions } from "../../stories/options.js";
import { print, printJson, type CliIo } from "../io.js";
import { collect } from "../size-option.js";
import { evalNerCommand } from "./eval-ner.js";
import { evalTimexCommand } from "./eval-timex.js";
import { evalParaphraseCommand } from "./eval-paraphrase.js";
import { resolve } from "node:path";

const f3 = (x: number) => x.toFixed(3);

/** Write JSON Lines, one value a line. */
async function writeJsonl(path: string, values: readonly unknown[]): Promise<void> {
  await writeFile(path, values.map((v) => `${JSON.stringify(v)}\n`).join(""));
}

/** `wiretrace eval ...`: measure wiretrace on labelled data, and write predictions others can re-score. */
export function evalCommands(program: Command, io: CliIo): void {
  const evalCmd = program.command("eval").description("measure accuracy on labelled data");
  evalNerCommand(evalCmd, io);
  evalTimexCommand(evalCmd, io);
  evalParaphraseCommand(evalCmd, io);

  evalCmd
    .command("reuse")
    .description('score derived vs non-derived on JSONL pairs {"a", "b", "label": cut|light|heavy|non|derived|non-derived}')
    .argument("<file>", "JSONL of labelled pairs")
    .option("--predictions <file>", 'write {"index", "label", "score"} per pair, in input order')
    .option("--json", "print {accuracy, f1, auc, ...}")
    .action(async (file: string, flags: { predictions?: string; json?: boolean }) => {
      const pairs = await readReusePairs(resolve(io.cwd, file));
      const result = evaluateReuse(pairs, defaultIndexParams.shingleSize);
      if (flags.predictions) {
        await writeJsonl(resolve(io.cwd, flags.predictions), result.predictions.map(({ index, label, score }) => ({ index, label, score })));
      }
      const m = result.metrics;
      if (flags.json) {
        return printJson(io, {
          accuracy: m.accuracy, f1: m.f1, auc: m.auc, precision: m.precision, recall: m.recall, pairs: pairs.length,
          byLabel: result.byLabel,
        });
      }
      print(io, `${pairs.length} pairs: accuracy ${f3(m.accuracy)}, F1 ${f3(m.f1)} (precision ${f3(m.precision)}, recall ${f3(m.recall)}), ROC AUC ${f3(m.auc)}`);
      print(io);
      print(io, "gold label     pairs  predicted derived  predicted non-derived");
      for (const [label, row] of Object.entries(result.byLabel)) {
        print(io, `${label.padEnd(12)} ${String(row.pairs).padStart(7)} ${String(row.predictedDerived).padStart(18)} ${String(row.pairs - row.predictedDerived).padStart(22)}`);
      }
    });

  evalCmd
    .command("stories")
    .description("score story clustering against gold labels: JSONL/any input with `story`, a Giveme5W1H folder, or GoogleNews JSONL")
    .argument("<path>", "labelled data")
    .option("--predictions <file>", 'write {"id", "story"} per article')
    .option("--set <name=value>", "a story option other than its default, e.g. threshold=0.2 (repeatable)", collect, [])
    .option("--ingest", "cluster as `wiretrace ingest` does, into a database in memory: with reuse relations, in the store's order")
    .option("--json", "print {pairF1, bcubedP, bcubedR, bcubedF1, ari, nmi, baseline: {...}}")
    .action(async (path: string, flags: { predictions?: string; set: string[]; ingest?: boolean; json?: boolean }) => {
      const options = parseStoryOptionAssignments(flags.set);
      const full = resolve(io.cwd, path);
      const items = await readStoryItems(full);
      const stored = flags.ingest ? await storiesByIngest(full, items, options) : undefined;
      const result = evaluateStories(items, options, stored);
      if (flags.predictions) await writeJsonl(resolve(io.cwd, flags.predictions), result.predictions);
      const keys = (m: ClusterMetrics) => ({
        pairP: m.pairP, pairR: m.pairR, pairF1: m.pairF1, bcubedP: m.bcubedP, bcubedR: m.bcubedR, bcubedF1: m.bcubedF1,
        ari: m.ari, nmi: m.nmi, stories: m.predClusters,
      });
      if (flags.json) return printJson(io, { ...keys(result.wiretrace), items: items.length, goldStories: result.wiretrace.goldClusters, baseline: keys(result.baseline) });
      print(io, `${items.length} articles, ${result.wiretrace.goldClusters} gold stories`);
      print(io, "              pair P  pair R  pair F1  BCubed P  BCubed R  BCubed F1    ARI    NMI  stories");
      for (const [name, m] of [["wiretrace", result.wiretrace], ["baseline", result.baseline]] as const) {
        print(io, `${name.padEnd(12)} ${[m.pairP, m.pairR, m.pairF1, m.bcubedP, m.bcubedR, m.bcubedF1, m.ari, m.nmi].map((x, i) => f3(x).padStart([7, 7, 8, 9, 9, 10, 6, 6][i]!)).join(" ")} ${String(m.predClusters).padStart(8)}`);
      }
      print(io, "baseline: single-pass TF-IDF cosine to cluster centroids, threshold 0.3, every cluster compared");
    });

  evalCmd
    .command("reuse-set")
    .description("make a labelled reuse set from a Giveme5W1H folder (rewrites of real articles, same-event pairs)")
    .argument("<dir>", "Giveme5W1H folder (../shared/data/giveme5w1h_news_cluster)")
    .requiredOption("--out <file>", "JSONL file to write")
    .option("--seed <n>", "random seed", (v) => Number(v), 11)
    .action(async (dir: string, flags: { out: string; seed: number }) => {
      const pairs = makeReusePairs(await readGiveme5w1h(resolve(io.cwd, dir)), { seed: flags.seed });
      await writeJsonl(resolve(io.cwd, flags.out), pairs);
      const counts = new Map<string, number>();
      for (const p of pairs) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
      print(io, `wrote ${pairs.length} pairs to ${flags.out}: ${[...counts].map(([k, v]) => `${v} ${k}`).join(", ")}`);
    });
}

/** Ingest labelled data into a database in memory, as `wiretrace ingest` would, and give each text's story. */
async function storiesByIngest(path: string, items: readonly StoryItem[], options: Partial<StoryOptions>): Promise<Map<string, string>> {
  if (items.some((i) => i.publishedAt === null)) {
    throw new WiretraceError("usage", "--ingest needs dated articles, and this data has undated ones (GoogleNews has no dates)");
  }
  const store = openSqliteStore(":memory:");
  try {
    await saveStoryOptions(store, options);
    await ingest(store, await storyInputPaths(path));
    const storyOf = await store.storyAssignments();
    return new Map((await store.getArticles([...storyOf.keys()])).map((a) => [a.textHash, storyOf.get(a.id)!]));
  } finally {
    await store.close();
  }
}
