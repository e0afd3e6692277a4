// The story's merged timeline: the timeline stage's events (same date, most words in common), then events of the
// same date whose sentences belong to one claim joined, so an independent report's wording of a dated fact sits
// with the agency's.
import type { TimelineEvent } from "../timeline/timeline.js";
import type { Claim } from "./types.js";

const at = (article: string, start: number) => `${article}\u0000${start}`;

/**
 * Join events with the same date that tell one claim. Events keep their order (by date, as `buildTimeline` gives
 * them); a joined event keeps the place of the first, and `similarity` becomes the lower of the two.
 *
 * @example mergeTimelineByClaims(buildTimeline(entries), dossier.claims).length // fewer or as many events
 */
export function mergeTimelineByClaims(events: readonly TimelineEvent[], claims: readonly Claim[]): TimelineEvent[] {
  const claimOf = new Map<string, string>();
  for (const c of claims) for (const k of c.carriers) claimOf.set(at(k.article, k.start), c.id);
  const out: TimelineEvent[] = [];
  const slot = new Map<string, number>();
  for (const event of events) {
    const keys = [...new Set(event.entries.flatMap((e) => claimOf.get(at(e.articleId, e.start)) ?? []))].map((c) => `${event.date}\u0000${c}`);
    const hit = keys.map((k) => slot.get(k)).find((i) => i !== undefined);
    let index: number;
    if (hit === undefined) {
      index = out.push(event) - 1;
    } else {
      const into = out[hit]!;
      out[hit] = {
        ...into, entries: [...into.entries, ...event.entries],
        articles: [...new Set([...into.articles, ...event.articles])], similarity: Math.min(into.similarity, event.similarity),
      };
      index = hit;
    }
    for (const k of keys) slot.set(k, index);
  }
  return out;
}
