import { describe, expect, it } from 'vitest';
import { countKey } from '../../../src/trends/series.js';
import { movers, summarizeDemand } from '../../../src/trends/summary.js';

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
  const summary = summarizeDemand(skills, ['2026-03', '2026-04'], jobs);

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
    const one = summarizeDemand(skills, ['2026-04'], jobs);
    expect(one.previousPeriod).toBeNull();
    expect(one.skills.every((s) => s.change === null && s.withinNoise)).toBe(true);
    const gap = summarizeDemand(skills, ['2026-04', '2026-05'], jobs);
    expect(gap.skills[0]?.last).toEqual({ period: '2026-05', postings: 0, total: 0, share: null });
    expect(gap.skills[0]?.change).toBeNull();
  });
});
