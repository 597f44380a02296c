// Greenhouse, Lever and Ashby boards as their public job-board APIs send
// them (see scrapers/sources/greenhouse.ts, lever.ts, ashby.ts for what is
// read). Greenhouse and Ashby answer with the whole board in one response;
// Lever pages it with skip/limit. A malformed job is sent without its title.
import type { SampleResponse } from '../routes.js';
import type { SampleJob, SampleSalary, SampleSource } from '../types.js';
import {
  boardCompany,
  cityOf,
  countryName,
  escapeHtml,
  idValue,
  jobPageUrl,
  jsonResponse,
  postedIso,
  postedMs,
  type SampleFormat,
  salaryText,
  records,
} from './common.js';

type Job = Record<string, unknown>;

/** The board's config keys; `company` too, since Lever's and Ashby's APIs name none (Greenhouse's jobs do). */
function boardSettings(key: 'board' | 'site', source: SampleSource): Record<string, unknown> {
  const company = boardCompany(source);
  return company ? { [key]: source.token, company } : { [key]: source.token };
}

// Greenhouse ---------------------------------------------------------------

/** Ranges carry no interval: the adapter reads it from the range's title (yearly unless it says otherwise). */
const GREENHOUSE_RANGE_TITLES: Readonly<Record<SampleSalary['period'], string>> = {
  year: 'Base salary range',
  month: 'Monthly salary range',
  hour: 'Hourly pay range',
};
const GREENHOUSE_WORKPLACE = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' } as const;

function greenhouseJob(source: SampleSource, job: SampleJob): Job {
  const posted = postedIso(job);
  return {
    id: idValue(job.id),
    internal_job_id: null,
    title: job.title,
    updated_at: posted,
    first_published: posted,
    location: { name: job.location },
    absolute_url: jobPageUrl(source, job),
    language: 'en',
    company_name: job.company,
    // Employers keep the work mode in a custom field; the adapter reads one named like this.
    metadata: [
      { id: 1, name: 'Workplace Type', value_type: 'single_select', value: GREENHOUSE_WORKPLACE[job.workMode] },
    ],
    // Greenhouse sends its HTML entity-escaped once.
    content: escapeHtml(job.descriptionHtml),
    departments: [],
    offices: [{ id: 1, name: job.location, location: job.location, parent_id: null, child_ids: [] }],
    // Amounts in integer cents.
    pay_input_ranges: job.salary
      ? [
          {
            min_cents: Math.round(job.salary.min * 100),
            max_cents: Math.round(job.salary.max * 100),
            currency_type: job.salary.currency,
            title: GREENHOUSE_RANGE_TITLES[job.salary.period],
            blurb: `<p>${escapeHtml(salaryText(job.salary))}, depending on experience.</p>`,
          },
        ]
      : [],
  };
}

export const greenhouseFormat: SampleFormat = {
  render(source) {
    const jobs = records(source, 'title', (job) => greenhouseJob(source, job));
    const path = `/v1/boards/${encodeURIComponent(source.token)}/jobs?content=true&pay_transparency=true`;
    return new Map<string, SampleResponse>([[path, jsonResponse({ jobs, meta: { total: jobs.length } })]]);
  },
  settings: (source) => boardSettings('board', source),
};

// Lever --------------------------------------------------------------------

/** The adapter's page size (scrapers/sources/lever.ts LEVER_PAGE_SIZE): it always sends limit=100. */
const LEVER_PAGE_SIZE = 100;
const LEVER_WORKPLACE = { remote: 'remote', hybrid: 'hybrid', onsite: 'on-site' } as const;
const LEVER_INTERVALS: Readonly<Record<SampleSalary['period'], string>> = {
  year: 'per-year-salary',
  month: 'per-month-salary',
  hour: 'per-hour-wage',
};

function leverJob(source: SampleSource, job: SampleJob): Job {
  const hostedUrl = jobPageUrl(source, job);
  return {
    id: job.id,
    text: job.title,
    categories: { location: job.location, allLocations: [job.location] },
    country: job.country,
    workplaceType: LEVER_WORKPLACE[job.workMode],
    // Epoch milliseconds.
    createdAt: postedMs(job),
    description: job.descriptionHtml,
    lists: [],
    additional: '',
    hostedUrl,
    applyUrl: `${hostedUrl}/apply`,
    ...(job.salary
      ? {
          salaryRange: {
            currency: job.salary.currency,
            interval: LEVER_INTERVALS[job.salary.period],
            min: job.salary.min,
            max: job.salary.max,
          },
        }
      : {}),
  };
}

export const leverFormat: SampleFormat = {
  render(source) {
    const jobs = records(source, 'text', (job) => leverJob(source, job));
    const site = encodeURIComponent(source.token);
    const routes = new Map<string, SampleResponse>();
    // The adapter asks for the next page after every full one, so a board of exactly
    // 100 jobs is answered with an empty second page.
    for (let skip = 0; ; skip += LEVER_PAGE_SIZE) {
      const page = jobs.slice(skip, skip + LEVER_PAGE_SIZE);
      routes.set(`/v0/postings/${site}?mode=json&skip=${skip}&limit=${LEVER_PAGE_SIZE}`, jsonResponse(page));
      if (page.length < LEVER_PAGE_SIZE) break;
    }
    return routes;
  },
  settings: (source) => boardSettings('site', source),
};

// Ashby --------------------------------------------------------------------

const ASHBY_WORKPLACE = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'OnSite' } as const;
const ASHBY_INTERVALS: Readonly<Record<SampleSalary['period'], string>> = {
  year: '1 YEAR',
  month: '1 MONTH',
  hour: '1 HOUR',
};

function ashbyCompensation(salary: SampleSalary): Job {
  const component = {
    compensationType: 'Salary',
    interval: ASHBY_INTERVALS[salary.period],
    currencyCode: salary.currency,
    minValue: salary.min,
    maxValue: salary.max,
  };
  const summary = salaryText(salary);
  return {
    compensationTierSummary: summary,
    scrapeableCompensationSalarySummary: summary,
    summaryComponents: [component],
    compensationTiers: [{ id: 'tier-1', title: 'Base', tierSummary: summary, components: [component] }],
  };
}

function ashbyJob(source: SampleSource, job: SampleJob): Job {
  const jobUrl = jobPageUrl(source, job);
  const country = countryName(job.country);
  return {
    id: job.id,
    title: job.title,
    location: job.location,
    secondaryLocations: [],
    isListed: true,
    isRemote: job.workMode === 'remote',
    workplaceType: ASHBY_WORKPLACE[job.workMode],
    publishedAt: postedIso(job),
    descriptionHtml: job.descriptionHtml,
    // The address names its country in words; the adapter reads the name.
    address: country ? { postalAddress: { addressCountry: country, addressLocality: cityOf(job) } } : null,
    jobUrl,
    applyUrl: `${jobUrl}/application`,
    shouldDisplayCompensationOnJobPostings: job.salary !== null,
    ...(job.salary ? { compensation: ashbyCompensation(job.salary) } : {}),
  };
}

export const ashbyFormat: SampleFormat = {
  render(source) {
    const jobs = records(source, 'title', (job) => ashbyJob(source, job));
    const path = `/posting-api/job-board/${encodeURIComponent(source.token)}?includeCompensation=true`;
    return new Map<string, SampleResponse>([[path, jsonResponse({ apiVersion: '1', jobs })]]);
  },
  settings: (source) => boardSettings('board', source),
};
