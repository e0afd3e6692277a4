/** English function words: ignored when sentences are compared for content. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
  "onto", "about", "over", "under", "than", "then", "that", "this", "these", "those", "there", "here", "it", "its",
  "he", "she", "they", "them", "his", "her", "hers", "their", "theirs", "we", "us", "our", "you", "your", "i", "me",
  "my", "him", "who", "whom", "whose", "which", "what", "when", "where", "while", "how", "why", "be", "is", "are",
  "was", "were", "been", "being", "am", "have", "has", "had", "having", "do", "does", "did", "will", "would",
  "shall", "should", "can", "could", "may", "might", "must", "so", "such", "also", "just", "only", "very", "too",
  "s", "t", "up", "out", "off", "down", "after", "before", "during", "since", "until", "all", "any", "both", "each",
  "more", "most", "other", "some", "own", "same", "said", "says", "say", "told", "according", "per", "via",
  "there's", "it's", "'s", "now", "yet", "still", "already", "even", "because", "through", "between", "against",
]);

/** Words that negate: a sentence with one and a sentence without one rarely say the same. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "n't", "don't", "doesn't",
  "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't",
  "hasn't", "haven't", "hadn't", "denied", "denies", "deny",
]);
