import { splitSentences } from "../align/sentences.js";
import { chromeSentences, mayHoldChrome } from "../core/chrome.js";
import type { Tokens } from "../sketch/tokens.js";

/**
 * Flags for the tokens of a text that lie in page chrome (copyright notices, newsletter prompts: see
 * `src/core/chrome.ts`), or `null` when it has none. Reuse verification does not match these words.
 *
 * @example chromeWords(text, tokenize(text)) // Uint8Array with 1 for each word of "All rights reserved."
 */
export function chromeWords(text: string, tokens: Tokens): Uint8Array | null {
  if (!mayHoldChrome(text)) return null;
  let flags: Uint8Array | null = null;
  let t = 0;
  const sentences = splitSentences(text);
  const chrome = chromeSentences(sentences.map((s) => s.text));
  for (const [i, s] of sentences.entries()) {
    if (!chrome[i]) continue;
    flags ??= new Uint8Array(tokens.words.length);
    while (t < tokens.starts.length && (tokens.starts[t] as number) < s.start) t++;
    for (; t < tokens.starts.length && (tokens.starts[t] as number) < s.end; t++) flags[t] = 1;
  }
  return flags;
}
