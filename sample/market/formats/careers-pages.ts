// A company careers site, for the `jsonld` and `browser` source types (see
// scrapers/sources/jsonld.ts): listing pages at /jobs (then /jobs?page=N)
// link each job's page at /jobs/{id}, and each job page carries a schema.org
// JobPosting. The jsonld site writes its links and JSON-LD into the HTML; the
// browser site writes them from an inline script as the page loads, so only
// a browser that runs the script sees them. A malformed job's JobPosting
// comes without its title.
import type { SampleResponse } from '../routes.js';
import type { SampleJob, SampleSalary, SampleSource } from '../types.js';
import {
  cityOf,
  countryName,
  escapeHtml,
  htmlResponse,
  jobPageUrl,
  jobPath,
  malformedIn,
  pagesOf,
  postedIso,
  type SampleFormat,
  scriptJson,
  siteOrigin,
  without,
} from './common.js';

/** Jobs per listing page (the adapter follows at most 1,000 links a page). */
export const LISTING_PAGE_SIZE = 50;
const LISTING_PATH = '/jobs';

const UNITS: Readonly<Record<SampleSalary['period'], string>> = { year: 'YEAR', month: 'MONTH', hour: 'HOUR' };

/** The job's schema.org JobPosting, as Google's guidelines describe it. */
function jobPosting(source: SampleSource, job: SampleJob): Record<string, unknown> {
  const remote = job.workMode === 'remote';
  const country = countryName(job.country);
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: job.company, value: job.id },
    title: job.title,
    description: job.descriptionHtml,
    datePosted: postedIso(job),
    url: jobPageUrl(source, job),
    hiringOrganization: { '@type': 'Organization', name: job.company, sameAs: siteOrigin(source) },
    // A remote job has no place of work, only where its applicants may live.
    ...(remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          ...(country ? { applicantLocationRequirements: { '@type': 'Country', name: country } } : {}),
        }
      : {
          jobLocation: {
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              addressLocality: cityOf(job) ?? job.location,
              ...(job.country ? { addressCountry: job.country } : {}),
            },
          },
        }),
    ...(job.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: job.salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              minValue: job.salary.min,
              maxValue: job.salary.max,
              unitText: UNITS[job.salary.period],
            },
          },
        }
      : {}),
  };
}

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>${head}</head>
<body>
${body}
</body>
</html>
`;
}

interface ListingPage {
  path: string;
  jobs: SampleJob[];
  next: string | null;
}

function listingPages(source: SampleSource): ListingPage[] {
  const pages = pagesOf(source.jobs, LISTING_PAGE_SIZE);
  const pathOf = (index: number) => (index === 0 ? LISTING_PATH : `${LISTING_PATH}?page=${index + 1}`);
  return pages.map((jobs, index) => ({
    path: pathOf(index),
    jobs,
    next: index + 1 < pages.length ? pathOf(index + 1) : null,
  }));
}

/** The careers site's name: the source's company, else its first job's. */
function siteName(source: SampleSource): string {
  return source.company ?? source.jobs[0]?.company ?? source.name;
}

/** Each job page's JSON-LD, a malformed one without its title. */
function postingsOf(source: SampleSource): Map<SampleJob, Record<string, unknown>> {
  const malformed = malformedIn(source);
  return new Map(
    source.jobs.map((job) => {
      const ld = jobPosting(source, job);
      return [job, malformed(job) ? without(ld, 'title') : ld];
    }),
  );
}

const BACK_LINK = `<nav><a href="${LISTING_PATH}">All open positions</a></nav>`;

function jobBody(job: SampleJob): string {
  return `<h1>${escapeHtml(job.title)}</h1>
<p class="meta">${escapeHtml(job.company)} · ${escapeHtml(job.location)}</p>
<section class="description">${job.descriptionHtml}</section>`;
}

export const jsonldFormat: SampleFormat = {
  render(source) {
    const routes = new Map<string, SampleResponse>();
    const name = siteName(source);
    for (const listing of listingPages(source)) {
      const items = listing.jobs
        .map((job) => `<li><a href="${jobPath(job)}">${escapeHtml(job.title)}</a> · ${escapeHtml(job.location)}</li>`)
        .join('\n');
      const next = listing.next ? `<nav><a rel="next" href="${listing.next}">Next page</a></nav>` : '';
      const body = `<h1>Open positions at ${escapeHtml(name)}</h1>\n<ul class="jobs">\n${items}\n</ul>\n${next}`;
      routes.set(listing.path, htmlResponse(page(`Careers at ${name}`, '', body)));
    }
    for (const [job, ld] of postingsOf(source)) {
      const head = `\n<script type="application/ld+json">${scriptJson(ld)}</script>`;
      const body = `${BACK_LINK}\n<main>\n${jobBody(job)}\n</main>`;
      routes.set(jobPath(job), htmlResponse(page(`${job.title} · ${job.company}`, head, body)));
    }
    return routes;
  },
  settings: (source) => ({ startUrls: [`${siteOrigin(source)}${LISTING_PATH}`] }),
};

/** Builds the listing's links at load time (a plain fetch sees an empty list). */
const LISTING_SCRIPT = `
const list = document.getElementById('jobs');
for (const job of data.jobs) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.setAttribute('href', job.href);
  link.textContent = job.title;
  item.append(link, ' · ' + job.location);
  list.append(item);
}
if (data.next) {
  const next = document.createElement('a');
  next.setAttribute('rel', 'next');
  next.setAttribute('href', data.next);
  next.textContent = 'Next page';
  document.getElementById('pages').append(next);
}`;

/** Writes the job's JSON-LD and its text at load time. */
const JOB_SCRIPT = `
const ld = document.createElement('script');
ld.type = 'application/ld+json';
ld.textContent = JSON.stringify(data.ld).replace(/</g, '\\\\u003c');
document.head.append(ld);
document.getElementById('job').innerHTML = data.html;`;

function scripted(data: unknown, code: string): string {
  return `<script>\nconst data = ${scriptJson(data)};${code}\n</script>`;
}

export const browserFormat: SampleFormat = {
  render(source) {
    const routes = new Map<string, SampleResponse>();
    const name = siteName(source);
    for (const listing of listingPages(source)) {
      const data = {
        jobs: listing.jobs.map((job) => ({ href: jobPath(job), title: job.title, location: job.location })),
        next: listing.next,
      };
      const body = `<h1>Open positions at ${escapeHtml(name)}</h1>
<ul id="jobs"></ul>
<nav id="pages"></nav>
${scripted(data, LISTING_SCRIPT)}`;
      routes.set(listing.path, htmlResponse(page(`Careers at ${name}`, '', body)));
    }
    for (const [job, ld] of postingsOf(source)) {
      const body = `${BACK_LINK}\n<main id="job">Loading…</main>\n${scripted({ ld, html: jobBody(job) }, JOB_SCRIPT)}`;
      routes.set(jobPath(job), htmlResponse(page(`${job.title} · ${job.company}`, '', body)));
    }
    return routes;
  },
  settings: (source) => ({ startUrls: [`${siteOrigin(source)}${LISTING_PATH}`] }),
};
