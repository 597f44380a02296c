// Share-of-postings trend charts: one line per series, its Wilson 95% band
// as two datasets filled between, and markers on days a source failed, so a
// gap in scraping is not read as a drop in demand.
import type { TrendPoint } from '../trends/series.js';
import { type FailedDay, failedDataset, periodDate } from './time-axis.js';
import type { TimeChart, TimeDataset } from './types.js';

export interface NamedSeries {
  label: string;
  points: readonly TrendPoint[];
}

export interface TrendChartInput {
  interval: 'month' | 'week';
  /** Every series over the same periods (buildSeries gives them so). */
  series: readonly NamedSeries[];
  /** Days with a failed scrape; those outside the charted periods are left out. */
  failed?: readonly FailedDay[];
}

/**
 * A period without postings (total 0) is a gap, not 0%: its y is null, so
 * neither the line nor the band is drawn there.
 */
export function trendChart(input: TrendChartInput): TimeChart {
  const periods = input.series[0]?.points.map((p) => p.period) ?? [];
  const labels = periods.map(periodDate);
  const datasets: TimeDataset[] = [];
  input.series.forEach((s, index) => {
    const at = (p: TrendPoint, y: number) => (p.total === 0 ? null : y);
    const x = (p: TrendPoint) => periodDate(p.period);
    datasets.push(
      {
        label: s.label,
        role: 'series',
        series: index,
        data: s.points.map((p) => ({ x: x(p), y: at(p, p.share), n: p.postings, total: p.total })),
      },
      {
        label: `${s.label} 95% low`,
        role: 'band-low',
        series: index,
        data: s.points.map((p) => ({ x: x(p), y: at(p, p.ciLow) })),
      },
      {
        label: `${s.label} 95% high`,
        role: 'band-high',
        series: index,
        data: s.points.map((p) => ({ x: x(p), y: at(p, p.ciHigh) })),
      },
    );
  });
  const failed = failedDataset(input.failed, periods);
  if (failed) datasets.push(failed);
  return {
    kind: 'time',
    unit: 'share',
    interval: input.interval,
    periods,
    labels,
    notes: notesOf(input.series),
    datasets,
  };
}

/** Under each tick: "postings / total" for one series; the total alone when several share the axis. */
function notesOf(series: readonly NamedSeries[]): string[] {
  const [only, ...others] = series;
  if (!only) return [];
  if (others.length === 0) return only.points.map((p) => `${p.postings} / ${p.total}`);
  return only.points.map((p) => `of ${p.total}`);
}
