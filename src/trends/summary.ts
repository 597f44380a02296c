// Every skill's demand over a window, from jobs per period: its jobs and
// share of the window, and its change between the window's last two
// periods, with both periods' counts so a reader can judge it. A change
// whose two Wilson intervals overlap is flagged as within noise rather than
// presented as a trend. It needs only each key's window sum and last two
// periods (WindowCounts), which the kept counts give in one grouped read.
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

/** A key's jobs over the whole window and in its last two periods. */
export interface KeyCounts {
  window: number;
  last: number;
  previous: number;
}

/** What a demand summary rests on: jobs per key ('' = every backend job); a missing key has none. */
export interface WindowCounts {
  lastPeriod: string | null;
  previousPeriod: string | null;
  keys: ReadonlyMap<string, KeyCounts>;
}

/** The window's last period and the one before it (null for a one-period window). */
export function lastTwoPeriods(periods: readonly string[]): {
  lastPeriod: string | null;
  previousPeriod: string | null;
} {
  return { lastPeriod: periods.at(-1) ?? null, previousPeriod: periods.length >= 2 ? (periods.at(-2) ?? null) : null };
}

/** Window counts of these keys ('' is always added) from jobs per countKey(key, period) over the periods. */
export function windowCounts(
  keys: readonly string[],
  periods: readonly string[],
  jobs: ReadonlyMap<string, number>,
): WindowCounts {
  const { lastPeriod, previousPeriod } = lastTwoPeriods(periods);
  const count = (key: string, period: string | null) => (period === null ? 0 : (jobs.get(countKey(key, period)) ?? 0));
  const counts = new Map<string, KeyCounts>();
  for (const key of [ALL_JOBS, ...keys]) {
    counts.set(key, {
      window: periods.reduce((sum, period) => sum + count(key, period), 0),
      last: count(key, lastPeriod),
      previous: count(key, previousPeriod),
    });
  }
  return { lastPeriod, previousPeriod, keys: counts };
}

const NONE: KeyCounts = { window: 0, last: 0, previous: 0 };

export function summarizeDemand(skills: readonly SkillRef[], counts: WindowCounts): DemandSummary {
  const { lastPeriod, previousPeriod } = counts;
  const all = counts.keys.get(ALL_JOBS) ?? NONE;
  const total = all.window;
  const shareIn = (period: string | null, postings: number, periodTotal: number): PeriodShare | null =>
    period === null
      ? null
      : { period, postings, total: periodTotal, share: periodTotal === 0 ? null : postings / periodTotal };
  const demand = skills.map((skill): SkillDemand => {
    const jobs = counts.keys.get(skill.id) ?? NONE;
    const postings = jobs.window;
    const interval = wilson(postings, total);
    const last = shareIn(lastPeriod, jobs.last, all.last);
    const previous = shareIn(previousPeriod, jobs.previous, all.previous);
    const change = last?.share != null && previous?.share != null ? last.share - previous.share : null;
    // Named, not spread: V8 builds `{ ...skill, eight more }` on a slow path, 100× the cost here.
    return {
      id: skill.id,
      name: skill.name,
      category: skill.category,
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
