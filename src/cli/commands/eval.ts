import { readFile, stat, writeFile } from "node:fs/promises";
import { Readable } from "node:stream";
import type { Command } from "commander";
import { defaultIndexParams } from "../../engine/index-params.js";
import { readGiveme5w1h } from "../../eval/giveme5w1h.js";
import { makeReusePairs } from "../../eval/reuse-devset.js";
import { evaluateReuse, readReusePairs } from "../../eval/reuse-eval.js";
import { evaluateStories, readStoryItems, scoreStoredStories, storedKey, storyInputPaths, type StoryItem } from "../../eval/stories-eval.js";
import { clusterErrors, type ClusterErrors, type LabelShare } from "../../eval/cluster-errors.js";
import type { ClusterMetrics } from "../../eval/cluster-metrics.js";
import { WiretraceError } from "../../core/errors.js";
import { ingest } from "../../engine/ingest.js";
import { filesToRead } from "../../ingest/read-inputs.js";
import { reclusterAll, saveStoryOptions } from "../../engine/stories.js";
import { seededRandom } from "../../eval/prng.js";
import { openSqliteStore } from "../../store/sqlite/sqlite-store.js";
import { parseStoryOptionAssignments, type StoryOptions } from "../../stories/options.js";
import { print, printJson, type CliIo } from "../io.js";
import { collect, parseCount } from "../size-option.js";
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
    .option("--recluster-predictions <file>", 'write {"id", "story"} per article as re-clustering leaves them (without --ingest)')
    .option("--set <name=value>", "a story option other than its default, e.g. threshold=0.2 (repeatable)", collect, [])
    .option("--ingest", "cluster as `wiretrace ingest` does, into a database in memory: with reuse relations, in the store's order")
    .option("--arrivals <n>", "with --ingest: ingest the folder's files (or the JSONL file's lines) n at a time in a random order, one ingest run each, then score `recluster` too", parseCount)
    .option("--seed <n>", "with --arrivals: the random order's seed", parseCount, 1)
    .option("--errors <n>", "also list the n largest stories that mix gold stories, and the n largest gold stories split over several", parseCount)
    .option("--json", "print {pairF1, bcubedP, bcubedR, bcubedF1, ari, nmi, reclustered: {...}, baseline: {...}}")
    .action(async (path: string, flags: { predictions?: string; reclusterPredictions?: string; set: string[]; ingest?: boolean; arrivals?: number; seed: number; errors?: number; json?: boolean }) => {
      const options = parseStoryOptionAssignments(flags.set);
      if (flags.arrivals !== undefined && !flags.ingest) throw new WiretraceError("usage", "--arrivals needs --ingest");
      if (flags.reclusterPredictions && flags.ingest) throw new WiretraceError("usage", "--recluster-predictions does not go with --ingest");
      const full = resolve(io.cwd, path);
      const items = await readStoryItems(full);
      const arrivals = flags.arrivals === undefined ? undefined : { size: flags.arrivals, seed: flags.seed };
      const ingested = flags.ingest ? await storiesByIngest(full, items, options, arrivals) : undefined;
      const result = evaluateStories(items, options, ingested?.online);
      const reclustered = ingested ? scoreStoredStories(items, ingested.reclustered) : result.reclustered;
      if (flags.predictions) await writeJsonl(resolve(io.cwd, flags.predictions), result.predictions);
      if (flags.reclusterPredictions) await writeJsonl(resolve(io.cwd, flags.reclusterPredictions), result.reclusteredPredictions!);
      const errors = flags.errors === undefined
        ? undefined
        : clusterErrors(items, new Map(result.predictions.map((p) => [p.id as string, p.story])), flags.errors);
      const keys = (m: ClusterMetrics) => ({
        pairP: m.pairP, pairR: m.pairR, pairF1: m.pairF1, bcubedP: m.bcubedP, bcubedR: m.bcubedR, bcubedF1: m.bcubedF1,
        ari: m.ari, nmi: m.nmi, stories: m.predClusters,
      });
      if (flags.json) {
        return printJson(io, {
          ...keys(result.wiretrace), items: items.length, goldStories: result.wiretrace.goldClusters, baseline: keys(result.baseline),
          ...(ingested?.runs === undefined ? {} : { arrivals: { runs: ingested.runs, size: flags.arrivals, seed: flags.seed } }),
          ...(reclustered ? { reclustered: keys(reclustered) } : {}),
          ...(errors ? { errors } : {}),
        });
      }
      print(io, `${items.length} articles, ${result.wiretrace.goldClusters} gold stories`);
      if (ingested?.runs !== undefined) {
        print(io, `arrivals: ${ingested.runs} ingest runs of up to ${flags.arrivals} in a random order (seed ${flags.seed})`);
      }
      print(io, "              pair P  pair R  pair F1  BCubed P  BCubed R  BCubed F1    ARI    NMI  stories");
      const rows: [string, ClusterMetrics][] = [["wiretrace", result.wiretrace], ...(reclustered ? [["recluster", reclustered] as [string, ClusterMetrics]] : []), ["baseline", result.baseline]];
      for (const [name, m] of rows) {
        print(io, `${name.padEnd(12)} ${[m.pairP, m.pairR, m.pairF1, m.bcubedP, m.bcubedR, m.bcubedF1, m.ari, m.nmi].map((x, i) => f3(x).padStart([7, 7, 8, 9, 9, 10, 6, 6][i]!)).join(" ")} ${String(m.predClusters).padStart(8)}`);
      }
      print(io, `wiretrace: each article as it arrives${ingested?.runs === undefined ? ", in publication order (undated ones as listed)" : ""}; recluster: as \`wiretrace recluster\` leaves them (in publication order, then each article alone in its story judged again)`);
      print(io, "baseline: single-pass TF-IDF cosine to cluster centroids, threshold 0.3, every cluster compared");
      if (errors) printClusterErrors(io, errors);
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

/** Print where wiretrace's stories part from the gold ones, each share with the title of its first article. */
function printClusterErrors(io: CliIo, errors: ClusterErrors): void {
  const share = (s: LabelShare) => `${s.label} ×${s.items}${s.example ? ` (${JSON.stringify(s.example.length > 60 ? `${s.example.slice(0, 59)}…` : s.example)})` : ""}`;
  print(io);
  print(io, errors.merged.length > 0 ? "stories that mix gold stories, largest first:" : "no story mixes gold stories");
  for (const m of errors.merged) {
    print(io, `  ${m.story}, ${m.items} articles: gold ${m.gold.map(share).join(", ")}`);
  }
  print(io, errors.split.length > 0 ? "gold stories split over several stories, largest first:" : "no gold story is split");
  for (const s of errors.split) {
    print(io, `  gold ${s.gold}, ${s.items} articles, in ${s.stories.map(share).join(", ")}`);
  }
}

/** What ingesting labelled data gave: each stored article's story (by `storedKey`) online, and after re-clustering. */
interface IngestedStories {
  readonly online: Map<string, string>;
  readonly reclustered: Map<string, string>;
  readonly runs?: number;
}

/**
 * Ingest labelled data into a database in memory, as `wiretrace ingest` would, and give each article's story. With
 * `arrivals`, the inputs come in runs of `size` in a random order, one ingest run (and story engine) each, as a
 * backfill read folder by folder would; the stories are then also re-clustered.
 */
async function storiesByIngest(
  path: string, items: readonly StoryItem[], options: Partial<StoryOptions>, arrivals?: { size: number; seed: number },
): Promise<IngestedStories> {
  if (items.some((i) => i.publishedAt === null)) {
    throw new WiretraceError("usage", "--ingest needs dated articles, and this data has undated ones (GoogleNews has no dates)");
  }
  const store = openSqliteStore(":memory:");
  const storiesByKey = async () => {
    const storyOf = await store.storyAssignments();
    return new Map((await store.getArticles([...storyOf.keys()])).map((a) => [storedKey(a.textHash, a.url), storyOf.get(a.id)! as string]));
  };
  try {
    await saveStoryOptions(store, options);
    const paths = await storyInputPaths(path);
    if (!arrivals) {
      await ingest(store, paths);
      const online = await storiesByKey();
      await reclusterAll(store);
      return { online, reclustered: await storiesByKey() };
    }
    const runs = await randomRuns(paths[0]!, arrivals.size, arrivals.seed);
    for (const run of runs) await ingest(store, run.paths, { worker: false, ...(run.stdin ? { stdin: Readable.from([run.stdin]), format: "jsonl" as const } : {}) });
    const online = await storiesByKey();
    await reclusterAll(store);
    return { online, reclustered: await storiesByKey(), runs: runs.length };
  } finally {
    await store.close();
  }
}

/** The records of a folder (its files) or of a JSONL file (its lines) in a seeded random order, in runs of `size`. */
async function randomRuns(path: string, size: number, seed: number): Promise<{ paths: string[]; stdin?: string }[]> {
  const rand = seededRandom(seed);
  const shuffle = <T>(list: T[]) => list.map((x) => [rand(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  const chunks = <T>(list: T[]) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
  if ((await stat(path)).isDirectory()) return chunks(shuffle(await filesToRead(path))).map((paths) => ({ paths }));
  if (!/\.jsonl$/i.test(path)) throw new WiretraceError("usage", `--arrivals takes a folder or a .jsonl file, not ${path}`);
  const lines = (await readFile(path, "utf8")).split(/\r?\n/).filter((l) => l.trim() !== "");
  return chunks(shuffle(lines)).map((run) => ({ paths: ["-"], stdin: `${run.join("\n")}\n` }));
}
