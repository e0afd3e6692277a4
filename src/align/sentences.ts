// A sentence segmenter for news text. It works on the display text and returns offsets into it, so a sentence
// can be shown where it is. Rules, in order:
//
// 1. Blank lines end a paragraph, and a paragraph ends a sentence.
// 2. A line on its own ends a sentence (a heading, a subheading, a dateline line) unless the text clearly
//    continues: the line ends with a comma, a dash, an opening bracket or a function word, or the next line starts
//    in lower case. A dateline line ("NAIROBI, Kenya (AP) _") thus joins the sentence it opens.
// 3. Inside a line, `.`, `!`, `?` and ellipses end a sentence when what follows starts like a sentence (upper case,
//    a digit, an opening quote or bracket). Closing quotes and brackets stay with the sentence they close.
// 4. A full stop after a title ("Mr.", "Lt. Gen."), an initial ("John F. Kennedy") or "No." never ends one; after
//    other abbreviations ("U.S.", "Inc.", "a.m.", "Jan.") it does only when a common sentence opener follows, and
//    a month abbreviation followed by a number never does.
// 5. An ellipsis inside an open quotation does not end the sentence: it is a pause in the quote.

/** A sentence: UTF-16 offsets into the text, and the text between them (trimmed of surrounding space). */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Options of {@link splitSentences}. */
export interface SentenceOptions {
  /** More abbreviations (without the final dot, lower case) after which a full stop never ends a sentence. Default: none. */
  readonly titles: readonly string[];
}

export const defaultSentenceOptions: SentenceOptions = { titles: [] };

/** Titles and other abbreviations that are always followed by more of the same sentence. */
const TITLES = new Set([
  "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
  "cmdr", "cmdt", "brig", "gov", "sen", "rep", "reps", "rev", "hon", "pres", "supt", "insp", "det", "fr", "sr", "jr",
  "st", "mt", "ft", "no", "nos", "vol", "fig", "art", "pp", "para", "ch", "approx", "vs", "v", "gens", "sens", "atty",
  "mme", "mlle", "mssrs", "dept", "univ", "assn", "bros", "ave", "blvd", "rd", "e.g", "i.e", "cf", "ca", "c",
]);

/** Abbreviations that may also end a sentence: they end one only before a common sentence opener. */
const AMBIGUOUS = new Set(["inc", "corp", "co", "ltd", "plc", "llc", "etc", "est", "edt", "pst", "pdt", "gmt", "al"]);

const MONTHS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/** Words that commonly open a sentence: after an ambiguous abbreviation they mean a new sentence began. */
const OPENERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this", "that",
  "these", "those", "his", "her", "their", "its", "our", "there", "when", "while", "after", "before", "some", "many",
  "most", "officials", "police", "however", "meanwhile", "earlier", "later", "last", "yesterday", "today", "if",
  "as", "for", "no", "one", "two", "three", "both", "all", "what", "why", "how", "who", "since", "under", "according",
]);

/** Words that end a line only when the sentence goes on: a line ending with one continues on the next. */
const CONTINUING = new Set([
  "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that", "which",
  "who", "as", "than", "said", "is", "are", "was", "were", "has", "have", "had", "will", "would", "its", "their",
  "his", "her",
]);

const OPENING_QUOTES = "\"“‘'«`(";
const CLOSING = "\"”’'»)]";

/** One line of a paragraph: offsets of its trimmed content. */
interface Line {
  readonly start: number;
  readonly end: number;
}

/** Lines of the text, trimmed, with blank lines as `null` (paragraph breaks). */
function lines(text: string): (Line | null)[] {
  const out: (Line | null)[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    out.push(s < e ? { start: s, end: e } : null);
    pos = nl + 1;
  }
  return out;
}

/** Whether a line's sentence goes on to the next line. */
function continues(text: string, line: Line, next: Line): boolean {
  const last = text[line.end - 1]!;
  if (",;:(–—-_".includes(last)) return true;
  const firstNext = text[next.start]!;
  if (/\p{Ll}/u.test(firstNext)) return true;
  if (/[.!?…"”’')\]]/.test(last)) return false;
  const lastWord = /([\p{L}']+)$/u.exec(text.slice(Math.max(line.start, line.end - 20), line.end))?.[1]?.toLowerCase();
  return lastWord !== undefined && CONTINUING.has(lastWord);
}

/** Blocks of text that no sentence crosses: paragraphs, and lines that stand on their own. */
function blocks(text: string): Line[] {
  const out: Line[] = [];
  let current: Line | null = null;
  for (const line of lines(text)) {
    if (line === null) {
      if (current) out.push(current);
      current = null;
      continue;
    }
    if (current && continues(text, current, line)) current = { start: current.start, end: line.end };
    else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

/** The word just before `dot` (the dot excluded), without leading quotes or brackets. */
function wordBefore(text: string, dot: number, from: number): string {
  let s = dot;
  while (s > from && !/\s/.test(text[s - 1]!)) s--;
  let word = text.slice(s, dot);
  while (word.length > 0 && OPENING_QUOTES.includes(word[0]!)) word = word.slice(1);
  return word;
}

/** The word starting at `pos`, letters only, lower case. */
function wordAt(text: string, pos: number): string {
  let p = pos;
  while (p < text.length && OPENING_QUOTES.includes(text[p]!)) p++;
  return (/^[\p{L}']+/u.exec(text.slice(p, p + 30))?.[0] ?? "").toLowerCase();
}

/** Whether a full stop after `word` may end a sentence that is followed by the text at `next`. */
function stopEnds(word: string, text: string, next: number, titles: ReadonlySet<string>): boolean {
  const bare = word.toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return false; // an initial
  if (TITLES.has(bare) || titles.has(bare)) return false;
  const opener = OPENERS.has(wordAt(text, next));
  if (MONTHS.has(bare)) return !/\d/.test(text[next] ?? "") && opener;
  if (AMBIGUOUS.has(bare)) return opener;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return opener; // U.S, a.m, U.N
  return true;
}

/** Whether the text at `pos` starts like a sentence. */
function startsSentence(text: string, pos: number): boolean {
  const c = text[pos];
  if (c === undefined) return true;
  if (/[\p{Lu}\p{N}]/u.test(c)) return true;
  if (OPENING_QUOTES.includes(c) || c === "[") {
    const after = text[pos + 1];
    return after !== undefined && /[\p{Lu}\p{N}"“'‘`]/u.test(after);
  }
  return false;
}

/** Quote depth just before each position is tracked while scanning: straight quotes toggle, curly ones nest. */
function quoteStep(c: string, open: boolean): boolean {
  if (c === "“" || c === "«") return true;
  if (c === "”" || c === "»") return false;
  if (c === '"') return !open;
  return open;
}

const END = /[.!?]+|…/y;

/** Sentence ends inside one block: offsets just past each sentence's last character. */
function endsInBlock(text: string, block: Line, titles: ReadonlySet<string>): number[] {
  const ends: number[] = [];
  let inQuote = false;
  for (let i = block.start; i < block.end; i++) {
    const c = text[i]!;
    if (c === "`" && text[i + 1] === "`") {
      inQuote = true;
      i++;
      continue;
    }
    if (c === "'" && text[i + 1] === "'") {
      inQuote = false;
      i++;
      continue;
    }
    inQuote = quoteStep(c, inQuote);
    END.lastIndex = i;
    const m = END.exec(text);
    if (!m || m.index !== i) continue;
    const punct = m[0];
    const at = i;
    let e = at + punct.length;
    const quoteBefore = inQuote;
    while (e < block.end && (CLOSING.includes(text[e]!) || text.startsWith("''", e))) {
      if (text.startsWith("''", e)) e++;
      else inQuote = quoteStep(text[e]!, inQuote);
      e++;
    }
    let next = e;
    while (next < block.end && /\s/.test(text[next]!)) next++;
    i = e - 1;
    if (next === e || next >= block.end) continue; // no space after it, or the block's end ends it anyway
    if (!startsSentence(text, next)) continue;
    const ellipsis = punct === "…" || /^\.{2,}$/.test(punct);
    if (ellipsis && quoteBefore && inQuote) continue;
    if (punct === "." && !stopEnds(wordBefore(text, at, block.start), text, next, titles)) continue;
    ends.push(e);
  }
  return ends;
}

/**
 * Split news text into sentences, with UTF-16 offsets. Headings and lines on their own are sentences; blank lines
 * always end one. Never throws; empty or blank text gives no sentences.
 *
 * @example
 * splitSentences('Lt. Gen. Ray spoke in the U.S. on Jan. 5. "We wait ... and wait," he said.').map((s) => s.text)
 * // ['Lt. Gen. Ray spoke in the U.S. on Jan. 5.', '"We wait ... and wait," he said.']
 */
export function splitSentences(text: string, options: Partial<SentenceOptions> = {}): Sentence[] {
  const titles = new Set((options.titles ?? defaultSentenceOptions.titles).map((t) => t.toLowerCase()));
  const out: Sentence[] = [];
  for (const block of blocks(text)) {
    let start = block.start;
    for (const end of [...endsInBlock(text, block, titles), block.end]) {
      let s = start;
      while (s < end && /\s/.test(text[s]!)) s++;
      if (s < end) out.push({ start: s, end, text: text.slice(s, end) });
      start = end;
    }
  }
  return out;
}
