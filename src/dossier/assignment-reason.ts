import type { Assignment } from "../stories/clusterer.js";

/**
 * Why the clusterer put an article in its story, in a few words, from the assignment evidence the store keeps.
 *
 * @example assignmentReason(evidenceJson) // "score 0.52: text 0.41, entities 0.00, reuse 0.68, time ×1.00"
 */
export function assignmentReason(evidence: string): string {
  const a = JSON.parse(evidence) as Assignment;
  if (a.created) return a.runnerUp ? `started the story (best other story scored ${a.runnerUp.score.toFixed(2)})` : "started the story";
  const f = a.features;
  if (!f) return "already assigned";
  const why = `score ${a.score.toFixed(2)}: text ${f.text.toFixed(2)}, entities ${f.entities.toFixed(2)}, reuse ${f.reuse.toFixed(2)}, time ×${f.time.toFixed(2)}`;
  // Evidence saved before merges had rules has none.
  return a.merges?.some((m) => m.rule === "rejoin") ? `alone until re-clustering moved it here, ${why}` : why;
}
