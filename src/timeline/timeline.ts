// A story's timeline: each sentence that names a calendar date becomes an entry dated by it; entries from several
// articles merge into events, sorted by date, where sentences with the same date and most of their words in
// common are one event told by several outlets.
import { splitSentences } from "../align/sentences.js";
import type { ArticleId } from "../core/types.js";
import { tokenize } from "../sketch/tokens.js";
import { extractTimexes } from "./extract.js";
import type { TimexOptions } from "./options.js";
import { periodStart } from "./period-start.js";
import type { Timex, TimexAnchor, TimexGranularity } from "./types.js";

/** One sentence of one article, dated by the time expression in it. */
export interface TimelineEntry {
  /** The TimeML value of the date: `2023-07-07`, `2023-W27`, `2023-07`, `2019`. */
  readonly date: string;
  readonly granularity: TimexGranularity;
  readonly sentence: string;
  readonly articleId: ArticleId;
  /** UTF-16 offsets of the sentence in the article's text. */
  readonly start: number;
  readonly end: number;
  /** The expression that dated it, with the tags that explain its value. */
  readonly timex: Pick<Timex, "start" | "end" | "text" | "tags">;
}

/** An event: entries with the same date telling the same thing, from one or more articles. */
export interface TimelineEvent {
  readonly date: string;
  readonly granularity: TimexGranularity;
  /** The first day of the date's period (`YYYY-MM-DD`): what events sort by. */
  readonly startsOn: string;
  /** The tellings, in the order the entries were given. */
  readonly entries: readonly TimelineEntry[];
  /** The articles that tell it, without repeats. */
  readonly articles: readonly ArticleId[];
  /** The lowest word-set Jaccard that joined two of its entries (1 for a single entry): why they were grouped. */
  readonly similarity: number;
}

/** Options of {@link buildTimeline}. */
export interface TimelineOptions {
  /**
   * Two sentences with the same date are one event when the Jaccard similarity of their folded word sets is at
   * least this. Default 0.5: rewrites of one agency sentence share most words; different events on one day
   * rarely share half.
   */
  readonly similarity: number;
}

export const defaultTimelineOptions: TimelineOptions = { similarity: 0.5 };

/** How fine a granularity is: finer dates date a sentence better. */
const FINENESS: Readonly<Partial<Record<TimexGranularity, number>>> = {
  second: 9, minute: 9, hour: 9, "part-of-day": 8, day: 8, weekend: 7, week: 7, month: 6, half: 5, quarter: 5,
  season: 5, year: 4, decade: 3, century: 2, millennium: 1,
};

/** The expression that dates a sentence: the finest calendar date or time in it, the first on a tie. */
function datingTimex(timexes: readonly Timex[]): Timex | null {
  let best: Timex | null = null;
  for (const t of timexes) {
    if ((t.type !== "DATE" && t.type !== "TIME") || periodStart(t.value) === null) continue;
    if (best === null || (FINENESS[t.granularity] ?? 0) > (FINENESS[best.granularity] ?? 0)) best = t;
  }
  return best;
}

/**
 * The timeline entries of one article: one per sentence that names a calendar date (PAST_REF, durations and
 * recurring times date nothing).
 *
 * @example
 * timelineEntries({ id: articleId("a1"), text: "Talks collapsed on Friday. Pay is the issue.", published: { kind: "date", date: "2023-07-09" } })
 * // [{ date: "2023-07-07", granularity: "day", sentence: "Talks collapsed on Friday.", articleId: "a1", start: 0, end: 26, … }]
 */
export function timelineEntries(
  article: { readonly id: ArticleId; readonly text: string; readonly published: TimexAnchor },
  options: Partial<TimexOptions> = {},
): TimelineEntry[] {
  const timexes = extractTimexes(article.text, article.published, options);
  const entries: TimelineEntry[] = [];
  for (const s of splitSentences(article.text)) {
    const t = datingTimex(timexes.filter((x) => x.start >= s.start && x.end <= s.end));
    if (t === null) continue;
    entries.push({
      date: t.value, granularity: t.granularity, sentence: s.text, articleId: article.id, start: s.start, end: s.end,
      timex: { start: t.start, end: t.end, text: t.text, tags: t.tags },
    });
  }
  return entries;
}

/** Jaccard similarity of two sets. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Merge the entries of several articles into events sorted by date (then by the order entries were given). Entries
 * with the same date whose sentences are similar enough (single link: similar to any entry already in the event)
 * are one event.
 *
 * @example
 * buildTimeline([...timelineEntries(agency), ...timelineEntries(rewrite)]).map((e) => [e.date, e.articles.length])
 * // [["2023-07-07", 2], ["2023-07-09", 1]]
 */
export function buildTimeline(entries: readonly TimelineEntry[], options: Partial<TimelineOptions> = {}): TimelineEvent[] {
  const threshold = options.similarity ?? defaultTimelineOptions.similarity;
  const words = entries.map((e) => new Set(tokenize(e.sentence).words));
  const byDate = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (periodStart(e.date) === null) return;
    byDate.set(e.date, [...(byDate.get(e.date) ?? []), i]);
  });
  const events: { event: TimelineEvent; first: number }[] = [];
  for (const [date, members] of byDate) {
    const groups: { items: number[]; similarity: number }[] = [];
    for (const i of members) {
      let joined: { items: number[]; similarity: number } | null = null;
      for (const g of groups) {
        const best = Math.max(...g.items.map((j) => jaccard(words[i]!, words[j]!)));
        if (best >= threshold && joined === null) {
          g.items.push(i);
          g.similarity = Math.min(g.similarity, best);
          joined = g;
        }
      }
      if (joined === null) groups.push({ items: [i], similarity: 1 });
    }
    for (const g of groups) {
      const tellings = g.items.map((i) => entries[i]!);
      events.push({
        first: g.items[0]!,
        event: {
          date, granularity: tellings[0]!.granularity, startsOn: periodStart(date)!, entries: tellings,
          articles: [...new Set(tellings.map((e) => e.articleId))], similarity: g.similarity,
        },
      });
    }
  }
  return events
    .sort((a, b) => (a.event.startsOn < b.event.startsOn ? -1 : a.event.startsOn > b.event.startsOn ? 1 : a.first - b.first))
    .map((e) => e.event);
}
