// Trend series as the API and the charts take them: every period of the
// window, the empty ones with zeros, each point with its count, its
// denominator and the share's Wilson 95% interval.
import { wilson } from '../stats/wilson.js';
import { ALL_JOBS } from './contributions.js';

export interface TrendPoint {
  period: string;
  /** Jobs asking for the skill. */
  postings: number;
  /** Every backend job of the period: the share's denominator. */
  total: number;
  share: number;
  ciLow: number;
  ciHigh: number;
}

export interface TrendSeries {
  skill: string;
  points: TrendPoint[];
}

/** The key of a skill's count in a period, as trendCounts gives them ('' is every backend job). */
export function countKey(skillId: string, period: string): string {
  return `${skillId} ${period}`;
}

/**
 * `jobs` maps countKey(skill, period) ('' for all jobs) to a count. A period without
 * jobs has total 0: its share and interval are 0 too, and a chart draws no
 * band there (the API documents that total 0 means no data, not 0%).
 */
export function buildSeries(
  skills: readonly string[],
  periods: readonly string[],
  jobs: ReadonlyMap<string, number>,
): TrendSeries[] {
  const totals = periods.map((period) => jobs.get(countKey(ALL_JOBS, period)) ?? 0);
  return skills.map((skill) => ({
    skill,
    points: periods.map((period, i) => pointOf(period, jobs.get(countKey(skill, period)) ?? 0, totals[i] ?? 0)),
  }));
}

/** One point: the share of `total` jobs that ask for the skill, with its interval (0s when total is 0). */
export function pointOf(period: string, postings: number, total: number): TrendPoint {
  const interval = wilson(postings, total);
  return {
    period,
    postings,
    total,
    share: total === 0 ? 0 : postings / total,
    ciLow: interval?.low ?? 0,
    ciHigh: interval?.high ?? 0,
  };
}
