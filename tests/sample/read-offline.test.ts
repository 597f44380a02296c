// The sample market read by the real adapters in memory: every listed job
// comes out once, as its source's scraper reads it, and each record served
// broken on purpose is rejected, not read.
import { describe, expect, it } from 'vitest';
import { sampleMarket } from '../../sample/market/model.js';
import { readMarketOffline } from '../../sample/market/read-offline.js';

const TODAY = new Date('2026-11-01T06:00:00Z');

describe('readMarketOffline', () => {
  const market = sampleMarket({ seed: 3, today: TODAY, postings: 2_000 });
  const read = readMarketOffline(market.sources, TODAY);

  it('reads every source but the browser-rendered one, each job once, the broken ones rejected', () => {
    expect(read.map((r) => r.source.name)).toEqual(
      market.sources.filter((s) => s.type !== 'browser').map((s) => s.name),
    );
    expect(new Set(read.map((r) => r.config.type)).size).toBe(11);
    for (const { source, pages, rejected } of read) {
      const postings = pages.flat();
      expect(postings.length, source.name).toBe(source.jobs.length - source.malformed.length);
      expect(new Set(postings.map((p) => p.externalId)).size, source.name).toBe(postings.length);
      expect(rejected, source.name).toBe(source.malformed.length);
    }
    expect(read.reduce((sum, r) => sum + r.rejected, 0)).toBe(8);
  });

  it('reads what the market lists: titles, companies and stated pay', () => {
    for (const { source, pages } of read.filter((r) => r.source.type !== 'hn')) {
      const listed = source.jobs.filter((j) => !source.malformed.includes(j.id));
      const postings = pages.flat();
      expect(postings.map((p) => p.title).sort(), source.name).toEqual(listed.map((j) => j.title).sort());
      expect(new Set(postings.map((p) => p.company)), source.name).toEqual(new Set(listed.map((j) => j.company)));
    }
    const greenhouse = read.find((r) => r.config.type === 'greenhouse');
    const withPay = greenhouse?.pages.flat().filter((p) => p.salary !== null) ?? [];
    expect(withPay.length).toBeGreaterThan(0);
  });
});
