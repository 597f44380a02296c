// The Wilson score interval for a share k/n: unlike the normal approximation
// it stays inside [0, 1] and stays honest for small n and for shares near 0
// or 1 — the common case for a niche skill in one month.

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** The interval for k successes in n trials; null when n is 0 (no postings: nothing is known). */
export function wilson(k: number, n: number, z = Z_95): Interval | null {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(`wilson: need integers 0 ≤ k ≤ n, got k=${k} n=${n}`);
  }
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Clamped: at k = 0 or k = n the bound is exactly 0 or 1, whatever the float rounding says.
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}
