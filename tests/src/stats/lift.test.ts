import { describe, expect, it } from 'vitest';
import { lift, rankByLift } from '../../../src/stats/lift.js';

describe('lift', () => {
  it('is 1 for independent skills, above 1 for skills that go together', () => {
    // 100 postings: 20 with A, 50 with B; independent → 10 with both.
    expect(lift({ both: 10, first: 20, second: 50, total: 100 })).toBe(1);
    expect(lift({ both: 18, first: 20, second: 50, total: 100 })).toBeCloseTo(1.8, 12);
  });

  it('is unknown when a skill never occurs', () => {
    expect(lift({ both: 0, first: 0, second: 5, total: 10 })).toBeNull();
  });
});

describe('rankByLift', () => {
  it('ranks by lift, drops pairs below the minimum count, breaks ties by count', () => {
    const ranked = rankByLift(
      [
        { key: 'kafka', both: 30, first: 100, second: 60, total: 1000 }, // lift 5
        { key: 'niche', both: 2, first: 100, second: 2, total: 1000 }, // lift 10, but 2 postings
        { key: 'flink', both: 10, first: 100, second: 20, total: 1000 }, // lift 5, fewer postings
        { key: 'go', both: 50, first: 100, second: 500, total: 1000 }, // lift 1
      ],
      5,
    );
    expect(ranked.map((r) => [r.key, r.lift])).toEqual([
      ['kafka', 5],
      ['flink', 5],
      ['go', 1],
    ]);
  });
});
