import { describe, expect, it } from 'vitest';
import { quantileSorted, spreadOf } from '../../../src/stats/quantiles.js';

describe('spreadOf', () => {
  it('gives type-7 quantiles, as NumPy and spreadsheets do', () => {
    // numpy.quantile([40000, 55000, 60000, 72000, 90000, 120000, 150000], [.1, .25, .5, .75, .9])
    expect(spreadOf([150_000, 40_000, 72_000, 55_000, 120_000, 60_000, 90_000])).toEqual({
      n: 7,
      p10: 49_000,
      p25: 57_500,
      median: 72_000,
      p75: 105_000,
      p90: 132_000,
    });
  });

  it('takes one value as every quantile, and none as no spread', () => {
    expect(spreadOf([80_000])).toEqual({ n: 1, p10: 80_000, p25: 80_000, median: 80_000, p75: 80_000, p90: 80_000 });
    expect(spreadOf([])).toBeNull();
  });

  it('leaves out values that are not finite numbers', () => {
    expect(spreadOf([Number.NaN, 10, Number.POSITIVE_INFINITY, 20])?.n).toBe(2);
  });
});

describe('quantileSorted', () => {
  it('interpolates between ranks', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
  });

  it('rejects q outside [0, 1] and an empty list', () => {
    expect(() => quantileSorted([1], 1.5)).toThrow(RangeError);
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
  });
});
