// GET /api/salaries: spreads (p10 … p90) of annualized salaries in one
// explicitly chosen currency, grouped by skill, seniority, work mode or
// country, each with the number of jobs it rests on.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/connection.js';
import type { Counting } from '../../db/job-counts.js';
import { postingScope } from '../../db/job-filter.js';
import { salarySpreads } from '../../db/salaries.js';
import { listSkills } from '../../db/skill-summary.js';
import { CURRENCY, FilterParams, filtersOf } from '../filter-params.js';

const SalariesQuery = FilterParams.extend({
  groupBy: z.enum(['skill', 'seniority', 'remote', 'country', 'all']).default('all').openapi({
    description: 'remote groups by work mode (remote, hybrid, onsite); all gives one group',
  }),
  currency: CURRENCY.openapi({
    description: 'only salaries stated in this currency; amounts are never converted',
    example: 'USD',
  }),
});

const Group = z.object({
  key: z.string().openapi({ description: "the group's value; 'unknown' when postings do not say" }),
  currency: z.string(),
  n: z.number().int().openapi({ description: 'jobs with a salary in the currency (fewer than 10: read with care)' }),
  p10: z.number(),
  p25: z.number(),
  median: z.number(),
  p75: z.number(),
  p90: z.number(),
});

const route = createRoute({
  method: 'get',
  path: '/api/salaries',
  request: { query: SalariesQuery },
  responses: {
    200: {
      description: 'annualized salary spreads per group, most jobs first',
      content: {
        'application/json': { schema: z.object({ groupBy: z.string(), currency: z.string(), groups: z.array(Group) }) },
      },
    },
  },
});

export function mountSalaries(app: OpenAPIHono, db: Db, counting: Counting): void {
  app.openapi(route, async (c) => {
    const query = c.req.valid('query');
    const filters = filtersOf(query);
    const groupSkills = filters.category ? (await listSkills(db, filters.category)).map((s) => s.id) : undefined;
    const groups = await salarySpreads(db, {
      filters: postingScope(filters),
      currency: query.currency,
      groupBy: query.groupBy,
      groupSkills,
      counting,
    });
    return c.json({ groupBy: query.groupBy, currency: query.currency, groups }, 200);
  });
}
