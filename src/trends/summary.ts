// Every skill's demand over a window, from jobs per period: its jobs and
// share of the window, and its change between the window's last two
// periods, with both periods' counts so a reader can judge it. A change
// whose two Wilson intervals overlap is flagged as within noise rather than
// presented as a trend.
import { wilson } from '../stats/wilson.js';
import { ALL_JOBS } from './contributions.js';
import { countKey } from './series.js';

export interface SkillRef {
  id: string;
  name: string;
  category: string;
}

export interface PeriodShare {
  period: string;
  postings: number;
  total: number;
  /** null when the period has no jobs. */
  share: number | null;
}

export interface SkillDemand extends SkillRef {
  /** Jobs asking for the skill in the window (each job once). */
  postings: number;
  share: number;
  ciLow: number;
  ciHigh: number;
  last: PeriodShare | null;
  previous: PeriodShare | null;
  /** last.share − previous.share, in share units (0.05 = 5 points); null without both. */
  change: number | null;
  /** True when the two periods' 95% intervals overlap: the change may be noise. */
  withinNoise: boolean;
}

export interface DemandSummary {
  /** Backend jobs in the window under the filters: every share's denominator. */
  total: number;
  lastPeriod: string | null;
  previousPeriod: string | null;
  /** Most jobs first, then by id. */
  skills: SkillDemand[];
}

export function summarizeDemand(
  skills: readonly SkillRef[],
  periods: readonly string[],
  jobs: ReadonlyMap<string, number>,
): DemandSummary {
  const count = (key: string, period: string) => jobs.get(countKey(key, period)) ?? 0;
  const total = periods.reduce((sum, period) => sum + count(ALL_JOBS, period), 0);
  const lastPeriod = periods.at(-1) ?? null;
  const previousPeriod = periods.length >= 2 ? (periods.at(-2) ?? null) : null;
  const shareIn = (key: string, period: string | null): PeriodShare | null => {
    if (period === null) return null;
    const postings = count(key, period);
    const periodTotal = count(ALL_JOBS, period);
    return { period, postings, total: periodTotal, share: periodTotal === 0 ? null : postings / periodTotal };
  };
  const demand = skills.map((skill): SkillDemand => {
    const postings = periods.reduce((sum, period) => sum + count(skill.id, period), 0);
    const interval = wilson(postings, total);
    const last = shareIn(skill.id, lastPeriod);
    const previous = shareIn(skill.id, previousPeriod);
    const change = last?.share != null && previous?.share != null ? last.share - previous.share : null;
    return {
      ...skill,
      postings,
      share: total === 0 ? 0 : postings / total,
      ciLow: interval?.low ?? 0,
      ciHigh: interval?.high ?? 0,
      last,
      previous,
      change,
      withinNoise: change === null || overlap(last, previous),
    };
  });
  demand.sort((a, b) => b.postings - a.postings || a.id.localeCompare(b.id));
  return { total, lastPeriod, previousPeriod, skills: demand };
}

function overlap(a: PeriodShare | null, b: PeriodShare | null): boolean {
  const x = a && wilson(a.postings, a.total);
  const y = b && wilson(b.postings, b.total);
  if (!x || !y) return true;
  return x.low <= y.high && y.low <= x.high;
}

/** Skills whose share moved most, up and down, leaving out changes within noise. */
export function movers(summary: DemandSummary, limit: number): { rising: SkillDemand[]; falling: SkillDemand[] } {
  const moved = summary.skills.filter((s) => s.change !== null && !s.withinNoise);
  const byChange = [...moved].sort((a, b) => (b.change ?? 0) - (a.change ?? 0));
  return {
    rising: byChange.filter((s) => (s.change ?? 0) > 0).slice(0, limit),
    falling: byChange
      .filter((s) => (s.change ?? 0) < 0)
      .reverse()
      .slice(0, limit),
  };
}
