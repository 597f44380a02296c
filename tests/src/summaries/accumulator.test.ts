import { describe, expect, it } from 'vitest';
import { COMPANIES_KEPT, SummaryAccumulator, type SummaryPosting } from '../../../src/summaries/accumulator.js';

const base: SummaryPosting = {
  day: '2026-03-02',
  openUntil: '2026-03-02',
  company: null,
  seniority: null,
  workMode: null,
  country: null,
  currency: null,
  salary: null,
  skills: ['kafka'],
};
const job = (over: Partial<SummaryPosting>): SummaryPosting => ({ ...base, ...over });

describe('SummaryAccumulator', () => {
  it('keeps each skill’s leading companies and every company tied with the last one kept', () => {
    const summary = new SummaryAccumulator({ first: '2026-03-01', last: '2026-03-31' });
    // Company 0 has 3 jobs, companies 1…(KEPT) have 2 each, companies above have 1: the cut falls in the twos.
    summary.addJob([job({ company: 'c00' })]);
    summary.addJob([job({ company: 'c00' })]);
    summary.addJob([job({ company: 'c00' })]);
    for (let i = 1; i <= COMPANIES_KEPT; i++) {
      const company = `c${String(i).padStart(2, '0')}`;
      summary.addJob([job({ company })]);
      summary.addJob([job({ company })]);
    }
    for (let i = 0; i < 5; i++) summary.addJob([job({ company: `single-${i}` })]);
    const rows = [...summary.companyRows()];
    // The 25th is a company with 2 jobs: all 25 companies with 2 are kept (26 rows), none with 1.
    expect(rows).toHaveLength(COMPANIES_KEPT + 1);
    expect(rows[0]).toEqual({ skill: 'kafka', company: 'c00', jobs: 3 });
    expect(rows.every((r) => r.jobs >= 2)).toBe(true);
  });

  it('counts a job once, by its first posting, open until its last posting’s last day', () => {
    const summary = new SummaryAccumulator({ first: '2026-01-01', last: '2026-04-30' });
    summary.addJob([
      job({ day: '2026-01-20', openUntil: '2026-01-25', skills: ['kafka', 'rust'] }),
      // A repost: its skills do not count (the first posting's do); its last day extends the job to March.
      job({ day: '2026-03-01', openUntil: '2026-03-05', skills: ['kafka', 'redis'] }),
    ]);
    const months = [...summary.activityRows()].filter((r) => r.granularity === 'month' && r.skill === 'kafka');
    expect(months.map((r) => [r.period, r.newly, r.active])).toEqual([
      ['2026-01', 1, 1],
      ['2026-02', 0, 1],
      ['2026-03', 0, 1],
    ]);
    expect(
      [...summary.pairRows()].sort((a, b) => `${a.skill}${a.other}`.localeCompare(`${b.skill}${b.other}`)),
    ).toEqual([
      { skill: '', other: '', jobs: 1 },
      { skill: 'kafka', other: 'kafka', jobs: 1 },
      { skill: 'kafka', other: 'rust', jobs: 1 },
      { skill: 'rust', other: 'kafka', jobs: 1 },
      { skill: 'rust', other: 'rust', jobs: 1 },
    ]);
  });

  it('takes a job’s salary in each currency from its first posting stating one', () => {
    const summary = new SummaryAccumulator({ first: '2026-03-01', last: '2026-03-31' });
    summary.addJob([
      job({ currency: 'USD', salary: 100_000, seniority: 'senior' }),
      job({ currency: 'USD', salary: 200_000 }),
      job({ currency: 'EUR', salary: 90_000 }),
    ]);
    const all = [...summary.salarySpreads()].filter((r) => r.dimension === 'all');
    expect(all.map((r) => [r.currency, r.n, r.median])).toEqual([
      ['USD', 1, 100_000],
      ['EUR', 1, 90_000],
    ]);
    const seniority = [...summary.salarySpreads()].filter((r) => r.dimension === 'seniority');
    expect(seniority.map((r) => [r.currency, r.key])).toEqual([
      ['USD', 'senior'],
      ['EUR', 'unknown'],
    ]);
  });

  it('refuses a day outside the span it was given (the span must cover every job)', () => {
    const summary = new SummaryAccumulator({ first: '2026-03-01', last: '2026-03-31' });
    expect(() => summary.addJob([job({ day: '2026-05-01', openUntil: '2026-05-01' })])).toThrow(/outside/);
  });
});
