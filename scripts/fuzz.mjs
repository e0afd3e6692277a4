// npm run fuzz [-- --runs N] [-- --seed S] [-- --only NAME]
//
// Property-based fuzzing over the built library (dist/): 100,000 generated inputs per input reader (and per text
// stage), each read to the end with no throw, no hang (5 s per input) and every rejection located; then
// pathological inputs at n and 10n characters, timed, to show the cost stays linear. Prints per-target counts and
// times; exits 1 on the first broken property, with fast-check's seed and counterexample.
import fc from "fast-check";
import { Readable } from "node:stream";
import { readerTargets, textTargets, checkReadItems } from "../dist/eval/fuzz-targets.js";
import { splitSentences } from "../dist/align/sentences.js";
import { alignSentences } from "../dist/align/align.js";
import { recogniseEntities } from "../dist/entities/recogniser.js";
import { extractTimexes } from "../dist/timeline/extract.js";
import { tokenize } from "../dist/sketch/tokens.js";
import { readInputs } from "../dist/ingest/read-inputs.js";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg("runs", 100_000));
const textRuns = Number(arg("text-runs", Math.min(runs, 20_000)));
const seed = Number(arg("seed", Date.now() % 2 ** 31));
const only = arg("only", null);

console.log(`wiretrace fuzz on node ${process.version}: ${runs.toLocaleString("en-US")} inputs per reader, ` +
  `${textRuns.toLocaleString("en-US")} per text stage, seed ${seed}`);

async function fuzz(target, numRuns) {
  let items = 0;
  const started = performance.now();
  const property = fc.asyncProperty(target.arbitrary, async (input) => {
    await target.run(input);
    items++;
  });
  const result = await fc.check(property, { numRuns, seed, timeout: 5000 });
  const ms = performance.now() - started;
  if (result.failed) {
    console.log(`  ${target.name}: FAILED after ${result.numRuns} inputs`);
    console.log(fc.defaultReportMessage(result));
    process.exit(1);
  }
  console.log(`  ${target.name.padEnd(48)} ${numRuns.toLocaleString("en-US").padStart(8)} inputs, no failure  ` +
    `${(ms / 1000).toFixed(1).padStart(6)} s  (${(ms / numRuns).toFixed(2)} ms each)`);
}

console.log("\n== readers (bytes in every format, valid, edited and noise) ==");
for (const t of readerTargets) if (!only || t.name.includes(only)) await fuzz(t, runs);
console.log("\n== dates, time expressions, entities, sentences, alignment ==");
for (const t of textTargets) if (!only || t.name.includes(only)) await fuzz(t, textRuns);

// Pathological inputs: each is timed at n and 10n; a cost that grows about tenfold is linear.
const punctuation = (n) => "!?.,;:—\"'(…".repeat(Math.ceil(n / 11)).slice(0, n);
const oneWord = (n) => "a".repeat(n);
const capitals = (n) => "Mr. A. B. C. U.S. ".repeat(Math.ceil(n / 18)).slice(0, n);

async function readBytes(format, text) {
  const items = [];
  for await (const item of readInputs(["-"], { format, stdin: Readable.from([Buffer.from(text, "utf8")]) })) items.push(item);
  checkReadItems(format, items);
  return items;
}

const cases = [
  { name: "JSON Lines: one line, text of punctuation", n: 1_000_000, run: (n) => readBytes("jsonl", JSON.stringify({ published: "2023-07-09", text: punctuation(n) })) },
  { name: "JSON Lines: a single line of n characters, no newline", n: 1_000_000, run: (n) => readBytes("jsonl", oneWord(n)) },
  { name: "JSON Lines: n/10 empty lines", n: 1_000_000, run: (n) => readBytes("jsonl", "\n".repeat(n / 10)) },
  { name: "plain text: one line of punctuation", n: 1_000_000, run: (n) => readBytes("text", ` date 2023-07-09 ${punctuation(n)}`) },
  { name: "CSV: one record of punctuation", n: 1_000_000, run: (n) => readBytes("csv", `published,text\n2023-07-09,"${punctuation(n).replace(/"/g, "'")}"`) },
  { name: "CSV: an unclosed quote", n: 1_000_000, run: (n) => readBytes("csv", `published,text\n2023-07-09,"${oneWord(n)}`) },
  { name: "feed: one item of punctuation", n: 1_000_000, run: (n) => readBytes("feed", `<rss><channel><item><pubDate>2023-07-09</pubDate><description>${punctuation(n).replace(/[<&]/g, ".")}</description></item></channel></rss>`) },
  { name: "feed: n/10 nested elements", n: 1_000_000, run: (n) => readBytes("feed", `<rss>${"<x>".repeat(n / 30)}</rss>`) },
  { name: "HTML: one paragraph of punctuation", n: 100_000, run: (n) => readBytes("html", `<html><head><meta name="date" content="2023-07-09"></head><body><p>${punctuation(n).replace(/[<&]/g, ".")}</p></body></html>`) },
  { name: "tokenizer: punctuation", n: 1_000_000, run: (n) => tokenize(punctuation(n)) },
  { name: "sentences: punctuation", n: 1_000_000, run: (n) => splitSentences(punctuation(n)) },
  { name: "sentences: abbreviations and initials", n: 1_000_000, run: (n) => splitSentences(capitals(n)) },
  { name: "time expressions: punctuation", n: 100_000, run: (n) => extractTimexes(punctuation(n), { date: "2023-07-09" }) },
  { name: "time expressions: one long word", n: 100_000, run: (n) => extractTimexes(oneWord(n), { date: "2023-07-09" }) },
  { name: "entities: punctuation", n: 100_000, run: (n) => recogniseEntities(punctuation(n)) },
  { name: "entities: abbreviations and initials", n: 100_000, run: (n) => recogniseEntities(capitals(n)) },
  { name: "alignment: two sentences of punctuation", n: 100_000, run: (n) => alignSentences([punctuation(n)], [punctuation(n)]) },
];

async function timed(run, n) {
  const started = performance.now();
  await run(n);
  return performance.now() - started;
}

console.log("\n== pathological inputs: time at n and 10n characters ==");
console.log(`  ${"input".padEnd(52)} ${"n".padStart(10)} ${"ms".padStart(8)} ${"10n".padStart(11)} ${"ms".padStart(8)}  ratio`);
let superlinear = 0;
for (const c of cases) {
  if (only && !c.name.includes(only)) continue;
  await timed(c.run, Math.max(1000, c.n / 100)); // warm up
  const small = Math.min(await timed(c.run, c.n), await timed(c.run, c.n)); // the better of two runs: less noise on a busy machine
  const large = Math.min(await timed(c.run, c.n * 10), await timed(c.run, c.n * 10));
  const ratio = large / Math.max(small, 0.5);
  // Tenfold input, about tenfold time; above 25 the cost grows faster than linearly.
  const flag = ratio > 25 ? "  SUPERLINEAR" : "";
  if (flag) superlinear++;
  console.log(`  ${c.name.padEnd(52)} ${c.n.toLocaleString("en-US").padStart(10)} ${small.toFixed(0).padStart(8)} ` +
    `${(c.n * 10).toLocaleString("en-US").padStart(11)} ${large.toFixed(0).padStart(8)}  ${ratio.toFixed(1)}${flag}`);
}
if (superlinear > 0) {
  console.log(`\n${superlinear} input(s) grew faster than linearly`);
  process.exit(1);
}
console.log("\nno failure; every pathological input linear");
