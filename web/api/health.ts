// GET /healthz: is scraping healthy? Each source's last successful run, and
// 'degraded' (HTTP 503, so a monitor alerts) when a source failed its last
// three runs or has not succeeded for 48 hours; otherwise 'ok' (200).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/connection.js';
import { sourceStatuses } from '../../db/source-status.js';

export function mountHealth(app: OpenAPIHono, db: Db, now: () => Date): void {
  app.get('/healthz', async (c) => {
    const sources = await sourceStatuses(db, now());
    const failing = sources.filter((s) => s.failing !== null);
    const status = failing.length > 0 ? 'degraded' : 'ok';
    return c.json({ status, sources }, failing.length > 0 ? 503 : 200);
  });
}
