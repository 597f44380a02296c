import { describe, expect, it } from 'vitest';
import type { ListedPosting } from '../../db/postings-search.js';
import type { TimeChart } from '../../src/charts/types.js';
import type { StatedSalary } from '../../src/salary/types.js';
import { wilson } from '../../src/stats/wilson.js';
import { createApp } from '../../web/app.js';
import { safeJson } from '../../web/views/json-script.js';
import { PostingList, safeHref } from '../../web/views/posting-list.js';
import type { App } from '../helpers/app.js';
import { closeAfterEach, migratedDbWithBoards, migratedDbWithSkills } from '../helpers/db.js';
import { recordRun } from '../helpers/runs.js';
import { posting as normalized, storeEnriched, usd } from '../helpers/store.js';

const NOW = new Date('2026-06-01T03:00:00Z');
const HOSTILE_TITLE = '<script>alert(1)</script> Backend Engineer';
const HOSTILE_COMPANY = '<img src=x onerror=alert(1)>';

const closeLater = closeAfterEach();

const posting = (
  id: string,
  title: string,
  company: string,
  description: string,
  postedAt: string,
  salary: StatedSalary | null = null,
  url: string | null = `https://jobs.example/${id}`,
) => normalized(id, { url, title, company, description, postedAt, salary });

async function emptyApp() {
  const db = closeLater(await migratedDbWithSkills());
  return createApp({ db: db.db });
}

/**
 * Counted by hand; every posting is in Berlin and only Hooli's is senior. March 2026: 4 jobs (Acme's is on
 * both boards, one job), 3 ask for Kafka. April: 1 job (Wayne), Kafka. May: 3 jobs, 1 asks for Kafka (Hooli);
 * the third is hostile. So Kafka: 5 of 8 jobs. USD salaries (annual midpoints) of the Kafka jobs: Acme 110k,
 * Globex 130k, Umbrella 90k, Wayne 120k (seniority not stated), Hooli 160k (senior); Stark's 70k is in EUR.
 * gh's only run on 10 April failed.
 */
async function fixture() {
  const db = closeLater(await migratedDbWithBoards(NOW));
  const { gh, lever } = db;
  await storeEnriched(
    db.db,
    gh,
    [
      posting('1', 'Backend Engineer', 'Acme', '<p>Kafka and Rust.</p>', '2026-03-02T10:00:00Z', usd(100_000, 120_000)),
      posting('2', 'Platform Engineer', 'Globex', '<p>Kafka on Kubernetes.</p>', '2026-03-09T10:00:00Z', usd(130_000)),
      posting('3', 'Site Reliability Engineer', 'Initech', '<p>Terraform.</p>', '2026-03-16T10:00:00Z'),
      posting('4', 'Data Engineer', 'Umbrella', '<p>Kafka and Spark.</p>', '2026-03-30T10:00:00Z', usd(90_000)),
      posting('8', 'Backend Engineer', 'Wayne', '<p>Kafka pipelines.</p>', '2026-04-15T10:00:00Z', usd(120_000)),
      posting(
        '5',
        'Senior Backend Engineer',
        'Hooli',
        '<p>Kafka and Redis.</p>',
        '2026-05-04T10:00:00Z',
        usd(150_000, 170_000),
      ),
      posting('6', 'Backend Engineer', 'Stark', '<p>Redis and Terraform.</p>', '2026-05-20T10:00:00Z', {
        min: 70_000,
        max: 70_000,
        currency: 'EUR',
        period: 'year',
      }),
      posting(
        '7',
        HOSTILE_TITLE,
        HOSTILE_COMPANY,
        '<p>Redis. <script>alert(1)</script><a href="javascript:alert(1)">apply</a></p>',
        '2026-05-25T10:00:00Z',
        null,
        'javascript:alert(1)',
      ),
    ],
    NOW,
  );
  await storeEnriched(
    db.db,
    lever,
    [posting('L1', 'Backend Engineer', 'Acme', '<p>Kafka and Rust.</p>', '2026-03-03T08:00:00Z')],
    NOW,
  );
  for (const [source, day, status] of [
    [gh, '2026-04-10', 'failed'],
    [lever, '2026-04-10', 'succeeded'],
    [gh, '2026-04-11', 'succeeded'],
  ] as const) {
    const error = status === 'failed' ? 'http-503 <b>board down</b>' : null;
    await recordRun(db.db, source, `${day}T03:00:00Z`, status, 1, { error });
  }
  return createApp({ db: db.db });
}

async function page(app: App, path: string, status = 200) {
  const response = await app.request(path);
  const html = await response.text();
  expect(response.status, `${path}: ${textOf(html).slice(0, 300)}`).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
  expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  return { html, text: textOf(html) };
}

/** The page's text: tags dropped, entities decoded, white space collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<script type="application\/json"[^>]*>.*?<\/script>/gs, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The JSON data block of a chart. */
function chartData<T = TimeChart>(html: string, id: string): T {
  const match = new RegExp(`<script type="application/json" id="${id}-data">(.*?)</script>`, 's').exec(html);
  expect(match, `chart ${id}`).not.toBeNull();
  return JSON.parse(match?.[1] ?? 'null') as T;
}

const PAGES = [
  '/',
  '/skills/kafka',
  '/compare?skills=kafka,group:event-driven',
  '/salaries',
  '/gap?have=kafka',
  '/postings',
  '/postings?q=engineer',
  '/runs',
];

describe('the pages over the fixture', () => {
  it('Overview: jobs in range, top skills with both periods and the noise flag, AI, salaries', async () => {
    const { html, text } = await page(await fixture(), '/');
    expect(text).toContain('8 backend jobs from 1 Mar 2026 to 31 May 2026');
    const kafka = wilson(5, 8);
    // Kafka: 5 of 8, 62.5%; April 1 of 1, May 1 of 3: −66.7 points, intervals overlap.
    expect(text).toContain(
      `Apache Kafka 62.5% (${(kafka!.low * 100).toFixed(1)}–${(kafka!.high * 100).toFixed(1)}%) 5 of 8 100.0% (1 of 1) 33.3% (1 of 3) −66.7 pts within noise`,
    );
    expect(text).toContain('May 2026 against Apr 2026');
    expect(text).toContain('No change beyond noise.');
    expect(text).toContain('Median $120,000 a year, from 5 jobs stating a salary in USD (also stated: EUR in 1');
    // The unstated-seniority group: 90k, 110k, 120k, 130k; quantiles interpolated (type 7): p10 96k, median 115k.
    expect(text).toContain('not stated fewer than 10 postings 4 $96,000 $105,000 $115,000 $122,500 $127,000');
    const ai = chartData(html, 'chart-ai');
    expect(ai.datasets.filter((d) => d.role === 'series').map((d) => d.label)).toEqual([
      'Building AI',
      'Using AI tools',
      'Generic AI mention',
    ]);
    expect(html).toContain('href="/export/skills.csv"');
    expect(html).toContain('href="/export/postings.csv"');
  });

  it('Skill: the share per month with counts, band and failed day; salaries by seniority; companies; postings', async () => {
    const { html, text } = await page(await fixture(), '/skills/kafka');
    expect(text).toContain('asked in 5 of 8 backend jobs in the window');
    const share = chartData(html, 'chart-share');
    expect(share.labels).toEqual(['2026-03-01', '2026-04-01', '2026-05-01']);
    expect(share.notes).toEqual(['3 / 4', '1 / 1', '1 / 3']);
    const [line, low, high, failed] = share.datasets;
    expect(line?.data.map((p) => [p.y, p.n, p.total])).toEqual([
      [0.75, 3, 4],
      [1, 1, 1],
      [1 / 3, 1, 3],
    ]);
    expect(low?.data.map((p) => p.y)).toEqual([wilson(3, 4)?.low, wilson(1, 1)?.low, wilson(1, 3)?.low]);
    expect(high?.data.map((p) => p.y)).toEqual([wilson(3, 4)?.high, 1, wilson(1, 3)?.high]);
    expect(failed).toEqual({
      label: 'scrape failed',
      role: 'failed',
      series: -1,
      data: [{ x: '2026-04-10', y: 0, note: 'failed: gh' }],
    });
    // The table alternative holds the same numbers.
    expect(text).toContain('Mar 2026 75.0% (3 of 4)');
    expect(text).toContain('Scrapes failed on: 2026-04-10 (failed: gh)');
    // Salaries of the Kafka jobs, USD: senior 160k alone; not stated 90k, 110k, 120k, 130k.
    expect(text).toContain('senior fewer than 10 postings 1 $160,000 $160,000 $160,000 $160,000 $160,000');
    expect(text).toContain('not stated fewer than 10 postings 4 $96,000 $105,000 $115,000 $122,500 $127,000');
    expect(text).toContain('No skill is asked together with it in 5 or more jobs.');
    for (const company of ['Acme', 'Globex', 'Hooli', 'Umbrella', 'Wayne']) expect(text).toContain(`${company} 1 of 5`);
    // Postings, not jobs: Acme's is listed from both boards.
    expect(text).toContain('Showing 1–6 of 6');
    expect(html).toContain('Matched in the description: <mark>Kafka</mark>');
    expect(html).toContain('<a href="https://jobs.example/5" rel="nofollow noopener noreferrer">');
  });

  it('Skill by week: weeks drawn at their Monday, and the interval kept in every link', async () => {
    const { html } = await page(await fixture(), '/skills/kafka?interval=week&seniority=senior');
    const share = chartData(html, 'chart-share');
    // The window is March to May; 1 March 2026 is a Sunday, in the week of Monday 23 February.
    expect(share.labels[0]).toBe('2026-02-23');
    expect(share.periods[0]).toBe('2026-W09');
    expect(html).toContain('href="/compare?interval=week&amp;seniority=senior"');
    expect(html).toContain('<option value="week" selected="">');
    expect(html).toContain('<option value="senior" selected="">');
  });

  it('Compare: several skills and a concept group on one chart, from skills= or the list', async () => {
    const app = await fixture();
    const { html, text } = await page(app, '/compare?skills=kafka,rust,group:event-driven');
    const chart = chartData(html, 'chart-compare');
    expect(chart.datasets.filter((d) => d.role === 'series').map((d) => d.label)).toEqual([
      'Apache Kafka',
      'Rust',
      'Event-driven systems',
    ]);
    expect(text).toContain('Apache Kafka 62.5%');
    expect(text).toContain('Rust 12.5%');
    expect(text).toContain('Event-driven systems 62.5%');
    expect(html).toContain('<input type="checkbox" name="skill" value="group:event-driven" checked=""/>');
    const picked = await page(app, '/compare?skill=kafka&skill=rust');
    expect(chartData(picked.html, 'chart-compare').datasets.filter((d) => d.role === 'series')).toHaveLength(2);
  });

  it('Salaries: one currency at a time, every group with its n, small groups greyed', async () => {
    const app = await fixture();
    const usdPage = await page(app, '/salaries');
    expect(usdPage.text).toContain('Annual salaries in USD (the currency most jobs state), from 5 jobs stating one');
    // Kafka's USD jobs: 90k, 110k, 120k, 130k, 160k; interpolated (type 7): p10 98k, p90 148k.
    expect(usdPage.text).toContain('Apache Kafka fewer than 10 postings 5 $98,000 $110,000 $120,000 $130,000 $148,000');
    expect(usdPage.html).toContain('<tr class="low-n">');
    const eur = await page(app, '/salaries?currency=EUR');
    expect(eur.text).toContain('Annual salaries in EUR (as chosen), from 1 jobs stating one');
    expect(eur.text).toContain('Redis fewer than 10 postings 1 €70,000');
    expect(eur.text).not.toContain('$');
  });

  it('Skill gap: what jobs asking for your skills also ask, co-occurrence and salary difference', async () => {
    const app = await fixture();
    for (const have of ['kafka', 'Apache%20Kafka']) {
      const { text } = await page(app, `/gap?have=${have}`);
      expect(text).toContain('5 of 8 backend jobs ask for at least one of your skills');
      // Redis: jobs 5, 6, 7 (3 of 8); with Kafka only Hooli's (1 of 5).
      expect(text).toContain('Redis database 37.5% (3 of 8) 20.0% (1 of 5)');
    }
  });

  it('Postings: full-text search with the filters, links to the posting (http only) and its source', async () => {
    const app = await fixture();
    const { html, text } = await page(app, '/postings?q=kafka');
    expect(text).toContain('6 postings match the search');
    expect(html).toContain('href="/runs?source=lever"');
    const senior = await page(app, '/postings?q=kafka&seniority=senior');
    expect(senior.text).toContain('1 posting matches the search');
    expect(senior.html).toContain('href="/export/postings.csv?seniority=senior"');
  });

  it('Runs: health per source, failed days in the chosen days, every run with why it failed', async () => {
    const { text } = await page(await fixture(), '/runs?from=2026-04-01&to=2026-04-30');
    expect(text).toContain('Days with failed scrapes, 1 Apr 2026 to 30 Apr 2026');
    expect(text).toContain('10 Apr 2026: gh');
    expect(text).toContain('2026-04-10 03:00 gh failed (scheduled)');
    expect(text).toContain('http-503 <b>board down</b>');
    expect(text).toContain('Showing 1–3 of 3');
  });

  it.each(PAGES)('%s escapes scraped text: no hostile markup, no javascript: link', async (path) => {
    const { html } = await page(await fixture(), path);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>board down');
    expect(html.toLowerCase()).not.toContain('href="javascript:');
  });

  it('shows hostile titles and companies as text', async () => {
    const { html } = await page(await fixture(), '/postings?q=redis');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Backend Engineer');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the pages over an empty database', () => {
  it.each([
    '/',
    '/skills/kafka',
    '/compare?skills=kafka',
    '/salaries',
    '/gap?have=kafka',
    '/postings',
  ])('%s says there are no postings yet, and draws no chart', async (path) => {
    const { html, text } = await page(await emptyApp(), path);
    expect(text).toContain('No postings yet — run skillpulse scrape');
    expect(html).not.toContain('<canvas');
  });

  it('/runs says there are no runs yet', async () => {
    const { text } = await page(await emptyApp(), '/runs');
    expect(text).toContain('No runs yet — run skillpulse scrape');
  });
});

describe('bad requests', () => {
  it.each([
    ['/?from=2026-3-1', 400, 'from:'],
    ['/?interval=year', 400, 'interval:'],
    ['/?from=2026-05-01&to=2026-03-01', 400, 'from: after to'],
    ['/?country=de', 400, 'country:'],
    ['/salaries?currency=usd', 400, 'currency:'],
    ['/skills/kafka?page=0', 400, 'page:'],
    ['/skills/Kafka%3Bdrop', 400, 'id: expected a skill id'],
    ['/skills/no-such-skill', 404, 'no skill with id no-such-skill'],
    ['/compare?skills=no-such-skill', 400, 'skills: unknown no-such-skill'],
    ['/compare?skills=a,b,c,d,e,f,g,h,i,j,k', 400, 'skills: at most 10'],
    ['/gap?have=no-such-skill', 400, 'have: unknown no-such-skill'],
    ['/postings?skill=no-such-skill', 400, 'skill: unknown skill no-such-skill'],
    ['/postings?page=501', 400, 'page:'],
  ])('%s → %i, an HTML page saying what was wrong', async (path, status, message) => {
    const { text } = await page(await fixture(), path, status);
    expect(text).toContain(message);
  });

  it('ignores empty form fields: they mean "not set"', async () => {
    const { text } = await page(await fixture(), '/?from=&to=&interval=month&seniority=&country=');
    expect(text).toContain('8 backend jobs');
  });
});

describe('safeJson', () => {
  it('writes nothing that could end a script block or open markup', () => {
    const json = safeJson({ a: '</script><script>alert(1)</script>', b: '<!-- & \u2028 \u2029' });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!-- & \u2028 \u2029' });
  });
});

describe('PostingList', () => {
  const listed: ListedPosting = {
    id: 1,
    source: 'gh',
    externalId: '1',
    url: 'javascript:alert(1)',
    title: 'Go developer',
    company: null,
    location: null,
    country: null,
    remote: null,
    seniority: null,
    postedAt: '2026-03-02T10:00:00Z',
    firstSeenAt: '2026-03-02T10:00:00Z',
    lastSeenAt: '2026-03-02T10:00:00Z',
    closedAt: null,
    salary: null,
    skills: ['go'],
  };

  it('shows a description only through the allow-list sanitizer, and a title match highlighted', async () => {
    const html = await String(
      PostingList({
        postings: [listed],
        filters: { interval: 'month' },
        evidence: new Map([[1, { matchedText: 'go', matchStart: null, matchEnd: null }]]),
        skillNames: new Map([['go', 'Go']]),
        descriptions: new Map([[1, '<p>Go <script>alert(1)</script><a href="javascript:alert(1)">x</a></p>']]),
      }),
    );
    expect(html).toContain('<h3><mark>Go</mark> developer</h3>');
    expect(html).toContain('<summary>Description</summary><div><p>Go <a>x</a></p></div>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<p class="skills">Go</p>');
  });

  it.each([
    ['https://jobs.example/1', 'https://jobs.example/1'],
    ['http://jobs.example/a b', 'http://jobs.example/a%20b'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['/relative', null],
    [null, null],
  ])('safeHref(%s) = %s', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});
