// Generated benchmark corpora: real news sentences from ../shared/data/msrp where present, else made-up ones.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../dist/eval/prng.js";

export const sharedData = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "data");

/** The project's seeded PRNG (mulberry32), so every run generates the same corpus. */
export const prng = seededRandom;

/** Sentences to build articles from, and where they came from. */
export function loadSentences() {
  const msrp = join(sharedData, "msrp", "msr_paraphrase_train.txt");
  if (existsSync(msrp)) {
    const seen = new Set();
    for (const line of readFileSync(msrp, "utf8").split(/\r?\n/).slice(1)) {
      const cols = line.split("\t");
      for (const s of [cols[3], cols[4]]) if (s && s.length > 30) seen.add(s.trim());
    }
    return { sentences: [...seen], origin: `${seen.size} real sentences from ../shared/data/msrp` };
  }
  const rand = prng(7);
  const words = "the minister said on friday that talks would resume after strike port city army group officials reported".split(" ");
  const sentences = Array.from({ length: 5000 }, () => {
    const n = 12 + Math.floor(rand() * 14);
    const s = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(" ");
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  });
  return { sentences, origin: "5000 generated sentences (../shared/data/msrp not found)" };
}

/** Yield `count` JSONL article lines: 8–20 sentences each, 50 outlets, dates through 2023. */
export function* articleLines(count, sentences, seed = 1) {
  const rand = prng(seed);
  for (let i = 0; i < count; i++) {
    const n = 8 + Math.floor(rand() * 13);
    const body = [];
    for (let k = 0; k < n; k++) body.push(sentences[Math.floor(rand() * sentences.length)]);
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 365) * 86_400_000).toISOString().slice(0, 10);
    yield JSON.stringify({
      id: `bench-${i}`,
      source: `Outlet ${1 + Math.floor(rand() * 50)}`,
      title: body[0].slice(0, 80),
      published: day,
      text: body.join(" "),
    });
  }
}

/**
 * A word-bigram model of the real sentences, for making as many distinct, news-like sentences as a large corpus
 * needs (drawing whole sentences from a small pool would make unrelated articles share far more text than real
 * ones do).
 */
export function sentenceModel(sentences, seed = 3) {
  const rand = prng(seed);
  const next = new Map();
  const starts = [];
  for (const s of sentences) {
    const words = s.split(/\s+/).filter(Boolean);
    if (words.length < 6) continue;
    starts.push(words[0]);
    for (let i = 0; i < words.length; i++) {
      const key = words[i];
      const list = next.get(key) ?? [];
      list.push(i + 1 < words.length ? words[i + 1] : null);
      next.set(key, list);
    }
  }
  return () => {
    const out = [starts[Math.floor(rand() * starts.length)]];
    while (out.length < 40) {
      const options = next.get(out[out.length - 1]);
      const word = options ? options[Math.floor(rand() * options.length)] : null;
      if (word === null) {
        if (out.length >= 8) break;
        out.push(starts[Math.floor(rand() * starts.length)].toLowerCase());
        continue;
      }
      out.push(word);
    }
    const s = out.join(" ");
    return /[.!?]$/.test(s) ? s : `${s}.`;
  };
}

/** The non-empty lines of a file, one at a time (a corpus may not fit in one string). */
async function* linesOf(file) {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) yield line;
}

/** `count` non-empty lines of a file picked at random (seeded, with repeats), in pick order, read in two passes. */
export async function sampleLines(file, count, seed) {
  let total = 0;
  for await (const _ of linesOf(file)) total++;
  const rand = prng(seed);
  const picks = Array.from({ length: count }, () => Math.floor(rand() * total));
  const wanted = new Set(picks);
  const found = new Map();
  let i = 0;
  for await (const line of linesOf(file)) {
    if (wanted.has(i)) found.set(i, line);
    i++;
  }
  return picks.map((p) => found.get(p));
}
