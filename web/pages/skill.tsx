// GET /skills/:id: one skill's share of backend jobs per month or week (95%
// band, counts under the points, failed scrape days marked), jobs newly
// posted against active, salaries by seniority, skills asked with it by
// lift, the companies asking, and the postings behind it with the match
// highlighted.
import type { Hono } from 'hono';
import { jobCounts } from '../../db/job-counts.js';
import { postingScope } from '../../db/job-filter.js';
import { postingEvidence, searchPostings } from '../../db/postings-search.js';
import { failedDays } from '../../db/run-health.js';
import { salaryCurrencies } from '../../db/salaries.js';
import { coOccurring, newlyVsActive, salaryBySeniority, topCompanies } from '../../db/skill-detail.js';
import { filtersWindow, listSkills } from '../../db/skill-summary.js';
import { sourceNames } from '../../db/sources.js';
import { newlyActiveChart } from '../../src/charts/newly-active-chart.js';
import { spreadChart } from '../../src/charts/spread-chart.js';
import { trendChart } from '../../src/charts/trend-chart.js';
import { buildSeries } from '../../src/trends/series.js';
import { ApiError, badRequest } from '../errors.js';
import { CURRENCY, FilterParams, filtersOf, SKILL_ID } from '../filter-params.js';
import { SpreadChartFigure, TimeChartFigure } from '../views/chart.js';
import { int } from '../views/format.js';
import { groupLabel } from '../views/labels.js';
import { Layout } from '../views/layout.js';
import { hrefWith } from '../views/links.js';
import { NoPostingsYet } from '../views/messages.js';
import { Pager, PostingList } from '../views/posting-list.js';
import { CompaniesTable, CoOccurringTable } from '../views/skill-tables.js';
import { chooseCurrency, PAGE, type PageDeps, pageQuery } from './context.js';

const SkillQuery = FilterParams.extend({ currency: CURRENCY.optional(), page: PAGE });

const PER_PAGE = 20;
const MIN_BOTH = 5;

export function mountSkill(pages: Hono, deps: PageDeps): void {
  pages.get('/skills/:id', async (c) => {
    const id = c.req.param('id');
    if (!SKILL_ID.safeParse(id).success) throw badRequest('id: expected a skill id');
    const query = pageQuery(c, SkillQuery);
    const filters = filtersOf(query);
    const { db, counting } = deps;
    const skills = await listSkills(db);
    const skill = skills.find((s) => s.id === id);
    if (!skill) throw new ApiError(404, 'not_found', `no skill with id ${id}`);
    const [window, sources] = await Promise.all([filtersWindow(db, filters, counting), sourceNames(db)]);
    const path = `/skills/${encodeURIComponent(id)}`;
    const keep = { currency: query.currency };
    const frame = {
      title: skill.name,
      path,
      filters,
      keep,
      sources,
      section: 'skill' as const,
    };
    if (!window) {
      return c.html(
        <Layout {...frame}>
          <NoPostingsYet />
        </Layout>,
      );
    }
    const scope = postingScope(filters);
    const stated = await salaryCurrencies(db, scope, counting);
    const currency = chooseCurrency(query.currency, stated);
    const [jobs, activity, failed, salaries, together, companies, found] = await Promise.all([
      jobCounts(db, { ...window, keys: [id], filters, counting }),
      newlyVsActive(db, id, window, filters, counting),
      failedDays(db, window.from, window.to),
      currency ? salaryBySeniority(db, id, scope, currency, counting) : [],
      coOccurring(db, id, scope, { minBoth: MIN_BOTH, limit: 15, counting }),
      topCompanies(db, id, scope, 10, counting),
      searchPostings(db, {
        skill: id,
        filters,
        limit: PER_PAGE,
        offset: (query.page - 1) * PER_PAGE,
      }),
    ]);
    const [series] = buildSeries([id], window.periods, jobs);
    const points = series?.points ?? [];
    const asking = points.reduce((sum, p) => sum + p.postings, 0);
    const total = points.reduce((sum, p) => sum + p.total, 0);
    const evidence = await postingEvidence(
      db,
      found.postings.map((p) => p.id),
      id,
    );
    const names = new Map(skills.map((s) => [s.id, s.name]));
    const salaryRows = salaries.flatMap((s) =>
      s.spread ? [{ label: groupLabel('seniority', s.seniority), ...s.spread }] : [],
    );
    return c.html(
      <Layout {...frame}>
        <p class="headline">
          <span class="muted">{skill.category}</span> · asked in <strong>{int(asking)}</strong> of {int(total)} backend
          jobs in the window. <a href={hrefWith('/compare', filters, { skills: id })}>Compare with other skills</a>
        </p>
        <TimeChartFigure
          id="chart-share"
          title={`Share of backend jobs asking for ${skill.name}`}
          note="The shaded band is the 95% interval; under each date, jobs asking for it / all backend jobs. Red triangles mark days a source's scrapes failed."
          spec={trendChart({ interval: filters.interval, series: [{ label: skill.name, points }], failed })}
        />
        <TimeChartFigure
          id="chart-activity"
          title="Newly posted and active jobs asking for it"
          note="The share of the period's newly posted jobs, and of the jobs open in it, that ask for the skill."
          spec={newlyActiveChart(filters.interval, activity, 'share', failed)}
        />
        <section aria-labelledby="salary">
          <h2 id="salary">Salary by seniority</h2>
          {currency ? (
            <SpreadChartFigure
              id="chart-salary"
              title={`Annual salary of jobs asking for ${skill.name}, ${currency}`}
              note={`Only salaries stated in ${currency}; amounts are never converted.`}
              groupLabel="Seniority"
              spec={spreadChart(currency, salaryRows)}
            />
          ) : (
            <p class="empty">No job under these filters states a salary.</p>
          )}
        </section>
        <section aria-labelledby="together">
          <h2 id="together">Asked together with</h2>
          <CoOccurringTable skills={together} filters={filters} minBoth={MIN_BOTH} />
        </section>
        <section aria-labelledby="companies">
          <h2 id="companies">Top hiring companies</h2>
          <CompaniesTable companies={companies} total={asking} />
        </section>
        <section aria-labelledby="postings">
          <h2 id="postings">The postings behind it</h2>
          <p class="links">
            <a href={hrefWith('/export/postings.csv', filters)} download="">
              Download postings CSV
            </a>
          </p>
          <PostingList postings={found.postings} filters={filters} evidence={evidence} skillNames={names} />
          <Pager path={path} filters={filters} extra={keep} page={query.page} perPage={PER_PAGE} total={found.total} />
        </section>
      </Layout>,
    );
  });
}
