// The job boards that list many companies' jobs: RemoteOK (one array, a
// legal notice first), Arbeitnow (pages chained by `links.next`) and
// Himalayas (offset pages of 20); see scrapers/sources/remoteok.ts,
// arbeitnow.ts, himalayas.ts. Each job names its own company. A malformed
// job is sent without its title.
import type { SampleResponse } from '../routes.js';
import type { SampleJob, SampleSalary, SampleSource } from '../types.js';
import {
  countryName,
  jobPageUrl,
  jsonResponse,
  pagesOf,
  postedIso,
  postedMs,
  postedSeconds,
  type SampleFormat,
  slugify,
  records,
} from './common.js';

type Job = Record<string, unknown>;

/** When the board was last updated: its newest job (0 for an empty board). */
function latestSeconds(source: SampleSource): number {
  return source.jobs.reduce((latest, job) => Math.max(latest, postedSeconds(job)), 0);
}

/** The aggregators take no settings beyond the common keys. */
const noSettings = (): Record<string, unknown> => ({});

// RemoteOK -----------------------------------------------------------------

/**
 * RemoteOK's only salary fields are `salary_min`/`salary_max`, in US dollars
 * a year (0 = not given): any other pay is left to the description's text.
 */
function remoteokPay(salary: SampleSalary | null): { salary_min: number; salary_max: number } {
  const fits = salary !== null && salary.currency === 'USD' && salary.period === 'year';
  return fits ? { salary_min: salary.min, salary_max: salary.max } : { salary_min: 0, salary_max: 0 };
}

function remoteokJob(source: SampleSource, job: SampleJob): Job {
  return {
    slug: `remote-${slugify(job.title)}-${slugify(job.company)}-${slugify(job.id)}`,
    id: job.id,
    epoch: postedSeconds(job),
    date: postedIso(job),
    company: job.company,
    company_logo: '',
    position: job.title,
    tags: [],
    logo: '',
    description: job.descriptionHtml,
    location: job.location,
    ...remoteokPay(job.salary),
    apply_url: `${jobPageUrl(source, job)}/apply`,
    url: jobPageUrl(source, job),
  };
}

export const remoteokFormat: SampleFormat = {
  render(source) {
    const jobs = records(source, 'position', (job) => remoteokJob(source, job));
    const notice = {
      last_updated: latestSeconds(source),
      legal: 'API Terms of Service: please link back to the job on Remote OK and mention Remote OK as the source.',
    };
    return new Map<string, SampleResponse>([['/api', jsonResponse([notice, ...jobs])]]);
  },
  settings: noSettings,
};

// Arbeitnow ----------------------------------------------------------------

const ARBEITNOW_SITE = 'https://www.arbeitnow.com';
const ARBEITNOW_PATH = '/api/job-board-api';
const ARBEITNOW_PAGE_SIZE = 100;

function arbeitnowJob(source: SampleSource, job: SampleJob): Job {
  return {
    slug: job.id,
    company_name: job.company,
    title: job.title,
    description: job.descriptionHtml,
    remote: job.workMode === 'remote',
    url: jobPageUrl(source, job),
    tags: [],
    job_types: [],
    location: job.location,
    // Unix seconds.
    created_at: postedSeconds(job),
  };
}

export const arbeitnowFormat: SampleFormat = {
  render(source) {
    const pages = pagesOf(
      records(source, 'title', (job) => arbeitnowJob(source, job)),
      ARBEITNOW_PAGE_SIZE,
    );
    // Links name the official host, as the live API (and a mirror passing it through) writes them:
    // the adapter moves them onto baseUrl.
    const link = (page: number) => `${ARBEITNOW_SITE}${ARBEITNOW_PATH}?page=${page}`;
    const routes = new Map<string, SampleResponse>();
    pages.forEach((data, index) => {
      const page = index + 1;
      routes.set(
        `${ARBEITNOW_PATH}?page=${page}`,
        jsonResponse({
          data,
          links: {
            first: link(1),
            last: link(pages.length),
            prev: page > 1 ? link(page - 1) : null,
            next: page < pages.length ? link(page + 1) : null,
          },
          meta: { current_page: page, per_page: ARBEITNOW_PAGE_SIZE, path: `${ARBEITNOW_SITE}${ARBEITNOW_PATH}` },
        }),
      );
    });
    return routes;
  },
  settings: noSettings,
};

// Himalayas ----------------------------------------------------------------

/** The adapter's page size: the API serves at most 20. */
const HIMALAYAS_PAGE_SIZE = 20;

function himalayasJob(source: SampleSource, job: SampleJob): Job {
  // Amounts are yearly by the data dictionary: other pay is left to the text.
  const yearly = job.salary?.period === 'year' ? job.salary : null;
  const country = countryName(job.country);
  return {
    title: job.title,
    excerpt: '',
    companyName: job.company,
    companyLogo: '',
    minSalary: yearly?.min ?? null,
    maxSalary: yearly?.max ?? null,
    currency: yearly?.currency ?? null,
    seniority: [],
    locationRestrictions: country ? [country] : [],
    timezoneRestrictions: [],
    categories: [],
    parentCategories: [],
    description: job.descriptionHtml,
    // Unix milliseconds.
    pubDate: postedMs(job),
    applicationLink: jobPageUrl(source, job),
    guid: job.id,
  };
}

export const himalayasFormat: SampleFormat = {
  render(source) {
    const jobs = records(source, 'title', (job) => himalayasJob(source, job));
    const latest = latestSeconds(source);
    const routes = new Map<string, SampleResponse>();
    // totalCount ends the paging: the adapter asks for no page past it.
    pagesOf(jobs, HIMALAYAS_PAGE_SIZE).forEach((page, index) => {
      const offset = index * HIMALAYAS_PAGE_SIZE;
      routes.set(
        `/jobs/api?limit=${HIMALAYAS_PAGE_SIZE}&offset=${offset}`,
        jsonResponse({
          updatedAt: latest,
          offset,
          limit: HIMALAYAS_PAGE_SIZE,
          totalCount: jobs.length,
          jobs: page,
        }),
      );
    });
    return routes;
  },
  settings: noSettings,
};
