// Recruitee's Careers Site API (no key): one request returns every published
// offer of the company. The API lives on the company's careers host
// ({company}.recruitee.com), so a configured baseUrl replaces that whole
// host, company subdomain included (a custom careers domain, or a local
// server), and the path stays /api/offers/.
import type { SourceConfig } from '../../src/config/schema.js';
import type { WorkMode } from '../../src/domain.js';
import type { NormalizedPosting } from '../../src/posting.js';
import type { StatedSalary } from '../../src/salary/types.js';
import { endpointUrl, type SourceAdapter } from '../adapter.js';
import { employmentTypeOf, isoTime, obj, str } from '../fields.js';
import {
  amount,
  bodyList,
  bodyObject,
  countryCode,
  currencyCode,
  httpUrl,
  joinPlace,
  joinSections,
  type RecordKeys,
  readRecords,
  salaryPeriodOf,
  unknownLabel,
} from './ats-common.js';

type RecruiteeConfig = Extract<SourceConfig, { type: 'recruitee' }>;

/**
 * The three flags are independent checkboxes. One set is that mode; several
 * (an offer open to remote or on-site work) read as hybrid only when hybrid
 * is among them, else as unknown rather than a guess.
 */
function workModeOf(record: Record<string, unknown>): WorkMode | null {
  const modes = (
    [
      ['remote', record.remote],
      ['hybrid', record.hybrid],
      ['onsite', record.on_site],
    ] as const
  )
    .filter(([, flag]) => flag === true)
    .map(([mode]) => mode);
  if (modes.length === 1) return modes[0] ?? null;
  return modes.includes('hybrid') ? 'hybrid' : null;
}

/** Amounts come as numbers or decimal strings ("4500.00"); an unknown period drops the salary. */
function salaryOf(value: unknown): StatedSalary | null {
  const salary = obj(value);
  if (!salary) return null;
  const min = amount(salary.min);
  const max = amount(salary.max);
  const period = salaryPeriodOf(salary.period);
  if ((min === null && max === null) || period === null) return null;
  return { min, max, currency: currencyCode(salary.currency), period };
}

function toPosting({ record, externalId, title }: RecordKeys): NormalizedPosting {
  return {
    externalId,
    url: httpUrl(record.careers_url) ?? httpUrl(record.url),
    title,
    company: str(record.company_name),
    location: str(record.location) ?? joinPlace(record.city, record.country),
    country: countryCode(record.country_code),
    workMode: workModeOf(record),
    // Codes such as fulltime_permanent, parttime_fixed_term, freelance, internship.
    employmentType: employmentTypeOf(record.employment_type_code),
    description: joinSections([
      { heading: null, html: record.description },
      { heading: 'Requirements', html: record.requirements },
    ]),
    salary: salaryOf(record.salary),
    // "2026-07-30 19:46:15 UTC": isoTime reads this form.
    postedAt: isoTime(record.published_at) ?? isoTime(record.created_at),
    attributionUrl: null,
  };
}

export const recruiteeAdapter: SourceAdapter<RecruiteeConfig> = {
  type: 'recruitee',
  format: 'json',
  completeListing: true,
  start: (config) => [
    { url: endpointUrl(`https://${config.company}.recruitee.com`, '/api/offers/', config.baseUrl), label: 'list' },
  ],
  read(body, request) {
    if (request.label !== 'list') return unknownLabel('recruitee', request);
    const offers = bodyList(bodyObject(body, 'recruitee'), 'offers', 'recruitee');
    const { items, skipped } = readRecords(offers, { id: (r) => r.id, title: (r) => r.title }, toPosting);
    return { postings: items, skipped, next: [] };
  },
};
