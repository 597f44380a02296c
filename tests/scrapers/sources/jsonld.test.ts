import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type SourceRequest, SourceFormatError } from '../../../scrapers/adapter.js';
import {
  type BrowserConfig,
  browserAdapter,
  globRegExp,
  type JsonldConfig,
  jsonldAdapter,
} from '../../../scrapers/sources/jsonld.js';
import type { NormalizedPosting } from '../../../src/posting.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/sources/jsonld/${name}`, import.meta.url), 'utf8');
}

const SITE = 'https://careers.northwind.example';
const context = { now: new Date('2026-06-01T00:00:00Z') };
const config: JsonldConfig = { type: 'jsonld', name: 'northwind', enabled: true, startUrls: [`${SITE}/careers/jobs`] };

function read(name: string, url = `${SITE}/jobs/page`, options: Partial<JsonldConfig> = {}) {
  return jsonldAdapter.read(fixture(name), { url, label: 'page' }, { ...config, ...options }, context);
}

const urls = (requests: SourceRequest[]) => requests.map((request) => request.url);

const NONE = {
  location: null,
  country: null,
  workMode: null,
  employmentType: null,
  salary: null,
  attributionUrl: null,
} as const;

describe('jsonldAdapter.start', () => {
  it('starts at the start URLs, and at the sitemap', () => {
    const withSitemap = { ...config, startUrls: [`${SITE}/careers/jobs`, `${SITE}/en/jobs?team=eng`] };
    expect(jsonldAdapter.start({ ...withSitemap, sitemap: `${SITE}/sitemap.xml` }, context)).toEqual([
      { url: `${SITE}/careers/jobs`, label: 'page' },
      { url: `${SITE}/en/jobs?team=eng`, label: 'page' },
      { url: `${SITE}/sitemap.xml`, label: 'sitemap' },
    ]);
  });

  it("puts the path and query on baseUrl's scheme and host, behind its own path", () => {
    const mirrored = { ...config, startUrls: [`${SITE}/en/jobs?team=eng`], baseUrl: 'http://127.0.0.1:8080/nw/' };
    expect(urls(jsonldAdapter.start(mirrored, context))).toEqual(['http://127.0.0.1:8080/nw/en/jobs?team=eng']);
  });
});

describe('jsonldAdapter.read: postings', () => {
  it('maps a plain JobPosting', () => {
    expect(read('plain.html')).toEqual({
      postings: [
        {
          externalId: 'NW-1042',
          url: `${SITE}/jobs/backend-engineer-berlin`,
          title: 'Senior Backend Engineer',
          company: 'Northwind Logistics',
          location: 'Berlin, DE',
          country: 'DE',
          workMode: null,
          employmentType: 'full-time',
          description:
            '<p>Build the routing services behind 2 million parcels a day.</p><ul><li>Go and PostgreSQL</li><li>Kafka</li></ul>',
          salary: { min: 75000, max: 95000, currency: 'EUR', period: 'year' },
          postedAt: '2026-05-20T07:30:00.000Z',
          attributionUrl: null,
        },
      ],
      skipped: [],
      next: [],
    });
  });

  it.each<[string, NormalizedPosting[]]>([
    [
      'graph.html',
      [
        {
          ...NONE,
          externalId: '4711',
          url: `${SITE}/jobs/page`,
          title: 'Platform Engineer',
          company: 'Northwind Logistics',
          location: 'Amsterdam, Netherlands',
          country: 'NL',
          employmentType: 'full-time',
          description: '<p>Kubernetes, Terraform and AWS.</p>',
          postedAt: '2026-05-02T00:00:00.000Z',
        },
      ],
    ],
    [
      'array.html',
      [
        {
          ...NONE,
          externalId: `${SITE}/jobs/page`,
          url: `${SITE}/jobs/page`,
          title: 'Data Engineer',
          company: 'Northwind Logistics',
          location: 'London, United Kingdom',
          employmentType: 'part-time',
          description: 'Pipelines in Python and dbt.\nSnowflake.',
          salary: { min: 450, max: 450, currency: 'GBP', period: 'day' },
          postedAt: '2026-05-28T00:00:00.000Z',
        },
      ],
    ],
    [
      // Organization and WebSite blocks beside it; the posting twice, once.
      'blocks.html',
      [
        {
          ...NONE,
          externalId: `${SITE}/jobs/sre`,
          url: `${SITE}/jobs/sre`,
          title: 'Site Reliability Engineer',
          company: 'Northwind Logistics',
          location: 'Hamburg, Germany; Munich, DE',
          country: 'DE',
          description: '<p>On call, with care.</p>',
          postedAt: '2026-05-30T12:00:00.000Z',
        },
      ],
    ],
    [
      'itemlist.html',
      [
        {
          ...NONE,
          externalId: `${SITE}/jobs/qa`,
          url: `${SITE}/jobs/qa`,
          title: 'QA Engineer',
          company: 'Northwind Logistics',
          description: 'Playwright and Cypress.',
          postedAt: '2026-05-10T00:00:00.000Z',
        },
        {
          ...NONE,
          externalId: `${SITE}/jobs/mobile`,
          url: `${SITE}/jobs/mobile`,
          title: 'Mobile Engineer',
          company: 'Northwind Logistics',
          description: 'Kotlin and Swift.',
          postedAt: '2026-05-11T00:00:00.000Z',
        },
      ],
    ],
    [
      'escaped.html',
      [
        {
          ...NONE,
          externalId: 'JD-7',
          url: `${SITE}/jobs/page`,
          title: 'Java Developer',
          company: 'Northwind & Sons',
          description: '<p>Spring Boot &amp; Hibernate.</p><ul><li>Java 21</li></ul>',
          postedAt: '2026-05-01T08:00:00.000Z',
        },
      ],
    ],
    [
      // validThrough is today, as a date: still open.
      'remote.html',
      [
        {
          ...NONE,
          externalId: `${SITE}/jobs/page`,
          url: `${SITE}/jobs/page`,
          title: 'Staff Engineer, Developer Platform',
          company: 'Northwind Logistics',
          location: 'United States',
          country: 'US',
          workMode: 'remote',
          employmentType: 'full-time',
          description: '<p>Fully remote.</p>',
          salary: { min: 95, max: 120, currency: 'USD', period: 'hour' },
          postedAt: '2026-05-25T00:00:00.000Z',
        },
      ],
    ],
    [
      'html-title.html',
      [
        {
          ...NONE,
          externalId: 'SRE-9',
          url: `${SITE}/jobs/page`,
          title: 'Senior Backend Engineer & SRE New',
          // No hiringOrganization: kept, the config may name the company.
          company: null,
          location: 'Toronto, ON',
          description: 'Plain text: Go, Rust &amp; gRPC.',
          postedAt: null,
        },
      ],
    ],
  ])('maps %s', (name, postings) => {
    expect(read(name)).toEqual({ postings, skipped: [], next: [] });
  });

  it('repairs comments, trailing commas, raw newlines and a comment wrapper, and counts a block beyond repair', () => {
    expect(read('malformed.html')).toEqual({
      postings: [
        {
          ...NONE,
          externalId: `${SITE}/jobs/page`,
          url: `${SITE}/jobs/page`,
          title: 'Backend Engineer (Payments)',
          company: 'Northwind Logistics',
          location: 'Vienna, AT',
          country: 'AT',
          employmentType: 'full-time',
          description: "<p>First line\nsecond line\twith a tab</p><p>It's 'great'.</p>",
          postedAt: '2026-05-15T00:00:00.000Z',
        },
      ],
      skipped: [{ reason: 'malformed', externalId: `${SITE}/jobs/page` }],
      next: [],
    });
  });

  it.each([
    ['expired.html', { reason: 'expired', externalId: 'FE-3' }],
    ['missing-title.html', { reason: 'missing-title', externalId: 'X-1' }],
    ['not-a-posting.html', { reason: 'not-a-posting', externalId: `${SITE}/jobs/page` }],
  ])('skips %s', (name, skipped) => {
    expect(read(name)).toMatchObject({ postings: [], skipped: [skipped] });
  });

  it('counts nothing on a page without JSON-LD', () => {
    expect(jsonldAdapter.read('<p>Hello</p>', { url: SITE, label: 'page' }, config, context)).toEqual({
      postings: [],
      skipped: [],
      next: [],
    });
  });

  it('refuses a body that is not a string', () => {
    expect(() => jsonldAdapter.read({ html: '' }, { url: SITE, label: 'page' }, config, context)).toThrow(
      SourceFormatError,
    );
  });
});

describe('jsonldAdapter.read: links', () => {
  const listing = `${SITE}/careers/jobs`;

  it('follows same-host job, listing and pagination links by default, each once, without fragments', () => {
    const page = read('listing.html', listing);
    expect(page.skipped).toEqual([{ reason: 'not-a-posting', externalId: listing }]);
    expect(page.next.every((request) => request.label === 'page')).toBe(true);
    expect(urls(page.next)).toEqual([
      `${SITE}/careers/jobs?page=2`,
      `${SITE}/jobs/backend-engineer-berlin`,
      `${SITE}/careers/jobs/platform-engineer`,
      `${SITE}/jobs/data-engineer`,
      `${SITE}/jobs/sre?ref=list&utm_source=careers`,
      `${SITE}/careers/jobs?page=3`,
      `${SITE}/careers/open?cursor=abc`,
    ]);
  });

  it('resolves a relative link against each page, a root-relative one against the site, page after page', () => {
    const links = '<a href="jobs/7">7</a><a href="/jobs/8">8</a><a href="?page=2">2</a>';
    const cfg = { ...config };
    const from = (path: string) =>
      urls(jsonldAdapter.read(`<html>${links}</html>`, { url: `${SITE}${path}`, label: 'page' }, cfg, context).next);
    // The same hrefs, read from two pages of one run: each page gets its own answer.
    expect(from('/careers/index.html')).toEqual([
      `${SITE}/careers/jobs/7`,
      `${SITE}/jobs/8`,
      `${SITE}/careers/index.html?page=2`,
    ]);
    expect(from('/de/careers/index.html')).toEqual([
      `${SITE}/de/careers/jobs/7`,
      `${SITE}/jobs/8`,
      `${SITE}/de/careers/index.html?page=2`,
    ]);
    expect(from('/careers/index.html')).toEqual([
      `${SITE}/careers/jobs/7`,
      `${SITE}/jobs/8`,
      `${SITE}/careers/index.html?page=2`,
    ]);
  });

  it('follows only links an include glob matches, and none an exclude glob matches', () => {
    const include = [`${SITE}/jobs/*`, '/careers/jobs?page=*', `${SITE}/{about,privacy}`];
    const exclude = ['**/*engineer-berlin*', `${SITE}/privacy`];
    expect(urls(read('listing.html', listing, { include, exclude }).next)).toEqual([
      `${SITE}/careers/jobs?page=2`,
      `${SITE}/about`,
      `${SITE}/jobs/data-engineer`,
      `${SITE}/jobs/sre?ref=list&utm_source=careers`,
      `${SITE}/careers/jobs?page=3`,
    ]);
  });

  it('lets exclude drop links the default rule would follow', () => {
    expect(urls(read('listing.html', listing, { exclude: ['/careers/**', '**[?]ref=*'] }).next)).toEqual([
      `${SITE}/jobs/backend-engineer-berlin`,
      `${SITE}/jobs/data-engineer`,
    ]);
  });

  it('reads a mirror as the site: ids and globs on the site, links fetched from the mirror', () => {
    const mirror = { baseUrl: 'http://127.0.0.1:8080/nw', include: [`${SITE}/jobs/**`] };
    const page = read('listing.html', 'http://127.0.0.1:8080/nw/careers/jobs', mirror);
    expect(page.skipped).toEqual([{ reason: 'not-a-posting', externalId: listing }]);
    expect(urls(page.next)).toEqual([
      'http://127.0.0.1:8080/nw/jobs/backend-engineer-berlin',
      'http://127.0.0.1:8080/nw/jobs/data-engineer',
      // include decides alone: the default rule's /apply exception does not apply.
      'http://127.0.0.1:8080/nw/jobs/backend-engineer-berlin/apply',
      'http://127.0.0.1:8080/nw/jobs/sre?ref=list&utm_source=careers',
    ]);
    const job = read('expired.html', 'http://127.0.0.1:8080/nw/jobs/fe', mirror);
    expect(job.skipped).toEqual([{ reason: 'expired', externalId: 'FE-3' }]);
    expect(read('array.html', 'http://127.0.0.1:8080/nw/jobs/data', mirror).postings[0]).toMatchObject({
      externalId: `${SITE}/jobs/data`,
      url: `${SITE}/jobs/data`,
    });
  });

  it('reads a sitemap: pages filtered as links are, nested sitemaps followed on the same host', () => {
    const sitemap = { url: `${SITE}/sitemap.xml`, label: 'sitemap' };
    expect(jsonldAdapter.read(fixture('sitemap.xml'), sitemap, config, context)).toEqual({
      postings: [],
      skipped: [],
      next: [
        { url: `${SITE}/jobs/backend-engineer-berlin`, label: 'page' },
        { url: `${SITE}/jobs/sre?ref=sitemap&x=1`, label: 'page' },
      ],
    });
    expect(jsonldAdapter.read(fixture('sitemap-index.xml'), sitemap, config, context).next).toEqual([
      { url: `${SITE}/sitemap-jobs.xml`, label: 'sitemap' },
    ]);
  });
});

describe('browserAdapter', () => {
  it('reads rendered pages as jsonldAdapter reads fetched ones', () => {
    const browserConfig: BrowserConfig = { ...config, type: 'browser' };
    expect(browserAdapter).toMatchObject({ type: 'browser', format: 'html', completeListing: false });
    expect(browserAdapter.start(browserConfig, context)).toEqual(jsonldAdapter.start(config, context));
    const request = { url: `${SITE}/careers/jobs`, label: 'page' };
    for (const name of ['listing.html', 'plain.html']) {
      expect(browserAdapter.read(fixture(name), request, browserConfig, context)).toEqual(
        jsonldAdapter.read(fixture(name), request, config, context),
      );
    }
  });
});

describe('globRegExp', () => {
  it.each([
    ['https://x.example/jobs/*', 'https://x.example/jobs/12', true],
    ['https://x.example/jobs/*', 'https://x.example/jobs/12/apply', false],
    ['https://x.example/jobs/**', 'https://x.example/jobs/12/apply', true],
    ['https://x.example/jobs/**', 'https://x.example/jobsearch', false],
    ['**/jobs/*', 'https://x.example/en/jobs/12', true],
    ['https://x.example/job?', 'https://x.example/jobs', true],
    ['https://x.example/job?', 'https://x.example/job/', false],
    ['https://x.example/{jobs,careers}/*', 'https://x.example/careers/12', true],
    ['https://x.example/{jobs,careers}/*', 'https://x.example/team/12', false],
    ['https://x.example/jobs.html', 'https://x.example/jobsxhtml', false],
    ['https://x.example/(a)+b$.^|\\', 'https://x.example/(a)+b$.^|\\', true],
    ['https://x.example/a.b', 'https://x.example/axb', false],
    ['https://x.example/{jobs,careers', 'https://x.example/careers', true],
    ['https://x.example/jobs[?]page=[0-9]', 'https://x.example/jobs?page=2', true],
    ['https://x.example/jobs[?]page=[0-9]', 'https://x.example/jobs/page=2', false],
    ['https://x.example/[!a]obs', 'https://x.example/jobs', true],
    ['https://x.example/[!j]obs', 'https://x.example/jobs', false],
    ['https://x.example/a[', 'https://x.example/a[', true],
  ])('%s matches %s: %s', (glob, url, expected) => {
    expect(globRegExp(glob).test(url)).toBe(expected);
  });
});
