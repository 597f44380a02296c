// Lever Postings API adapter: a bare array of postings, paged with skip/limit.
import { escapeText } from 'entities';
import type { SourceConfig } from '../../src/config/schema.js';
import type { WorkMode } from '../../src/domain.js';
import type { NormalizedPosting } from '../../src/posting.js';
import type { SalaryPeriod, StatedSalary } from '../../src/salary/types.js';
import { endpointUrl, type SourceAdapter, SourceFormatError, type SourceRequest } from '../adapter.js';
import { arr, employmentTypeOf, isoTime, num, obj, str } from '../fields.js';
import { readRecords } from './ats-common.js';

export type LeverConfig = Extract<SourceConfig, { type: 'lever' }>;

/** Postings per page. The API documents no default, so the limit is always sent. */
export const LEVER_PAGE_SIZE = 100;
/**
 * No site has anywhere near this many open postings; the cap stops a server
 * that ignores `skip` (and so returns the same full page forever) from looping.
 */
const MAX_SKIP = 10_000;

export const leverAdapter: SourceAdapter<LeverConfig> = {
  type: 'lever',
  format: 'json',
  completeListing: true,
  start(config) {
    return [pageRequest(config, 0)];
  },
  read(body, request, config) {
    if (!Array.isArray(body)) {
      throw new SourceFormatError(
        `Lever site "${config.site}": expected an array of postings, got ${body === null ? 'null' : typeof body}`,
      );
    }
    const { items: postings, skipped } = readRecords(
      body,
      { id: (item) => item.id, title: (item) => item.text },
      ({ record: item, externalId, title }): NormalizedPosting => {
        const categories = obj(item.categories);
        return {
          externalId,
          url: str(item.hostedUrl) ?? str(item.applyUrl),
          title,
          // The API names no company: the site is a slug, not a name.
          company: config.company ?? null,
          location:
            str(categories?.location) ?? (arr(categories?.allLocations).map(str).filter(Boolean).join('; ') || null),
          country: countryCode(item.country),
          workMode: WORKPLACE.get(str(item.workplaceType)?.toLowerCase() ?? '') ?? null,
          employmentType: employmentTypeOf(categories?.commitment),
          description: descriptionOf(item),
          salary: salaryOf(item.salaryRange),
          // Epoch milliseconds (isoTime tells them from seconds by size).
          postedAt: isoTime(item.createdAt),
          attributionUrl: null,
        };
      },
    );
    // A full page means there may be more; a short one is the last.
    const skip = num(request.data?.skip) ?? 0;
    const next = body.length >= LEVER_PAGE_SIZE && skip + LEVER_PAGE_SIZE <= MAX_SKIP;
    return { postings, skipped, next: next ? [pageRequest(config, skip + LEVER_PAGE_SIZE)] : [] };
  },
};

function pageRequest(config: LeverConfig, skip: number): SourceRequest {
  const path = `/v0/postings/${encodeURIComponent(config.site)}?mode=json&skip=${skip}&limit=${LEVER_PAGE_SIZE}`;
  return { url: endpointUrl('https://api.lever.co', path, config.baseUrl), label: 'page', data: { skip } };
}

/** `unspecified` says nothing, so it maps to null like a missing field. One fixture writes "onsite". */
// Maps, not object literals: a payload's "constructor" must not find Object's.
const WORKPLACE = new Map<string, WorkMode>([
  ['remote', 'remote'],
  ['hybrid', 'hybrid'],
  ['on-site', 'onsite'],
  ['onsite', 'onsite'],
]);

function countryCode(value: unknown): string | null {
  const code = str(value)?.toUpperCase();
  return code && /^[A-Z]{2}$/.test(code) ? code : null;
}

/**
 * `description` holds the opening and body only; requirements and benefits
 * live in `lists`, and the closing in `additional`. They are joined into one
 * HTML document, each list under its heading, so the requirement-section
 * reader sees "Requirements" above its items.
 */
function descriptionOf(item: Record<string, unknown>): string {
  const parts: string[] = [];
  const main = str(item.description) ?? plainAsHtml(str(item.descriptionPlain));
  if (main) parts.push(main);
  for (const entry of arr(item.lists)) {
    const list = obj(entry);
    const heading = str(list?.text);
    const content = str(list?.content);
    if (heading) parts.push(`<h3>${escapeText(heading)}</h3>`);
    // The content is bare <li> items; a list element keeps them items.
    if (content) parts.push(/^<[uo]l[\s>]/i.test(content) ? content : `<ul>${content}</ul>`);
  }
  const closing = str(item.additional) ?? plainAsHtml(str(item.additionalPlain));
  if (closing) parts.push(closing);
  return parts.join('\n');
}

/** Plain text placed among HTML must not be read as markup, and keeps its line breaks. */
function plainAsHtml(text: string | null): string | null {
  return text ? `<p>${escapeText(text).replace(/\r?\n/g, '<br>')}</p>` : null;
}

/**
 * Lever's intervals, each to a period and the factor that states the amount
 * per that period. Semi-monthly is paid twice a month and bi-weekly every two
 * weeks (payroll usage). "bi-month" could mean either twice a month or every
 * two months, and "one-time" is no rate at all: those, and any interval not
 * listed, drop the salary rather than guess.
 */
const INTERVALS = new Map<string, readonly [SalaryPeriod, number]>([
  ['per-year-salary', ['year', 1]],
  ['per-month-salary', ['month', 1]],
  ['semi-month-salary', ['month', 2]],
  ['bi-week-salary', ['week', 0.5]],
  ['per-week-salary', ['week', 1]],
  ['per-day-wage', ['day', 1]],
  ['per-hour-wage', ['hour', 1]],
]);

function salaryOf(value: unknown): StatedSalary | null {
  const range = obj(value);
  const interval = INTERVALS.get(str(range?.interval)?.toLowerCase() ?? '');
  if (!range || !interval) return null;
  const [period, factor] = interval;
  const amount = (v: unknown) => {
    const n = num(v);
    return n !== null && n > 0 ? n * factor : null;
  };
  const min = amount(range.min);
  const max = amount(range.max);
  if (min === null && max === null) return null;
  const currency = str(range.currency)?.toUpperCase() ?? null;
  return { min, max, currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null, period };
}
