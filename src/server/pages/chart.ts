import type { StoredArticle } from "../../engine/store.js";
import { html, type SafeHtml } from "../html.js";

/** Options of {@link coverageChart}. */
export interface CoverageChartOptions {
  /** Width and height of the drawing, in SVG units. Default 720 × 220. */
  readonly width: number;
  readonly height: number;
  /** Most bars drawn: a story longer than this many days is drawn by week, longer than this many weeks by 30 days. Default 60. */
  readonly maxBars: number;
}

export const defaultCoverageChartOptions: CoverageChartOptions = { width: 720, height: 220, maxBars: 60 };

/** Outlet colours, assigned in order of first appearance; the tenth outlet on share the last colour. */
export const OUTLET_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];

const DAY = 86_400_000;
const dayStart = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/**
 * Coverage over time as an inline SVG drawn on the server: one bar per day (or week), stacked by outlet, with the
 * outlet and count in each segment's tooltip, and a legend. Every label is escaped.
 */
export function coverageChart(articles: readonly StoredArticle[], options: Partial<CoverageChartOptions> = {}): SafeHtml {
  const o = { ...defaultCoverageChartOptions, ...options };
  if (articles.length === 0) return html`<p class="empty">No articles.</p>`;
  const days = articles.map((a) => dayStart(a.published.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = Math.round((last - first) / DAY) + 1;
  const step = span <= o.maxBars ? 1 : span <= o.maxBars * 7 ? 7 : 30;
  const unitName = step === 1 ? "day" : step === 7 ? "week" : "30 days";
  const bars = Math.ceil(span / step);
  const outlets = [...new Set(articles.map((a) => a.source ?? "(unknown outlet)"))];
  const colour = (outlet: string) => OUTLET_COLOURS[Math.min(outlets.indexOf(outlet), OUTLET_COLOURS.length - 1)]!;
  const counts: Map<string, number>[] = Array.from({ length: bars }, () => new Map());
  articles.forEach((a, i) => {
    const bar = Math.floor(Math.round((days[i]! - first) / DAY) / step);
    const outlet = a.source ?? "(unknown outlet)";
    counts[bar]!.set(outlet, (counts[bar]!.get(outlet) ?? 0) + 1);
  });
  const peak = Math.max(...counts.map((c) => [...c.values()].reduce((x, y) => x + y, 0)));
  const left = 32, bottom = 28, top = 8;
  const plotW = o.width - left - 8;
  const plotH = o.height - bottom - top;
  const slot = plotW / bars;
  const barW = Math.max(2, Math.min(48, slot * 0.8));
  const unit = plotH / peak;
  const label = (bar: number) => new Date(first + bar * step * DAY).toISOString().slice(0, 10);
  const segments = counts.flatMap((c, bar) => {
    let y = top + plotH;
    return outlets.filter((out) => c.has(out)).map((out) => {
      const n = c.get(out)!;
      const h = n * unit;
      y -= h;
      const x = left + bar * slot + (slot - barW) / 2;
      return html`<rect class="bar" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${colour(out)}"><title>${label(bar)}${step > 1 ? ` (${unitName})` : ""}: ${out}, ${n} article${n === 1 ? "" : "s"}</title></rect>`;
    });
  });
  // The first and last labels are anchored inwards so they stay inside the drawing.
  const ticks = [...new Set([0, Math.floor((bars - 1) / 2), bars - 1])].map((bar, i, all) => {
    const anchor = all.length > 1 && i === 0 ? "start" : all.length > 1 && i === all.length - 1 ? "end" : "middle";
    const x = anchor === "start" ? left + bar * slot : anchor === "end" ? left + (bar + 1) * slot : left + bar * slot + slot / 2;
    return html`<text class="tick" x="${x.toFixed(1)}" y="${o.height - 10}" text-anchor="${anchor}">${label(bar)}</text>`;
  });
  const yTicks = [...new Set([0, Math.ceil(peak / 2), peak])].map(
    (n) => html`<text class="tick" x="${left - 6}" y="${(top + plotH - n * unit + 4).toFixed(1)}" text-anchor="end">${n}</text>`,
  );
  const legend = outlets.map(
    (out) => html`<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${colour(out)}"/></svg> ${out}</li>`,
  );
  return html`<figure class="coverage">
<svg class="coverage-chart" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-label="Articles per ${unitName} by outlet">
<line class="axis" x1="${left}" y1="${top + plotH}" x2="${o.width - 8}" y2="${top + plotH}" stroke="#888"/>
${segments}${ticks}${yTicks}
</svg>
<figcaption>Articles per ${unitName}, by outlet</figcaption>
<ul class="legend">${legend}</ul>
</figure>`;
}
