#!/usr/bin/env node
// Train the sentence-similarity model (src/align/similarity-weights.ts): a logistic regression over the lexical
// features of src/align/sentence-features.ts, fitted on the MSRP training file. It reports 5-fold cross-validated
// accuracy and F1 on MSRP train (the threshold chosen inside each fold), the figures of the final model on the
// whole file, and the Pearson correlation with STS train/dev gold scores (all genres, and main-news). The rarity
// weights (src/align/word-frequencies.ts) are stem document frequencies over the sentences of MSRP train and STS
// train/dev: statistics of unlabelled text, the 3,000 most frequent stems seen at least 3 times. Run
// `npm run train:similarity` (it builds first), or after `npm run build`:
//   node scripts/train-similarity.mjs [--msrp FILE] [--sts DIR] [--out FILE] [--l2 X] [--dry]
import { readFileSync, existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FEATURE_NAMES, pairFeatures, prepareSentence } from "../dist/align/sentence-features.js";
import { predictLogistic, trainLogistic } from "../dist/align/logistic.js";
import { parseMsrp, parseSts, pearson } from "../dist/eval/paraphrase-eval.js";
import { binaryMetrics } from "../dist/eval/binary-metrics.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const msrpPath = flag("msrp", `${root}../shared/data/msrp/msr_paraphrase_train.txt`);
const stsDir = flag("sts", `${root}../shared/data/stsbenchmark`);
const outPath = flag("out", `${root}src/align/similarity-weights.ts`);
const l2 = Number(flag("l2", "0.0001"));
const dry = args.includes("--dry");

const pairs = parseMsrp(readFileSync(msrpPath, "utf8"), msrpPath);
const stsSets = ["sts-train.csv", "sts-dev.csv"]
  .map((name) => `${stsDir}/${name}`)
  .filter((file) => existsSync(file))
  .map((file) => ({ name: file.split("/").pop(), pairs: parseSts(readFileSync(file, "utf8"), file) }));

// Document frequencies of stems over every sentence (unlabelled text).
const df = new Map();
let sentences = 0;
for (const p of [...pairs, ...stsSets.flatMap((s) => s.pairs)]) {
  for (const text of [p.a, p.b]) {
    sentences++;
    for (const w of prepareSentence(text).stemSet) df.set(w, (df.get(w) ?? 0) + 1);
  }
}
const tableSize = Number(flag("idf-words", "3000"));
const table = new Map([...df].filter(([, n]) => n >= 3).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, tableSize));
const unseen = Math.max(1, Math.min(...table.values()) / 2);
const idf = (w) => Math.log(sentences / (table.get(w) ?? unseen)) + 1e-9;
console.log(`document frequencies: ${sentences} sentences, ${table.size} stems kept`);

const xs = pairs.map((p) => pairFeatures(prepareSentence(p.a), prepareSentence(p.b), idf));
const ys = pairs.map((p) => (p.label ? 1 : 0));
console.log(`${pairs.length} MSRP pairs, ${FEATURE_NAMES.length} features`);

/** The threshold (on a grid of 0.005) that maximises accuracy of `scores` against `labels`. */
function bestThreshold(scores, labels) {
  let best = { t: 0.5, acc: -1 };
  for (let t = 0.2; t <= 0.8 + 1e-9; t += 0.005) {
    let right = 0;
    for (let i = 0; i < scores.length; i++) if ((scores[i] >= t) === (labels[i] === 1)) right++;
    if (right > best.acc) best = { t: Math.round(t * 1000) / 1000, acc: right };
  }
  return best.t;
}
const metricsAt = (scores, labels, t) =>
  binaryMetrics(scores.map((s, i) => ({ gold: labels[i] === 1, predicted: s >= t, score: s })));

// 5-fold cross-validation, folds by position modulo 5 (the file is in no particular order).
const cv = [];
for (let fold = 0; fold < 5; fold++) {
  const trainIdx = xs.map((_, i) => i).filter((i) => i % 5 !== fold);
  const testIdx = xs.map((_, i) => i).filter((i) => i % 5 === fold);
  const model = trainLogistic(trainIdx.map((i) => xs[i]), trainIdx.map((i) => ys[i]), { l2 });
  const t = bestThreshold(trainIdx.map((i) => predictLogistic(model, xs[i])), trainIdx.map((i) => ys[i]));
  for (const i of testIdx) cv.push({ gold: ys[i] === 1, predicted: predictLogistic(model, xs[i]) >= t, score: predictLogistic(model, xs[i]) });
}
const cvm = binaryMetrics(cv);
console.log(`5-fold CV on MSRP train: accuracy ${cvm.accuracy.toFixed(4)}, F1 ${cvm.f1.toFixed(4)}, AUC ${cvm.auc.toFixed(4)}`);

const model = trainLogistic(xs, ys, { l2 });
const scores = xs.map((x) => predictLogistic(model, x));
const threshold = bestThreshold(scores, ys);
const m = metricsAt(scores, ys, threshold);
console.log(`final model on MSRP train: threshold ${threshold}, accuracy ${m.accuracy.toFixed(4)}, F1 ${m.f1.toFixed(4)}`);
FEATURE_NAMES.forEach((name, j) => console.log(`  ${name.padEnd(20)} ${model.weights[j].toFixed(4)}`));
console.log(`  ${"bias".padEnd(20)} ${model.bias.toFixed(4)}`);

for (const { name, pairs: sts } of stsSets) {
  const s = sts.map((p) => predictLogistic(model, pairFeatures(prepareSentence(p.a), prepareSentence(p.b), idf)));
  const news = sts.map((p, i) => [p, s[i]]).filter(([p]) => p.genre === "main-news");
  console.log(`${name}: Pearson ${pearson(s, sts.map((p) => p.score)).toFixed(4)} (${sts.length} pairs); main-news ${pearson(news.map(([, x]) => x), news.map(([p]) => p.score)).toFixed(4)} (${news.length})`);
}

if (!dry) {
  const r = (x) => Math.round(x * 1e6) / 1e6;
  writeFileSync(outPath, `// Generated by scripts/train-similarity.mjs: do not edit by hand. Rerun \`npm run train:similarity\`.
// Trained on ${pairs.length} MSRP train pairs (l2 ${l2}); 5-fold CV accuracy ${cvm.accuracy.toFixed(4)}, F1 ${cvm.f1.toFixed(4)}.
import type { LinearModel } from "./logistic.js";

/** The paraphrase model's weights, in the order of FEATURE_NAMES. */
export const SIMILARITY_MODEL: LinearModel = {
  bias: ${r(model.bias)},
  weights: [${model.weights.map(r).join(", ")}],
};

/** The decision threshold on the model's probability: at or above it, a pair is a paraphrase (best accuracy on MSRP train). */
export const SIMILARITY_THRESHOLD = ${threshold};
`);
  console.log(`wrote ${outPath}`);
  const freqPath = outPath.replace(/similarity-weights\.ts$/, "word-frequencies.ts");
  const entries = [...table].map(([w, n]) => `${w}:${n}`);
  const lines = [];
  for (let i = 0; i < entries.length; i += 12) lines.push(`  "${entries.slice(i, i + 12).join(" ")}"`);
  const template = readFileSync(freqPath, "utf8");
  const code = template.slice(template.indexOf("\nlet table"));
  writeFileSync(freqPath, `// Generated by scripts/train-similarity.mjs: do not edit by hand. Rerun \`npm run train:similarity\`.
// Stem document frequencies over the sentences of MSRP train and STS train/dev (unlabelled text).

/** Sentences counted. */
export const DOCUMENT_COUNT = ${sentences};

/** Stem document frequencies, \`stem:count\` separated by spaces, most frequent first. */
export const STEM_DF = [
${lines.join(",\n")},
].join(" ");
${code}`);
  console.log(`wrote ${freqPath}`);
}
