// The Hono app: createApp(deps) mounts the JSON API; web/server.ts is the
// only file that listens.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/connection.js';
import { mountTrends } from './api/trends.js';
import { errorBody, onError, validationMessage } from './errors.js';

export interface AppDeps {
  db: Db;
}

export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    // A parameter that fails its schema: 400, naming the parameter.
    defaultHook: (result, c) => {
      if (!result.success) return c.json(errorBody('bad_request', validationMessage(result.error.issues)), 400);
    },
  });
  app.onError(onError);
  app.notFound((c) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404));
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  mountTrends(app, deps.db);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'skillpulse', version: '0.1.0', description: 'Backend job-market trends, salaries and postings.' },
  });
  return app;
}
