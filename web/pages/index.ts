// The dashboard's pages, server-rendered with hono/jsx, as one sub-app with
// its own error handler: a bad parameter or an unknown skill is an HTML page
// with the right status, not the API's JSON envelope.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import type { Db } from '../../db/connection.js';
import type { Counting } from '../../db/job-counts.js';
import { mountCompare } from './compare.js';
import type { PageDeps } from './context.js';
import { pageError } from './errors.js';
import { mountGap } from './gap.js';
import { mountOverview } from './overview.js';
import { mountPostingsPage } from './postings.js';
import { mountRuns } from './runs.js';
import { mountSalaries } from './salaries.js';
import { mountSkill } from './skill.js';

export interface PagesOptions {
  db: Db;
  counting?: Counting;
  /** The clock for sources' freshness; default: the system clock. */
  now?: () => Date;
}

export function mountPages(app: OpenAPIHono, options: PagesOptions): void {
  const deps: PageDeps = {
    db: options.db,
    counting: options.counting ?? 'aggregates',
    now: options.now ?? (() => new Date()),
  };
  const pages = new Hono();
  pages.onError(pageError);
  mountOverview(pages, deps);
  mountSkill(pages, deps);
  mountCompare(pages, deps);
  mountSalaries(pages, deps);
  mountGap(pages, deps);
  mountPostingsPage(pages, deps);
  mountRuns(pages, deps);
  app.route('/', pages);
}
