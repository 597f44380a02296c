// The skill × period table of the skills CSV export: for every skill (of the
// asked categories) and every period of the window, the jobs asking for it,
// the period's backend jobs, the share with its Wilson interval (the same
// numbers /api/trends gives), and the median annual salary of those jobs in
// one currency, with its n (the same values the salary views use).

import { type Filters, hasPostingFilters } from '../src/filters/filters.js';
import { spreadOf } from '../src/stats/quantiles.js';
import { ALL_JOBS } from '../src/trends/contributions.js';
import { countKey, pointOf } from '../src/trends/series.js';
import type { CountWindow } from '../src/trends/window.js';
import type { Db } from './connection.js';
import { type Counting, jobCountOf } from './job-counts.js';
import { postingScope } from './job-filter.js';
import { salaryValues } from './salaries.js';
import { listSkills } from './skill-summary.js';
import { keptSalaryMedians, readsSummaries } from './summary-reads.js';

/** A row as the export writes it: cells in the order of SKILL_COLUMNS (src/export/columns.ts). */
export type SkillExportRow = [
  skill_id: string,
  skill_name: string,
  category: string,
  period: string,
  postings: number,
  total: number,
  share: number,
  ci_low: number,
  ci_high: number,
  median_annual_salary: number | null,
  salary_n: number,
  salary_currency: string | null,
];

export interface SkillExportRequest {
  window: CountWindow;
  filters: Filters;
  counting: Counting;
  /** ISO 4217; null: no salary columns (nothing stated in any currency). */
  currency: string | null;
}

/**
 * Counts and salary medians are computed up front (at most skills × periods
 * entries each); the rows themselves are made one at a time as they are read.
 * The salary values behind the medians are one number per (salaried job,
 * skill) and are dropped once the medians are taken, before the first row.
 */
export async function skillExportRows(db: Db, request: SkillExportRequest): Promise<Iterable<SkillExportRow>> {
  const { window, filters, counting, currency } = request;
  const skills = await listSkills(db, filters.category);
  const ids = skills.map((s) => s.id);
  if (ids.length === 0) return [];
  const jobsOf = await jobCountOf(db, { ...window, keys: ids, filters, counting });
  const salaryOf = currency
    ? await salaryMedians(db, request, filters.category?.length ? ids : undefined)
    : () => undefined;
  const totals = window.periods.map((period) => jobsOf(ALL_JOBS, period));
  // Arrays, not objects: the CSV writer takes them by index, where an object costs it a lookup per cell.
  return (function* (): Generator<SkillExportRow> {
    for (const skill of skills) {
      for (let i = 0; i < window.periods.length; i++) {
        const period = window.periods[i] as string;
        const point = pointOf(period, jobsOf(skill.id, period), totals[i] ?? 0);
        const salary = salaryOf(skill.id, period);
        yield [
          skill.id,
          skill.name,
          skill.category,
          period,
          point.postings,
          point.total,
          point.share,
          point.ciLow,
          point.ciHigh,
          salary?.median ?? null,
          salary?.n ?? 0,
          currency,
        ];
      }
    }
  })();
}

/** Median and n by skill and period, over the window's whole periods. */
async function salaryMedians(
  db: Db,
  request: SkillExportRequest,
  groupSkills: readonly string[] | undefined,
): Promise<(skill: string, period: string) => { median: number; n: number } | undefined> {
  const currency = request.currency as string;
  // Per-period medians need no day window: the window's whole periods pick them out.
  if (await readsSummaries(db, request.counting, hasPostingFilters(request.filters))) {
    return keptSalaryMedians(db, currency, request.window.granularity);
  }
  const values = await salaryValues(db, {
    filters: { ...postingScope(request.filters), from: request.window.from, to: request.window.to },
    currency,
    groupBy: 'skill',
    groupSkills,
    granularity: request.window.granularity,
  });
  const medians = new Map<string, { median: number; n: number }>();
  for (const [key, list] of values) {
    const spread = spreadOf(list);
    if (spread) medians.set(key, { median: spread.median, n: spread.n });
  }
  return (skill, period) => medians.get(countKey(skill, period));
}
