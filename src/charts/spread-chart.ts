// Salary spreads as a chart: one row per group, greyed when it rests on too
// few postings to say much (the page still shows it, labelled).
import type { Spread } from '../stats/quantiles.js';
import type { SpreadChart, SpreadRow } from './types.js';

/** Groups with fewer postings than this are greyed and labelled on every salary view. */
export const MIN_SALARY_POSTINGS = 10;

export interface SpreadGroup extends Spread {
  label: string;
}

export function spreadChart(currency: string, groups: readonly SpreadGroup[], minN = MIN_SALARY_POSTINGS): SpreadChart {
  const rows: SpreadRow[] = groups.map((g) => ({
    label: g.label,
    n: g.n,
    p10: g.p10,
    p25: g.p25,
    median: g.median,
    p75: g.p75,
    p90: g.p90,
    low: g.n < minN,
  }));
  return { kind: 'spread', currency, rows };
}
