// Ashby public Job Posting API adapter: one request returns the whole board.
import type { SourceConfig } from '../../src/config/schema.js';
import type { WorkMode } from '../../src/domain.js';
import { placeOf } from '../../src/enrich/location.js';
import type { NormalizedPosting } from '../../src/posting.js';
import type { SalaryPeriod, StatedSalary } from '../../src/salary/types.js';
import { endpointUrl, type SourceAdapter } from '../adapter.js';
import { arr, employmentTypeOf, isoTime, num, obj, str } from '../fields.js';
import { arrayIn, readRecords } from './ats-common.js';

export type AshbyConfig = Extract<SourceConfig, { type: 'ashby' }>;

export const ashbyAdapter: SourceAdapter<AshbyConfig> = {
  type: 'ashby',
  format: 'json',
  completeListing: true,
  start(config) {
    // Without includeCompensation the response carries no pay at all.
    const path = `/posting-api/job-board/${encodeURIComponent(config.board)}?includeCompensation=true`;
    return [{ url: endpointUrl('https://api.ashbyhq.com', path, config.baseUrl), label: 'board' }];
  },
  read(body, _request, config) {
    const jobs = arrayIn(body, 'jobs', `Ashby board "${config.board}"`);
    const { items: postings, skipped } = readRecords(
      jobs,
      {
        id: idOf,
        title: (job) => job.title,
        // Unlisted postings are still in the payload (reachable by link only); they are not open to all.
        exclude: (job) => (job.isListed === false ? 'unlisted' : null),
      },
      ({ record: job, externalId, title }): NormalizedPosting => ({
        externalId,
        url: str(job.jobUrl) ?? str(job.applyUrl),
        title,
        // The API names no company: the board is a slug, not a name.
        company: config.company ?? null,
        location: str(job.location),
        country: countryOf(job.address),
        workMode: workModeOf(job),
        // FullTime, PartTime, Intern, Contract, Temporary: employmentTypeOf reads them all.
        employmentType: employmentTypeOf(job.employmentType),
        description: str(job.descriptionHtml) ?? str(job.descriptionPlain) ?? '',
        // An employer that hides pay on its board has not published it: it is not stated.
        salary: job.shouldDisplayCompensationOnJobPostings === true ? salaryOf(job.compensation) : null,
        // The last publish time (Ashby keeps no first one): a republished job reads as new.
        postedAt: isoTime(job.publishedAt),
        attributionUrl: null,
      }),
    );
    return { postings, skipped, next: [] };
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `id` is there in practice but not in Ashby's documented example; the same UUID ends `jobUrl`. */
function idOf(job: Record<string, unknown>): string | null {
  const id = str(job.id);
  if (id) return id;
  const path = str(job.jobUrl)?.split(/[?#]/)[0]?.split('/').filter(Boolean).pop();
  return path && UUID.test(path) ? path : null;
}

const WORKPLACE = new Map<string, WorkMode>([
  ['onsite', 'onsite'],
  ['remote', 'remote'],
  ['hybrid', 'hybrid'],
]);

/**
 * `workplaceType` when present. `isRemote` is only a fallback, and only its
 * `true`: boards set it on most jobs, hybrid ones included (140 of 155 on one
 * board), and `false` cannot tell on-site from hybrid.
 */
function workModeOf(job: Record<string, unknown>): WorkMode | null {
  const type = str(job.workplaceType)
    ?.toLowerCase()
    .replace(/[-_\s]/g, '');
  if (type) return WORKPLACE.get(type) ?? null;
  return job.isRemote === true ? 'remote' : null;
}

/** The address's country is a name ("United States", "USA"), read with the enrichment's country table. */
function countryOf(address: unknown): string | null {
  const name = str(obj(obj(address)?.postalAddress)?.addressCountry);
  if (!name) return null;
  const place = placeOf(name);
  // Only a country name counts: a city written in the field ("New York") would be an inference.
  return place.city === null ? place.country : null;
}

const PERIODS = new Map<string, SalaryPeriod>([
  ['1 YEAR', 'year'],
  ['1 MONTH', 'month'],
  ['1 WEEK', 'week'],
  ['1 DAY', 'day'],
  ['1 HOUR', 'hour'],
]);

/**
 * The salary component, found by its type, never by position (equity comes
 * first on some boards); equity, bonus and commission are not pay per period.
 * The summary spans all tiers; the first tier with a salary stands in when the
 * summary has none. An interval other than one year, month, week, day or hour
 * ("NONE", "2 WEEK") drops the salary rather than guess.
 */
function salaryOf(compensation: unknown): StatedSalary | null {
  const comp = obj(compensation);
  const candidates = [comp?.summaryComponents, ...arr(comp?.compensationTiers).map((tier) => obj(tier)?.components)];
  for (const components of candidates) {
    for (const item of arr(components)) {
      const component = obj(item);
      if (str(component?.compensationType) !== 'Salary') continue;
      const period = PERIODS.get(str(component?.interval)?.toUpperCase().replace(/\s+/g, ' ') ?? '');
      const min = positive(component?.minValue);
      const max = positive(component?.maxValue);
      if (!period || (min === null && max === null)) continue;
      const currency = str(component?.currencyCode)?.toUpperCase() ?? null;
      return { min, max, currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null, period };
    }
  }
  return null;
}

function positive(value: unknown): number | null {
  const n = num(value);
  return n !== null && n > 0 ? n : null;
}
