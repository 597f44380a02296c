// The window a view counts: whole periods covering the asked days (or the
// data's span when none are asked), bounded so a request cannot ask for
// years of weeks one by one.
import { type Granularity, lastDayOf, periodBounds, periodsCovering } from '../stats/periods.js';

export const MAX_PERIODS = 1_000;

export interface CountWindow {
  granularity: Granularity;
  periods: string[];
  first: string;
  last: string;
  /** First and last day counted: periods count whole, so these may lie outside the asked days. */
  from: string;
  to: string;
}

export class WindowError extends RangeError {
  constructor(
    readonly parameter: 'from' | 'to',
    message: string,
  ) {
    super(message);
  }
}

/** The window for the asked days; null when neither is asked and nothing is stored. */
export function countWindow(
  asked: { from?: string | undefined; to?: string | undefined },
  span: { first: string; last: string } | null,
  granularity: Granularity,
): CountWindow | null {
  const from = asked.from ?? span?.first;
  const to = asked.to ?? span?.last;
  if (!from || !to) return null;
  if (from > to) throw new WindowError('from', 'after to');
  const periods = periodsCovering(from, to, granularity);
  if (periods.length > MAX_PERIODS) {
    throw new WindowError('from', `more than ${MAX_PERIODS} ${granularity}s; narrow the window`);
  }
  const first = periods[0] as string;
  const last = periods[periods.length - 1] as string;
  return { granularity, periods, first, last, from: periodBounds(first).start, to: lastDayOf(last) };
}
