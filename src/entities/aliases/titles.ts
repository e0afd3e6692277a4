// Words that come before a name without being part of it: titles, ranks and honorifics, and for organisations a
// leading country qualifier ("US Central Command"). They are removed before names are compared.

/** Titles as folded token sequences; longer ones are tried first. */
const TITLE_PHRASES: readonly string[] = [
  "prime minister", "foreign minister", "defence minister", "defense minister", "interior minister",
  "finance minister", "secretary of state", "secretary general", "secretary-general", "vice president",
  "crown prince", "supreme leader", "lieutenant general", "lt gen", "major general", "maj gen", "brigadier general",
  "brig gen", "grand ayatollah", "chief executive", "attorney general", "field marshal",
  "president", "premier", "chancellor", "minister", "secretary", "king", "queen", "prince", "princess", "emir",
  "sheikh", "shaikh", "sheik", "ayatollah", "imam", "mullah", "pope", "cardinal", "archbishop", "bishop", "rabbi",
  "reverend", "rev", "sir", "dame", "lord", "lady", "dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss",
  "mx", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
  "judge", "justice", "ambassador", "commissioner", "general", "gen", "colonel", "col", "major", "maj", "captain",
  "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm", "commander", "cmdr", "marshal", "spokesman",
  "spokeswoman", "leader", "chairman", "chairwoman", "director",
];

/** Words that can precede a title: "former President", "the late King". */
const TITLE_MODIFIERS = new Set(["the", "former", "late", "acting", "deputy", "interim", "outgoing", "ex"]);

/** Leading qualifiers of organisation names that name the country, not the body: "US Central Command". */
const ORG_QUALIFIERS = new Set(["us", "usa", "uk"]);

/** Name suffixes that are not part of matching: "Jr.", "III". */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

const TITLES: ReadonlyArray<readonly string[]> = TITLE_PHRASES.map((t) => t.split(/[\s-]+/)).sort(
  (x, y) => y.length - x.length,
);

/**
 * How many leading tokens are titles, with the modifiers before them ("former", "the late"), and can be dropped.
 * At least `keep` tokens are left.
 *
 * @example titleLength(["former", "president", "bashar", "al", "assad"], 1) // 2
 */
export function titleLength(folded: readonly string[], keep: number): number {
  let n = 0;
  for (;;) {
    let m = n;
    while (m < folded.length && TITLE_MODIFIERS.has(folded[m]!)) m++;
    const room = folded.length - m - keep;
    const phrase = TITLES.find((t) => t.length <= room && t.every((w, k) => folded[m + k] === w));
    if (phrase === undefined) return n;
    n = m + phrase.length;
  }
}

/** Leading country qualifiers of an organisation name; at least two tokens are left. */
export function qualifierLength(folded: readonly string[]): number {
  let n = 0;
  while (folded.length - n > 2 && ORG_QUALIFIERS.has(folded[n]!)) n++;
  return n;
}

/** Whether a folded token is a name suffix such as "jr" or "iii". */
export const isNameSuffix = (folded: string): boolean => SUFFIXES.has(folded);
