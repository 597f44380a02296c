// What one job adds to the trend counts: one to the backend total and one to
// each of its skills, in its month and in its ISO week. Counting is by job (a
// duplicate group), not by posting, so a job cross-posted on two boards adds
// one. The store keeps these sums current (db/aggregates.ts); this module only
// says what they are. The counts carry no filter columns: a cell per filter
// value multiplied the cells a batch writes by 30 (one per job and skill,
// nearly), and the ingest slowed by a third; filtered views count the rows.
import { type Granularity, periodOf } from '../stats/periods.js';

/** What a job is counted by: its representative posting's facts. */
export interface JobFacts {
  /** The day it was posted (else first seen): YYYY-MM-DD or an ISO timestamp. */
  day: string;
  skills: readonly string[];
}

/** The skill id that stands for "all backend jobs", the denominator of every share. */
export const ALL_JOBS = '';

export const GRANULARITIES: readonly Granularity[] = ['month', 'week'];

/** One cell of the trend counts. */
export interface Cell {
  granularity: Granularity;
  period: string;
  skillId: string;
}

const SEP = '\u001f';

export function cellKey(cell: Cell): string {
  return `${cell.granularity}${SEP}${cell.period}${SEP}${cell.skillId}`;
}

export function cellOf(key: string): Cell {
  const [granularity, period, skillId] = key.split(SEP) as [Granularity, string, string];
  return { granularity, period, skillId };
}

/**
 * Adds `sign` (1 to count jobs, -1 to take them back out) per cell for each
 * job into `into`, and returns it. A job's skills are counted once each.
 */
export function addContributions(
  jobs: Iterable<JobFacts>,
  sign: 1 | -1,
  into: Map<string, number> = new Map(),
): Map<string, number> {
  for (const job of jobs) {
    const skills = new Set([ALL_JOBS, ...job.skills]);
    for (const granularity of GRANULARITIES) {
      const period = periodOf(job.day, granularity);
      for (const skillId of skills) {
        const key = cellKey({ granularity, period, skillId });
        into.set(key, (into.get(key) ?? 0) + sign);
      }
    }
  }
  return into;
}
