// The dashboard's pages, server-rendered with hono/jsx, as one sub-app with
// its own error handler: a bad parameter or an unknown skill is an HTML page
// with the right status, not the API's JSON envelope.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { mountCompare } from './compare.js';
import type { PageDeps } from './context.js';
import { pageError } from './errors.js';
import { mountGap } from './gap.js';
import { mountOverview } from './overview.js';
import { mountPostingsPage } from './postings.js';
import { mountRuns } from './runs.js';
import { mountSalaries } from './salaries.js';
import { mountSkill } from './skill.js';

export function mountPages(app: OpenAPIHono, deps: PageDeps): void {
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
