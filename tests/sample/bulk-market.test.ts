import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERATOR_VERSION, generateMarket, type MarketSummary } from '../../sample/market/bulk/write.js';
import { buildMarket } from '../../sample/market/bulk/model.js';
import { rebuildTrendCounts } from '../../db/aggregates.js';
import { type OpenedDatabase, openDatabase } from '../../db/connection.js';
import { intendedShare } from '../../sample/market/curves.js';
import { ANNUAL_FACTOR, type SalaryPeriod } from '../../src/salary/types.js';
import { useTempDir } from '../helpers/tmp.js';

const POSTINGS = 3_000;
const SEED = 7;
const tempDir = useTempDir();

/** Opens a generated file, runs `read`, closes it. */
async function withMarket<T>(path: string, read: (opened: OpenedDatabase) => Promise<T> | T): Promise<T> {
  const opened = openDatabase(path);
  try {
    return await read(opened);
  } finally {
    await opened.close();
  }
}

/** A digest of what a few queries return: equal digests, equal content. */
function digestOf(opened: OpenedDatabase): string {
  const hash = createHash('sha256');
  for (const query of [
    'select * from postings order by id',
    'select * from posting_skills order by posting_id, skill_id',
    'select * from companies order by id',
    'select * from scrape_runs order by id',
    'select * from skill_period_jobs order by granularity, skill_id, period',
  ]) {
    for (const row of opened.handle.prepare(query).iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

describe('bulk sample market', () => {
  let path: string;
  let summary: MarketSummary;

  // One market for the read-only checks (its folder outlives useTempDir's per-test cleanup); the tests
  // that write generate their own.
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillpulse-market-'));
    path = join(dir, 'market.db');
    summary = await generateMarket(path, { postings: POSTINGS, seed: SEED });
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('writes the postings asked for, with consistent ids across tables', async () => {
    expect(GENERATOR_VERSION).toBeGreaterThan(0);
    expect(summary.postings).toBe(POSTINGS);
    await withMarket(path, ({ handle }) => {
      const count = (sql: string) => handle.prepare(sql).pluck().get() as number;
      expect(count('select count(*) from postings')).toBe(POSTINGS);
      expect(count('select count(distinct duplicate_key) from postings')).toBe(summary.jobs);
      expect(count('select count(*) from posting_skills')).toBe(summary.postingSkills);
      expect(count('select count(*) from sources')).toBe(30);
      expect(count('select count(*) from companies')).toBe(20_000);
      expect(count('select min(c) from (select count(*) c from posting_skills group by posting_id)')).toBe(3);
      // Up to 12 drawn from the role and the month's mix, and each of the 8 tracked skills on its own curve.
      expect(count('select max(c) from (select count(*) c from posting_skills group by posting_id)')).toBeLessThan(21);
      expect(handle.pragma('foreign_key_check')).toEqual([]);
      const backend = count('select avg(is_backend) from postings');
      expect(backend).toBeGreaterThan(0.8);
      expect(backend).toBeLessThan(0.9);
    });
  });

  it('places every matched text at its offsets in the description text', async () => {
    await withMarket(path, ({ handle }) => {
      const links = handle
        .prepare(
          `select p.description_text as text, s.matched_text, s.match_start, s.match_end
           from posting_skills s join postings p on p.id = s.posting_id`,
        )
        .all() as Array<{ text: string; matched_text: string; match_start: number; match_end: number }>;
      expect(links.length).toBe(summary.postingSkills);
      const wrong = links.filter((l) => l.text.slice(l.match_start, l.match_end) !== l.matched_text);
      expect(wrong).toEqual([]);
    });
  });

  it('cross-posts about 12% of jobs on a second source, under the first posting duplicate key', async () => {
    await withMarket(path, ({ handle }) => {
      const groups = handle
        .prepare(
          `select count(*) as postings, count(distinct source_id) as sources, count(distinct identity_key) as identities
           from postings group by duplicate_key`,
        )
        .all() as Array<{ postings: number; sources: number; identities: number }>;
      const crossPosted = groups.filter((g) => g.postings > 1);
      expect(crossPosted.length / groups.length).toBeGreaterThan(0.07);
      expect(crossPosted.length / groups.length).toBeLessThan(0.17);
      expect(crossPosted.every((g) => g.postings === 2 && g.sources === 2 && g.identities === 1)).toBe(true);
    });
  });

  it('annualizes salaries by the documented factors', async () => {
    await withMarket(path, ({ handle }) => {
      const rows = handle
        .prepare(
          `select salary_min, salary_max, salary_period, salary_annual_min, salary_annual_max
           from postings where salary_currency is not null`,
        )
        .all() as Array<{
        salary_min: number | null;
        salary_max: number | null;
        salary_period: SalaryPeriod;
        salary_annual_min: number | null;
        salary_annual_max: number | null;
      }>;
      expect(rows.length / POSTINGS).toBeGreaterThan(0.2);
      expect(rows.length / POSTINGS).toBeLessThan(0.4);
      expect(new Set(rows.map((r) => r.salary_period))).toEqual(new Set(['year', 'month', 'hour']));
      const annual = (amount: number | null, period: SalaryPeriod) =>
        amount === null ? null : Math.round(amount * ANNUAL_FACTOR[period]);
      const wrong = rows.filter(
        (r) =>
          r.salary_annual_min !== annual(r.salary_min, r.salary_period) ||
          r.salary_annual_max !== annual(r.salary_max, r.salary_period),
      );
      expect(wrong).toEqual([]);
    });
  });

  it('makes AI skills rise over the three years', async () => {
    await withMarket(path, ({ handle }) => {
      const share = (from: string, to: string) =>
        handle
          .prepare(
            `select avg(exists (select 1 from posting_skills s where s.posting_id = p.id
                                and s.skill_id in ('llm', 'rag', 'mcp', 'ai-agents', 'generative-ai')))
             from postings p where coalesce(posted_at, first_seen_at) between ? and ?`,
          )
          .pluck()
          .get(from, to) as number;
      expect(share('2026-05-01', '2026-11-01')).toBeGreaterThan(2 * share('2023-11-01', '2024-05-01'));
    });
  });

  it('builds trend counts and the full-text index that a rebuild from the postings reproduces', async () => {
    const own = join(tempDir(), 'recount.db');
    await generateMarket(own, { postings: 500, seed: SEED });
    await withMarket(own, async ({ db, handle }) => {
      const cells = () =>
        handle.prepare('select * from skill_period_jobs order by granularity, skill_id, period').all();
      const built = cells();
      expect(built.length).toBeGreaterThan(0);
      await rebuildTrendCounts(db);
      expect(cells()).toEqual(built);
      const count = (sql: string) => handle.prepare(sql).pluck().get() as number;
      expect(count('select count(*) from postings_fts')).toBe(500);
      expect(count("select count(*) from postings_fts where postings_fts match 'kubernetes'")).toBe(
        count("select count(*) from postings where description_text like '%kubernetes%' or title like '%kubernetes%'"),
      );
    });
  });

  it('writes the same content for the same seed, and other content for another', async () => {
    const again = join(tempDir(), 'again.db');
    await generateMarket(again, { postings: POSTINGS, seed: SEED });
    expect(await withMarket(again, digestOf)).toBe(await withMarket(path, digestOf));
    const first = (seed: number) => buildMarket(seed, 10).nextPosting()?.row;
    expect(first(SEED)).toEqual(first(SEED));
    expect(first(SEED + 1)).not.toEqual(first(SEED));
  });

  it('draws the tracked skills along the served market’s curves, month by month', async () => {
    const own = join(tempDir(), 'curves.db');
    await generateMarket(own, { postings: 40_000, seed: SEED });
    await withMarket(own, ({ handle }) => {
      // Each job once (its first posting), backend only, by the month it was posted in.
      const rows = handle
        .prepare(
          `select substr(coalesce(p.posted_at, p.first_seen_at), 1, 7) as month, count(*) as jobs,
             sum(exists (select 1 from posting_skills s where s.posting_id = p.id and s.skill_id = 'llm')) as llm,
             sum(exists (select 1 from posting_skills s where s.posting_id = p.id and s.skill_id = 'mcp')) as mcp,
             sum(exists (select 1 from posting_skills s where s.posting_id = p.id and s.skill_id = 'kubernetes')) as kubernetes,
             sum(exists (select 1 from posting_skills s where s.posting_id = p.id and s.skill_id = 'php')) as php
           from postings p
           where p.is_backend = 1 and p.id = (select min(id) from postings q where q.duplicate_key = p.duplicate_key)
           group by month order by month`,
        )
        .all() as Array<{ month: string; jobs: number } & Record<'llm' | 'mcp' | 'kubernetes' | 'php', number>>;
      expect(rows.map((r) => r.month)).toHaveLength(36);
      for (const [m, row] of rows.entries()) {
        for (const skill of ['llm', 'mcp', 'kubernetes', 'php'] as const) {
          const p = intendedShare(skill, m / (rows.length - 1)) as number;
          // 4 standard errors (144 comparisons), and a point for jobs posted across a month's end.
          const tolerance = 4 * Math.sqrt((p * (1 - p)) / row.jobs) + 0.01;
          expect(
            Math.abs(row[skill] / row.jobs - p),
            `${skill} ${row.month}: ${row[skill]}/${row.jobs}, intended ${p.toFixed(3)}`,
          ).toBeLessThanOrEqual(tolerance);
        }
      }
    });
  }, 60_000);
});
