// GET /api/skills: every skill (a category filter narrows them) with its
// jobs and share over the window, and its change between the window's last
// two periods, each with the counts it rests on.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/connection.js';
import type { Counting } from '../../db/job-counts.js';
import { skillSummary } from '../../db/skill-summary.js';
import { FilterParams, filtersOf } from '../filter-params.js';

const PeriodShare = z
  .object({ period: z.string(), postings: z.number().int(), total: z.number().int(), share: z.number().nullable() })
  .nullable();

const Skill = z.object({
  id: z.string().openapi({ example: 'kubernetes' }),
  name: z.string(),
  category: z.string(),
  postings: z.number().int().openapi({ description: 'jobs asking for it in the window (a cross-posted job once)' }),
  share: z.number().openapi({ description: 'postings / total' }),
  ciLow: z.number(),
  ciHigh: z.number(),
  change: z
    .number()
    .nullable()
    .openapi({ description: 'share in the last period minus the previous one; null without both' }),
  withinNoise: z.boolean().openapi({ description: "true when the two periods' 95% intervals overlap" }),
  last: PeriodShare,
  previous: PeriodShare,
});

const SkillsResponse = z.object({
  interval: z.enum(['month', 'week']),
  from: z.string(),
  to: z.string(),
  total: z.number().int().openapi({ description: 'backend jobs in the window under the filters' }),
  lastPeriod: z.string().nullable(),
  previousPeriod: z.string().nullable(),
  skills: z.array(Skill),
});

const route = createRoute({
  method: 'get',
  path: '/api/skills',
  request: { query: FilterParams },
  responses: {
    200: { description: 'every skill, most jobs first', content: { 'application/json': { schema: SkillsResponse } } },
  },
});

export function mountSkills(app: OpenAPIHono, db: Db, counting: Counting): void {
  app.openapi(route, async (c) => {
    const filters = filtersOf(c.req.valid('query'));
    const summary = await skillSummary(db, filters, counting);
    return c.json(
      {
        interval: filters.interval,
        from: summary.window?.from ?? '',
        to: summary.window?.to ?? '',
        total: summary.total,
        lastPeriod: summary.lastPeriod,
        previousPeriod: summary.previousPeriod,
        skills: summary.skills,
      },
      200,
    );
  });
}
