// How numbers read on the pages: shares as percentages, changes in points,
// counts with separators, salaries in their own currency (never converted).
import { granularityOf, periodBounds } from '../../src/stats/periods.js';

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function int(n: number): string {
  return INTEGER.format(n);
}

/** A share (0..1) as a percentage: one decimal, two below 1% so a small share does not read as 0. */
export function pct(share: number): string {
  const value = share * 100;
  const digits = value !== 0 && Math.abs(value) < 1 ? 2 : 1;
  return `${value.toFixed(digits)}%`;
}

/** A 95% interval of a share: "30.1–95.4%". */
export function pctRange(low: number, high: number): string {
  return `${pct(low).slice(0, -1)}–${pct(high)}`;
}

/** A change of share (0.05 = 5 points) as signed percentage points. */
export function points(change: number): string {
  const value = change * 100;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${Math.abs(value).toFixed(1)} pts`;
}

const moneyFormats = new Map<string, Intl.NumberFormat | null>();

/** An amount in its ISO 4217 currency ("$150,000", "€82,500"); an unknown code is written out. */
export function money(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    } catch {
      format = null;
    }
    moneyFormats.set(currency, format);
  }
  return format ? format.format(amount) : `${currency} ${int(amount)}`;
}

/** "2026-03" → "Mar 2026"; "2026-W10" → "week of 2 Mar 2026" (its Monday). */
export function periodLabel(period: string): string {
  if (granularityOf(period) === 'month') {
    const [year, month] = period.split('-');
    return `${MONTHS[Number(month) - 1]} ${year}`;
  }
  return `week of ${dayLabel(periodBounds(period).start)}`;
}

/** "2026-03-02" (or an ISO timestamp) → "2 Mar 2026". */
export function dayLabel(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** How long before `now` an ISO timestamp was: "just now", "5 hours ago", "3 days ago". */
export function ageLabel(now: Date, iso: string): string {
  const ms = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 1) return 'within the hour';
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
