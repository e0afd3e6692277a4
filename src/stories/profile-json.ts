import type { StoryId } from "../core/types.js";
import type { StoryProfile } from "./clusterer.js";
import { heaviest, termVector, type DocumentFrequencies, type TermVector } from "./tfidf.js";

/** The JSON form of a story profile: vectors as [term, weight] arrays, so it does not depend on term numbering. */
interface ProfileJson {
  readonly centroid: [string, number][];
  readonly size: number;
  readonly first: number | null;
  readonly last: number | null;
  readonly entities: [string, number][];
  readonly headline: string | null;
  readonly members: [string, number][][];
  /** The heaviest centroid terms by TF-IDF when saved, heaviest first (absent in profiles saved before them). */
  readonly terms?: string[];
  /** Headline candidates, best first, and member-title term counts (absent in profiles saved before them). */
  readonly titles?: string[];
  readonly titleTerms?: [string, number][];
  readonly firstTitle?: string | null;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Terms saved per member vector: the heaviest, enough to recognise a near-copy of the member. */
const MEMBER_TERMS = 60;

/** Top terms saved with a profile, to say what a story is about. */
const TOP_TERMS = 10;

const entriesOf = (v: TermVector, df: DocumentFrequencies): [string, number][] =>
  Array.from(v.ids, (id, i) => [df.term(id), round(v.weights[i]!)] as [string, number]);

/** Serialise a profile for a store; `df` numbers its terms. */
export function profileToJson(p: StoryProfile, df: DocumentFrequencies): string {
  const json: ProfileJson = {
    centroid: entriesOf(p.centroid, df),
    size: p.size, first: p.first, last: p.last,
    entities: [...p.entities], headline: p.headline,
    members: p.members.map((m) => entriesOf(m, df).sort((x, y) => y[1] - x[1]).slice(0, MEMBER_TERMS)),
    terms: heaviest(p.centroid, TOP_TERMS, (id, w) => w * df.idfOf(id)).map((i) => df.term(p.centroid.ids[i]!)),
    titles: p.titles, titleTerms: [...p.titleTerms], firstTitle: p.firstTitle,
  };
  return JSON.stringify(json);
}

/**
 * A saved story's top terms: those saved with its profile, else its heaviest centroid terms (by weight alone, with
 * no term statistics at hand). Empty when the profile is not saved yet.
 *
 * @example storyTopTerms(saved.profile) // ["ferry", "orvana", "aldra", ...]
 */
export function storyTopTerms(profile: string): string[] {
  const j = JSON.parse(profile) as Partial<ProfileJson>;
  if (j.terms) return j.terms;
  return [...(j.centroid ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_TERMS).map(([t]) => t);
}

/** Read a profile back, numbering its terms with `df`. */
export function profileFromJson(id: StoryId, text: string, df: DocumentFrequencies): StoryProfile {
  const j = JSON.parse(text) as ProfileJson;
  const vector = (entries: [string, number][]) => termVector(entries.map(([t, w]) => [df.id(t), w] as const));
  return {
    id, centroid: vector(j.centroid), size: j.size, first: j.first, last: j.last,
    entities: new Map(j.entities), headline: j.headline,
    titleTerms: new Map(j.titleTerms ?? []), titles: j.titles ?? (j.headline === null ? [] : [j.headline]),
    firstTitle: j.firstTitle === undefined ? j.headline : j.firstTitle,
    indexed: [], members: j.members.map(vector),
  };
}
