// The sample market's model: deterministic from its seed, two years of
// months up to today, every source type, and skills drawn along the
// intended curves (checked here on the drawn jobs; market-trends.test.ts
// checks the same through the real scrapers and pipeline).
import { describe, expect, it } from 'vitest';
import { INTENDED_SHARES } from '../../sample/market/curves.js';
import { sampleMarket } from '../../sample/market/model.js';

const TODAY = new Date('2026-11-21T15:30:00Z');
const market = sampleMarket({ seed: 1, today: TODAY, postings: 20_000 });

describe('sampleMarket', () => {
  it('is the same market for the same seed and day, another for another seed', () => {
    const again = sampleMarket({ seed: 1, today: TODAY, postings: 20_000 });
    expect(JSON.stringify(again.sources)).toBe(JSON.stringify(market.sources));
    const other = sampleMarket({ seed: 2, today: TODAY, postings: 20_000 });
    expect(JSON.stringify(other.sources)).not.toBe(JSON.stringify(market.sources));
  });

  it('covers the 24 months up to today, about 20,000 postings from about 150 companies', () => {
    expect(market.months).toHaveLength(24);
    expect(market.months[0]).toBe('2024-12');
    expect(market.months.at(-1)).toBe('2026-11');
    expect(market.companies).toBe(150);
    expect(market.postings).toBeGreaterThan(18_000);
    expect(market.postings).toBeLessThan(23_000);
    const posted = market.sources.flatMap((s) => s.jobs.map((j) => Date.parse(j.postedAt)));
    expect(Math.min(...posted)).toBeGreaterThanOrEqual(Date.parse('2024-12-01T00:00:00Z'));
    expect(Math.max(...posted)).toBeLessThanOrEqual(TODAY.getTime());
  });

  it('has a source of every supported type, ids unique within each, and a few broken records', () => {
    const types = new Set(market.sources.map((s) => s.type));
    expect([...types].sort()).toEqual(
      [
        'arbeitnow',
        'ashby',
        'browser',
        'greenhouse',
        'himalayas',
        'hn',
        'jsonld',
        'lever',
        'recruitee',
        'remoteok',
        'smartrecruiters',
        'workable',
      ].sort(),
    );
    for (const source of market.sources) expect(new Set(source.jobs.map((j) => j.id)).size).toBe(source.jobs.length);
    const broken = market.sources.flatMap((s) => s.malformed);
    expect(broken.length).toBeGreaterThanOrEqual(5);
  });

  it('states pay in several currencies and periods, and lists jobs on more than one source', () => {
    const salaries = market.sources.flatMap((s) => s.jobs.flatMap((j) => (j.salary ? [j.salary] : [])));
    expect(new Set(salaries.map((s) => s.currency))).toEqual(new Set(['USD', 'EUR', 'GBP', 'CAD']));
    expect(new Set(salaries.map((s) => s.period))).toEqual(new Set(['year', 'month', 'hour']));
    expect(market.postings).toBeGreaterThan(market.jobs * 1.15);
  });

  it('draws the tracked skills along their curves: the written skills follow the intended shares', () => {
    // One listing per job: the company's board where it has one, else its first aggregator listing.
    const seen = new Set<string>();
    const byMonth = new Map<string, { n: number; llm: number; php: number }>();
    for (const source of market.sources) {
      for (const job of source.jobs) {
        const key = `${job.company}|${job.title}|${job.descriptionHtml}`;
        if (seen.has(key) || !/Engineer|Developer/.test(job.title)) continue;
        seen.add(key);
        const month = job.postedAt.slice(0, 7);
        const row = byMonth.get(month) ?? { n: 0, llm: 0, php: 0 };
        row.n += 1;
        if (/\bLLMs\b/.test(job.descriptionHtml)) row.llm += 1;
        if (/\bPHP\b/.test(job.descriptionHtml)) row.php += 1;
        byMonth.set(month, row);
      }
    }
    const first = byMonth.get('2024-12') as { n: number; llm: number; php: number };
    const last = byMonth.get('2026-10') as { n: number; llm: number; php: number };
    // Growth: the later months hold more jobs.
    expect(last.n).toBeGreaterThan(first.n);
    const within = (k: number, n: number, p: number) => Math.abs(k / n - p) <= 4 * Math.sqrt((p * (1 - p)) / n);
    const t = (month: string) => market.months.indexOf(month) / 23;
    expect(within(first.llm, first.n, INTENDED_SHARES.llm?.(t('2024-12')) as number)).toBe(true);
    expect(within(last.llm, last.n, INTENDED_SHARES.llm?.(t('2026-10')) as number)).toBe(true);
    expect(within(first.php, first.n, INTENDED_SHARES.php?.(t('2024-12')) as number)).toBe(true);
    expect(last.llm / last.n).toBeGreaterThan(first.llm / first.n + 0.1);
  });
});
