// Newly posted against active jobs per period: for a skill, the share of
// each that asks for it; for the whole market (no skill), the counts.
import { type FailedDay, failedDataset, periodDate } from './time-axis.js';
import type { TimeChart } from './types.js';

export interface NewlyActiveRow {
  period: string;
  /** Jobs first posted in the period (asking for the skill, when there is one). */
  newly: number;
  /** Jobs open at some time in the period (asking for the skill, when there is one). */
  active: number;
  totalNewly: number;
  totalActive: number;
}

/** 'share': newly / totalNewly and active / totalActive; 'count': the jobs themselves. */
export function newlyActiveChart(
  interval: 'month' | 'week',
  rows: readonly NewlyActiveRow[],
  unit: 'share' | 'count',
  failed?: readonly FailedDay[],
): TimeChart {
  const labels = rows.map((r) => periodDate(r.period));
  const point = (r: NewlyActiveRow, n: number, total: number) => ({
    x: periodDate(r.period),
    y: unit === 'count' ? n : total === 0 ? null : n / total,
    n,
    total,
  });
  const periods = rows.map((r) => r.period);
  const marker = failedDataset(failed, periods);
  return {
    kind: 'time',
    unit,
    interval,
    periods,
    labels,
    notes: rows.map((r) => (unit === 'count' ? `${r.newly} new` : `${r.newly} / ${r.totalNewly}`)),
    datasets: [
      { label: 'newly posted', role: 'series', series: 0, data: rows.map((r) => point(r, r.newly, r.totalNewly)) },
      { label: 'active', role: 'series', series: 1, data: rows.map((r) => point(r, r.active, r.totalActive)) },
      ...(marker ? [marker] : []),
    ],
  };
}
