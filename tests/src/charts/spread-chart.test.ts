import { describe, expect, it } from 'vitest';
import { MIN_SALARY_POSTINGS, spreadChart } from '../../../src/charts/spread-chart.js';

const spread = { p10: 1, p25: 2, median: 3, p75: 4, p90: 5 };

describe('spreadChart', () => {
  it.each([
    [MIN_SALARY_POSTINGS - 1, true],
    [MIN_SALARY_POSTINGS, false],
    [1, true],
  ])('n %i: low %s', (n, low) => {
    const chart = spreadChart('EUR', [{ label: 'senior', n, ...spread }]);
    expect(chart).toEqual({ kind: 'spread', currency: 'EUR', rows: [{ label: 'senior', n, ...spread, low }] });
  });

  it('keeps the groups in the order given', () => {
    const chart = spreadChart('USD', [
      { label: 'b', n: 20, ...spread },
      { label: 'a', n: 3, ...spread },
    ]);
    expect(chart.rows.map((r) => [r.label, r.low])).toEqual([
      ['b', false],
      ['a', true],
    ]);
  });
});
