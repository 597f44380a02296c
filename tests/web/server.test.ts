import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/connection.js';
import { createApp } from '../../web/app.js';
import { type RunningServer, startServer } from '../../web/server.js';
import { migratedDb } from '../helpers/db.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function served(app: { fetch: (request: Request) => Response | Promise<Response> }, port = 0) {
  const server = await startServer({ app, host: '127.0.0.1', port });
  cleanups.push(() => server.close());
  return server;
}

async function dashboard(): Promise<RunningServer> {
  const db: OpenedDatabase = await migratedDb();
  cleanups.push(() => db.close());
  return served(createApp({ db: db.db }));
}

describe('startServer', () => {
  it('listens on 127.0.0.1, on a free port when given 0, and serves the app', async () => {
    const server = await dashboard();
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const response = await fetch(new URL('/healthz', server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', sources: [] });
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  });

  it('stops accepting on close, and close can be called twice', async () => {
    const server = await dashboard();
    await (await fetch(new URL('/healthz', server.url))).text();
    await server.close();
    await server.close();
    await server.closed;
    await expect(fetch(new URL('/healthz', server.url))).rejects.toThrow();
  });

  it('lets an in-flight request finish before it has closed, and closes soon after', async () => {
    let release = () => {};
    let arrived = () => {};
    const inside = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const slow = new Hono().get('/slow', async (c) => {
      arrived();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return c.text('done');
    });
    const server = await served(slow);
    const answer = fetch(new URL('/slow', server.url)).then(async (r) => [r.status, await r.text()]);
    await inside;
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    await expect(fetch(new URL('/slow', server.url))).rejects.toThrow();
    const started = Date.now();
    release();
    expect(await answer).toEqual([200, 'done']);
    await closing;
    // Well under the 5 s keep-alive timeout: the connection is dropped once idle.
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('rejects when the port is taken', async () => {
    const first = await dashboard();
    await expect(startServer({ app: new Hono(), host: '127.0.0.1', port: first.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });
});
