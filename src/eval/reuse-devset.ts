import type { GivemeArticle } from "./giveme5w1h.js";
import { seededRandom, shuffled } from "./prng.js";

/** A labelled pair for `wiretrace eval reuse`. `cut`, `light` and `heavy` are derived; `non` is not. */
export interface ReusePair {
  readonly a: string;
  readonly b: string;
  readonly label: "cut" | "light" | "heavy" | "non";
  /** How the pair was made, for reading the results. */
  readonly note: string;
}

/** Term swaps of the kind outlets make when they rewrite agency copy. */
const SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bsaid\b/g, "claimed"], [/\bsays\b/g, "claims"], [/\bUS\b/g, "American"], [/\bU\.S\.\b/g, "United States"],
  [/\bpolice\b/g, "officers"], [/\bgovernment\b/g, "administration"], [/\bkilled\b/g, "left dead"],
  [/\bpeople\b/g, "persons"], [/\bannounced\b/g, "revealed"], [/\bpresident\b/gi, "leader"],
  [/\bon Monday\b/g, "earlier this week"], [/\bon Tuesday\b/g, "this week"], [/\baccording to\b/g, "citing"],
];
const PARAPHRASE: ReadonlyArray<readonly [RegExp, string]> = [
  ...SWAPS, [/\bthe\b/g, "this"], [/\bwill\b/g, "is set to"], [/\bhowever\b/gi, "but"], [/\bafter\b/g, "following"],
  [/\babout\b/g, "around"], [/\bmore than\b/g, "over"], [/\bbecause\b/g, "as"], [/\bwas\b/g, "had been"],
  [/\bbut\b/g, "yet"], [/\balso\b/g, "as well"], [/\bmany\b/g, "numerous"], [/\bbig\b/g, "large"],
];
const HEDGES = ["reportedly", "allegedly", "it is understood", "sources say"];

/** Split text into rough sentences (enough to make rewrites; not the project's segmenter). */
export function roughSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((para) => para.split(/(?<=[.!?]["'\u201D]?)\s+(?=["'\u201C]?[A-Z0-9])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function swapTerms(sentence: string, table: ReadonlyArray<readonly [RegExp, string]>, rand: () => number, rate: number): string {
  let out = sentence;
  for (const [pattern, replacement] of table) if (rand() < rate) out = out.replace(pattern, replacement);
  return out;
}

function hedge(sentence: string, rand: () => number): string {
  const h = HEDGES[Math.floor(rand() * HEDGES.length)]!;
  return sentence.replace(/^(\S+\s+\S+)/, `$1, ${h},`);
}

/** Keep a contiguous third to two thirds of the sentences: a short piece cut from a long story. */
function cut(sentences: readonly string[], rand: () => number): string {
  const share = 0.3 + rand() * 0.35;
  const n = Math.max(2, Math.round(sentences.length * share));
  const start = Math.floor(rand() * Math.max(1, sentences.length - n + 1));
  return sentences.slice(start, start + n).join(" ");
}

/** Term swaps, a few dropped sentences, two blocks moved, a subheading and hedges. */
function light(sentences: readonly string[], rand: () => number): string {
  let kept = sentences.filter(() => rand() > 0.15).map((s) => swapTerms(s, SWAPS, rand, 0.8));
  kept = kept.map((s) => (rand() < 0.15 ? hedge(s, rand) : s));
  if (kept.length > 4) {
    const mid = Math.floor(kept.length / 2);
    kept = [...kept.slice(mid), ...kept.slice(0, mid)];
  }
  kept.splice(Math.min(2, kept.length), 0, "What we know so far\n");
  return kept.join(" ");
}

/** Under half the sentences kept, reworded and shuffled, with outside material added. */
function heavy(sentences: readonly string[], filler: readonly string[], rand: () => number): string {
  const kept = sentences.filter(() => rand() < 0.45).map((s) => swapTerms(s, PARAPHRASE, rand, 0.9));
  const added = shuffled(filler, rand).slice(0, Math.ceil(kept.length * 0.4));
  return shuffled([...kept, ...added], rand).join(" ");
}

/** Options for {@link makeReusePairs}. */
export interface ReuseSetOptions {
  /** Pairs of each derived kind (cut, light, heavy). Default 60. */
  readonly perKind: number;
  /** Independent same-event pairs (same story, different outlets). Default 120. */
  readonly sameEvent: number;
  /** Pairs of articles of different events. Default 60. */
  readonly otherEvent: number;
  /** Articles shorter than this many sentences are not used as originals. Default 6. */
  readonly minSentences: number;
  readonly seed: number;
}

export const defaultReuseSetOptions: ReuseSetOptions = { perKind: 60, sameEvent: 120, otherEvent: 60, minSentences: 6, seed: 11 };

/**
 * Make a labelled reuse set from real articles: derived pairs by cutting, lightly rewriting and heavily rewriting
 * an article; non-derived pairs from two outlets' own reports of the same event, and from different events.
 *
 * @example makeReusePairs(await readGiveme5w1h(dir)).length // 420
 */
export function makeReusePairs(articles: readonly GivemeArticle[], options: Partial<ReuseSetOptions> = {}): ReusePair[] {
  const o = { ...defaultReuseSetOptions, ...options };
  const rand = seededRandom(o.seed);
  const usable = articles.filter((a) => roughSentences(a.text).length >= o.minSentences);
  const pairs: ReusePair[] = [];
  const originals = shuffled(usable, rand);
  const pick = (i: number) => originals[i % originals.length]!;
  for (let i = 0; i < o.perKind * 3; i++) {
    const original = pick(i);
    const sentences = roughSentences(original.text);
    const kind = (["cut", "light", "heavy"] as const)[i % 3]!;
    const other = usable.find((x) => x.event !== original.event && x.id > original.id) ?? usable.find((x) => x.event !== original.event)!;
    const b = kind === "cut" ? cut(sentences, rand) : kind === "light" ? light(sentences, rand) : heavy(sentences, roughSentences(other.text), rand);
    pairs.push({ a: original.text, b, label: kind, note: `${kind} rewrite of ${original.id}` });
  }
  const byEvent = new Map<string, GivemeArticle[]>();
  for (const a of articles) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a]);
  const same: [GivemeArticle, GivemeArticle][] = [];
  for (const group of byEvent.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (group[i]!.source !== group[j]!.source) same.push([group[i]!, group[j]!]);
      }
    }
  }
  for (const [x, y] of shuffled(same, rand).slice(0, o.sameEvent)) {
    pairs.push({ a: x.text, b: y.text, label: "non", note: `same event ${x.event}, ${x.source} and ${y.source}` });
  }
  for (let i = 0; i < o.otherEvent; i++) {
    const x = pick(i * 7 + 1);
    const y = pick(i * 13 + 5);
    if (x.event === y.event) continue;
    pairs.push({ a: x.text, b: y.text, label: "non", note: `events ${x.event} and ${y.event}` });
  }
  return pairs;
}
