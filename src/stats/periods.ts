// Trend periods: calendar months ("2026-03") and ISO 8601 weeks ("2026-W09",
// Monday to Sunday, in the year of their Thursday). Days are UTC dates
// (YYYY-MM-DD); a timestamp is read by its UTC date.

export type Granularity = 'month' | 'week';

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

/** Days since 1970-01-01 of a YYYY-MM-DD date (or of an ISO timestamp's date). */
export function dayNumber(date: string): number {
  const match = DAY.exec(date);
  if (!match) throw new RangeError(`not a date: ${JSON.stringify(date)}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over into March: a date that does not exist is an error, not another day.
  if (new Date(ms).getUTCDate() !== d || m < 1 || m > 12) throw new RangeError(`not a date: ${JSON.stringify(date)}`);
  return ms / DAY_MS;
}

/** Whether text is a date that exists, as YYYY-MM-DD. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    dayNumber(text);
    return true;
  } catch {
    return false;
  }
}

export function dayOf(dayNum: number): string {
  return new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
function weekday(dayNum: number): number {
  return (((dayNum + 3) % 7) + 7) % 7;
}

/** Monday of ISO week 1 of a week-year: the week that holds 4 January. */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  return jan4 - weekday(jan4);
}

/** The period a date falls in. */
export function periodOf(date: string, granularity: Granularity): string {
  const day = dayNumber(date);
  if (granularity === 'month') return dayOf(day).slice(0, 7);
  const year = new Date((day - weekday(day) + 3) * DAY_MS).getUTCFullYear();
  const week = Math.floor((day - firstMonday(year)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function granularityOf(period: string): Granularity {
  if (MONTH.test(period)) return 'month';
  if (WEEK.test(period)) return 'week';
  throw new RangeError(`not a period: ${JSON.stringify(period)}`);
}

/** First day of a period, and the first day after it. */
export function periodBounds(period: string): { start: string; end: string } {
  const month = MONTH.exec(period);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) throw new RangeError(`not a period: ${JSON.stringify(period)}`);
    return { start: dayOf(Date.UTC(y, m - 1, 1) / DAY_MS), end: dayOf(Date.UTC(y, m, 1) / DAY_MS) };
  }
  const week = WEEK.exec(period);
  if (week) {
    const [y, w] = [Number(week[1]), Number(week[2])];
    const start = firstMonday(y) + (w - 1) * 7;
    // Week 53 exists only in long years; "2026-W53" must not silently mean 2027-W01.
    if (w < 1 || periodOf(dayOf(start), 'week') !== period) throw new RangeError(`not a period: ${period}`);
    return { start: dayOf(start), end: dayOf(start + 7) };
  }
  throw new RangeError(`not a period: ${JSON.stringify(period)}`);
}

/** The last day of a period. */
export function lastDayOf(period: string): string {
  return dayOf(dayNumber(periodBounds(period).end) - 1);
}

/** Every period that holds a day of [from, to] (both inclusive), in order: trends show empty periods too. */
export function periodsCovering(from: string, to: string, granularity: Granularity): string[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  const periods: string[] = [];
  let day = first;
  while (day <= last) {
    const period = periodOf(dayOf(day), granularity);
    periods.push(period);
    day = dayNumber(periodBounds(period).end);
  }
  return periods;
}

/** Whether [from, to] leaves out some days of the period: its counts cover part of it only. */
export function isPartial(period: string, from: string, to: string): boolean {
  const { start, end } = periodBounds(period);
  return dayNumber(start) < dayNumber(from) || dayNumber(end) - 1 > dayNumber(to);
}
