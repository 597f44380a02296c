// POST /api/scrape: the only write over HTTP. It starts a scrape in the
// background and answers at once; the admin token is required, and without
// one configured the route is switched off.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ApiError, badRequest, ErrorEnvelope, errorBody } from '../errors.js';

/** What a request to start a scrape came to. */
export type ScrapeStart =
  | { status: 'started' }
  /** A scrape started here is still running: one at a time. */
  | { status: 'busy' }
  | { status: 'unknown_source'; known: readonly string[] };

export interface AdminDeps {
  /** The bearer token POST /api/scrape requires; undefined switches the route off (403). */
  token: string | undefined;
  /** Starts a run of every enabled source, or of `source` only, and resolves without waiting for it. */
  startScrape(request: { source?: string }): Promise<ScrapeStart>;
}

const SOURCE = z
  .string()
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected a configured source name')
  .optional()
  .openapi({ description: 'run only this configured source (default: every enabled source)', example: 'acme' });
const ScrapeRequest = z.object({ source: SOURCE });
const Started = z.object({ status: z.literal('started') });
const errorContent = { 'application/json': { schema: ErrorEnvelope } };

/** Requires `Authorization: Bearer <token>`; runs before the body is read, so a stranger learns nothing from a 400. */
export function requireAdminToken(token: string | undefined): MiddlewareHandler {
  const expected = token === undefined ? undefined : digest(token);
  return async (c, next) => {
    if (!expected) {
      throw new ApiError(
        403,
        'forbidden',
        'no admin token configured (set SKILLPULSE_ADMIN_TOKEN): writes are disabled',
      );
    }
    const given = /^Bearer +(\S+) *$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    // Digests have equal lengths, so timingSafeEqual compares without leaking where the first difference is.
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      const message = given === undefined ? 'missing bearer token' : 'wrong bearer token';
      return c.json(errorBody('unauthorized', message), 401, { 'WWW-Authenticate': 'Bearer realm="skillpulse"' });
    }
    await next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function mountScrape(app: OpenAPIHono, admin: AdminDeps | undefined): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'adminToken', { type: 'http', scheme: 'bearer' });
  const route = createRoute({
    method: 'post',
    path: '/api/scrape',
    summary: 'start a scrape in the background',
    security: [{ adminToken: [] }],
    middleware: [requireAdminToken(admin?.token)] as const,
    request: {
      query: ScrapeRequest,
      body: {
        required: false,
        content: {
          'application/json': { schema: ScrapeRequest },
          'application/x-www-form-urlencoded': { schema: ScrapeRequest },
        },
      },
    },
    responses: {
      202: { description: 'the run has started', content: { 'application/json': { schema: Started } } },
      400: { description: 'unknown source', content: errorContent },
      401: { description: 'missing or wrong bearer token', content: errorContent },
      403: { description: 'no admin token configured', content: errorContent },
      409: { description: 'a scrape is already running', content: errorContent },
    },
  });
  app.openapi(route, async (c) => {
    // The middleware has let the request through, so admin is set.
    const starter = admin as AdminDeps;
    const sources = [c.req.valid('query').source, c.req.valid('json').source, c.req.valid('form').source].filter(
      (s): s is string => s !== undefined,
    );
    if (new Set(sources).size > 1) throw badRequest('source: given twice, with different names');
    const source = sources[0];
    const result = await starter.startScrape(source === undefined ? {} : { source });
    if (result.status === 'busy') throw new ApiError(409, 'conflict', 'a scrape is already running');
    if (result.status === 'unknown_source') {
      throw badRequest(`source: no source named "${source}"; configured: ${result.known.join(', ')}`);
    }
    return c.json({ status: 'started' as const }, 202);
  });
}
