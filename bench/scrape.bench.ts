// Scrape throughput: the full path (crawl + map + enrich + store) against
// bare Crawlee fetching the same local careers site, in the same process.
// The site is a listing of job pages, each a realistic 3 KB posting in
// schema.org JSON-LD, served from memory on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheerioCrawler } from '@crawlee/cheerio';
import { Configuration, LogLevel, log } from '@crawlee/core';
import { openDatabase } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import { samplePostings } from '../sample/postings.js';
import { runSource } from '../scrapers/run-source.js';
import { scrapingConfig } from '../src/config/schema.js';
import { createEnricher } from '../src/enrich/enrich.js';
import { type BenchRow, percentile, trackPeakRss } from './harness.js';

const JOBS = 400;
const SITE = 'https://careers.bench.example';

export function site(): Map<string, string> {
  const pages = new Map<string, string>();
  const postings = samplePostings(JOBS, 7);
  const links = postings.map((_, i) => `<li><a href="/jobs/${i}">Job ${i}</a></li>`).join('');
  pages.set('/jobs', `<!doctype html><title>Jobs</title><ul>${links}</ul>`);
  postings.forEach((p, i) => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      identifier: { '@type': 'PropertyValue', value: `J-${i}` },
      title: p.title,
      hiringOrganization: { '@type': 'Organization', name: p.company },
      datePosted: '2026-11-01',
      jobLocation: { '@type': 'Place', address: { addressLocality: p.location } },
      description: p.description,
    };
    const json = JSON.stringify(ld).replace(/</g, '\\u003c');
    pages.set(
      `/jobs/${i}`,
      `<!doctype html><title>${i}</title><script type="application/ld+json">${json}</script><main>${p.description}</main>`,
    );
  });
  return pages;
}

export async function serve(pages: Map<string, string>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const scraping = {
  ...scrapingConfig.parse({}),
  perHostDelaySecs: 0,
  requestsPerMinute: 600_000,
  concurrency: 4,
  respectRobotsTxt: false,
};

/** Bare Crawlee: the same pages, the same concurrency, links followed, nothing read or stored. */
export async function bare(url: string): Promise<number> {
  const crawler = new CheerioCrawler(
    {
      maxConcurrency: scraping.concurrency,
      maxRequestsPerMinute: scraping.requestsPerMinute,
      useSessionPool: false,
      async requestHandler({ request, enqueueLinks }) {
        if (request.label !== 'job') await enqueueLinks({ selector: 'a', label: 'job' });
      },
    },
    new Configuration({ persistStorage: false }),
  );
  const started = performance.now();
  await crawler.run([`${url}/jobs`]);
  return ((JOBS + 1) / (performance.now() - started)) * 1000;
}

/** skillpulse: the jsonld source into a real SQLite file. */
export async function full(url: string, dir: string, round: number): Promise<number> {
  const opened = openDatabase(join(dir, `bench-${round}.db`));
  await migrateToLatest(opened.db);
  const started = performance.now();
  const summary = await runSource(
    { type: 'jsonld', name: 'bench', startUrls: [`${SITE}/jobs`], baseUrl: url, enabled: true },
    { db: opened.db, enricher: createEnricher(), scraping, trigger: 'manual' },
  );
  // Closing is counted: it checkpoints the WAL, part of what storing costs.
  await opened.close();
  const elapsed = performance.now() - started;
  if (summary.counts.pagesFetched !== JOBS + 1)
    throw new Error(`bench crawl read ${summary.counts.pagesFetched} pages`);
  return ((JOBS + 1) / elapsed) * 1000;
}

export async function run(): Promise<BenchRow[]> {
  log.setLevel(LogLevel.OFF);
  const { server, url } = await serve(site());
  const dir = mkdtempSync(join(tmpdir(), 'skillpulse-bench-'));
  const rss = trackPeakRss();
  const bareRates: number[] = [];
  const fullRates: number[] = [];
  try {
    await bare(url); // warm-up: JIT, sockets
    await full(url, dir, 0);
    // Interleaved, so both see the same machine, and in alternating order, so neither always runs first.
    for (let round = 1; round <= 9; round++) {
      if (round % 2 === 0) fullRates.push(await full(url, dir, round));
      bareRates.push(await bare(url));
      if (round % 2 === 1) fullRates.push(await full(url, dir, round));
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const value = percentile(fullRates, 50);
  const baseline = percentile(bareRates, 50);
  // Each round's two runs sit next to each other in time: the median of their ratios cancels the machine's drift.
  const ratio = percentile(
    fullRates.map((f, i) => f / (bareRates[i] as number)),
    50,
  );
  return [
    {
      name: `scrape: careers site, ${JOBS} job pages (crawl + map + enrich + store)`,
      unit: 'pages/s',
      value,
      baselineName: 'bare Crawlee CheerioCrawler, same site',
      baseline,
      ratio,
      target: '≥ 0.8× bare Crawlee',
      met: ratio >= 0.8,
      peakRssMiB: rss.stop(),
    },
  ];
}
