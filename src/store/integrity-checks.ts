import type { IntegrityProblem } from "../engine/store.js";

/** At most this many examples are listed per failed check; the count is always given. */
export const EXAMPLES = 5;

/** One invariant as a query returning the offending rows, each described by its `detail` column. */
export interface RowCheck {
  readonly check: string;
  readonly what: string;
  readonly sql: string;
}

/** Invariants of the relations table, in SQL both stores run as it is. */
export const RELATION_CHECKS: readonly RowCheck[] = [
  {
    check: "relation-without-article",
    what: "relations naming an article that is gone",
    sql: `SELECT 'relation ' || r.a_seq || '-' || r.b_seq AS detail FROM relations r
      WHERE NOT EXISTS (SELECT 1 FROM articles WHERE seq = r.a_seq) OR NOT EXISTS (SELECT 1 FROM articles WHERE seq = r.b_seq)`,
  },
  {
    check: "relation-order",
    what: "relations not stored once, from the earlier-arrived side",
    sql: "SELECT 'relation ' || a_seq || '-' || b_seq AS detail FROM relations WHERE a_seq >= b_seq",
  },
  {
    check: "relation-source",
    what: "relations whose source is neither of their articles",
    sql: `SELECT 'relation ' || a_seq || '-' || b_seq || ', source ' || source_seq AS detail FROM relations
      WHERE source_seq IS NOT NULL AND source_seq NOT IN (a_seq, b_seq)`,
  },
];

/** Every story member's story exists. */
export const STORY_MEMBER_CHECK: RowCheck = {
    check: "story-member-without-story",
    what: "story assignments to a story that does not exist",
    sql: `SELECT 'article ' || a.id || ' in ' || x.story_id AS detail FROM story_articles x
      JOIN articles a ON a.seq = x.article_seq LEFT JOIN stories s ON s.id = x.story_id WHERE s.id IS NULL`,
  };

/** `duplicate_of` names the first earlier article with the same text, and every repeat is marked. */
export const DUPLICATE_CHECKS: readonly RowCheck[] = [
  {
    check: "duplicate-of-missing",
    what: "duplicates of an article that is not stored",
    sql: `SELECT a.id || ' -> ' || a.duplicate_of AS detail FROM articles a
      LEFT JOIN articles o ON o.id = a.duplicate_of WHERE a.duplicate_of IS NOT NULL AND o.id IS NULL`,
  },
  {
    check: "duplicate-of-mismatch",
    what: "duplicates of an article with another text or that arrived later",
    sql: `SELECT a.id || ' -> ' || a.duplicate_of AS detail FROM articles a JOIN articles o ON o.id = a.duplicate_of
      WHERE o.text_hash <> a.text_hash OR o.seq >= a.seq`,
  },
  {
    check: "duplicate-of-not-first",
    what: "duplicates not pointing at the first article with their text",
    sql: `SELECT a.id || ' -> ' || a.duplicate_of AS detail FROM articles a JOIN articles o ON o.id = a.duplicate_of
      WHERE o.duplicate_of IS NOT NULL`,
  },
  {
    check: "duplicate-unmarked",
    what: "articles repeating an earlier text without being marked as its duplicate",
    sql: `SELECT a.id AS detail FROM articles a WHERE a.duplicate_of IS NULL
      AND EXISTS (SELECT 1 FROM articles o WHERE o.text_hash = a.text_hash AND o.seq < a.seq)`,
  },
];

/** Collect a problem with its count and the first few examples. */
export function reportProblem(out: IntegrityProblem[], check: string, what: string, examples: readonly string[], count: number): void {
  if (count === 0) return;
  const shown = examples.slice(0, EXAMPLES).join("; ");
  out.push({ check, detail: `${count} ${what}${shown ? `: ${shown}` : ""}${count > EXAMPLES ? "; …" : ""}` });
}
