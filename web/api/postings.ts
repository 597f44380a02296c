// GET /api/postings: the backend postings the filters keep, newest first, a
// page at a time; with q, a full-text search ranked by relevance.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/connection.js';
import { searchPostings } from '../../db/postings-search.js';
import { unknownKeys } from '../../db/trends.js';
import { SENIORITIES, WORK_MODES } from '../../src/domain.js';
import { badRequest } from '../errors.js';
import { checkDayOrder, FilterParams, filtersOf, SKILL_ID } from '../filter-params.js';

/** Deep paging is for scrapers of our API, not readers: past this, narrow the search instead. */
const MAX_OFFSET = 10_000;

const PostingsQuery = FilterParams.extend({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({
      description:
        'words searched in title, company and description, all required; a trailing * searches a prefix (kube*); ' +
        'no operators',
      example: 'kafka zurich',
    }),
  skill: SKILL_ID.optional().openapi({ description: 'only postings tagged with this skill', example: 'kubernetes' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
});

const Salary = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().nullable().openapi({ description: 'ISO 4217' }),
  period: z.enum(['hour', 'day', 'week', 'month', 'year']),
  annualMin: z.number().nullable(),
  annualMax: z.number().nullable(),
  source: z.enum(['structured', 'text']).openapi({ description: "the source's own field, or read from the text" }),
});

const Posting = z.object({
  id: z.number().int(),
  source: z.string().openapi({ description: 'the configured source name' }),
  externalId: z.string(),
  url: z.string().nullable(),
  title: z.string(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-2' }),
  remote: z.enum(WORK_MODES as [string, ...string[]]).nullable(),
  seniority: z.enum(SENIORITIES as [string, ...string[]]).nullable(),
  postedAt: z.string().nullable(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  closedAt: z.string().nullable(),
  salary: Salary.nullable(),
  skills: z.array(z.string()),
});

const PostingsResponse = z.object({
  total: z.number().int().openapi({ description: 'every posting that matches, not only this page' }),
  limit: z.number().int(),
  offset: z.number().int(),
  postings: z.array(Posting),
});

const route = createRoute({
  method: 'get',
  path: '/api/postings',
  request: { query: PostingsQuery },
  responses: {
    200: { description: 'one page of postings', content: { 'application/json': { schema: PostingsResponse } } },
  },
});

export function mountPostings(app: OpenAPIHono, db: Db): void {
  app.openapi(route, async (c) => {
    const query = c.req.valid('query');
    checkDayOrder(query);
    if (query.skill !== undefined && (await unknownKeys(db, [query.skill])).length > 0) {
      throw badRequest(`skill: unknown skill ${query.skill}`);
    }
    const { total, postings } = await searchPostings(db, {
      q: query.q,
      skill: query.skill,
      filters: filtersOf(query),
      limit: query.limit,
      offset: query.offset,
    });
    return c.json({ total, limit: query.limit, offset: query.offset, postings }, 200);
  });
}
