// Page chrome: the sentences a news site puts around its articles rather than in them (copyright and
// redistribution notices, "Advertisement", newsletter and subscription prompts, "click here"). Scraped pages carry
// them in the text; the same notice in two articles is neither text reuse nor a claim two outlets make.

/** Longest sentence, in words, that can be chrome: notices and prompts are short. */
const MAX_WORDS = 40;

/** Phrases that make a short sentence a legal notice or a site prompt, matched case-insensitively. */
const LEGAL: readonly RegExp[] = [
  /\ball rights reserved\b/i,
  /(?:\bcopyright\b|©)\s*(?:\(c\)\s*)?(?:19|20)\d\d\b/i,
];

const MARKERS: readonly RegExp[] = [
  ...LEGAL,
  /\bmay not be (?:re)?published,? broadcast/i,
  /\bterms of (?:use|service)\b/i,
  /\bprivacy policy\b/i,
  /^\s*advertisement\b/i,
  /\bcontinue reading the main story\b/i,
  /\b(?:sign(?:ed)? up|subscribe|subscribing|subscription)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:sign(?:ed)? up|subscribe|subscribing)\b/i,
  /\bthank you for subscribing\b/i,
  /\bclick here\b/i,
  /\bnot a robot\b/i,
  /\b(?:email|e-mail|contact) us at\b/i,
  /\bfollow us on\b/i,
  /\bshare (?:this|on) (?:article|story|facebook|twitter)\b/i,
];

const ANY_MARKER = new RegExp(MARKERS.map((m) => m.source.replace(/^\^\\s\*/, "")).join("|"), "i");

/** False when no sentence of the text can be chrome: one scan, to skip splitting texts that have none. */
export const mayHoldChrome = (text: string): boolean => ANY_MARKER.test(text);

/**
 * Whether a sentence is page chrome: at most 40 words and holding one of the markers above.
 *
 * @example isChrome("Copyright 2017 The Associated Press. All rights reserved.") // true
 * @example isChrome("The company reserved all rights to the design, its lawyer said.") // false
 */
export function isChrome(sentence: string): boolean {
  let words = 0;
  for (const _ of sentence.matchAll(/\S+/g)) if (++words > MAX_WORDS) return false;
  return MARKERS.some((m) => m.test(sentence));
}

/** Words after a copyright notice up to which the rest of the text is taken for its footer. */
const FOOTER_WORDS = 120;

/**
 * Which of a text's sentences, in order, are page chrome: those {@link isChrome} accepts, and, once a copyright
 * notice comes with at most 120 words after it and more words before it than after, everything after it (a page's
 * footer follows its copyright line; a credit line at the top of a short item is no footer).
 *
 * @example chromeSentences(["It rained.", "Copyright 2018 NPR. All rights reserved.", "Transcripts may vary."])
 *   // [false, true, true]
 */
export function chromeSentences(sentences: readonly string[]): boolean[] {
  const out = sentences.map(isChrome);
  const wordsAfter = new Array<number>(sentences.length + 1).fill(0);
  for (let i = sentences.length - 1; i >= 0; i--) wordsAfter[i] = wordsAfter[i + 1]! + (sentences[i]!.match(/\S+/g)?.length ?? 0);
  const total = wordsAfter[0]!;
  const footer = out.findIndex((chrome, i) => {
    const after = wordsAfter[i + 1]!;
    return chrome && after <= FOOTER_WORDS && total - wordsAfter[i]! > after && LEGAL.some((m) => m.test(sentences[i]!));
  });
  if (footer >= 0) out.fill(true, footer);
  return out;
}
