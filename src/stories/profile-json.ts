import type { StoryId } from "../core/types.js";
import type { StoryProfile } from "./clusterer.js";

/** The JSON form of a story profile (maps as entry arrays). */
interface ProfileJson {
  readonly centroid: [string, number][];
  readonly norm: number;
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

/** Serialise a profile for a store. */
export function profileToJson(p: StoryProfile): string {
  const json: ProfileJson = {
    centroid: [...p.centroid].map(([t, w]) => [t, round(w)]),
    norm: p.norm, size: p.size, first: p.first, last: p.last,
    entities: [...p.entities], headline: p.headline,
    members: p.members.map((m) =>
      [...m].sort((x, y) => y[1] - x[1]).slice(0, MEMBER_TERMS).map(([t, w]) => [t, round(w)] as [string, number]),
    ),
  };
  return JSON.stringify(json);
}

/** Read a profile back. */
export function profileFromJson(id: StoryId, text: string): StoryProfile {
  const j = JSON.parse(text) as ProfileJson;
  return {
    id, centroid: new Map(j.centroid), norm: j.norm, size: j.size, first: j.first, last: j.last,
    entities: new Map(j.entities), headline: j.headline, indexed: [], members: j.members.map((m) => new Map(m)), weighted: [],
  };
}
