import { describe, expect, it } from 'vitest';
import { countKey } from '../../../src/trends/series.js';
import { movers, summarizeDemand, windowCounts } from '../../../src/trends/summary.js';

const skills = [
  { id: 'go', name: 'Go', category: 'language' },
  { id: 'rust', name: 'Rust', category: 'language' },
  { id: 'perl', name: 'Perl', category: 'language' },
];

function counts(entries: Array<[string, string, number]>): Map<string, number> {
  return new Map(entries.map(([key, period, n]) => [countKey(key, period), n]));
}

describe('summarizeDemand and movers', () => {
  // March 1,000 jobs: Go 100, Rust 200, Perl 50. April 1,000 jobs: Go 300 (up 20 points, far outside noise),
  // Rust 190 (down 1 point: within noise), Perl 10 (down 4 points, outside noise).
  const jobs = counts([
    ['', '2026-03', 1_000],
    ['go', '2026-03', 100],
    ['rust', '2026-03', 200],
    ['perl', '2026-03', 50],
    ['', '2026-04', 1_000],
    ['go', '2026-04', 300],
    ['rust', '2026-04', 190],
    ['perl', '2026-04', 10],
  ]);
  const ids = skills.map((s) => s.id);
  const summarize = (periods: string[]) => summarizeDemand(skills, windowCounts(ids, periods, jobs));
  const summary = summarize(['2026-03', '2026-04']);

  it('condenses jobs per period to the window sum and the last two periods, every key present', () => {
    const counts = windowCounts(['go', 'cobol'], ['2026-02', '2026-03', '2026-04'], jobs);
    expect(counts.lastPeriod).toBe('2026-04');
    expect(counts.previousPeriod).toBe('2026-03');
    expect(Object.fromEntries(counts.keys)).toEqual({
      '': { window: 2_000, last: 1_000, previous: 1_000 },
      go: { window: 400, last: 300, previous: 100 },
      cobol: { window: 0, last: 0, previous: 0 },
    });
    expect(windowCounts(['go'], ['2026-03'], jobs)).toMatchObject({ lastPeriod: '2026-03', previousPeriod: null });
  });

  it('sums the window and orders by jobs', () => {
    expect(summary.total).toBe(2_000);
    expect(summary.skills.map((s) => [s.id, s.postings, s.share])).toEqual([
      ['go', 400, 0.2],
      ['rust', 390, 0.195],
      ['perl', 60, 0.03],
    ]);
  });

  it('gives the change between the last two periods, flagging what is within noise', () => {
    const [go, rust, perl] = summary.skills;
    expect(go?.change).toBeCloseTo(0.2, 12);
    expect(go?.withinNoise).toBe(false);
    expect(rust?.change).toBeCloseTo(-0.01, 12);
    expect(rust?.withinNoise).toBe(true);
    expect(perl?.withinNoise).toBe(false);
    expect(movers(summary, 5)).toEqual({ rising: [go], falling: [perl] });
  });

  it('has no change for a one-period window or a period without jobs', () => {
    const one = summarize(['2026-04']);
    expect(one.previousPeriod).toBeNull();
    expect(one.skills.every((s) => s.change === null && s.withinNoise)).toBe(true);
    const gap = summarize(['2026-04', '2026-05']);
    expect(gap.skills[0]?.last).toEqual({ period: '2026-05', postings: 0, total: 0, share: null });
    expect(gap.skills[0]?.change).toBeNull();
  });
});
