// What the word diffs of aligned pairs say: term substitutions the rewrite makes consistently (a lexicon), name
// spellings that are variants of one name, titles, names and modifiers dropped or added, and one-off rewording.

import { parseName } from "../../entities/aliases/name-parse.js";
import { matchNames } from "../../entities/aliases/name-match.js";
import { tokenize } from "../../sketch/tokens.js";
import { STOPWORDS } from "../../align/stopwords.js";
import { REPORTING_VERBS } from "../attribution.js";
import type { Finding, LexiconEntry } from "../types.js";
import type { ForensicContext, PairView } from "./context.js";
import { datesOf, numbersOf } from "./facts.js";

/** Options of the lexical rules. */
export interface LexicalOptions {
  /** Longest span, in words, on either side of a substitution. Default 4 ("Islamic State group"). */
  readonly maxSpanWords: number;
  /** Least number of times a substitution (or substitutions to one term) must occur to enter the lexicon. Default 2. */
  readonly minCount: number;
}

export const defaultLexicalOptions: LexicalOptions = { maxSpanWords: 4, minCount: 2 };

/** Titles that precede a name. */
const TITLES = new Set([
  "president", "prime", "minister", "king", "queen", "prince", "princess", "sheikh", "gen", "general", "lt", "col",
  "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "commander", "gov", "governor",
  "sen", "senator", "rep", "representative", "mr", "mrs", "ms", "dr", "prof", "professor", "judge", "justice",
  "chancellor", "secretary", "ambassador", "mayor", "chief", "emir", "ayatollah", "imam", "pope", "cardinal",
  "bishop", "rabbi", "sir", "lord", "lady", "dame", "vice", "deputy", "foreign", "defence", "defense", "interior",
  "finance", "spokesman", "spokeswoman", "leader", "field", "marshal", "brig", "brigadier", "supreme",
]);

/** Words that qualify a place, group or person and carry a stance: "rebel-held", "pro-government", "alleged". */
const MODIFIER = /^(?:[\p{L}.]+-(?:held|controlled|led|backed|run|linked|affiliated|allied|occupied|sponsored|funded|aligned|based|born)|(?:pro|anti|non)-[\p{L}]+|so-called|alleged|suspected|self-styled|self-proclaimed|radical|extremist|terrorist|militant|jihadist|hardline|moderate|regime|rebel|opposition|separatist|insurgent|notorious|embattled|disputed|controversial|illegal|occupied|besieged|war-torn|autonomous|breakaway|de facto)$/iu;

/** The key of a span: folded words, except that words in capitals stay so ("IS" the group is not "is"). */
function spanKey(text: string): string {
  const t = tokenize(text);
  return t.words.map((w, k) => {
    const surface = text.slice(t.starts[k], t.ends[k]);
    return /^\p{Lu}{2,}$/u.test(surface) ? surface : w;
  }).join(" ");
}

/** Whether the key sequence of `phrase` occurs in the keyed words of a text. */
function occursIn(keys: readonly string[], phrase: string): number {
  const p = phrase.split(" ");
  let n = 0;
  for (let i = 0; i + p.length <= keys.length; i++) {
    let k = 0;
    while (k < p.length && keys[i + k] === p[k]) k++;
    if (k === p.length) n++;
  }
  return n;
}

function keyedWords(text: string): string[] {
  const t = tokenize(text);
  return t.words.map((w, k) => {
    const surface = text.slice(t.starts[k], t.ends[k]);
    return /^\p{Lu}{2,}$/u.test(surface) ? surface : w;
  });
}

const words = (s: string) => tokenize(s).words;
const isNameLike = (s: string) => {
  const ws = s.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  return ws.length > 0 && ws.every((w) => /^["“(]?[\p{Lu}]/u.test(w) || /^(?:al|el|bin|ibn|abu|de|van|von)(?:-|$)/.test(w));
};

/** Whether a span is about facts or attribution, which other rules report. */
function handledElsewhere(s: string): boolean {
  if (numbersOf(s).length > 0 || datesOf(s).length > 0) return true;
  return words(s).some((w) => REPORTING_VERBS.has(w) || /^(?:reportedly|allegedly|purportedly|apparently|according)$/.test(w));
}

const onlyStopwords = (s: string) => words(s).every((w) => STOPWORDS.has(w));

interface Hunk {
  readonly pair: PairView;
  readonly from: string;
  readonly to: string;
}

function trimPunct(s: string): string {
  return s.replace(/^[\s"“”'‘’(\[,;:]+|[\s"“”'‘’)\],;:.!?]+$/gu, "");
}

/** Words of a deleted or inserted span classified: titles, names and modifiers. */
function classifyLoose(span: string, nextWord: string): { titles: string[]; names: string[]; modifiers: string[] } {
  const titles: string[] = [];
  const names: string[] = [];
  const modifiers: string[] = [];
  const ws = span.split(/\s+/).map(trimPunct).filter((w) => w.length > 0);
  const nextIsName = /^\p{Lu}/u.test(nextWord);
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) names.push(run.join(" "));
    run = [];
  };
  for (const w of ws) {
    const f = w.toLowerCase().replace(/\.$/, "");
    if (TITLES.has(f) && /^\p{Lu}/u.test(w) && (nextIsName || ws.length > 1)) {
      flush();
      titles.push(w);
    } else if (MODIFIER.test(w)) {
      flush();
      modifiers.push(w);
    } else if (/^\p{Lu}/u.test(w) && !STOPWORDS.has(f)) run.push(w);
    else if (run.length > 0 && /^(?:al|el|bin|ibn|abu|de|of)(?:-|$)/.test(w)) run.push(w);
    else flush();
  }
  flush();
  // A title on its own sentence-internal run ("Prime Minister") is a title, not a name.
  return { titles: titles.length > 1 ? [titles.join(" ")] : titles, names, modifiers };
}

/** Substitutions, name variants, loose omissions and additions, and rewording from the pairs' word diffs. */
export function lexicalFindings(c: ForensicContext, options: Partial<LexicalOptions> = {}): { findings: Finding[]; lexicon: LexiconEntry[] } {
  const o = { ...defaultLexicalOptions, ...options };
  const findings: Finding[] = [];
  const replaced: Hunk[] = [];
  const seenVariant = new Set<string>();
  for (const p of c.pairs) {
    p.diff.forEach((op, k) => {
      if (op.op === "equal") return;
      const next = p.diff[k + 1];
      if (op.op === "delete" || op.op === "insert") {
        const span = op.op === "delete" ? op.a : op.b;
        const nextWord = next?.op === "equal" ? (op.op === "delete" ? next.a : next.b).split(/\s+/)[0] ?? "" : "";
        const parts = classifyLoose(span, nextWord);
        const [side, verb] = op.op === "delete" ? ["omitted", "only in A"] as const : ["added", "only in B"] as const;
        for (const t of parts.titles) findings.push(loose(`${side}-title`, t, op.op, `title ${verb}: ${t}`, p));
        const otherText = op.op === "delete" ? c.textB : c.textA;
        for (const n of parts.names) {
          if (!handledElsewhere(n) && !otherText.includes(n)) findings.push(loose(`${side}-name`, n, op.op, `name ${verb}: ${n}`, p));
        }
        for (const m of parts.modifiers) findings.push(loose(`${side}-modifier`, m, op.op, `modifier ${verb}: ${m}`, p));
        return;
      }
      const from = trimPunct(op.a).replace(/['’]s$/u, "");
      const to = trimPunct(op.b).replace(/['’]s$/u, "");
      if (!from || !to || handledElsewhere(op.a) || handledElsewhere(op.b)) return;
      if (isNameLike(from) && isNameLike(to)) {
        const m = matchNames(parseName(from, "PER"), parseName(to, "PER"));
        if (m !== null && from !== to) {
          const key = `${from}\u0000${to}`;
          if (!seenVariant.has(key)) {
            seenVariant.add(key);
            findings.push({ kind: "name-variant", from, to, detail: `spelling variant: ${from} ↔ ${to} (${m.detail})`, a: [...p.a], b: [...p.b] });
          }
          return;
        }
      }
      if (words(from).length > o.maxSpanWords || words(to).length > o.maxSpanWords) {
        findings.push({ kind: "rewording", from, to, detail: `reworded: "${from}" → "${to}"`, a: [...p.a], b: [...p.b] });
        return;
      }
      if (onlyStopwords(from) && onlyStopwords(to)) return;
      replaced.push({ pair: p, from, to });
    });
  }
  // A substitution is systematic when it (or another substitution to the same term) recurs, the new term never
  // appears in A and the old term does not survive elsewhere in B.
  const keysA = keyedWords(c.textA);
  const keysB = keyedWords(c.textB);
  const byKey = new Map<string, { from: string; to: string; hunks: Hunk[]; fromKey: string; toKey: string }>();
  for (const h of replaced) {
    const fromKey = spanKey(h.from);
    const toKey = spanKey(h.to);
    const key = `${fromKey}\u0000${toKey}`;
    const entry = byKey.get(key);
    if (entry) entry.hunks.push(h);
    else byKey.set(key, { from: h.from, to: h.to, hunks: [h], fromKey, toKey });
  }
  const toTotals = new Map<string, number>();
  for (const e of byKey.values()) toTotals.set(e.toKey, (toTotals.get(e.toKey) ?? 0) + e.hunks.length);
  const lexicon: LexiconEntry[] = [];
  for (const e of byKey.values()) {
    const recurs = e.hunks.length >= o.minCount || (toTotals.get(e.toKey) ?? 0) >= o.minCount;
    const exclusive = occursIn(keysA, e.toKey) === 0 && occursIn(keysB, e.fromKey) === 0;
    const a = [...new Set(e.hunks.flatMap((h) => h.pair.a))].sort((x, y) => x - y);
    const b = [...new Set(e.hunks.flatMap((h) => h.pair.b))].sort((x, y) => x - y);
    if (recurs && exclusive) {
      lexicon.push({ from: e.from, to: e.to, count: e.hunks.length, a, b });
      findings.push({ kind: "substitution", from: e.from, to: e.to, detail: `${e.from} → ${e.to} (${e.hunks.length}×, throughout)`, a, b });
    } else {
      for (const h of e.hunks) findings.push({ kind: "rewording", from: h.from, to: h.to, detail: `reworded: "${h.from}" → "${h.to}"`, a: [...h.pair.a], b: [...h.pair.b] });
    }
  }
  lexicon.sort((x, y) => y.count - x.count || x.to.localeCompare(y.to) || x.from.localeCompare(y.from));
  return { findings, lexicon };
}

function loose(kind: Finding["kind"], text: string, op: "delete" | "insert", detail: string, p: PairView): Finding {
  return { kind, from: op === "delete" ? text : "", to: op === "insert" ? text : "", detail, a: [...p.a], b: [...p.b] };
}
