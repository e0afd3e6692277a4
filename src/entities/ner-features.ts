import type { CaseProfile } from "./case-profile.js";
import { isCapsSentence, isTitleCaseHeading } from "./headline.js";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.js";
import { GIVEN_NAMES } from "./gazetteer-lists.js";
import { shortShape, wordShape } from "./word-shape.js";

/** What feature extraction needs beside the words: the model's case profile and the gazetteer. */
export interface FeatureContext {
  readonly caseProfile: CaseProfile;
  readonly gazetteer?: Gazetteer;
}

/**
 * Where features go. A feature is `prefix + value`, or `prefix + a + "|" + b` for `pair`: training turns them into
 * strings, tagging hashes the parts without joining them (the hash of the parts equals the hash of the string).
 */
export interface FeatureSink {
  /** Features from here on belong to token `index`. */
  token(index: number): void;
  /**
   * Optional: called before the features of the token alone (not of its neighbours), with a key that determines
   * them all. Return true when the sink already has them (cached), and they are not sent again.
   */
  local?(key: string): boolean;
  /** Optional: called after the token's own features were sent. */
  localDone?(): void;
  add(prefix: string, value: string): void;
  pair(prefix: string, a: string, b: string): void;
}

/** Sentence-level reading of the words: a headline (in capitals or in Title Case) makes capitals mean nothing. */
export interface SentenceView {
  /** The words as the features see them: a Title Case headline is put in capitals, like CoNLL's headlines. */
  readonly words: readonly string[];
  readonly heading: boolean;
}

/**
 * How the features read a sentence. A Title Case headline is read in capitals: the training data's headlines are
 * in capitals, so that is where the tagger learned not to trust capitals.
 *
 * @example sentenceView(["Rebels", "Retreat", "From", "Northern", "Town"]).words // ["REBELS", "RETREAT", "FROM", "NORTHERN", "TOWN"]
 */
export function sentenceView(words: readonly string[]): SentenceView {
  if (isCapsSentence(words)) return { words, heading: true };
  if (isTitleCaseHeading(words)) return { words: words.map((w) => w.toUpperCase()), heading: true };
  return { words, heading: false };
}

const GIVEN = new Set(GIVEN_NAMES.map((name) => name.toUpperCase()));
const OPENERS = new Set(['"', "'", "\u201c", "\u2018", "(", "[", "-", "--", "\u2014", ":"]);
const SURROGATE = /[\ud800-\udfff]/;
const CAPITAL_START = /^\p{Lu}/u;

const AFFIX_PREFIXES = ["p1=", "p2=", "p3=", "p4="];
const AFFIX_SUFFIXES = ["s1=", "s2=", "s3=", "s4="];

/**
 * Send the features of every token of a sentence to a sink: the word and its lower-case form, prefixes and
 * suffixes of one to four characters, word shapes, capitalisation and sentence-start flags, the case profile of the
 * word, the words and shapes two either side, word bigrams, gazetteer and given-name membership of the token and its
 * neighbours, and the parts of hyphenated words. POS and chunk tags are never used: real articles have none.
 */
export function emitFeatures(view: SentenceView, context: FeatureContext, sink: FeatureSink): void {
  const { words, heading } = view;
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const short = words.map(shortShape);
  const gazetteer = context.gazetteer ?? defaultGazetteer();
  const gaz = new Array<string>(n).fill("-");
  for (const m of gazetteer.match(words, heading)) {
    for (let i = m.start; i < m.end; i++) gaz[i] = `${m.kind}${i === m.start ? ":B" : ":I"}${m.end - m.start > 1 ? "+" : ""}`;
  }
  // Given names are matched in capitals, so that headlines match too; only capitalised words count.
  const given = words.map((w) => CAPITAL_START.test(w) && GIVEN.has(w.toUpperCase()));
  const lw = (i: number) => (i < 0 ? "<s>" : i >= n ? "</s>" : lower[i]!);
  const ss = (i: number) => (i < 0 ? "<s>" : i >= n ? "</s>" : short[i]!);
  const gz = (i: number) => (i < 0 || i >= n ? "-" : gaz[i]!);
  for (let i = 0; i < n; i++) {
    sink.token(i);
    const w = words[i]!;
    const l = lower[i]!;
    const s = short[i]!;
    const initial = i === 0 || (OPENERS.has(words[i - 1]!) && (i === 1 || OPENERS.has(words[i - 2]!)));
    if (sink.local === undefined || !sink.local(`${initial ? "i" : "-"}${heading ? "h" : "-"}${w}`)) {
      emitTokenFeatures(w, l, s, initial, heading, context.caseProfile.get(l) ?? "rare", given[i]!, sink);
      sink.localDone?.();
    }
    sink.add("l-1=", lw(i - 1));
    sink.add("l+1=", lw(i + 1));
    sink.add("l-2=", lw(i - 2));
    sink.add("l+2=", lw(i + 2));
    sink.add("ss-1=", ss(i - 1));
    sink.add("ss+1=", ss(i + 1));
    sink.add("ss-2=", ss(i - 2));
    sink.add("ss+2=", ss(i + 2));
    sink.pair("l-1|l=", lw(i - 1), l);
    sink.pair("l|l+1=", l, lw(i + 1));
    sink.pair("ss-1|ss|ss+1=", ss(i - 1), `${s}|${ss(i + 1)}`);
    sink.add("g=", gz(i));
    sink.add("g-1=", gz(i - 1));
    sink.add("g+1=", gz(i + 1));
    if (given[i - 1]) sink.add("gn-1", "");
    if (given[i + 1]) sink.add("gn+1", "");
  }
}

/** The features of a token alone: everything that depends on the word, its sentence start flag and the headline flag. */
function emitTokenFeatures(
  w: string, l: string, s: string, initial: boolean, heading: boolean, profile: string, given: boolean, sink: FeatureSink,
): void {
  sink.add("b", "");
  sink.add("w=", w);
  sink.add("l=", l);
  sink.add("sh=", wordShape(w));
  sink.add("ss=", s);
  sink.add("cp=", profile);
  sink.pair("cp|ss=", profile, s);
  if (SURROGATE.test(l)) {
    const chars = [...l];
    for (let k = 1; k <= 4 && k <= chars.length; k++) {
      sink.add(AFFIX_PREFIXES[k - 1]!, chars.slice(0, k).join(""));
      sink.add(AFFIX_SUFFIXES[k - 1]!, chars.slice(-k).join(""));
    }
  } else {
    for (let k = 1; k <= 4 && k <= l.length; k++) {
      sink.add(AFFIX_PREFIXES[k - 1]!, l.slice(0, k));
      sink.add(AFFIX_SUFFIXES[k - 1]!, l.slice(l.length - k));
    }
  }
  if (initial) {
    sink.add("init", "");
    sink.add("init|ss=", s);
    sink.add("init|l=", l);
  }
  if (heading) {
    sink.add("head", "");
    sink.add("head|l=", l);
    sink.add("head|cp=", profile);
  }
  if (given) sink.add("gn", "");
  const dash = l.indexOf("-");
  if (dash > 0 && dash < l.length - 1) {
    sink.add("hy0=", l.slice(0, dash));
    sink.add("hyN=", l.slice(l.lastIndexOf("-") + 1));
  }
}

/**
 * The features of every token of a sentence as strings (what training uses).
 *
 * @example sentenceFeatures(["Peter", "said"], { caseProfile: new Map() })[0]!.slice(0, 3) // ["b", "w=Peter", "l=peter"]
 */
export function sentenceFeatures(words: readonly string[], context: FeatureContext): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  emitFeatures(sentenceView(words), context, {
    token() {
      out.push((current = []));
    },
    add(prefix, value) {
      current.push(prefix + value);
    },
    pair(prefix, a, b) {
      current.push(`${prefix}${a}|${b}`);
    },
  });
  return out;
}
