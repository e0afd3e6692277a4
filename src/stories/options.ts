import { WiretraceError } from "../core/errors.js";

/**
 * Options of the story clusterer. The defaults were tuned on Giveme5W1H (383 articles, 69 events) by a grid over
 * threshold, title weight, member links and time decay: BCubed F1 0.948 there (see DESIGN.md, "Stories").
 */
export interface StoryOptions {
  /** Score at or above which an article joins the best candidate story; below it, a new story starts. Default 0.15. */
  readonly threshold: number;
  /** Weight of title terms relative to body terms in an article's vector. Default 5. */
  readonly titleWeight: number;
  /** Weight of the TF-IDF cosine between article and story centroid. Default 1. */
  readonly textWeight: number;
  /**
   * Weight of the share of the article's named entities already in the story. Default 0: on Giveme5W1H they did not
   * help (DESIGN.md, "Stories"). Above 0, a story engine recognises each article's entities with the bundled
   * recogniser (about 6 ms per article) unless its caller supplies entity keys.
   */
  readonly entityWeight: number;
  /** Weight of the largest reuse share between the article and an article of the story. Default 0.5. */
  readonly reuseWeight: number;
  /** Days over which the time factor decays by 1/e beyond the story's time span. Default 30. */
  readonly timeScaleDays: number;
  /**
   * Stories whose span lies further than this from the article's time (last seen this long before it, or first
   * seen this long after it) are not candidates, and an engine loads only the stories within it. Default 600.
   */
  readonly windowDays: number;
  /** The time factor never falls below this (follow-ups weeks later still join). Default 0.7. */
  readonly timeFloor: number;
  /**
   * Two candidate stories whose centroids reach this cosine after an article joins one of them are merged (the
   * article bridged them). Default 1 (never).
   */
  readonly mergeThreshold: number;
  /** Recent member vectors kept per story; the text score is the larger of the centroid cosine and the best cosine to one of them. Default 5. */
  readonly memberLinks: number;
  /** The article's heaviest terms that some story is filed under, used to look up candidate stories. Default 12. */
  readonly queryTerms: number;
  /** A story is findable under its heaviest centroid terms, this many. Default 25. */
  readonly indexTerms: number;
  /** Terms kept in a story centroid. Default 1000. */
  readonly centroidTerms: number;
  /**
   * Stories kept per term in the candidate index: the ones changed most recently. A full list drops the story
   * changed longest ago, so a lookup reads at most `queryTerms × maxPosting` entries however many stories there
   * are. Default 25.
   */
  readonly maxPosting: number;
  /**
   * Candidates scored in full, after ranking the looked-up stories by the weight of the query terms they share.
   * Default 10. With the posting cap, this keeps the cost per article flat however many stories there are.
   */
  readonly maxCandidates: number;
}

export const defaultStoryOptions: StoryOptions = {
  threshold: 0.15,
  titleWeight: 5,
  textWeight: 1,
  entityWeight: 0,
  reuseWeight: 0.5,
  timeScaleDays: 30,
  windowDays: 600,
  timeFloor: 0.7,
  memberLinks: 5,
  mergeThreshold: 1,
  queryTerms: 12,
  indexTerms: 25,
  centroidTerms: 1000,
  maxPosting: 25,
  maxCandidates: 10,
};

/** The range each option accepts. */
const RANGES: { readonly [K in keyof StoryOptions]: { readonly min: number; readonly max?: number; readonly whole?: true } } = {
  threshold: { min: 0 },
  titleWeight: { min: 0 },
  textWeight: { min: 0 },
  entityWeight: { min: 0 },
  reuseWeight: { min: 0 },
  timeScaleDays: { min: Number.MIN_VALUE },
  windowDays: { min: Number.MIN_VALUE },
  timeFloor: { min: 0, max: 1 },
  mergeThreshold: { min: 0, max: 1 },
  memberLinks: { min: 0, whole: true },
  queryTerms: { min: 1, whole: true },
  indexTerms: { min: 1, whole: true },
  centroidTerms: { min: 1, whole: true },
  maxPosting: { min: 1, whole: true },
  maxCandidates: { min: 1, whole: true },
};

const isOption = (name: string): name is keyof StoryOptions => Object.hasOwn(RANGES, name);

/**
 * Check story option overrides (from a store's settings, a CLI flag or an API caller) and return them typed.
 * Throws a `usage` error naming the option for an unknown name or a value out of range.
 *
 * @example checkStoryOptions({ threshold: 0.2 }) // { threshold: 0.2 }
 */
export function checkStoryOptions(value: unknown): Partial<StoryOptions> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new WiretraceError("usage", `story options must be an object of option names and numbers, got ${JSON.stringify(value)}`);
  }
  const out: Partial<Record<keyof StoryOptions, number>> = {};
  for (const [name, v] of Object.entries(value)) {
    if (!isOption(name)) throw new WiretraceError("usage", `unknown story option ${JSON.stringify(name)}; the options are ${Object.keys(RANGES).join(", ")}`);
    const r = RANGES[name];
    const ok = typeof v === "number" && Number.isFinite(v) && v >= r.min && (r.max === undefined || v <= r.max) && (!r.whole || Number.isInteger(v));
    if (!ok) {
      const bound = r.max !== undefined ? `from ${r.min} to ${r.max}` : r.min === Number.MIN_VALUE ? "above 0" : `of at least ${r.min}`;
      const range = `${r.whole ? "a whole number" : "a number"} ${bound}`;
      throw new WiretraceError("usage", `story option ${name} must be ${range}, got ${JSON.stringify(v)}`);
    }
    out[name] = v;
  }
  return out;
}

/**
 * Story option overrides from `name=value` assignments, as on the command line.
 *
 * @example parseStoryOptionAssignments(["threshold=0.2", "timeScaleDays=60"]) // { threshold: 0.2, timeScaleDays: 60 }
 */
export function parseStoryOptionAssignments(assignments: readonly string[]): Partial<StoryOptions> {
  const raw: Record<string, number> = {};
  for (const a of assignments) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(a);
    if (!m) throw new WiretraceError("usage", `expected name=value for a story option, got ${JSON.stringify(a)}`);
    const n = Number(m[2]);
    raw[m[1]!] = Number.isNaN(n) ? (m[2] as unknown as number) : n;
  }
  return checkStoryOptions(raw);
}
