// Jobs new and jobs open per period. A job is open from its start day to its
// end day, both inclusive, and counts as active in every period those days
// touch: a job posted in January and still seen in March is active in
// January, February and March. Days are UTC dates (YYYY-MM-DD), so they
// compare as text.
import { lastDayOf, periodBounds } from '../stats/periods.js';

/** A job's first and last open day (YYYY-MM-DD). */
export type DayInterval = readonly [start: string, end: string];

/** Lowest index whose value is ≥ day (strict: > day), in values sorted ascending. */
function lowerBound(values: readonly string[], day: string, strict: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = values[middle] as string;
    if (value < day || (strict && value === day)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function boundsOf(periods: readonly string[]) {
  return { starts: periods.map((p) => periodBounds(p).start), lasts: periods.map(lastDayOf) };
}

/**
 * Jobs open in each period (periods in order, not overlapping, as
 * periodsCovering gives them), by a sweep: each interval adds one at its
 * first period and takes it off after its last, so the cost is a binary
 * search per job rather than a pass over every period. An interval that ends
 * before it starts (a posted date later than the last sighting) counts as
 * open on its start day only.
 */
export function activePerPeriod(intervals: Iterable<DayInterval>, periods: readonly string[]): number[] {
  const { starts, lasts } = boundsOf(periods);
  const delta = new Array<number>(periods.length + 1).fill(0);
  for (const [start, end] of intervals) {
    const first = lowerBound(lasts, start, false);
    const last = lowerBound(starts, end < start ? start : end, true) - 1;
    if (first > last) continue;
    delta[first] = (delta[first] as number) + 1;
    delta[last + 1] = (delta[last + 1] as number) - 1;
  }
  const counts: number[] = [];
  let open = 0;
  for (let i = 0; i < periods.length; i++) {
    open += delta[i] as number;
    counts.push(open);
  }
  return counts;
}

/** Days falling in each period (same periods as activePerPeriod); days outside every period are not counted. */
export function newlyPerPeriod(days: Iterable<string>, periods: readonly string[]): number[] {
  const { starts, lasts } = boundsOf(periods);
  const counts = new Array<number>(periods.length).fill(0);
  for (const day of days) {
    const i = lowerBound(lasts, day, false);
    if (i < periods.length && (starts[i] as string) <= day) counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}
