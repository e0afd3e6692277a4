import { WiretraceError } from "../core/errors.js";
import { shingleHashes } from "../sketch/shingle.js";
import type { Tokens } from "../sketch/tokens.js";

/**
 * Options for {@link compareTexts}.
 *
 * @example compareTexts(a, b, { minPassageWords: 20 }) // only long shared passages
 */
export interface PassageOptions {
  /** Words per shingle. Default 5. */
  readonly shingleSize: number;
  /**
   * Two aligned runs merge into one passage when the words between them number at most this many in *each* text
   * (a changed, inserted or dropped word or three). Default 3.
   */
  readonly maxGap: number;
  /** Shortest passage kept, in words, on both sides. Default 8. */
  readonly minPassageWords: number;
  /**
   * A shingle occurring more often than this in either text is paired by rank (its k-th occurrence in A with its
   * k-th in B) instead of every occurrence with every other, which keeps repetitive texts linear. Default 8.
   */
  readonly maxOccurrences: number;
}

/** @example compareTexts(a, b, { ...defaultPassageOptions, maxGap: 0 }) // runs only, no gap bridging */
export const defaultPassageOptions: PassageOptions = {
  shingleSize: 5,
  maxGap: 3,
  minPassageWords: 8,
  maxOccurrences: 8,
};

/**
 * A stretch of text found in both A and B: UTF-16 offsets into the original texts and token indices. Short gaps
 * (changed, inserted or dropped words) may lie inside, so the two sides can differ slightly in length.
 *
 * @example textA.slice(p.aStart, p.aEnd) // "said on Friday that the talks were over"
 */
export interface Passage {
  /** `textA.slice(aStart, aEnd)` is the passage as written in A. */
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
  /** Length in words on the A side. */
  readonly words: number;
  /** Token range `[aWordStart, aWordEnd)` in A. */
  readonly aWordStart: number;
  readonly aWordEnd: number;
  readonly bWordStart: number;
  readonly bWordEnd: number;
}

/**
 * What two texts share: set overlap of their shingles and the passages in common, A-side order.
 *
 * @example
 * compareTexts(tokenize(shortRewrite), tokenize(longOriginal))
 * // e.g. { jaccard: 0.32, containmentAInB: 0.93, containmentBInA: 0.33, sharedShingles: 210, passages: [...] }
 */
export interface PairEvidence {
  /** Exact Jaccard similarity of the two shingle sets; 0 when either text has no words. */
  readonly jaccard: number;
  /** Share of A's distinct shingles that occur in B. */
  readonly containmentAInB: number;
  /** Share of B's distinct shingles that occur in A. */
  readonly containmentBInA: number;
  /** Distinct shingles in both. */
  readonly sharedShingles: number;
  /** Shared passages, disjoint on both sides, ordered by position in A. */
  readonly passages: readonly Passage[];
}

/** Positions grouped by hash, through an open-addressing table: linear to build, O(1) to look up. */
interface HashGroups {
  readonly count: number;
  readonly groupOf: Int32Array;
  readonly groupHash: Uint32Array;
  readonly first: Int32Array;
  readonly size: Int32Array;
  readonly positions: Int32Array;
  readonly slots: Int32Array;
}

function groupHashes(hashes: Uint32Array): HashGroups {
  const n = hashes.length;
  let capacity = 16;
  while (capacity < 2 * n) capacity <<= 1;
  const slots = new Int32Array(capacity);
  const groupOf = new Int32Array(n);
  const groupHash = new Uint32Array(n);
  const size = new Int32Array(n);
  let count = 0;
  for (let p = 0; p < n; p++) {
    const h = hashes[p] as number;
    let slot = h & (capacity - 1);
    let group = -1;
    while (group < 0) {
      const entry = slots[slot] as number;
      if (entry === 0) {
        group = count++;
        slots[slot] = count;
        groupHash[group] = h;
      } else if (groupHash[entry - 1] === h) {
        group = entry - 1;
      } else {
        slot = (slot + 1) & (capacity - 1);
      }
    }
    groupOf[p] = group;
    size[group] = (size[group] as number) + 1;
  }
  const first = new Int32Array(count);
  for (let g = 1; g < count; g++) first[g] = (first[g - 1] as number) + (size[g - 1] as number);
  const cursor = first.slice();
  const positions = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const group = groupOf[p] as number;
    const at = cursor[group] as number;
    positions[at] = p;
    cursor[group] = at + 1;
  }
  return { count, groupOf, groupHash, first, size, positions, slots };
}

function findGroup(groups: HashGroups, h: number): number {
  const mask = groups.slots.length - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const entry = groups.slots[slot] as number;
    if (entry === 0) return -1;
    if (groups.groupHash[entry - 1] === h) return entry - 1;
  }
}

/** One text's shingles, grouped, and how many words a shingle spans (fewer than the size in a short text). */
interface Side {
  readonly hashes: Uint32Array;
  readonly groups: HashGroups;
  readonly span: number;
  readonly shingleSize: number;
}

/** Word ranges on both sides, and the diagonal (B index − A index) of the last run; mutable while merging. */
interface Span {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  diagonal: number;
}

/**
 * Maximal runs of aligned matching shingles, as word spans sorted by A start. Each anchor (a shingle of A found
 * in B) is extended along its diagonal both ways; an anchor inside a run already found on its diagonal is
 * skipped, so every cell of every diagonal is walked at most once. `partner[g]` is B's group for A's group `g`.
 */
function findRuns(a: Side, b: Side, partner: Int32Array, maxOccurrences: number): Span[] {
  const { hashes: shA, groups: groupsA } = a;
  const { hashes: shB, groups: groupsB } = b;
  const nA = shA.length;
  const nB = shB.length;
  const lastEnd = new Int32Array(nA + nB);
  const seen = new Int32Array(groupsA.count);
  const runs: Span[] = [];
  const extend = (i: number, j: number): void => {
    const diagonal = j - i;
    const from = lastEnd[diagonal + nA] as number;
    if (i < from) return;
    let start = i;
    while (start > from && start + diagonal > 0 && shA[start - 1] === shB[start - 1 + diagonal]) start--;
    let end = i + 1;
    while (end < nA && end + diagonal < nB && shA[end] === shB[end + diagonal]) end++;
    lastEnd[diagonal + nA] = end;
    const last = end - 1; // the last matching shingle; the run's words end where it ends
    runs.push({ aStart: start, aEnd: last + a.span, bStart: start + diagonal, bEnd: last + diagonal + b.span, diagonal });
  };
  for (let i = 0; i < nA; i++) {
    const gA = groupsA.groupOf[i] as number;
    const rank = seen[gA] as number;
    seen[gA] = rank + 1;
    const gB = partner[gA] as number;
    if (gB < 0) continue;
    const first = groupsB.first[gB] as number;
    const countB = groupsB.size[gB] as number;
    if ((groupsA.size[gA] as number) <= maxOccurrences && countB <= maxOccurrences) {
      for (let t = 0; t < countB; t++) extend(i, groupsB.positions[first + t] as number);
    } else if (rank < countB) {
      extend(i, groupsB.positions[first + rank] as number);
    }
  }
  return runs.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
}

/**
 * Merge runs (as word spans, sorted by A start) into chains: a run joins the chain ending on a nearby diagonal
 * when the gap to it is at most `maxGap` words in both texts (an overlap of under a shingle counts as no gap).
 */
function mergeRuns(runs: readonly Span[], maxGap: number, shingleSize: number): Span[] {
  const chains: Span[] = [];
  const byDiagonal = new Map<number, Span>();
  const overlap = shingleSize - 1;
  const reach = maxGap + overlap;
  for (const run of runs) {
    let best: Span | undefined;
    let bestCost = Infinity;
    for (let delta = -reach; delta <= reach; delta++) {
      const chain = byDiagonal.get(run.diagonal + delta);
      if (chain === undefined) continue;
      const gapA = run.aStart - chain.aEnd;
      const gapB = run.bStart - chain.bEnd;
      if (gapA > maxGap || gapB > maxGap || gapA < -overlap || gapB < -overlap) continue;
      if (run.aEnd <= chain.aEnd || run.bEnd <= chain.bEnd) continue;
      const cost = Math.abs(gapA) + Math.abs(gapB);
      if (cost < bestCost) {
        bestCost = cost;
        best = chain;
      }
    }
    if (best === undefined) {
      const chain = { ...run };
      chains.push(chain);
      byDiagonal.set(run.diagonal, chain);
      continue;
    }
    if (byDiagonal.get(best.diagonal) === best) byDiagonal.delete(best.diagonal);
    best.aEnd = run.aEnd;
    best.bEnd = run.bEnd;
    best.diagonal = run.diagonal;
    byDiagonal.set(run.diagonal, best);
  }
  return chains;
}

/**
 * Place chains longest first so that no word of either text is in two passages. A chain whose ends overlap
 * passages already placed is trimmed by the same number of words on both sides (chains are near-diagonal);
 * one overlapped in its middle, or left shorter than `minWords` on either side, is dropped.
 */
function selectDisjoint(chains: Span[], wordsA: number, wordsB: number, minWords: number): Span[] {
  const coveredA = new Uint8Array(wordsA);
  const coveredB = new Uint8Array(wordsB);
  const placed: Span[] = [];
  const sorted = chains
    .filter((c) => c.aEnd - c.aStart >= minWords && c.bEnd - c.bStart >= minWords)
    .sort((x, y) => y.aEnd - y.aStart - (x.aEnd - x.aStart) || x.aStart - y.aStart || x.bStart - y.bStart);
  for (const c of sorted) {
    let { aStart, aEnd, bStart, bEnd } = c;
    while (aStart < aEnd && bStart < bEnd && (coveredA[aStart] === 1 || coveredB[bStart] === 1)) {
      aStart++;
      bStart++;
    }
    while (aEnd > aStart && bEnd > bStart && (coveredA[aEnd - 1] === 1 || coveredB[bEnd - 1] === 1)) {
      aEnd--;
      bEnd--;
    }
    if (aEnd - aStart < minWords || bEnd - bStart < minWords) continue;
    if (coveredA.subarray(aStart, aEnd).includes(1) || coveredB.subarray(bStart, bEnd).includes(1)) continue;
    coveredA.fill(1, aStart, aEnd);
    coveredB.fill(1, bStart, bEnd);
    placed.push({ aStart, aEnd, bStart, bEnd, diagonal: c.diagonal });
  }
  return placed.sort((x, y) => x.aStart - y.aStart);
}

/**
 * The shingles of each text's tokens, grouped, as last compared. A text checked against many candidates (a lookup,
 * or an article in the relate cache) is shingled once, not once per pair; entries go when their tokens do.
 */
const sides = new WeakMap<Tokens, Side>();

function side(tokens: Tokens, shingleSize: number): Side {
  const known = sides.get(tokens);
  if (known && known.shingleSize === shingleSize) return known;
  const hashes = shingleHashes(tokens.words, shingleSize);
  const made = { hashes, groups: groupHashes(hashes), span: Math.min(shingleSize, tokens.words.length), shingleSize };
  sides.set(tokens, made);
  return made;
}

/** Per word flags, the groups of a side with a shingle touching a flagged word, as last worked out. */
const ignoredOf = new WeakMap<Uint8Array, { side: Side; groups: Uint8Array }>();

function ignoredGroups(s: Side, ignore: Uint8Array | null | undefined): Uint8Array | null {
  if (!ignore) return null;
  const known = ignoredOf.get(ignore);
  if (known && known.side === s) return known.groups;
  const groups = new Uint8Array(s.groups.count);
  for (let p = 0; p < s.hashes.length; p++) {
    if (ignore.subarray(p, p + s.span).includes(1)) groups[s.groups.groupOf[p] as number] = 1;
  }
  ignoredOf.set(ignore, { side: s, groups });
  return groups;
}

/** Words a comparison does not match, per side (page chrome: see `chromeWords`). */
export interface IgnoredWords {
  readonly a?: Uint8Array | null;
  readonly b?: Uint8Array | null;
}

function checkOptions(o: PassageOptions): void {
  const atLeast = (v: number, min: number): boolean => Number.isInteger(v) && v >= min;
  if (!atLeast(o.shingleSize, 1) || !atLeast(o.minPassageWords, 1) || !atLeast(o.maxOccurrences, 1) || !atLeast(o.maxGap, 0)) {
    const got = JSON.stringify(o);
    throw new WiretraceError("usage", `passage options must be positive integers (maxGap may be 0), got ${got}`);
  }
}

/**
 * Verify a candidate pair: exact shingle-set overlap, and the passages the two texts share. Passages are maximal
 * runs of aligned matching shingles, merged across small gaps, kept when long enough and made disjoint on both
 * sides, longest first. Order does not matter (moved paragraphs are found). No word-by-word matrix is built:
 * the work is linear in the two lengths plus sorting the runs, and at most `maxOccurrences²` anchors per word in
 * texts full of repeated phrases (two 1,000-word articles: about 0.2 ms). A shingle touching an ignored word
 * counts as shared by neither text and anchors no passage (a passage may still run on over one).
 *
 * @example
 * const ev = compareTexts(tokenize(original), tokenize(rewrite));
 * ev.passages.map((p) => original.slice(p.aStart, p.aEnd)) // the reused passages, as written in the original
 */
export function compareTexts(
  a: Tokens, b: Tokens, options: Partial<PassageOptions> = {}, ignore: IgnoredWords = {},
): PairEvidence {
  const o: PassageOptions = { ...defaultPassageOptions, ...options };
  checkOptions(o);
  const sideA = side(a, o.shingleSize);
  const sideB = side(b, o.shingleSize);
  const ignoredA = ignoredGroups(sideA, ignore.a);
  const ignoredB = ignoredGroups(sideB, ignore.b);
  const countA = sideA.groups.count;
  const countB = sideB.groups.count;
  const partner = new Int32Array(countA);
  let shared = 0;
  for (let g = 0; g < countA; g++) {
    let gB = ignoredA?.[g] === 1 ? -1 : findGroup(sideB.groups, sideA.groups.groupHash[g] as number);
    if (gB >= 0 && ignoredB?.[gB] === 1) gB = -1;
    partner[g] = gB;
    if (gB >= 0) shared++;
  }
  const spans = findRuns(sideA, sideB, partner, o.maxOccurrences);
  const chains = mergeRuns(spans, o.maxGap, o.shingleSize);
  const passages = selectDisjoint(chains, a.words.length, b.words.length, o.minPassageWords).map(
    (s): Passage => ({
      aStart: a.starts[s.aStart] as number,
      aEnd: a.ends[s.aEnd - 1] as number,
      bStart: b.starts[s.bStart] as number,
      bEnd: b.ends[s.bEnd - 1] as number,
      words: s.aEnd - s.aStart,
      aWordStart: s.aStart,
      aWordEnd: s.aEnd,
      bWordStart: s.bStart,
      bWordEnd: s.bEnd,
    }),
  );
  return {
    jaccard: shared === 0 ? 0 : shared / (countA + countB - shared),
    containmentAInB: shared === 0 ? 0 : shared / countA,
    containmentBInA: shared === 0 ? 0 : shared / countB,
    sharedShingles: shared,
    passages,
  };
}
