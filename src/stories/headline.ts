import { termCounts } from "./terms.js";

/**
 * What a story keeps to pick its representative headline: how many of its members' titles use each term, and its
 * best few titles, best first. Kept incrementally, like the rest of the profile.
 */
export interface HeadlineState {
  titleTerms: Map<string, number>;
  titles: string[];
  /** The first member's title: the headline until another is clearly more central. */
  firstTitle: string | null;
}

/**
 * How much more central than the first title another must be to replace it. The first report is often the source
 * the others rewrite, so it keeps the headline unless the story drifted away from it.
 */
const FIRST_TITLE_ADVANTAGE = 2;

/** Titles kept as candidates for the headline. */
const CANDIDATES = 5;
/** Title terms counted per story; past this, the rarest are dropped. */
const MAX_TITLE_TERMS = 400;
const KEEP_TITLE_TERMS = 250;

const termsOf = (title: string): string[] => [...termCounts(title).keys()];

/**
 * How central a member's title is among the story's titles: for each of its terms, the number of other members'
 * titles that use it, over the square root of its term count (so a long title does not win by length alone).
 */
function centrality(title: string, state: HeadlineState): number {
  const terms = termsOf(title);
  if (terms.length === 0) return 0;
  let shared = 0;
  for (const t of terms) shared += Math.max(0, (state.titleTerms.get(t) ?? 0) - 1);
  return shared / Math.sqrt(terms.length);
}

/** Rank the candidates by centrality, keeping the earlier title on a tie, and keep the best few. */
function rank(state: HeadlineState, candidates: readonly string[]): void {
  const unique = [...new Set(candidates)];
  const scored = unique.map((title, order) => ({
    title, order, score: centrality(title, state) * (title === state.firstTitle ? FIRST_TITLE_ADVANTAGE : 1),
  }));
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  state.titles = scored.slice(0, CANDIDATES).map((s) => s.title);
}

/**
 * Count a new member's title and re-rank the candidates with it. The headline is the first: the title whose words
 * most other titles of the story share. A story that drifted from its first article (a satellite launch, then a
 * year of missile tests) is then named for what most of its reports are about.
 *
 * @example const s = { titleTerms: new Map(), titles: [], firstTitle: null }; addTitle(s, "Dock strike in Vellin"); s.titles[0] // "Dock strike in Vellin"
 */
export function addTitle(state: HeadlineState, title: string): void {
  state.firstTitle ??= title;
  for (const t of termsOf(title)) state.titleTerms.set(t, (state.titleTerms.get(t) ?? 0) + 1);
  if (state.titleTerms.size > MAX_TITLE_TERMS) {
    const kept = [...state.titleTerms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP_TITLE_TERMS);
    state.titleTerms = new Map(kept);
  }
  rank(state, [...state.titles, title]);
}

/** Fold another story's titles into this one's (a merge). */
export function mergeTitles(into: HeadlineState, from: HeadlineState): void {
  for (const [t, n] of from.titleTerms) into.titleTerms.set(t, (into.titleTerms.get(t) ?? 0) + n);
  rank(into, [...into.titles, ...from.titles]);
}
