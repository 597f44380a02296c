// GET /: the market at a glance: postings in the window and each source's
// freshness, top skills by share with their change, rising and falling
// skills (noise left out and counted), AI demand by class, salaries.
import type { Hono } from 'hono';
import { jobCounts } from '../../db/job-counts.js';
import { postingScope } from '../../db/job-filter.js';
import { failedDays, sourceHealth } from '../../db/run-health.js';
import { salaryCurrencies, salarySpreads } from '../../db/salaries.js';
import { newlyVsActive } from '../../db/skill-detail.js';
import { skillSummary } from '../../db/skill-summary.js';
import { newlyActiveChart } from '../../src/charts/newly-active-chart.js';
import { spreadChart } from '../../src/charts/spread-chart.js';
import { trendChart } from '../../src/charts/trend-chart.js';
import { AI_CLASSES, type AiClass } from '../../src/domain.js';
import type { Filters } from '../../src/filters/filters.js';
import { aiClassKey } from '../../src/trends/contributions.js';
import { buildSeries } from '../../src/trends/series.js';
import { movers } from '../../src/trends/summary.js';
import type { CountWindow } from '../../src/trends/window.js';
import { CURRENCY, FilterParams, filtersOf } from '../filter-params.js';
import { SpreadChartFigure, TimeChartFigure } from '../views/chart.js';
import { dayLabel, int, money, periodLabel } from '../views/format.js';
import { groupLabel, SENIORITY_ORDER } from '../views/labels.js';
import { Layout } from '../views/layout.js';
import { hrefWith } from '../views/links.js';
import { NoPostingsYet } from '../views/messages.js';
import { MoversTable, SourcesTable, TopSkillsTable } from '../views/overview-tables.js';
import { chooseCurrency, type PageDeps, pageQuery } from './context.js';

const OverviewQuery = FilterParams.extend({ currency: CURRENCY.optional() });

const TOP_SKILLS = 15;
const MOVERS = 8;

const AI_CLASS_LABELS: Record<AiClass, string> = {
  building: 'Building AI',
  using: 'Using AI tools',
  generic: 'Generic AI mention',
};

export function mountOverview(pages: Hono, deps: PageDeps): void {
  pages.get('/', async (c) => {
    const query = pageQuery(c, OverviewQuery);
    const filters = filtersOf(query);
    const { db, counting } = deps;
    const now = deps.now();
    const [summary, health] = await Promise.all([skillSummary(db, filters, counting), sourceHealth(db, now, counting)]);
    const sources = health.map((s) => s.source);
    const frame = { title: 'Overview', path: '/', filters, sources, section: 'overview' as const };
    const window = summary.window;
    if (!window) {
      return c.html(
        <Layout {...frame}>
          <NoPostingsYet />
          <SourcesTable sources={health} now={now} />
        </Layout>,
      );
    }
    const scope = postingScope(filters);
    const stated = await salaryCurrencies(db, scope, counting);
    const currency = chooseCurrency(query.currency, stated);
    const [aiSeries, activity, failed, bySeniority, overall] = await Promise.all([
      aiDemand(deps, filters, window),
      newlyVsActive(db, null, window, filters, counting),
      failedDays(db, window.from, window.to),
      currency ? salarySpreads(db, { filters: scope, currency, groupBy: 'seniority', counting }) : [],
      currency ? salarySpreads(db, { filters: scope, currency, groupBy: 'all', counting }) : [],
    ]);
    const moved = movers(summary, MOVERS);
    const noisy = summary.skills.filter((s) => s.change !== null && s.change !== 0 && s.withinNoise).length;
    const median = overall[0];
    const seniorityRows = [...bySeniority].sort(
      (a, b) => SENIORITY_ORDER.indexOf(a.key) - SENIORITY_ORDER.indexOf(b.key),
    );
    return c.html(
      <Layout {...frame} keep={{ currency: query.currency }}>
        <section aria-labelledby="in-range">
          <h2 id="in-range">Postings in range</h2>
          <p class="headline">
            <strong>{int(summary.total)}</strong> backend jobs from {dayLabel(window.from)} to {dayLabel(window.to)}
            {summary.total === 0 ? ' — none match these filters.' : '.'}
          </p>
          <p class="links">
            <a href={hrefWith('/export/skills.csv', filters)} download="">
              Download skills CSV
            </a>{' '}
            <a href={hrefWith('/export/postings.csv', filters)} download="">
              Download postings CSV
            </a>
          </p>
          <TimeChartFigure
            id="chart-activity"
            title="Backend jobs newly posted and active"
            note="Active: open on some day of the period. Red triangles mark days a source's scrapes failed."
            spec={newlyActiveChart(filters.interval, activity, 'count', failed)}
          />
          <SourcesTable sources={health} now={now} />
        </section>
        <section aria-labelledby="top-skills">
          <h2 id="top-skills">Top skills by share</h2>
          <TopSkillsTable summary={summary} filters={filters} limit={TOP_SKILLS} />
        </section>
        <section aria-labelledby="movers">
          <h2 id="movers">Rising and falling</h2>
          {summary.lastPeriod && summary.previousPeriod ? (
            <>
              <p class="note">
                {periodLabel(summary.lastPeriod)} against {periodLabel(summary.previousPeriod)}. Listed only where the
                two periods' 95% intervals do not overlap; {int(noisy)} other{' '}
                {noisy === 1 ? 'change is' : 'changes are'} within noise and not listed.
              </p>
              <div class="two-up">
                <MoversTable title="Rising" skills={moved.rising} filters={filters} />
                <MoversTable title="Falling" skills={moved.falling} filters={filters} />
              </div>
            </>
          ) : (
            <p class="empty">One period only: widen the window to compare two.</p>
          )}
        </section>
        <section aria-labelledby="ai">
          <h2 id="ai">AI demand in backend postings</h2>
          <TimeChartFigure
            id="chart-ai"
            title="Share of backend jobs mentioning AI, by class"
            note="Building AI: the job builds AI systems. Using AI tools: AI-assisted work. Generic: AI mentioned without either. Each share's 95% interval is in its tooltip and the table."
            spec={trendChart({ interval: filters.interval, series: aiSeries, failed })}
          />
        </section>
        <section aria-labelledby="salaries">
          <h2 id="salaries">Salaries</h2>
          {currency && median ? (
            <>
              <p class="headline">
                Median <strong>{money(median.median, currency)}</strong> a year, from {int(median.n)} jobs stating a
                salary in {currency}
                {stated.length > 1
                  ? ` (also stated: ${stated
                      .filter((s) => s.currency !== currency)
                      .slice(0, 5)
                      .map((s) => `${s.currency} in ${int(s.jobs)}`)
                      .join(', ')}; amounts are never converted)`
                  : ''}
                . <a href={hrefWith('/salaries', filters, { currency })}>All salary ranges</a>
              </p>
              <SpreadChartFigure
                id="chart-salary-seniority"
                title={`Annual salary by seniority, ${currency}`}
                groupLabel="Seniority"
                spec={spreadChart(
                  currency,
                  seniorityRows.map((g) => ({ ...g, label: groupLabel('seniority', g.key) })),
                )}
              />
            </>
          ) : (
            <p class="empty">No job under these filters states a salary.</p>
          )}
        </section>
      </Layout>,
    );
  });
}

/** Share of backend jobs per AI class over the window. */
async function aiDemand(deps: PageDeps, filters: Filters, window: CountWindow) {
  const keys = AI_CLASSES.map(aiClassKey);
  const jobs = await jobCounts(deps.db, { ...window, keys, filters, counting: deps.counting });
  return buildSeries(keys, window.periods, jobs).map((s, i) => ({
    label: AI_CLASS_LABELS[AI_CLASSES[i] as AiClass],
    points: s.points,
  }));
}
