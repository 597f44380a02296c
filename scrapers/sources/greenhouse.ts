// Greenhouse Job Board API adapter: one request returns the whole board.
import { decodeHTML } from 'entities';
import type { SourceConfig } from '../../src/config/schema.js';
import type { EmploymentType, WorkMode } from '../../src/domain.js';
import type { NormalizedPosting } from '../../src/posting.js';
import type { SalaryPeriod, StatedSalary } from '../../src/salary/types.js';
import { endpointUrl, type SourceAdapter } from '../adapter.js';
import { arr, employmentTypeOf, isoTime, num, obj, str } from '../fields.js';
import { arrayIn, readRecords } from './ats-common.js';

export type GreenhouseConfig = Extract<SourceConfig, { type: 'greenhouse' }>;

export const greenhouseAdapter: SourceAdapter<GreenhouseConfig> = {
  type: 'greenhouse',
  format: 'json',
  completeListing: true,
  start(config) {
    // content=true adds the description; pay ranges come only with pay_transparency=true.
    const path = `/v1/boards/${encodeURIComponent(config.board)}/jobs?content=true&pay_transparency=true`;
    return [{ url: endpointUrl('https://boards-api.greenhouse.io', path, config.baseUrl), label: 'board' }];
  },
  read(body, _request, config) {
    const jobs = arrayIn(body, 'jobs', `Greenhouse board "${config.board}"`);
    const { items: postings, skipped } = readRecords(
      jobs,
      { id: (job) => job.id, title: (job) => job.title },
      ({ record: job, externalId, title }): NormalizedPosting => {
        const metadata = arr(job.metadata);
        return {
          externalId,
          url: str(job.absolute_url),
          title,
          company: config.company ?? str(job.company_name),
          location: str(obj(job.location)?.name),
          // Offices carry only free-text locations: the country is the enrichment's to read.
          country: null,
          workMode: workModeOf(metadata),
          employmentType: employmentTypeOfMetadata(metadata),
          // Greenhouse escapes the HTML once (`&lt;p&gt;`); decoding once gives the HTML, whose own
          // entities (`&amp;` for "&") stay for the HTML reader.
          description: decodeHTML(str(job.content) ?? ''),
          salary: salaryOf(job.pay_input_ranges),
          // first_published is when the post went live; updated_at moves on every edit.
          postedAt: isoTime(job.first_published) ?? isoTime(job.updated_at),
          attributionUrl: null,
        };
      },
    );
    return { postings, skipped, next: [] };
  },
};

/**
 * The first pay range with an amount, in the employer's order. Several ranges are
 * alternatives for different places ("NYC", "Remote - US"), not one band: merging
 * them would state a range nobody is offered, and the hosted page lists the
 * employer's leading range first.
 */
function salaryOf(ranges: unknown): StatedSalary | null {
  for (const item of arr(ranges)) {
    const range = obj(item);
    if (!range) continue;
    const min = cents(range.min_cents);
    const max = cents(range.max_cents);
    if (min === null && max === null) continue;
    return { min, max, currency: currencyCode(range.currency_type), period: periodOf(range.title) };
  }
  return null;
}

/** Amounts are integer cents; zero or less means the bound was left blank. */
function cents(value: unknown): number | null {
  const amount = num(value);
  return amount !== null && amount > 0 ? amount / 100 : null;
}

function currencyCode(value: unknown): string | null {
  const code = str(value)?.toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
}

/**
 * Ranges have no interval field: they are yearly unless the range's short title
 * says otherwise ("Hourly Pay Range"). The blurb is not read: it is legal prose
 * that mentions "days" of leave or "monthly" stipends without being about the pay.
 */
function periodOf(title: unknown): SalaryPeriod {
  const text = str(title)?.toLowerCase() ?? '';
  if (/\bhour(?:ly)?\b/.test(text)) return 'hour';
  if (/\b(?:daily|day rate)\b/.test(text)) return 'day';
  if (/\bweek(?:ly)?\b/.test(text)) return 'week';
  if (/\bmonth(?:ly)?\b/.test(text)) return 'month';
  return 'year';
}

/** A custom field's value as text (select, multi-select, yes/no or short text). */
function metadataValue(metadata: unknown[], name: RegExp): { name: string; value: string } | null {
  for (const item of metadata) {
    const field = obj(item);
    const fieldName = str(field?.name);
    if (!field || !fieldName || !name.test(fieldName)) continue;
    const raw = field.value;
    const value =
      typeof raw === 'boolean' ? String(raw) : Array.isArray(raw) ? raw.map(str).filter(Boolean).join(', ') : str(raw);
    if (value) return { name: fieldName, value };
  }
  return null;
}

/** Employers name their custom fields freely; only a field that is plainly about employment type counts. */
function employmentTypeOfMetadata(metadata: unknown[]): EmploymentType | null {
  const field = metadataValue(metadata, /employment|job type|commitment|time type|contract type/i);
  return field ? employmentTypeOf(field.value) : null;
}

function workModeOf(metadata: unknown[]): WorkMode | null {
  const field = metadataValue(metadata, /workplace|work ?(?:mode|type|model|arrangement)|location type|remote/i);
  if (!field) return null;
  const text = field.value.toLowerCase();
  if (text.includes('hybrid')) return 'hybrid';
  if (text.includes('remote')) return 'remote';
  if (/on-?site|in[- ]?office|in[- ]person/.test(text)) return 'onsite';
  // A yes/no field named "Remote": only a yes says something ("no" may still be hybrid).
  if (/remote/i.test(field.name) && /^(?:yes|true)$/.test(text)) return 'remote';
  return null;
}
