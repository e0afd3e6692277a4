#!/usr/bin/env node
// Train the bundled English NER model (models/ner-en.json.gz) on CoNLL-2003 eng.train, reporting dev F1 on
// eng.testa after each pass when it is there. Run `npm run train:ner` (it builds first), or after `npm run build`:
//   node scripts/train-ner.mjs [--train FILE] [--dev FILE] [--out FILE] [--epochs N] [--seed N] [--prune X] [--quiet]
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { iob1ToBio } from "../dist/entities/bio-tags.js";
import { readConll } from "../dist/entities/conll-reader.js";
import { decodeNerModel, encodeNerModel, saveNerModel } from "../dist/entities/model-file.js";
import { particleNameVariants } from "../dist/entities/name-variants.js";
import { NerModel } from "../dist/entities/ner-model.js";
import { trainPerceptron } from "../dist/entities/perceptron-trainer.js";
import { createRecogniser } from "../dist/entities/recogniser.js";
import { evaluateNer } from "../dist/eval/ner-eval.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = `${root}../shared/data/conll2003_en`;
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const trainPath = flag("train", `${data}/eng.train`);
const devPath = flag("dev", `${data}/eng.testa`);
const outPath = flag("out", `${root}models/ner-en.json.gz`);
const epochs = Number(flag("epochs", "12"));
const seed = Number(flag("seed", "13"));
const prune = Number(flag("prune", "0.02"));
const quiet = args.includes("--quiet");

if (!existsSync(trainPath)) {
  console.error(`train-ner: ${trainPath} not found (see ../shared/data/README.md, or pass --train FILE)`);
  process.exit(2);
}
const read = (path) => readConll(readFileSync(path, "utf8"), path);
const conll = read(trainPath).sentences.map((s) => ({ words: s.tokens, tags: iob1ToBio(s.gold) }));
// Copies of sentences with Arabic name particles ("Yasser al Arafat"), drawn with a seeded generator.
let state = seed >>> 0;
const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
const sentences = [...conll, ...particleNameVariants(conll, rand)];
const dev = existsSync(devPath) ? read(devPath) : null;
const devF1 = (data, refiners) => {
  const result = evaluateNer(dev, createRecogniser({ model: new NerModel(data), ...(refiners ? {} : { refiners: [], documentRefiners: [] }) }));
  return result.scores;
};

console.log(`train-ner: ${conll.length} sentences from ${trainPath} and ${sentences.length - conll.length} with name particles; ${epochs} passes, seed ${seed}, prune ${prune}`);
const started = Date.now();
const model = trainPerceptron(sentences, {
  epochs, seed, prune,
  onEpoch: (epoch, averaged, mistakes) => {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const score = dev !== null && !quiet ? `, dev F1 ${devF1(averaged(), false).f1.toFixed(2)} (model only)` : "";
    console.log(`  pass ${epoch}: ${mistakes} token mistakes, ${secs}s${score}`);
  },
});
const seconds = (Date.now() - started) / 1000;
const bytes = await saveNerModel(outPath, { ...model, info: { ...model.info, trainedOn: "CoNLL-2003 eng.train", seconds } });
console.log(`train-ner: ${model.info.kept} of ${model.info.features} features kept; wrote ${outPath} (${(bytes / 1e6).toFixed(2)} MB) in ${seconds.toFixed(1)}s`);
if (dev !== null) {
  const saved = decodeNerModel(encodeNerModel(model));
  const s = devF1(saved, true);
  const types = Object.entries(s.byType).map(([t, r]) => `${t} ${r.f1.toFixed(2)}`).join(", ");
  console.log(`train-ner: dev (${devPath}) F1 ${s.f1.toFixed(2)} with rules (P ${s.precision.toFixed(2)}, R ${s.recall.toFixed(2)}); ${types}`);
}
