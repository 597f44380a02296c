// The Hono app: createApp(deps) mounts the JSON API, the CSV exports, the
// pages and their assets; web/server.ts is the only file that listens.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/connection.js';
import type { Counting } from '../db/job-counts.js';
import { mountHealth } from './api/health.js';
import { mountPostings } from './api/postings.js';
import { mountSalaries } from './api/salaries.js';
import { type AdminDeps, mountScrape } from './api/scrape.js';
import { mountSkills } from './api/skills.js';
import { mountTrends } from './api/trends.js';
import { mountAssets } from './assets.js';
import { errorBody, onError, validationMessage } from './errors.js';
import { mountExports } from './export/routes.js';
import { createMetrics } from './metrics.js';
import { mountPages } from './pages/index.js';
import { secureHeadersMiddleware } from './security.js';

export interface AppDeps {
  db: Db;
  /** 'rows' counts every view from the posting rows, never the kept counts: the benchmark's baseline. */
  counting?: Counting;
  /** The admin token and the scrape starter behind POST /api/scrape; absent, that route answers 403. */
  admin?: AdminDeps;
  /** The clock pages read sources' freshness by; default: the system clock (tests pass a fixed one). */
  now?: () => Date;
  /** /metrics also reports the process (CPU, memory, event loop, GC): `serve` sets it. */
  processMetrics?: boolean;
}

export function createApp(deps: AppDeps): OpenAPIHono {
  const counting = deps.counting ?? 'aggregates';
  const app = new OpenAPIHono({
    // A parameter that fails its schema: 400, naming the parameter.
    defaultHook: (result, c) => {
      if (!result.success) return c.json(errorBody('bad_request', validationMessage(result.error.issues)), 400);
    },
  });
  const now = deps.now ?? (() => new Date());
  const metrics = createMetrics({ db: deps.db, counting, now }, { process: deps.processMetrics ?? false });
  // First, so the request metrics time every answer: errors, 404s and the secure headers' work included.
  app.use('*', metrics.timing);
  // Next, so every response gets the headers: routes, assets, the JSON 404 and errors.
  app.use('*', secureHeadersMiddleware());
  app.onError(onError);
  app.notFound((c) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404));
  mountHealth(app, deps.db, now);
  app.get('/metrics', metrics.endpoint);
  mountAssets(app);
  mountScrape(app, deps.admin);
  mountTrends(app, deps.db, counting);
  mountSkills(app, deps.db, counting);
  mountSalaries(app, deps.db, counting);
  mountPostings(app, deps.db);
  mountExports(app, deps.db, counting);
  mountPages(app, { db: deps.db, counting, now });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'skillpulse', version: '0.1.0', description: 'Backend job-market trends, salaries and postings.' },
  });
  return app;
}
