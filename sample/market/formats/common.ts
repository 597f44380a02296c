// What the format renderers share: the format contract, response builders,
// the synthetic public pages jobs link to, and the small conversions every
// wire format needs (epochs, country names, ids, salary wording).
import type { SampleResponse } from '../routes.js';
import type { SampleJob, SampleSalary, SampleSource } from '../types.js';

/** One source type's wire format. */
export interface SampleFormat {
  /** Every response the type's adapter asks for, keyed by path (and query) under the source's prefix. */
  render(source: SampleSource): Map<string, SampleResponse>;
  /** The type's own config keys (board, site, since …), beside type, name, enabled and baseUrl. */
  settings(source: SampleSource): Record<string, unknown>;
}

export function jsonResponse(value: unknown): SampleResponse {
  return { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

export function htmlResponse(body: string): SampleResponse {
  return { status: 200, contentType: 'text/html; charset=utf-8', body };
}

/** A predicate for the jobs the source serves broken. */
export function malformedIn(source: SampleSource): (job: SampleJob) => boolean {
  const ids = new Set(source.malformed);
  return (job) => ids.has(job.id);
}

/** The record without `key`: how a malformed record loses its title (or id). */
export function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

/**
 * The source's public site. A reserved `.example` host (RFC 2606), so no link
 * stored from the sample market leads to a real board; careers sites are
 * crawled under it through `baseUrl`.
 */
export function siteOrigin(source: SampleSource): string {
  const label = source.name.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
  return `https://${label}.market.example`;
}

/** The job's page on its source's site: `/jobs/{id}`. */
export function jobPath(job: SampleJob): string {
  return `/jobs/${encodeURIComponent(job.id)}`;
}

export function jobPageUrl(source: SampleSource, job: SampleJob): string {
  return `${siteOrigin(source)}${jobPath(job)}`;
}

/** The company an ATS board belongs to; a board without one names its first job's. */
export function boardCompany(source: SampleSource): string | null {
  return source.company ?? source.jobs[0]?.company ?? null;
}

/** postedAt normalized: `2026-11-21T09:58:00.000Z`. */
export function postedIso(job: SampleJob): string {
  return new Date(job.postedAt).toISOString();
}

export function postedMs(job: SampleJob): number {
  return Date.parse(job.postedAt);
}

/** Whole seconds (the formats that count in seconds drop the milliseconds). */
export function postedSeconds(job: SampleJob): number {
  return Math.floor(postedMs(job) / 1000);
}

/** "YYYY-MM" of the posting, in UTC. */
export function postedMonth(job: SampleJob): string {
  return postedIso(job).slice(0, 7);
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** "DE" → "Germany": the formats that name countries rather than code them. */
export function countryName(code: string | null): string | null {
  if (!code) return null;
  const name = REGIONS.of(code.toUpperCase());
  return name && name !== code.toUpperCase() ? name : null;
}

/** The city a location starts with ("London, UK (hybrid)" → "London"); none for remote jobs. */
export function cityOf(job: SampleJob): string | null {
  if (job.workMode === 'remote') return null;
  const city = job.location
    .replace(/\([^)]*\)/g, ' ')
    .split(',')[0]
    ?.trim();
  return city ? city : null;
}

/** An id that is a plain integer is sent as a number, as the integer-keyed APIs do; any other stays text. */
export function idValue(id: string): string | number {
  return /^[1-9]\d{0,14}$/.test(id) ? Number(id) : id;
}

/** "Senior Backend Engineer (Go)" → "senior-backend-engineer-go". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Text (or an attribute value) inside HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON placed inside a <script> element: no "</script" (or "<!--") can end it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Items in pages of `size`; always at least one page, maybe empty (an empty board still answers). */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let at = 0; at < items.length; at += size) pages.push(items.slice(at, at + size));
  return pages.length > 0 ? pages : [[]];
}

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };
const PER: Readonly<Record<SampleSalary['period'], string>> = { year: 'a year', month: 'a month', hour: 'an hour' };

/** "$150k–$180k a year", "€6,500–€7,500 a month", "CHF 95–110 an hour": a board's summary line. */
export function salaryText(salary: SampleSalary): string {
  const symbol = SYMBOLS[salary.currency];
  const amount = (n: number): string => {
    const digits =
      salary.period === 'year' && n >= 1000 && n % 1000 === 0
        ? `${n / 1000}k`
        : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return symbol ? `${symbol}${digits}` : digits;
  };
  const range = `${amount(salary.min)}–${amount(salary.max)}`;
  return `${symbol ? range : `${salary.currency} ${range}`} ${PER[salary.period]}`;
}

/** Records in the source's order, each malformed one without its title field (`titleKey`). */
export function records(
  source: SampleSource,
  titleKey: string,
  record: (job: SampleJob) => Record<string, unknown>,
): Array<Record<string, unknown>> {
  const malformed = malformedIn(source);
  return source.jobs.map((job) => (malformed(job) ? without(record(job), titleKey) : record(job)));
}
