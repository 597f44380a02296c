import { describe, expect, it } from 'vitest';
import { createScrapeStarter } from '../../cli/commands/serve.js';
import type { AdminDeps } from '../../web/api/scrape.js';
import { createApp } from '../../web/app.js';
import { closeAfterEach, migratedDb } from '../helpers/db.js';

const TOKEN = 'correct-horse-battery-staple';
const SOURCES = ['acme', 'globex'];

const closeLater = closeAfterEach();

/**
 * The real starter (one run at a time, sources checked) over an in-test run that records what it was asked
 * for and holds until `finish()`.
 */
function recordingStarter() {
  const runs: Array<string | undefined> = [];
  const errors: unknown[] = [];
  let finish = () => {};
  const starter = createScrapeStarter({
    sources: SOURCES,
    run: (source) => {
      runs.push(source);
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    },
    log: { info: () => {}, error: (error: unknown) => errors.push(error) },
  });
  return { starter, runs, errors, finish: () => finish() };
}

async function app(admin?: AdminDeps) {
  const db = closeLater(await migratedDb());
  return createApp({ db: db.db, admin });
}

function post(served: Awaited<ReturnType<typeof app>>, path = '/api/scrape', init: RequestInit = {}) {
  return served.request(path, { method: 'POST', ...init });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('POST /api/scrape without an admin token configured', () => {
  it.each([
    ['no admin deps', undefined],
    ['a starter but no token', { token: undefined, startScrape: () => Promise.reject(new Error('must not run')) }],
  ])('answers 403 (%s), even to a bearer token', async (_name, admin) => {
    const response = await post(await app(admin), '/api/scrape', { headers: bearer(TOKEN) });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('forbidden');
    expect(body.error.message).toMatch(/no admin token configured/);
  });
});

describe('POST /api/scrape with an admin token', () => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong token', bearer('correct-horse-battery-stapl')],
    ['the token with more after it', bearer(`${TOKEN}x`)],
    ['an empty token', { Authorization: 'Bearer ' }],
    ['another scheme', { Authorization: `Basic ${TOKEN}` }],
    ['two tokens', { Authorization: `Bearer ${TOKEN} ${TOKEN}` }],
  ])('answers 401 to %s and starts nothing', async (_name, headers: Record<string, string>) => {
    const { starter, runs } = recordingStarter();
    const response = await post(await app({ token: TOKEN, startScrape: starter.startScrape }), '/api/scrape', {
      headers,
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="skillpulse"');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect(runs).toEqual([]);
  });

  it('checks the token before the request: a stranger gets 401, not a validation error', async () => {
    const { starter } = recordingStarter();
    const served = await app({ token: TOKEN, startScrape: starter.startScrape });
    expect((await post(served, '/api/scrape?source=../../etc')).status).toBe(401);
    const json = { 'Content-Type': 'application/json' };
    expect((await post(served, '/api/scrape', { headers: json, body: '{not json' })).status).toBe(401);
  });

  it('starts a run (202), refuses a second while it runs (409), and starts again once it is done', async () => {
    const { starter, runs, finish } = recordingStarter();
    const served = await app({ token: TOKEN, startScrape: starter.startScrape });

    const first = await post(served, '/api/scrape', { headers: { Authorization: `bearer ${TOKEN}` } });
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ status: 'started' });
    expect(runs).toEqual([undefined]);

    const second = await post(served, '/api/scrape', { headers: bearer(TOKEN) });
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe('conflict');
    expect(runs).toHaveLength(1);

    finish();
    await starter.idle();
    expect((await post(served, '/api/scrape', { headers: bearer(TOKEN) })).status).toBe(202);
    expect(runs).toEqual([undefined, undefined]);
  });

  it('logs a failed run and is free for the next one', async () => {
    const errors: unknown[] = [];
    const starter = createScrapeStarter({
      sources: SOURCES,
      run: () => Promise.reject(new Error('boom')),
      log: { info: () => {}, error: (error: unknown) => errors.push(error) },
    });
    const served = await app({ token: TOKEN, startScrape: starter.startScrape });
    expect((await post(served, '/api/scrape', { headers: bearer(TOKEN) })).status).toBe(202);
    await starter.idle();
    expect(errors).toEqual([{ err: new Error('boom') }]);
    expect((await post(served, '/api/scrape', { headers: bearer(TOKEN) })).status).toBe(202);
  });

  it.each([
    ['the query', '/api/scrape?source=globex', {}],
    ['a JSON body', '/api/scrape', { headers: { 'Content-Type': 'application/json' }, body: '{"source":"globex"}' }],
    [
      'a form body',
      '/api/scrape',
      { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'source=globex' },
    ],
  ])('runs one source named in %s', async (_name, path, init: { headers?: Record<string, string>; body?: string }) => {
    const { starter, runs } = recordingStarter();
    const served = await app({ token: TOKEN, startScrape: starter.startScrape });
    const response = await post(served, path, { ...init, headers: { ...init.headers, ...bearer(TOKEN) } });
    expect(response.status).toBe(202);
    expect(runs).toEqual(['globex']);
  });

  it.each([
    [
      'an unknown source',
      '/api/scrape?source=initech',
      {},
      /source: no source named "initech"; configured: acme, globex/,
    ],
    ['a malformed source', '/api/scrape?source=..%2Fx', {}, /^source: expected a configured source name/],
    [
      'two different sources',
      '/api/scrape?source=acme',
      { headers: { 'Content-Type': 'application/json' }, body: '{"source":"globex"}' },
      /source: given twice/,
    ],
  ])('answers 400 to %s and starts nothing', async (_name, path, init: {
    headers?: Record<string, string>;
    body?: string;
  }, message) => {
    const { starter, runs } = recordingStarter();
    const served = await app({ token: TOKEN, startScrape: starter.startScrape });
    const response = await post(served, path, { ...init, headers: { ...init.headers, ...bearer(TOKEN) } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(message);
    expect(runs).toEqual([]);
  });

  it('is the only write: other methods on the API answer 404 and start nothing', async () => {
    const { starter, runs } = recordingStarter();
    const served = await app({ token: TOKEN, startScrape: starter.startScrape });
    for (const [method, path] of [
      ['GET', '/api/scrape'],
      ['PUT', '/api/scrape'],
      ['DELETE', '/api/scrape'],
      ['PATCH', '/api/trends'],
      ['POST', '/api/trends'],
      ['POST', '/healthz'],
    ] as const) {
      const response = await served.request(path, { method, headers: bearer(TOKEN) });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect(runs).toEqual([]);
  });

  it('is documented in the OpenAPI document with its bearer scheme', async () => {
    const served = await app();
    const doc = (await (await served.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.paths['/api/scrape']?.post?.security).toEqual([{ adminToken: [] }]);
    expect(doc.components.securitySchemes.adminToken).toEqual({ type: 'http', scheme: 'bearer' });
  });
});
