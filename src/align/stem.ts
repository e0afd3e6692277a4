// A light English stemmer for sentence similarity: it folds inflections ("seized", "seizes", "seizing" → "seiz"),
// not derivations, so that a rewrite's change of tense or number still counts as the same word. It works on folded
// words (lower case, no diacritics) and never makes a stem shorter than three letters.

const IRREGULAR: Readonly<Record<string, string>> = {
  said: "say", says: "say", told: "tell", tells: "tell", went: "go", gone: "go", goes: "go", took: "take",
  taken: "take", takes: "take", made: "make", makes: "make", men: "man", women: "woman", children: "child",
  people: "person", killed: "kill", dead: "die", died: "die", dies: "die", held: "hold", left: "leave",
  began: "begin", begun: "begin", won: "win", lost: "lose", fell: "fall", fallen: "fall", rose: "rise", risen: "rise",
  bought: "buy", sold: "sell", paid: "pay", found: "find", got: "get", gave: "give", given: "give", saw: "see",
  seen: "see", came: "come", knew: "know", known: "know", thought: "think", brought: "bring", led: "lead",
  met: "meet", ran: "run", spoke: "speak", spoken: "speak", wrote: "write", written: "write", struck: "strike",
  fought: "fight", shot: "shoot", hit: "hit", sent: "send", spent: "spend", built: "build", chose: "choose",
  chosen: "choose", drove: "drive", driven: "drive", fled: "flee", flew: "fly", flown: "fly", grew: "grow",
  grown: "grow", kept: "keep", meant: "mean", stood: "stand", understood: "understand", was: "be", were: "be",
  is: "be", are: "be", been: "be", am: "be", has: "have", had: "have", did: "do", does: "do", done: "do",
};

const VOWEL = /[aeiouy]/;

/**
 * The stem of a folded word.
 *
 * @example stem("seizing") // "seiz"
 * @example stem("cities") // "city"
 */
export function stem(word: string): string {
  let found = memo.get(word);
  if (found === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    found = stemUncached(word);
    memo.set(word, found);
  }
  return found;
}

/** Stems already computed: words repeat across the sentences of an article and across articles. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

function stemUncached(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
    // glass, status, crisis: not plurals
  } else if (w.endsWith("es") && /(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && w.length > 3) w = w.slice(0, -1);
  for (const suffix of ["ingly", "edly", "ing", "ed"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && VOWEL.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1); // stopped → stop
      break;
    }
  }
  if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}
