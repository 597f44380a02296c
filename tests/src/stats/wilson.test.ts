import { describe, expect, it } from 'vitest';
import { wilson } from '../../../src/stats/wilson.js';

describe('wilson', () => {
  // Values from the closed form, computed independently (Python, z = 1.959963984540054).
  it.each([
    [0, 10, 0, 0.2775327998628892],
    [5, 10, 0.236593090512564, 0.7634069094874361],
    [1, 100, 0.0017674320641406505, 0.054486196178705315],
    [30, 100, 0.2189488529493276, 0.3958485463334666],
    [10, 10, 0.7224672001371107, 1],
    [1, 1, 0.20654931437723745, 1],
  ])('%i of %i → [%f, %f]', (k, n, low, high) => {
    const interval = wilson(k, n);
    expect(interval?.low).toBeCloseTo(low, 12);
    expect(interval?.high).toBeCloseTo(high, 12);
  });

  it('is exactly 0 at no successes and exactly 1 at all', () => {
    expect(wilson(0, 7)?.low).toBe(0);
    expect(wilson(7, 7)?.high).toBe(1);
  });

  it('knows nothing of no trials', () => {
    expect(wilson(0, 0)).toBeNull();
  });

  it('narrows as the sample grows, around the same share', () => {
    const small = wilson(3, 10);
    const large = wilson(300, 1000);
    expect((large?.high ?? 0) - (large?.low ?? 0)).toBeLessThan((small?.high ?? 0) - (small?.low ?? 0));
  });

  it.each([
    [-1, 5],
    [6, 5],
    [1.5, 5],
  ])('rejects k=%s n=%s', (k, n) => {
    expect(() => wilson(k, n)).toThrow(RangeError);
  });
});
