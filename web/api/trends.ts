// GET /api/trends: share of backend jobs asking for each skill (or concept
// group, or AI class), per month or ISO week, with counts and Wilson 95%
// intervals, every period of the window, under the shared filters.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/connection.js';
import { type Counting, jobCounts } from '../../db/job-counts.js';
import { filtersWindow } from '../../db/skill-summary.js';
import { unknownKeys } from '../../db/trends.js';
import { buildSeries } from '../../src/trends/series.js';
import { badRequest } from '../errors.js';
import { FilterParams, filtersOf } from '../filter-params.js';

const TrendsQuery = FilterParams.extend({
  skills: z
    .string()
    .regex(/^[a-z0-9.+#:-]+(,[a-z0-9.+#:-]+)*$/, 'comma-separated skill ids')
    .refine((value) => value.split(',').length <= 10, 'at most 10 skills')
    .openapi({
      example: 'aws,kubernetes,group:observability',
      description: 'skill ids, concept groups (group:<id>) or AI classes (ai:building, ai:using, ai:generic)',
    }),
});

const Point = z.object({
  period: z.string().openapi({ example: '2026-03' }),
  postings: z.number().int().openapi({ description: 'jobs asking for it (a cross-posted job once)' }),
  total: z.number().int().openapi({ description: 'backend jobs of the period under the filters; 0 = no data' }),
  share: z.number(),
  ciLow: z.number(),
  ciHigh: z.number(),
});

const TrendsResponse = z.object({
  interval: z.enum(['month', 'week']),
  from: z.string().openapi({ description: 'first day counted: periods are counted whole' }),
  to: z.string().openapi({ description: 'last day counted' }),
  series: z.array(z.object({ skill: z.string(), points: z.array(Point) })),
});

const route = createRoute({
  method: 'get',
  path: '/api/trends',
  request: { query: TrendsQuery },
  responses: {
    200: { description: 'one series per skill', content: { 'application/json': { schema: TrendsResponse } } },
  },
});

export function mountTrends(app: OpenAPIHono, db: Db, counting: Counting): void {
  app.openapi(route, async (c) => {
    const query = c.req.valid('query');
    const filters = filtersOf(query);
    const keys = [...new Set(query.skills.split(','))];
    const unknown = await unknownKeys(db, keys, filters.category);
    if (unknown.length > 0) throw badRequest(`skills: unknown ${unknown.join(', ')}`);
    const window = await filtersWindow(db, filters, counting);
    // Nothing stored yet: no periods, so no points.
    if (!window)
      return c.json({ interval: filters.interval, from: '', to: '', series: buildSeries(keys, [], new Map()) }, 200);
    const jobs = await jobCounts(db, { ...window, keys, filters, counting });
    return c.json(
      { interval: filters.interval, from: window.from, to: window.to, series: buildSeries(keys, window.periods, jobs) },
      200,
    );
  });
}
