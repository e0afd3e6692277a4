// Coverage of a story: which outlets published, when each first did, and how coverage grew over time.
import type { ArticleId } from "../core/types.js";
import type { Coverage, CoveragePeriod, OutletCoverage } from "./types.js";

/** What coverage needs to know of an article. */
export interface CoverageArticle {
  readonly id: ArticleId;
  readonly outlet: string;
  readonly published: string;
  readonly publishedAt: number;
  readonly dateOnly: boolean;
}

const DAY = 86_400_000;
/** Stories this short (with times on every article) are shown hour by hour. */
const HOURLY_SPAN = 3 * DAY;

/**
 * Coverage of a story from its articles: the first to publish, each outlet's first publication and lag, and the
 * articles and new outlets per hour (short stories with times) or per day. Articles are taken in publication order
 * (ties by id), so the result does not depend on the input order.
 *
 * @example storyCoverage(articles).first.outlet // "Continental Wire Service"
 */
export function storyCoverage(articles: readonly CoverageArticle[]): Coverage {
  if (articles.length === 0) throw new RangeError("storyCoverage needs at least one article");
  const sorted = [...articles].sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const first = sorted[0]!;
  const outlets = new Map<string, { articles: ArticleId[]; first: CoverageArticle }>();
  for (const a of sorted) {
    const entry = outlets.get(a.outlet);
    if (entry) entry.articles.push(a.id);
    else outlets.set(a.outlet, { articles: [a.id], first: a });
  }
  const outletRows: OutletCoverage[] = [...outlets].map(([outlet, { articles: ids, first: f }]) => {
    const dateOnly = f.dateOnly || first.dateOnly;
    const lag = f.publishedAt - first.publishedAt;
    return {
      outlet, articles: ids, firstPublished: f.published,
      lagMs: dateOnly ? Math.floor(lag / DAY) * DAY : lag, lagDateOnly: dateOnly,
    };
  });
  const last = sorted[sorted.length - 1]!;
  const hourly = sorted.every((a) => !a.dateOnly) && last.publishedAt - first.publishedAt <= HOURLY_SPAN;
  const periodOf = (a: CoverageArticle) => new Date(a.publishedAt).toISOString().slice(0, hourly ? 13 : 10);
  const periods: CoveragePeriod[] = [];
  const seen = new Set<string>();
  for (const a of sorted) {
    const period = periodOf(a);
    let row = periods[periods.length - 1];
    if (!row || row.period !== period) {
      row = { period, articles: 0, newOutlets: [], cumulativeOutlets: seen.size };
      periods.push(row);
    }
    const isNew = !seen.has(a.outlet);
    seen.add(a.outlet);
    periods[periods.length - 1] = {
      period, articles: row.articles + 1,
      newOutlets: isNew ? [...row.newOutlets, a.outlet] : row.newOutlets, cumulativeOutlets: seen.size,
    };
  }
  return {
    first: { article: first.id, outlet: first.outlet, published: first.published },
    outlets: outletRows, granularity: hourly ? "hour" : "day", overTime: periods,
  };
}

/** A lag for people: `+3h25m`, `+2 days`, `same day`. */
export function formatLag(lagMs: number, dateOnly: boolean): string {
  if (dateOnly) {
    const days = Math.round(lagMs / DAY);
    return days === 0 ? "same day" : `+${days} day${days === 1 ? "" : "s"}`;
  }
  const minutes = Math.round(lagMs / 60_000);
  if (minutes < 60) return `+${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `+${hours}h${String(minutes % 60).padStart(2, "0")}m`;
  return `+${Math.round(lagMs / DAY)} days`;
}
