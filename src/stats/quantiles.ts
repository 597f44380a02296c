// Salary spreads: p10, p25, median, p75, p90 of annualized values, with n.

export interface Spread {
  n: number;
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of values sorted ascending, interpolating
 * linearly between the two nearest ranks (Hyndman and Fan's type 7, the
 * default of R, NumPy and spreadsheets, so a coach can check it in one).
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
  const rank = q * (sorted.length - 1);
  const below = Math.floor(rank);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (rank - below);
}

/** The spread of any values (finite ones only), or null when there are none. */
export function spreadOf(values: Iterable<number>): Spread | null {
  const sorted = Array.from(values)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    n: sorted.length,
    p10: quantileSorted(sorted, 0.1),
    p25: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p90: quantileSorted(sorted, 0.9),
  };
}
