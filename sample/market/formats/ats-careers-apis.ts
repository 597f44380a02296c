// SmartRecruiters, Workable and Recruitee as their public careers APIs send
// them (see scrapers/sources/smartrecruiters.ts, workable.ts, recruitee.ts).
// SmartRecruiters lists postings in pages without their text, and each listed
// posting is fetched on its own; the other two answer with the whole board.
// A malformed job is sent without its title (SmartRecruiters: in its detail).
import type { SampleResponse } from '../routes.js';
import type { SampleJob, SampleSource } from '../types.js';
import {
  boardCompany,
  cityOf,
  countryName,
  idValue,
  jobPageUrl,
  jsonResponse,
  malformedIn,
  pagesOf,
  postedIso,
  type SampleFormat,
  without,
} from './common.js';

type Job = Record<string, unknown>;

// SmartRecruiters ------------------------------------------------------------

/** The adapter's page size: it always sends limit=100. */
const SMARTRECRUITERS_PAGE_SIZE = 100;

/** What a list entry and a detail share. */
function smartrecruitersSummary(source: SampleSource, job: SampleJob): Job {
  return {
    id: job.id,
    name: job.title,
    company: { identifier: source.token, name: job.company },
    releasedDate: postedIso(job),
    location: {
      city: cityOf(job) ?? '',
      country: job.country?.toLowerCase() ?? '',
      remote: job.workMode === 'remote',
      hybrid: job.workMode === 'hybrid',
    },
  };
}

function smartrecruitersDetail(source: SampleSource, job: SampleJob): Job {
  const summary = smartrecruitersSummary(source, job);
  return {
    ...summary,
    location: { ...(summary.location as Job), fullLocation: job.location },
    postingUrl: jobPageUrl(source, job),
    applyUrl: `${jobPageUrl(source, job)}?oga=true`,
    // The whole description is the job's own section; the adapter heads it "Job Description".
    jobAd: { sections: { jobDescription: { title: 'Job Description', text: job.descriptionHtml } } },
  };
}

export const smartrecruitersFormat: SampleFormat = {
  render(source) {
    const malformed = malformedIn(source);
    const postings = `/v1/companies/${encodeURIComponent(source.token)}/postings`;
    const routes = new Map<string, SampleResponse>();
    // totalFound ends the paging: the adapter asks for no page past it.
    pagesOf(source.jobs, SMARTRECRUITERS_PAGE_SIZE).forEach((page, index) => {
      const offset = index * SMARTRECRUITERS_PAGE_SIZE;
      routes.set(
        `${postings}?offset=${offset}&limit=${SMARTRECRUITERS_PAGE_SIZE}`,
        jsonResponse({
          offset,
          limit: SMARTRECRUITERS_PAGE_SIZE,
          totalFound: source.jobs.length,
          content: page.map((job) => smartrecruitersSummary(source, job)),
        }),
      );
    });
    for (const job of source.jobs) {
      const detail = smartrecruitersDetail(source, job);
      routes.set(
        `${postings}/${encodeURIComponent(job.id)}`,
        jsonResponse(malformed(job) ? without(detail, 'name') : detail),
      );
    }
    return routes;
  },
  settings: (source) => ({ company: source.token }),
};

// Workable -------------------------------------------------------------------

/** Dates only (YYYY-MM-DD), as the widget API sends them. */
function workableJob(source: SampleSource, job: SampleJob): Job {
  const day = postedIso(job).slice(0, 10);
  const city = cityOf(job);
  const country = countryName(job.country);
  const page = jobPageUrl(source, job);
  return {
    title: job.title,
    shortcode: job.id,
    telecommuting: job.workMode === 'remote',
    url: page,
    shortlink: page,
    application_url: `${page}/apply`,
    published_on: day,
    created_at: day,
    // The top-level place is in words; the code is only in `locations`.
    country: country ?? '',
    city: city ?? '',
    state: '',
    locations:
      country || city
        ? [{ country: country ?? '', countryCode: job.country ?? '', region: '', city: city ?? '', hidden: false }]
        : [],
    description: job.descriptionHtml,
  };
}

export const workableFormat: SampleFormat = {
  render(source) {
    const malformed = malformedIn(source);
    const jobs = source.jobs.map((job) => {
      const record = workableJob(source, job);
      return malformed(job) ? without(record, 'title') : record;
    });
    const account = { name: boardCompany(source) ?? source.token, description: '', jobs };
    const path = `/api/v1/widget/accounts/${encodeURIComponent(source.token)}?details=true`;
    return new Map<string, SampleResponse>([[path, jsonResponse(account)]]);
  },
  settings: (source) => ({ account: source.token }),
};

// Recruitee ------------------------------------------------------------------

/** "2026-07-30 19:46:15 UTC", Recruitee's own time format. */
function recruiteeTime(job: SampleJob): string {
  return `${postedIso(job).slice(0, 19).replace('T', ' ')} UTC`;
}

function recruiteeOffer(source: SampleSource, job: SampleJob): Job {
  const page = jobPageUrl(source, job);
  const published = recruiteeTime(job);
  return {
    id: idValue(job.id),
    slug: job.id,
    title: job.title,
    company_name: job.company,
    status: 'published',
    description: job.descriptionHtml,
    requirements: '',
    location: job.location,
    city: cityOf(job) ?? '',
    country: countryName(job.country) ?? '',
    country_code: job.country ?? '',
    remote: job.workMode === 'remote',
    hybrid: job.workMode === 'hybrid',
    on_site: job.workMode === 'onsite',
    careers_url: page,
    careers_apply_url: `${page}/c/new`,
    published_at: published,
    created_at: published,
    updated_at: published,
    // Amounts as decimal strings, as Recruitee sends them.
    salary: job.salary
      ? {
          min: job.salary.min.toFixed(2),
          max: job.salary.max.toFixed(2),
          period: job.salary.period,
          currency: job.salary.currency,
        }
      : null,
  };
}

export const recruiteeFormat: SampleFormat = {
  render(source) {
    const malformed = malformedIn(source);
    const offers = source.jobs.map((job) => {
      const record = recruiteeOffer(source, job);
      return malformed(job) ? without(record, 'title') : record;
    });
    // The company's careers host is replaced whole by baseUrl: the path is the same for every company.
    return new Map<string, SampleResponse>([['/api/offers/', jsonResponse({ offers })]]);
  },
  settings: (source) => ({ company: source.token }),
};
