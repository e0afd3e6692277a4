import type { StoryId } from "../core/types.js";
import type { StoryProfile } from "./clusterer.js";
import { termVector, type DocumentFrequencies, type TermVector } from "./tfidf.js";

/** The JSON form of a story profile: vectors as [term, weight] arrays, so it does not depend on term numbering. */
interface ProfileJson {
  readonly centroid: [string, number][];
  readonly size: number;
  readonly first: number | null;
  readonly last: number | null;
  readonly entities: [string, number][];
  readonly headline: string | null;
  readonly members: [string, number][][];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Terms saved per member vector: the heaviest, enough to recognise a near-copy of the member. */
const MEMBER_TERMS = 60;

const entriesOf = (v: TermVector, df: DocumentFrequencies): [string, number][] =>
  Array.from(v.ids, (id, i) => [df.term(id), round(v.weights[i]!)] as [string, number]);

/** Serialise a profile for a store; `df` numbers its terms. */
export function profileToJson(p: StoryProfile, df: DocumentFrequencies): string {
  const json: ProfileJson = {
    centroid: entriesOf(p.centroid, df),
    size: p.size, first: p.first, last: p.last,
    entities: [...p.entities], headline: p.headline,
    members: p.members.map((m) => entriesOf(m, df).sort((x, y) => y[1] - x[1]).slice(0, MEMBER_TERMS)),
  };
  return JSON.stringify(json);
}

/** Read a profile back, numbering its terms with `df`. */
export function profileFromJson(id: StoryId, text: string, df: DocumentFrequencies): StoryProfile {
  const j = JSON.parse(text) as ProfileJson;
  const vector = (entries: [string, number][]) => termVector(entries.map(([t, w]) => [df.id(t), w] as const));
  return {
    id, centroid: vector(j.centroid), size: j.size, first: j.first, last: j.last,
    entities: new Map(j.entities), headline: j.headline, indexed: [], members: j.members.map(vector),
  };
}
