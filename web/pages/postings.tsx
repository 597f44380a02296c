// GET /postings?q=…: full-text search over title, company and description
// (SQLite FTS5), under the filters and optionally one skill, each result
// linking to the original posting and to its source's runs.
import { z } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import { postingEvidence, searchPostings } from '../../db/postings-search.js';
import { listSkills } from '../../db/skill-summary.js';
import { anyPostings, sourceNames } from '../../db/sources.js';
import { badRequest } from '../errors.js';
import { checkDayOrder, FilterParams, filtersOf, SKILL_ID } from '../filter-params.js';
import { FilterFields } from '../views/filter-bar.js';
import { int } from '../views/format.js';
import { Layout } from '../views/layout.js';
import { hrefWith } from '../views/links.js';
import { NoPostingsYet } from '../views/messages.js';
import { Pager, PostingList } from '../views/posting-list.js';
import { PAGE, type PageDeps, pageQuery } from './context.js';

const PER_PAGE = 20;
const PostingsQuery = FilterParams.extend({
  q: z.string().max(200).optional(),
  skill: SKILL_ID.optional(),
  page: PAGE,
});

export function mountPostingsPage(pages: Hono, deps: PageDeps): void {
  pages.get('/postings', async (c) => {
    const query = pageQuery(c, PostingsQuery);
    const filters = filtersOf(query);
    const { db } = deps;
    checkDayOrder(filters);
    const [skills, sources, stored] = await Promise.all([listSkills(db), sourceNames(db), anyPostings(db)]);
    const skill = query.skill === undefined ? undefined : skills.find((s) => s.id === query.skill);
    if (query.skill !== undefined && !skill) throw badRequest(`skill: unknown skill ${query.skill}`);
    const names = new Map(skills.map((s) => [s.id, s.name]));
    const extra = { q: query.q, skill: query.skill };
    const frame = {
      title: 'Postings',
      path: '/postings',
      filters,
      keep: extra,
      sources,
      section: 'postings' as const,
    };
    const form = (
      <form class="search" method="get" action="/postings" aria-label="Search postings">
        <FilterFields filters={filters} />
        <label>
          <span>Search title, company and description</span>
          <input type="search" name="q" value={query.q ?? ''} maxlength={200} placeholder="e.g. kafka zurich, kube*" />
        </label>
        <label>
          <span>Skill</span>
          <select name="skill">
            <option value="">Any</option>
            {[...skills]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((s) => (
                <option value={s.id} selected={s.id === query.skill}>
                  {s.name}
                </option>
              ))}
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
    );
    if (!stored) {
      return c.html(
        <Layout {...frame}>
          {form}
          <NoPostingsYet />
        </Layout>,
      );
    }
    const found = await searchPostings(db, {
      q: query.q,
      skill: query.skill,
      filters,
      limit: PER_PAGE,
      offset: (query.page - 1) * PER_PAGE,
    });
    const evidence = skill
      ? await postingEvidence(
          db,
          found.postings.map((p) => p.id),
          skill.id,
        )
      : undefined;
    return c.html(
      <Layout {...frame}>
        {form}
        <p class="headline">
          <strong>{int(found.total)}</strong> {found.total === 1 ? 'posting matches' : 'postings match'}
          {query.q ? ' the search' : ''}. Postings, not jobs: a job on several boards is listed once per board.{' '}
          <a href={hrefWith('/export/postings.csv', filters)} download="">
            Download postings CSV
          </a>
        </p>
        {found.postings.length === 0 && found.total > 0 ? <p class="empty">No postings on this page.</p> : null}
        <PostingList postings={found.postings} filters={filters} evidence={evidence} skillNames={names} />
        <Pager
          path="/postings"
          filters={filters}
          extra={extra}
          page={query.page}
          perPage={PER_PAGE}
          total={found.total}
        />
      </Layout>,
    );
  });
}
