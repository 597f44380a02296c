// The dashboard pages in a real Chromium against a real server on 127.0.0.1,
// over a fixture market of four months: every page loads without a console
// error or a CSP violation, every chart draws, a filter change reaches the
// URL and the chart, hostile scraped text stays inert, the CSV downloads.
// Screenshots of each page (desktop and phone) go to reports/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../cli/settings.js';
import type { Db } from '../../db/connection.js';
import { CHROMIUM_ARGS, resolveChromium } from '../../scrapers/browser/chromium.js';
import type { NormalizedPosting } from '../../src/posting.js';
import { createApp } from '../../web/app.js';
import { type RunningServer, startServer } from '../../web/server.js';
import { migratedDbWithBoards, migratedDbWithSkills } from '../helpers/db.js';
import { recordRun } from '../helpers/runs.js';
import { storeEnriched } from '../helpers/store.js';

const SCREENSHOTS = fileURLToPath(new URL('../../reports/screenshots/', import.meta.url));
const NOW = new Date('2026-05-31T12:00:00Z');
const HOSTILE = '<script>alert(1)</script>';
const HOSTILE_IMG = '<img src=x onerror=alert(1)>';

const STACKS = [
  'Kafka, Go and PostgreSQL on Kubernetes.',
  'Python, Django and PostgreSQL on AWS.',
  'Java, Spring Boot and Kafka; Terraform on AWS.',
  'Rust and Redis; Prometheus and Grafana for monitoring.',
  'Go, gRPC and Kubernetes; we are building LLM-powered features with RAG.',
  'TypeScript and Node.js with PostgreSQL; engineers use GitHub Copilot daily.',
];
const TITLES = ['Backend Engineer', 'Senior Backend Engineer', 'Staff Platform Engineer', 'Junior Backend Developer'];
const PLACES: Array<[string, NormalizedPosting['workMode']]> = [
  ['Berlin, Germany', 'onsite'],
  ['New York, NY, USA', 'hybrid'],
  ['Remote - US', 'remote'],
];

/** Sixty ordinary postings over February to May 2026, with USD salaries, and one hostile posting. */
function market(): NormalizedPosting[] {
  const postings: NormalizedPosting[] = [];
  for (let i = 0; i < 60; i++) {
    const month = 2 + Math.floor(i / 15);
    const day = 1 + ((i * 7) % 27);
    const [location, workMode] = PLACES[i % PLACES.length] as [string, NormalizedPosting['workMode']];
    const base = 90_000 + ((i * 7919) % 90) * 1_000;
    postings.push({
      externalId: `job-${i}`,
      url: `https://jobs.example.com/${i}`,
      title: TITLES[i % TITLES.length] as string,
      company: `Company ${i}`,
      location,
      country: null,
      workMode,
      employmentType: 'full-time',
      // GraphQL in every May posting and none before, Scala in April only: one rising, one falling skill.
      description: `<p>${STACKS[(i + month) % STACKS.length]}${month === 5 ? ' GraphQL APIs.' : ''}${month === 4 ? ' Some Scala.' : ''}</p>`,
      salary: { min: base, max: base + 30_000, currency: 'USD', period: 'year' },
      postedAt: `2026-0${month}-${String(day).padStart(2, '0')}T10:00:00Z`,
      attributionUrl: null,
    });
  }
  postings.push({
    externalId: 'hostile',
    url: 'javascript:alert(1)',
    title: `${HOSTILE} Backend Engineer`,
    company: `${HOSTILE_IMG} Evil Corp`,
    location: 'Berlin, Germany',
    country: null,
    workMode: null,
    employmentType: 'full-time',
    description: `<p>Kafka and Go. ${HOSTILE} <a href="javascript:alert(1)">apply</a> ${HOSTILE_IMG}</p>`,
    salary: null,
    postedAt: '2026-05-20T10:00:00Z',
    attributionUrl: null,
  });
  return postings;
}

/** The market on two boards, alternately, and their runs. */
async function seed({ db, gh, lever }: { db: Db; gh: number; lever: number }): Promise<void> {
  const postings = market();
  const half = (side: number) => postings.filter((_, i) => i % 2 === side);
  await storeEnriched(db, gh, half(0), NOW);
  await storeEnriched(db, lever, half(1), NOW);
  // Daily runs; gh failed all day on 15 April, so the trend charts mark that day.
  for (const day of ['2026-04-14', '2026-04-15', '2026-04-16']) {
    for (const [source, status] of [
      [gh, day === '2026-04-15' ? 'failed' : 'succeeded'],
      [lever, 'succeeded'],
    ] as const) {
      const error = status === 'failed' ? 'http-503 from the board' : null;
      await recordRun(db, source, `${day}T03:00:00Z`, status, 5, { error });
    }
  }
}

let opened: Awaited<ReturnType<typeof migratedDbWithBoards>>;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  opened = await migratedDbWithBoards(NOW);
  await seed(opened);
  server = await startServer({ app: createApp({ db: opened.db }), host: '127.0.0.1', port: 0 });
  const executablePath = resolveChromium(readEnv().chromiumPath, () => chromium.executablePath());
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await opened?.close();
});

interface Watched {
  page: Page;
  problems: string[];
  dialogs: string[];
}

/** A page that records console errors, uncaught errors, CSP violations and dialogs. */
async function watchedPage(viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems, dialogs };
}

/** Per chart canvas: its id and how many data points its Chart instance holds (-1: no instance). */
async function chartPoints(page: Page): Promise<Array<[string, number]>> {
  return page.evaluate(() => {
    const Chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): unknown } }).Chart;
    return [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map((canvas) => {
      const chart = Chart.getChart(canvas) as { data: { datasets: Array<{ data: unknown[] }> } } | undefined;
      return [canvas.id, chart ? chart.data.datasets.reduce((sum, d) => sum + d.data.length, 0) : -1];
    });
  });
}

const url = (path: string) => new URL(path, server.url).href;

const PAGES: Array<[name: string, path: string, charts: number]> = [
  ['overview', '/', 3],
  ['skill', '/skills/kafka', 3],
  ['compare', '/compare?skills=kafka,go,group:observability', 1],
  ['salaries', '/salaries', 4],
  ['gap', '/gap?have=go,postgresql', 0],
  ['postings', '/postings?q=engineer', 0],
  ['runs', '/runs', 0],
];

describe('dashboard pages in Chromium', () => {
  it.each(
    PAGES,
  )('%s (%s) loads cleanly and draws its %i charts, at desktop and phone widths', async (name, path, charts) => {
    for (const [width, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const { page, problems, dialogs } = await watchedPage(viewport);
      const response = await page.goto(url(path), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const drawn = await chartPoints(page);
      expect(drawn).toHaveLength(charts);
      for (const [id, points] of drawn) expect(points, `chart ${id}`).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.close();
    }
  });

  it('an unknown skill gives an HTML 404 page, without script errors', async () => {
    const { page, problems } = await watchedPage();
    const response = await page.goto(url('/skills/no-such-skill'));
    expect(response?.status()).toBe(404);
    expect(await page.textContent('main')).toContain('no skill with id no-such-skill');
    // The page's own 404 is logged by Chromium as a failed load; nothing else may be.
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
    await page.close();
  });

  it('over an empty database every page says so, draws no chart and logs no error', async () => {
    const empty = await migratedDbWithSkills();
    const bare = await startServer({ app: createApp({ db: empty.db }), host: '127.0.0.1', port: 0 });
    try {
      for (const [, path] of PAGES) {
        const { page, problems } = await watchedPage();
        await page.goto(new URL(path, bare.url).href);
        expect(await page.locator('canvas').count(), path).toBe(0);
        expect(await page.textContent('main'), path).toMatch(/No postings yet|No runs yet/);
        expect(problems, path).toEqual([]);
        await page.close();
      }
    } finally {
      await bare.close();
      await empty.close();
    }
  });

  it('choosing the week interval on the skill page puts it in the URL and redraws the chart by week', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(url('/skills/kafka'));
    const labels = () =>
      page.evaluate(() => {
        const Chart = (window as unknown as { Chart: { getChart(c: Element): { data: { labels: string[] } } } }).Chart;
        return Chart.getChart(document.getElementById('chart-share') as Element).data.labels;
      });
    const monthly = await labels();
    expect(monthly).toEqual(['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01']);
    await Promise.all([page.waitForURL(/interval=week/), page.selectOption('select[name=interval]', 'week')]);
    expect(new URL(page.url()).searchParams.get('interval')).toBe('week');
    // Empty filter fields are left out of the URL.
    expect(new URL(page.url()).searchParams.has('seniority')).toBe(false);
    const weekly = await labels();
    expect(weekly.length).toBeGreaterThan(monthly.length);
    // A week is drawn at its Monday: the window starts on Sunday 1 February, in 2026-W05, which starts on 26 January.
    expect(weekly[0]).toBe('2026-01-26');
    expect(await page.inputValue('select[name=interval]')).toBe('week');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the Compare list filters as you type, and sends the choice as one skills parameter', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(url('/compare?skills=kafka'));
    await page.fill('[data-picker-search]', 'rust');
    const visible = await page.locator('.picker-option:visible').allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((t) => t.toLowerCase().includes('rust'))).toBe(true);
    await page.check('input[name=skill][value=rust]');
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get('skills') === 'kafka,rust'),
      page.click('form[data-picker] button[type=submit]'),
    ]);
    expect(new URL(page.url()).searchParams.get('skills')).toBe('kafka,rust');
    expect(new URL(page.url()).searchParams.has('skill')).toBe(false);
    const series = await page.evaluate(() => {
      const Chart = (
        window as unknown as { Chart: { getChart(c: Element): { data: { datasets: Array<{ role: string }> } } } }
      ).Chart;
      return Chart.getChart(document.getElementById('chart-compare') as Element).data.datasets.filter(
        (d) => d.role === 'series',
      ).length;
    });
    expect(series).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is keyboard-usable: the first Tab reaches the skip link, which moves focus to the content', async () => {
    const { page } = await watchedPage();
    await page.goto(url('/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it("keeps a posting's hostile title, company, description and link inert", async () => {
    for (const path of ['/postings?q=evil', '/skills/kafka', '/skills/go', '/']) {
      const { page, problems, dialogs } = await watchedPage();
      await page.goto(url(path));
      await page.waitForTimeout(200);
      expect(dialogs, path).toEqual([]);
      expect(await page.locator('img[src="x"]').count(), path).toBe(0);
      expect(await page.locator('[onerror]').count(), path).toBe(0);
      expect(await page.locator('a[href^="javascript:" i]').count(), path).toBe(0);
      const injected = await page.evaluate(
        () =>
          [...document.scripts].filter((s) => s.type !== 'application/json' && s.textContent?.includes('alert')).length,
      );
      expect(injected, path).toBe(0);
      expect(problems, path).toEqual([]);
      await page.close();
    }
    const { page } = await watchedPage();
    await page.goto(url('/postings?q=evil'));
    // Shown as text, exactly as scraped.
    expect(await page.locator('.posting h3').first().textContent()).toBe(`${HOSTILE} Backend Engineer`);
    expect(await page.locator('.posting .company').first().textContent()).toBe(`${HOSTILE_IMG} Evil Corp`);
    await page.close();
  });

  it('downloads the postings CSV from the export link, header row first', async () => {
    const { page } = await watchedPage();
    await page.goto(url('/postings?source=gh'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download postings CSV' }).click(),
    ]);
    expect(download.url()).toBe(url('/export/postings.csv?source=gh'));
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    expect(text.startsWith('id,source,external_id,url,title,')).toBe(true);
    expect(text).toContain(',gh,');
    expect(text).not.toContain(',lever,');
    await page.close();
  });
});
