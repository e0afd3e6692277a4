import { splitSentences } from "../align/sentences.js";
import type { ReportSentence } from "./types.js";

/**
 * The sentences of a text with their paragraph numbers and heading flags. A heading is a sentence that is a whole
 * line and ends without a full stop, question or exclamation mark, or closing quote.
 *
 * @example segmentArticle("Rebels advance\n\nRebels took the town. Ten died.").map((s) => [s.paragraph, s.heading])
 * // [[0, true], [1, false], [1, false]]
 */
export function segmentArticle(text: string): ReportSentence[] {
  const breaks: number[] = [];
  for (const m of text.matchAll(/\n[ \t\r]*\n/g)) breaks.push(m.index);
  let paragraph = 0;
  return splitSentences(text).map((s, index) => {
    while (paragraph < breaks.length && breaks[paragraph]! < s.start) paragraph++;
    const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
    const nl = text.indexOf("\n", s.end);
    const lineEnd = nl < 0 ? text.length : nl;
    const wholeLine = text.slice(lineStart, s.start).trim() === "" && text.slice(s.end, lineEnd).trim() === "";
    const heading = wholeLine && !/[.!?…:;,"”’')\]]$/.test(s.text) && s.text.split(/\s+/).length <= 20;
    return { index, start: s.start, end: s.end, text: s.text, paragraph, heading };
  });
}
