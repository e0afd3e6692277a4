import type { NerToken } from "./ner-tokenizer.js";

const TERMINAL = new Set([".", "!", "?", "...", "\u2026"]);
const CLOSING = new Set(["\u201d", "\u2019", ")", "]", "\u00bb"]);
const STRAIGHT_QUOTES = new Set(['"', "'"]);

/** A closing quote or bracket; a straight quote closes when it touches the token before it. */
const closes = (token: NerToken, before: NerToken | undefined): boolean =>
  CLOSING.has(token.text) || (STRAIGHT_QUOTES.has(token.text) && before !== undefined && before.end === token.start);
const STARTS_SENTENCE = /^[\p{Lu}\p{N}"'\u201c\u2018(\u00ab\p{Lo}]/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * A run of this many tokens with no sentence end is cut, so that rules that compare the names of one sentence
 * pairwise stay linear in the text on input that never ends a sentence ("Mr. A. B. U.S. …" repeated). CoNLL-2003's
 * longest sentence has 124 tokens.
 */
const MAX_SENTENCE_TOKENS = 300;

/**
 * Group tokens into sentences. A sentence ends after `.`, `!`, `?` or `...` (and any closing quotes or brackets
 * right after) when the next token can start a sentence, at a blank line, and at a line break unless the next
 * line starts in lower case (a wrapped line). Abbreviations keep their full stop in the token ("Gen.", "U.S."),
 * so they never end a sentence here.
 *
 * @example splitSentences("It rained. Then it stopped.", tokenizeNer("It rained. Then it stopped.")).length // 2
 */
export function splitSentences(text: string, tokens: readonly NerToken[]): NerToken[][] {
  const sentences: NerToken[][] = [];
  let current: NerToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    current.push(token);
    const next = tokens[i + 1];
    if (next === undefined) break;
    const gap = text.slice(token.end, next.start);
    const breakLine = gap.includes("\n") && (/\n[ \t\r]*\n/.test(gap) || !STARTS_LOWER.test(next.text));
    const nextCloses = closes(next, token);
    const endsHere = TERMINAL.has(token.text) && !nextCloses && STARTS_SENTENCE.test(next.text);
    const closesHere = closes(token, tokens[i - 1]) && !nextCloses && STARTS_SENTENCE.test(next.text) &&
      current.length >= 2 && TERMINAL.has(current[current.length - 2]!.text);
    if (breakLine || endsHere || closesHere || current.length >= MAX_SENTENCE_TOKENS) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
