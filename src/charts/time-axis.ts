// Periods as the time axis takes them: a month is drawn at its first day, an
// ISO week at its Monday, so weekly and monthly points land where the date
// adapter's own ticks do.
import { lastDayOf, periodBounds } from '../stats/periods.js';
import type { TimeDataset } from './types.js';

/** The day a period is drawn at (YYYY-MM-DD). */
export function periodDate(period: string): string {
  return periodBounds(period).start;
}

/** Failed scrape days to mark on a chart: the day and the sources that failed on it. */
export interface FailedDay {
  day: string;
  sources: readonly string[];
}

/** Only the failed days inside [from, to], one per day, sources merged and sorted. */
export function failedDaysWithin(days: readonly FailedDay[], from: string, to: string): FailedDay[] {
  const merged = new Map<string, Set<string>>();
  for (const { day, sources } of days) {
    if (day < from || day > to) continue;
    const set = merged.get(day) ?? new Set<string>();
    for (const source of sources) set.add(source);
    merged.set(day, set);
  }
  return [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, sources]) => ({ day, sources: [...sources].sort() }));
}

/** Markers at y = 0 on the failed days within the charted periods; null when there are none. */
export function failedDataset(
  failed: readonly FailedDay[] | undefined,
  periods: readonly string[],
): TimeDataset | null {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!failed || !first || !last) return null;
  const marked = failedDaysWithin(failed, periodDate(first), lastDayOf(last));
  if (marked.length === 0) return null;
  return {
    label: 'scrape failed',
    role: 'failed',
    series: -1,
    data: marked.map((d) => ({ x: d.day, y: 0, note: `failed: ${d.sources.join(', ')}` })),
  };
}
