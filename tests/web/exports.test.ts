// GET /export/*.csv and /export/*.meta.json over fixtures stored the way a
// scrape stores them (real storePostings, real enricher, real migrations).
import { describe, expect, it } from 'vitest';
import { type ExportedPosting, exportPostingPages } from '../../db/postings-export.js';
import { ensureSource } from '../../db/sources.js';
import { POSTING_COLUMNS, SKILL_COLUMNS } from '../../src/export/columns.js';
import type { StatedSalary } from '../../src/salary/types.js';
import { SKILLS, TAXONOMY_VERSION } from '../../src/taxonomy/skills-data.js';
import { createApp } from '../../web/app.js';
import type { App } from '../helpers/app.js';
import { insertBulkPostings } from '../helpers/bulk-postings.js';
import { csvObjects, parseCsv } from '../helpers/csv.js';
import { migratedDbWithBoards, migratedDbWithSkills } from '../helpers/db.js';
import { posting as normalized, storeEnriched } from '../helpers/store.js';

const NOW = new Date('2026-06-01T03:00:00Z');
const SEEN = NOW.toISOString();

interface Details {
  title?: string;
  company?: string;
  country?: string;
  salary?: StatedSalary;
}

const posting = (id: string, description: string, postedAt: string, d: Details = {}) =>
  normalized(id, {
    url: `https://jobs.example/${id}`,
    title: 'Backend Engineer',
    company: 'Acme',
    country: 'DE',
    description,
    postedAt,
    ...d,
  });

const salary = (min: number | null, max: number | null, currency = 'EUR', period: StatedSalary['period'] = 'year') => ({
  min,
  max,
  currency,
  period,
});

/**
 * Counted by hand. March 2026: 4 jobs (Acme's is on two boards, one job); Kafka: Acme, Globex, Umbrella.
 * Annual EUR values: Acme 70,000 (60–80k), Globex 90,000 (from 90k), Initech 60,000 (5,000 a month);
 * Umbrella's is in USD (110,000). April: no jobs. May: 2 jobs, Hooli (senior, Kafka, EUR 110,000) and
 * Stark (no salary). EUR is stated by 4 jobs, USD by 1: EUR is the default currency.
 */
async function storedFixture() {
  const { db, gh, lever } = await migratedDbWithBoards(NOW);
  await storeEnriched(
    db,
    gh,
    [
      posting('1', '<p>Kafka and Rust.</p>', '2026-03-02T10:00:00Z', { salary: salary(60_000, 80_000) }),
      posting('2', '<p>Kafka on Kubernetes.</p>', '2026-03-09T10:00:00Z', {
        title: 'Platform Engineer',
        company: 'Globex',
        salary: salary(90_000, null),
      }),
      posting('3', '<p>Terraform.</p>', '2026-03-16T10:00:00Z', {
        title: 'Site Reliability Engineer',
        company: 'Initech',
        salary: salary(5_000, 5_000, 'EUR', 'month'),
      }),
      posting('4', '<p>Kafka and Spark.</p>', '2026-03-30T10:00:00Z', {
        title: 'Data Engineer',
        company: 'Umbrella',
        country: 'US',
        salary: salary(100_000, 120_000, 'USD'),
      }),
      posting('5', '<p>Kafka and Redis.</p>', '2026-05-04T10:00:00Z', {
        title: 'Senior Backend Engineer',
        company: 'Hooli',
        salary: salary(100_000, 120_000),
      }),
      posting('6', '<p>Redis and Terraform.</p>', '2026-05-20T10:00:00Z', { company: 'Stark' }),
    ],
    NOW,
  );
  await storeEnriched(
    db,
    lever,
    [posting('L1', '<p>Kafka and Rust.</p>', '2026-03-03T08:00:00Z', { salary: salary(60_000, 80_000) })],
    NOW,
  );
  return db;
}

async function fixture() {
  return createApp({ db: await storedFixture() });
}

async function csvOf(app: App, path: string) {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  return { response, rows: csvObjects(await response.text()) };
}

const row = (rows: Array<Record<string, string>>, skill: string, period: string) =>
  rows.find((r) => r.skill_id === skill && r.period === period);

describe('GET /export/skills.csv', () => {
  it('has one row per skill × month with counts, shares, Wilson bounds and EUR medians, counted by hand', async () => {
    const app = await fixture();
    const { response, rows } = await csvOf(app, '/export/skills.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="skillpulse-skills-2026-03-01-2026-05-31.csv"',
    );
    expect(rows).toHaveLength(SKILLS.length * 3);

    // 3 of 4: p = 0.75, z² = 3.8415; centre (0.75 + 0.4802) / 1.9604 = 0.6275, half 0.3269.
    const kafkaMarch = row(rows, 'kafka', '2026-03');
    expect(kafkaMarch).toMatchObject({
      skill_name: 'Apache Kafka',
      category: 'messaging',
      postings: '3',
      total: '4',
      share: '0.75',
      median_annual_salary: '80000',
      salary_n: '2',
      salary_currency: 'EUR',
    });
    expect(Number(kafkaMarch?.ci_low)).toBeCloseTo(0.3006, 4);
    expect(Number(kafkaMarch?.ci_high)).toBeCloseTo(0.9544, 4);

    expect(row(rows, 'kafka', '2026-04')).toMatchObject({
      postings: '0',
      total: '0',
      share: '0',
      ci_low: '0',
      ci_high: '0',
      median_annual_salary: '',
      salary_n: '0',
    });
    // 1 of 2: centre 0.5, half 1.96 × √(0.125 + 0.2401) / 2.9207 = 0.4055.
    const kafkaMay = row(rows, 'kafka', '2026-05');
    expect(kafkaMay).toMatchObject({ postings: '1', total: '2', share: '0.5', median_annual_salary: '110000' });
    expect(Number(kafkaMay?.ci_low)).toBeCloseTo(0.0945, 4);
    expect(Number(kafkaMay?.ci_high)).toBeCloseTo(0.9055, 4);

    // 1 of 4: centre (0.25 + 0.4802) / 1.9604 = 0.3725, half 0.3269. 5,000 a month is 60,000 a year.
    const terraformMarch = row(rows, 'terraform', '2026-03');
    expect(terraformMarch).toMatchObject({
      postings: '1',
      share: '0.25',
      median_annual_salary: '60000',
      salary_n: '1',
    });
    expect(Number(terraformMarch?.ci_low)).toBeCloseTo(0.0456, 4);
    expect(Number(terraformMarch?.ci_high)).toBeCloseTo(0.6994, 4);
    expect(row(rows, 'terraform', '2026-05')).toMatchObject({ postings: '1', median_annual_salary: '', salary_n: '0' });
    expect(row(rows, 'rust', '2026-03')).toMatchObject({ postings: '1', median_annual_salary: '70000', salary_n: '1' });
  });

  it('writes the exact header row, CRLF line ends, skills in id order and periods in order', async () => {
    const app = await fixture();
    const text = await (await app.request('/export/skills.csv')).text();
    expect(text.split('\r\n')[0]).toBe(
      'skill_id,skill_name,category,period,postings,total,share,ci_low,ci_high,median_annual_salary,salary_n,salary_currency',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    const ids = csvObjects(text).map((r) => `${r.skill_id} ${r.period}`);
    const sortedSkills = SKILLS.map((s) => s.id).sort();
    expect(ids.slice(0, 6)).toEqual([
      `${sortedSkills[0]} 2026-03`,
      `${sortedSkills[0]} 2026-04`,
      `${sortedSkills[0]} 2026-05`,
      `${sortedSkills[1]} 2026-03`,
      `${sortedSkills[1]} 2026-04`,
      `${sortedSkills[1]} 2026-05`,
    ]);
  });

  it('counts under the filters: seniority, source, week intervals, categories and another currency', async () => {
    const app = await fixture();
    const senior = (await csvOf(app, '/export/skills.csv?seniority=senior')).rows;
    expect(row(senior, 'kafka', '2026-03')).toMatchObject({ postings: '0', total: '0' });
    expect(row(senior, 'kafka', '2026-05')).toMatchObject({
      postings: '1',
      total: '1',
      share: '1',
      ci_high: '1',
      median_annual_salary: '110000',
    });

    // The cross-posted job counts on the board it was filtered by.
    const lever = (await csvOf(app, '/export/skills.csv?source=lever')).rows;
    expect(row(lever, 'kafka', '2026-03')).toMatchObject({ postings: '1', total: '1', median_annual_salary: '70000' });

    const weeks = await csvOf(app, '/export/skills.csv?interval=week&from=2026-03-01&to=2026-03-15');
    expect(weeks.response.headers.get('content-disposition')).toContain('skillpulse-skills-2026-02-23-2026-03-15.csv');
    expect(weeks.rows.filter((r) => r.skill_id === 'kafka').map((r) => [r.period, r.postings, r.total])).toEqual([
      ['2026-W09', '0', '0'],
      ['2026-W10', '1', '1'],
      ['2026-W11', '1', '1'],
    ]);

    const messaging = (await csvOf(app, '/export/skills.csv?category=messaging')).rows;
    expect(new Set(messaging.map((r) => r.category))).toEqual(new Set(['messaging']));
    // The category narrows the skills listed, not the jobs counted.
    expect(row(messaging, 'kafka', '2026-03')).toMatchObject({ postings: '3', total: '4' });
    expect(row(messaging, 'rust', '2026-03')).toBeUndefined();

    const usd = (await csvOf(app, '/export/skills.csv?currency=USD')).rows;
    expect(row(usd, 'kafka', '2026-03')).toMatchObject({
      median_annual_salary: '110000',
      salary_n: '1',
      salary_currency: 'USD',
    });

    const april = (await csvOf(app, '/export/skills.csv?from=2026-04-01&to=2026-04-30')).rows;
    expect(row(april, 'kafka', '2026-04')).toMatchObject({ total: '0', salary_currency: '' });
  });

  it('starts with a UTF-8 byte order mark only when asked (bom=1)', async () => {
    const app = await fixture();
    const plain = new Uint8Array(await (await app.request('/export/skills.csv')).arrayBuffer());
    expect([...plain.slice(0, 3)]).toEqual([...Buffer.from('ski')]);
    const marked = new Uint8Array(await (await app.request('/export/skills.csv?bom=1')).arrayBuffer());
    expect([...marked.slice(0, 6)]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from('ski')]);
    const postings = new Uint8Array(await (await app.request('/export/postings.csv?bom=1')).arrayBuffer());
    expect([...postings.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const off = new Uint8Array(await (await app.request('/export/postings.csv?bom=0')).arrayBuffer());
    expect(off[0]).toBe('i'.charCodeAt(0));
  });

  it('links to its method note, which describes the same export', async () => {
    const app = await fixture();
    const response = await app.request('/export/skills.csv?seniority=senior&currency=USD&bom=1');
    const link = response.headers.get('link');
    expect(link).toBe(
      '</export/skills.meta.json?interval=month&seniority=senior&currency=USD>; rel="describedby"; type="application/json"',
    );
    const header = parseCsv((await response.text()).replace(/^\uFEFF/, ''))[0];
    const metaPath = /^<([^>]+)>/.exec(link ?? '')?.[1] ?? '';
    const metaResponse = await app.request(metaPath);
    expect(metaResponse.status).toBe(200);
    expect(metaResponse.headers.get('content-type')).toMatch(/^application\/json/);
    const meta = (await metaResponse.json()) as Record<string, unknown>;
    expect(meta).toMatchObject({
      export: 'skills',
      taxonomyVersion: TAXONOMY_VERSION,
      window: { from: '2026-03-01', to: '2026-05-31', interval: 'month' },
      filters: { interval: 'month', seniority: 'senior' },
      salary: { currency: 'USD', chosen: 'asked' },
    });
    expect(Date.parse(meta.generatedAt as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(meta.counting).toContain('one count per job (cross-posted duplicates merged)');
    expect(meta.counting).toContain('ci = Wilson 95%');
    expect(meta.counting).toContain('median of annualized midpoints in USD');
    const columns = meta.columns as Array<{ name: string; unit: string | null }>;
    expect(columns.map((c) => c.name)).toEqual(header);
    expect(columns.find((c) => c.name === 'median_annual_salary')?.unit).toBe('USD per year');
  });

  it('says which currency it chose when none was asked', async () => {
    const app = await fixture();
    const meta = await (await app.request('/export/skills.meta.json')).json();
    expect(meta.salary).toEqual({ currency: 'EUR', chosen: 'most common' });
    expect(meta.filters).toEqual({ interval: 'month' });
  });
});

describe('GET /export/postings.csv', () => {
  it('lists every backend posting in id order, one row per board, with all columns', async () => {
    const app = await fixture();
    const { response, rows } = await csvOf(app, '/export/postings.csv');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="skillpulse-postings-start-end.csv"',
    );
    expect(Object.keys(rows[0] ?? {})).toEqual(POSTING_COLUMNS.map((c) => c.name));
    expect(rows.map((r) => [r.id, r.source, r.external_id, r.company])).toEqual([
      ['1', 'gh', '1', 'Acme'],
      ['2', 'gh', '2', 'Globex'],
      ['3', 'gh', '3', 'Initech'],
      ['4', 'gh', '4', 'Umbrella'],
      ['5', 'gh', '5', 'Hooli'],
      ['6', 'gh', '6', 'Stark'],
      ['7', 'lever', 'L1', 'Acme'],
    ]);
    expect(rows[0]).toEqual({
      id: '1',
      source: 'gh',
      external_id: '1',
      url: 'https://jobs.example/1',
      title: 'Backend Engineer',
      company: 'Acme',
      location: 'Berlin, Germany',
      country: 'DE',
      work_mode: '',
      seniority: '',
      posted_at: '2026-03-02T10:00:00Z',
      first_seen_at: SEEN,
      last_seen_at: SEEN,
      closed_at: '',
      salary_min: '60000',
      salary_max: '80000',
      salary_currency: 'EUR',
      salary_period: 'year',
      salary_annual_min: '60000',
      salary_annual_max: '80000',
      skills: 'kafka rust',
      duplicate_key: rows[6]?.duplicate_key,
    });
    expect(rows[2]).toMatchObject({ salary_min: '5000', salary_period: 'month', salary_annual_min: '60000' });
    expect(rows[1]).toMatchObject({ salary_max: '', salary_annual_max: '', skills: 'kafka kubernetes' });
    expect(rows[4]).toMatchObject({ seniority: 'senior' });
    expect(new Set(rows.map((r) => r.duplicate_key)).size).toBe(6);
  });

  it('keeps what the filters keep', async () => {
    const app = await fixture();
    const ids = async (query: string) => (await csvOf(app, `/export/postings.csv?${query}`)).rows.map((r) => r.id);
    expect(await ids('source=lever')).toEqual(['7']);
    expect(await ids('seniority=senior')).toEqual(['5']);
    expect(await ids('country=US')).toEqual(['4']);
    expect(await ids('from=2026-05-01')).toEqual(['5', '6']);
    expect(await ids('from=2026-03-03&to=2026-03-09')).toEqual(['2', '7']);
    expect(await ids('category=infrastructure')).toEqual(['2', '3', '6']);
    const named = await app.request('/export/postings.csv?from=2026-05-01&to=2026-05-31');
    expect(named.headers.get('content-disposition')).toContain('skillpulse-postings-2026-05-01-2026-05-31.csv');
  });

  it('has a method note without an interval', async () => {
    const app = await fixture();
    const response = await app.request('/export/postings.csv?country=DE');
    expect(response.headers.get('link')).toBe(
      '</export/postings.meta.json?interval=month&country=DE>; rel="describedby"; type="application/json"',
    );
    const meta = await (await app.request('/export/postings.meta.json?country=DE')).json();
    expect(meta).toMatchObject({
      export: 'postings',
      taxonomyVersion: TAXONOMY_VERSION,
      window: { from: null, to: null, interval: null },
      filters: { country: 'DE' },
    });
    expect(meta.salary).toBeUndefined();
    expect(meta.columns.map((c: { name: string }) => c.name)).toEqual(POSTING_COLUMNS.map((c) => c.name));
  });
});

describe('exportPostingPages', () => {
  const ids = async (pages: AsyncIterable<Array<unknown[]>>) => {
    const seen: unknown[][] = [];
    for await (const page of pages) seen.push(page.map((row) => row[0]));
    return seen;
  };

  it('reads full pages after the last id of the one before, then the rest, never an empty page', async () => {
    const db = await storedFixture();
    expect(await ids(exportPostingPages(db, {}, 3))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    // Filtered: the keys skip posting 4; six matches fill two pages and the third query finds none.
    expect(await ids(exportPostingPages(db, { country: ['DE'] }, 3))).toEqual([
      [1, 2, 3],
      [5, 6, 7],
    ]);
    expect(await ids(exportPostingPages(db, { category: ['infrastructure'] }, 2))).toEqual([[2, 3], [6]]);
  });

  it('gives each posting its cells in column order, skills sorted', async () => {
    const db = await storedFixture();
    const pages: ExportedPosting[][] = [];
    for await (const page of exportPostingPages(db, { source: ['lever'] })) pages.push(page);
    expect(pages.map((page) => page.length)).toEqual([1]);
    const row = Object.fromEntries(POSTING_COLUMNS.map((c, i) => [c.name, pages[0]?.[0]?.[i]]));
    expect(row).toMatchObject({ id: 7, source: 'lever', external_id: 'L1', salary_min: 60_000, skills: 'kafka rust' });
  });
});

describe('CSV safety', () => {
  async function hostile() {
    const { db } = await migratedDbWithSkills();
    const gh = await ensureSource(db, { name: 'gh', type: 'greenhouse', settings: {} }, NOW);
    const titles = [
      '=HYPERLINK("http://evil")',
      '+cmd',
      '-2+3',
      '@SUM(1)',
      '\tx',
      'Backend Engineer, "Payments"\nBerlin',
    ];
    await storeEnriched(
      db,
      gh,
      titles.map((title, i) =>
        posting(`h${i}`, '<p>Go.</p>', `2026-05-0${i + 1}T10:00:00Z`, {
          title,
          company: i === 0 ? '=Evil Corp' : `Company ${i}`,
        }),
      ),
      NOW,
      // The injection fixture's titles are the attack strings alone: the backend rule would drop them.
      (enrichment) => ({ ...enrichment, backend: true }),
    );
    return createApp({ db });
  }

  it('neutralizes cells a spreadsheet would run as formulas, with a leading apostrophe', async () => {
    const app = await hostile();
    const { rows } = await csvOf(app, '/export/postings.csv');
    expect(rows.map((r) => r.title)).toEqual([
      `'=HYPERLINK("http://evil")`,
      `'+cmd`,
      `'-2+3`,
      `'@SUM(1)`,
      `'\tx`,
      'Backend Engineer, "Payments"\nBerlin',
    ]);
    expect(rows[0]?.company).toBe(`'=Evil Corp`);
    // Numbers and dates are left as they are.
    expect(rows[0]?.posted_at).toBe('2026-05-01T10:00:00Z');
  });

  it('quotes a field holding a comma, a quote or a line break (RFC 4180)', async () => {
    const app = await hostile();
    const text = await (await app.request('/export/postings.csv')).text();
    expect(text).toContain(',"Backend Engineer, ""Payments""\nBerlin",');
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(text.split('\r\n')).toHaveLength(1 + 6 + 1);
  });
});

describe('export parameters', () => {
  it.each([
    ['/export/skills.csv?interval=year', 'interval'],
    ['/export/skills.csv?from=2026-02-30', 'from'],
    ['/export/skills.csv?from=2026-05-01&to=2026-03-01', 'from'],
    ['/export/skills.csv?currency=eur', 'currency'],
    ['/export/skills.csv?bom=yes', 'bom'],
    ['/export/skills.csv?country=de', 'country'],
    ['/export/skills.meta.json?seniority=wizard', 'seniority'],
    ['/export/postings.csv?workMode=moon', 'workMode'],
    ['/export/postings.csv?from=2026-05-01&to=2026-03-01', 'from'],
    ['/export/postings.meta.json?category=nope', 'category'],
  ])('%s → 400 naming %s, in the error envelope', async (path, parameter) => {
    const app = await fixture();
    const response = await app.request(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message.startsWith(`${parameter}:`)).toBe(true);
  });

  it('answers a header row and no data when nothing is stored', async () => {
    const { db } = await migratedDbWithSkills();
    const app = createApp({ db });
    const skills = await app.request('/export/skills.csv');
    expect(skills.headers.get('content-disposition')).toContain('skillpulse-skills.csv');
    expect(parseCsv(await skills.text())).toEqual([SKILL_COLUMNS.map((c) => c.name)]);
    expect(parseCsv(await (await app.request('/export/postings.csv')).text())).toEqual([
      POSTING_COLUMNS.map((c) => c.name),
    ]);
    const meta = await (await app.request('/export/skills.meta.json')).json();
    expect(meta.window).toEqual({ from: null, to: null, interval: 'month' });
    expect(meta.salary).toEqual({ currency: null, chosen: 'none stated' });
  });
});

describe('streaming', () => {
  const N = 20_000;

  /** N backend postings, one per day from 2024-01-01 round the year, each tagged go; raw inserts: fast. */
  async function large() {
    const opened = await migratedDbWithSkills();
    await insertBulkPostings(opened, N, NOW, (i) => new Date(Date.UTC(2024, 0, 1 + (i % 365))).toISOString());
    opened.handle.exec(
      `insert into posting_skills (posting_id, skill_id, requirement, matched_text)
       select id, 'go', 'required', 'Go' from postings`,
    );
    return { ...opened, app: createApp({ db: opened.db, counting: 'rows' }) };
  }

  it(`exports ${N.toLocaleString('en')} postings page by page, each once, in id order`, async () => {
    const { app } = await large();
    const { rows } = await csvOf(app, '/export/postings.csv');
    expect(rows).toHaveLength(N);
    const ids = rows.map((r) => Number(r.id));
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] as number))).toBe(true);
    expect(rows.every((r) => r.skills === 'go')).toBe(true);
    expect(rows.at(-1)?.title).toBe(`Backend Engineer ${N - 1}`);

    const skills = (await csvOf(app, '/export/skills.csv?category=language')).rows;
    const go = skills.filter((r) => r.skill_id === 'go');
    expect(go.reduce((sum, r) => sum + Number(r.postings), 0)).toBe(N);
    expect(go.every((r) => r.share === '1')).toBe(true);
  });

  it('a download cancelled half-way leaves the database serving the next request', async () => {
    const { app } = await large();
    const response = await app.request('/export/postings.csv');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    const again = await app.request('/export/postings.csv?from=2024-01-01&to=2024-01-01');
    expect(csvObjects(await again.text()).length).toBe(Math.ceil(N / 365));
  });
});
