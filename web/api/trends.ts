// GET /api/trends: share of backend jobs asking for each skill, per month or
// ISO week, with counts and Wilson 95% intervals, every period of the window.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/connection.js';
import { countedSpan, knownSkillIds, trendCounts } from '../../db/trends.js';
import { isDay, lastDayOf, periodBounds, periodsCovering } from '../../src/stats/periods.js';
import { buildSeries } from '../../src/trends/series.js';
import { ApiError } from '../errors.js';

const DAY = z.string().refine(isDay, 'expected a date, YYYY-MM-DD');
/** Filters the pages will take; until the trends read them, asking for one is an error, not ignored. */
const NOT_YET = ['seniority', 'remote', 'workMode', 'country', 'source', 'category'] as const;
const MAX_PERIODS = 1_000;

const TrendsQuery = z.object({
  skills: z
    .string()
    .regex(/^[a-z0-9.+#-]+(,[a-z0-9.+#-]+)*$/, 'comma-separated skill ids')
    .refine((value) => value.split(',').length <= 10, 'at most 10 skills')
    .openapi({ example: 'aws,kubernetes' }),
  interval: z.enum(['month', 'week']).default('month'),
  from: DAY.optional().openapi({ description: 'first day (default: the first day with data)' }),
  to: DAY.optional().openapi({ description: 'last day (default: the last day with data)' }),
});

const Point = z.object({
  period: z.string().openapi({ example: '2026-03' }),
  postings: z.number().int(),
  total: z.number().int(),
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

export function mountTrends(app: OpenAPIHono, db: Db): void {
  app.openapi(route, async (c) => {
    for (const name of NOT_YET) {
      if (c.req.query(name) !== undefined)
        throw new ApiError(400, 'not_supported', `${name}: filter not supported yet`);
    }
    const query = c.req.valid('query');
    const skills = [...new Set(query.skills.split(','))];
    const known = await knownSkillIds(db, skills);
    const unknown = skills.filter((s) => !known.has(s));
    if (unknown.length > 0) throw new ApiError(400, 'bad_request', `skills: unknown skill ${unknown.join(', ')}`);
    const span = await countedSpan(db);
    const from = query.from ?? (span ? periodBounds(span.first).start : undefined);
    const to = query.to ?? (span ? lastDayOf(span.last) : undefined);
    // Nothing stored yet: no periods, so no points.
    if (!from || !to)
      return c.json({ interval: query.interval, from: '', to: '', series: buildSeries(skills, [], new Map()) }, 200);
    if (from > to) throw new ApiError(400, 'bad_request', 'from: after to');
    const periods = periodsCovering(from, to, query.interval);
    if (periods.length > MAX_PERIODS) {
      throw new ApiError(400, 'bad_request', `from: more than ${MAX_PERIODS} periods; narrow the window`);
    }
    // from <= to: at least one period.
    const first = periods[0] as string;
    const last = periods[periods.length - 1] as string;
    const jobs = await trendCounts(db, query.interval, skills, first, last);
    return c.json(
      {
        interval: query.interval,
        from: periodBounds(first).start,
        to: lastDayOf(last),
        series: buildSeries(skills, periods, jobs),
      },
      200,
    );
  });
}
