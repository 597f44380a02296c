// The sample market through the real path (market server on 127.0.0.1,
// the real crawlers, enrichment, storage and summaries, the trends API):
// each tracked skill's monthly share follows the curve the market was drawn
// with, within sampling error.
import { describe, expect, it } from 'vitest';
import { refreshAfterRuns, runSource } from '../../scrapers/run-source.js';
import { intendedShare } from '../../sample/market/curves.js';
import { sampleMarket } from '../../sample/market/model.js';
import { startMarketServer } from '../../sample/market/server.js';
import { configuredSources } from '../../src/config/parse.js';
import { configSchema, scrapingConfig } from '../../src/config/schema.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { createApp } from '../../web/app.js';
import { closeAfterEach, migratedDb } from '../helpers/db.js';

const TODAY = new Date('2026-11-21T12:00:00Z');
const closeLater = closeAfterEach();

interface Point {
  period: string;
  postings: number;
  total: number;
  share: number;
}

describe('the sample market, scraped', () => {
  it('shows each tracked skill’s trend along its intended curve, within sampling error', async () => {
    const market = sampleMarket({ seed: 7, today: TODAY, postings: 8_000 });
    // The script-rendered site needs Chromium and adds nothing to the shares: left out here.
    const server = await startMarketServer(market.sources.filter((s) => s.type !== 'browser'));
    const { db } = closeLater(await migratedDb());
    try {
      const config = configSchema.parse({ sources: server.sourceConfigs() });
      const scraping = { ...scrapingConfig.parse({}), perHostDelaySecs: 0, requestsPerMinute: 60_000, maxRetries: 0 };
      const enricher = createEnricher();
      for (const source of configuredSources(config)) {
        const run = await runSource(source, { db, enricher, scraping, trigger: 'demo', now: () => TODAY });
        expect(['succeeded', 'partial'], `${source.name}: ${run.error}`).toContain(run.status);
      }
      await refreshAfterRuns(db, undefined);
    } finally {
      await server.close();
    }
    const app = createApp({ db, now: () => TODAY });
    const res = await app.request('/api/trends?skills=llm,mcp,kubernetes,php&interval=month');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { series: Array<{ skill: string; points: Point[] }> };
    expect(body.series.map((s) => s.skill)).toEqual(['llm', 'mcp', 'kubernetes', 'php']);
    for (const { skill, points } of body.series) {
      expect(points.map((p) => p.period)).toEqual(market.months);
      for (const [m, point] of points.entries()) {
        const p = intendedShare(skill, m / (market.months.length - 1)) as number;
        // 4 standard errors (96 comparisons), and a point's worth for extraction's rare misses.
        const tolerance = 4 * Math.sqrt((p * (1 - p)) / point.total) + 0.01;
        expect(
          Math.abs(point.share - p),
          `${skill} ${point.period}: ${point.postings}/${point.total}, intended ${p.toFixed(3)}`,
        ).toBeLessThanOrEqual(tolerance);
      }
    }
    // And the shapes: LLMs and MCP rise, PHP falls, Kubernetes holds (first six months against the last six).
    const mean = (skill: string, from: number, to: number) => {
      const points = body.series.find((s) => s.skill === skill)?.points.slice(from, to) ?? [];
      return points.reduce((sum, p) => sum + p.postings, 0) / points.reduce((sum, p) => sum + p.total, 0);
    };
    expect(mean('llm', 18, 24) - mean('llm', 0, 6)).toBeGreaterThan(0.1);
    expect(mean('mcp', 0, 6)).toBeLessThan(0.01);
    expect(mean('php', 0, 6) - mean('php', 18, 24)).toBeGreaterThan(0.02);
    expect(Math.abs(mean('kubernetes', 18, 24) - mean('kubernetes', 0, 6))).toBeLessThan(0.05);
  }, 120_000);
});
