// GET /runs: each source's health and the scrape history, newest first, a
// page at a time (one source when the source filter names one). Days on
// which a source's scrapes all failed are marked on the trend charts.
import type { Hono } from 'hono';
import { failedDays, runHistory, sourceHealth } from '../../db/run-health.js';
import { dayNumber, dayOf } from '../../src/stats/periods.js';
import { FilterParams, filtersOf } from '../filter-params.js';
import { dayLabel } from '../views/format.js';
import { Layout } from '../views/layout.js';
import { SourcesTable } from '../views/overview-tables.js';
import { Pager } from '../views/posting-list.js';
import { FailedDaysList, RunsTable } from '../views/runs-table.js';
import { PAGE, type PageDeps, pageQuery } from './context.js';

const PER_PAGE = 50;
const FAILED_DAYS_BACK = 90;
const RunsQuery = FilterParams.extend({ page: PAGE });

export function mountRuns(pages: Hono, deps: PageDeps): void {
  pages.get('/runs', async (c) => {
    const query = pageQuery(c, RunsQuery);
    const filters = filtersOf(query);
    const { db, counting } = deps;
    const now = deps.now();
    const today = now.toISOString().slice(0, 10);
    // The filters' days when given, else the last FAILED_DAYS_BACK days.
    const from = filters.from ?? dayOf(dayNumber(today) - FAILED_DAYS_BACK);
    const to = filters.to ?? today;
    const source = filters.source?.length === 1 ? filters.source[0] : undefined;
    const [health, history, failed] = await Promise.all([
      sourceHealth(db, now, counting),
      runHistory(db, { source, limit: PER_PAGE, offset: (query.page - 1) * PER_PAGE }),
      failedDays(db, from, to),
    ]);
    const shown = filters.source?.length ? health.filter((h) => filters.source?.includes(h.source)) : health;
    return c.html(
      <Layout title="Scrape runs" path="/runs" filters={filters} sources={health.map((s) => s.source)} section="runs">
        <section aria-labelledby="health">
          <h2 id="health">Health per source</h2>
          <SourcesTable sources={shown} now={now} />
        </section>
        <section aria-labelledby="failed">
          <h2 id="failed">{`Days with failed scrapes, ${dayLabel(from)} to ${dayLabel(to)}`}</h2>
          <FailedDaysList days={failed} />
        </section>
        <section aria-labelledby="history">
          <h2 id="history">{source ? `Runs of ${source}` : 'All runs'}</h2>
          {filters.source && filters.source.length > 1 ? (
            <p class="note">Several sources chosen: every source's runs are listed.</p>
          ) : null}
          <RunsTable runs={history.runs} />
          <Pager path="/runs" filters={filters} extra={{}} page={query.page} perPage={PER_PAGE} total={history.total} />
        </section>
      </Layout>,
    );
  });
}
