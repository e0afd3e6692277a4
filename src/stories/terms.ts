import { tokenize } from "../sketch/tokens.js";

/** Words too common in news to tell stories apart. */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once
  only or other our ours ourselves out over own same she should so some such than that the their theirs them
  themselves then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves said says say told according one two three
  new also year years last first since would could may might must shall us mr mrs ms like get got make made many
  much well back even still way take says s t re ve ll d m de la el le per via yet however whether including
  monday tuesday wednesday thursday friday saturday sunday week weeks day days today yesterday tomorrow time`.split(/\s+/),
);

/**
 * Count index terms of a text: folded words of two letters or more, not stop words, not bare numbers.
 *
 * @example termCounts("The strike hit Tal Qasra; the strike killed two.") // Map { "strike" => 2, "hit" => 1, ... }
 */
export function termCounts(text: string, into: Map<string, number> = new Map(), weight = 1): Map<string, number> {
  for (const word of tokenize(text).words) {
    if (word.length < 2 || STOPWORDS.has(word) || /^[\d.,]+$/.test(word)) continue;
    into.set(word, (into.get(word) ?? 0) + weight);
  }
  return into;
}

/**
 * The words of an article address's slug: the path segment with the most words of letters (three or more),
 * without its extension. Outlets write the headline there, and it stays when a page's own title is only the site's
 * name ("ABC News") or a section's; the clusterer then counts these words as title words. Empty when there is none.
 *
 * @example urlSlugWords("https://www.rt.com/on-air/414286-angola-satellite-launch-baikonur/") // "angola satellite launch baikonur"
 */
export function urlSlugWords(url: string | null | undefined): string {
  if (!url) return "";
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return "";
  }
  let best: string[] = [];
  for (const segment of path.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      decoded = segment;
    }
    const words = decoded.replace(/\.[a-z\d]{2,5}$/i, "").split(/[-_+]+/).filter((w) => /^\p{L}+$/u.test(w));
    if (words.length >= 3 && words.length > best.length) best = words;
  }
  return best.join(" ");
}
