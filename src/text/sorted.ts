// Binary searches over sorted offset arrays (line starts, sentence ends, cues).

/** Index of the last value ≤ x, or -1. The values are offsets (integers): ≤ x is < x + 1. */
export function lastAtMost(sorted: readonly number[], x: number): number {
  return firstAtLeast(sorted, x + 1) - 1;
}

/** Index of the last value < x, or -1. */
export function lastBelow(sorted: readonly number[], x: number): number {
  return firstAtLeast(sorted, x) - 1;
}

/** Index of the first value ≥ x (at or after `from`), or the array's length. */
export function firstAtLeast(sorted: readonly number[], x: number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
