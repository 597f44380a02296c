// `skillpulse demo` end to end, as a new user runs it (`npm run demo` runs
// the same built CLI): the sample market scraped by the real scrapers, the
// dashboard up within 60 s, every page populated, the overview's charts
// spanning the market's 24 months, and Ctrl-C stopping everything cleanly.
// The overview's screenshots go to reports/screenshots/demo-overview.png (its
// first screen; docs/overview.png is a copy of one) and demo-overview-full.png.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../cli/settings.js';
import { CHROMIUM_ARGS, resolveChromium } from '../../scrapers/browser/chromium.js';
import { CLI, cliEnv } from '../helpers/cli.js';

const SCREENSHOTS = fileURLToPath(new URL('../../reports/screenshots/', import.meta.url));
const PAGES = [
  '/',
  '/skills/llm',
  '/compare?skills=llm,kubernetes',
  '/salaries?currency=USD',
  '/gap?have=go,kubernetes',
  '/postings',
  '/runs',
];

let browser: Browser;
beforeAll(async () => {
  const executablePath = resolveChromium(readEnv().chromiumPath, () => chromium.executablePath());
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('skillpulse demo', () => {
  it('brings the dashboard up on the scraped sample market within 60 s, every page populated, 24 months charted', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, 'demo', '--port', '0'], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          stdout += d;
          const found = /skillpulse dashboard on (http:\/\/\S+\/)\n/.exec(stdout)?.[1];
          if (found) resolve(found);
        });
        void exited.then((code) => reject(new Error(`demo exited ${code} before serving:\n${stdout}\n${stderr}`)));
        setTimeout(() => reject(new Error(`no dashboard within 90 s:\n${stdout}\n${stderr}`)), 90_000);
      });
      const upAfter = Date.now() - started;
      expect(upAfter, `dashboard up after ${upAfter} ms`).toBeLessThan(60_000);
      expect(stdout).toMatch(
        /^sample market: 150 companies, [\d,]+ jobs in [\d,]+ postings on \d+ sources, \d{4}-\d{2} to \d{4}-\d{2}$/m,
      );
      const dir = /kept|skillpulse-demo-/.exec(stdout);
      expect(dir).toBeNull();

      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      for (const path of PAGES) {
        const response = await page.goto(new URL(path, url).href);
        expect(response?.status(), path).toBe(200);
        // The Runs page's "None: every source … had a successful run each day" is good news, not a gap.
        if (path !== '/runs') expect(await page.locator('.empty').count(), `${path}: an empty panel`).toBe(0);
        const points = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map((canvas) => {
            const chart = (
              window as unknown as {
                Chart: {
                  getChart(c: HTMLCanvasElement): { data: { datasets: Array<{ data: unknown[] }> } } | undefined;
                };
              }
            ).Chart.getChart(canvas);
            return chart ? chart.data.datasets.reduce((sum, d) => sum + d.data.length, 0) : -1;
          }),
        );
        for (const n of points) expect(n, `${path}: a chart without points`).toBeGreaterThan(0);
        if (path === '/') {
          expect(points.length).toBeGreaterThan(0);
          // Every time chart of the overview spans the market's 24 months.
          const spans = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLScriptElement>('script[type="application/json"]')].flatMap((s) => {
              const spec = JSON.parse(s.textContent ?? '{}') as {
                datasets?: Array<{ role?: string; data?: Array<{ x: string }> }>;
              };
              const series = (spec.datasets ?? []).filter((d) => d.role === 'series');
              return series.length > 0 ? [new Set(series.flatMap((d) => (d.data ?? []).map((p) => p.x))).size] : [];
            }),
          );
          expect(spans.length).toBeGreaterThan(0);
          for (const n of spans) expect(n).toBe(24);
          mkdirSync(SCREENSHOTS, { recursive: true });
          await page.screenshot({ path: `${SCREENSHOTS}demo-overview.png` });
          await page.screenshot({ path: `${SCREENSHOTS}demo-overview-full.png`, fullPage: true });
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    // The temporary database went with it.
    const tmp = /database (\S+)/.exec(stderr)?.[1];
    if (tmp) expect(existsSync(tmp)).toBe(false);
  }, 150_000);
});
