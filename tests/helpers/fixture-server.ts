// A real HTTP server on 127.0.0.1 that serves fixtures, for crawler tests:
// routes by path (query ignored unless the route names it), every request
// recorded, and faults injected per route (status codes, resets, stalls).
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface FixtureResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Destroy the socket without answering (a connection reset). */
  reset?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** A route answers with a fixed response, or one computed per request (the n-th request to it, from 1). */
export type Route = FixtureResponse | ((request: IncomingMessage, n: number) => FixtureResponse);

export interface RecordedRequest {
  method: string;
  path: string;
  userAgent: string | undefined;
  at: number;
}

export interface FixtureServer {
  url: string;
  /** Replaces or adds routes (keys are paths, or paths with their query). */
  routes: Map<string, Route>;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export function json(value: unknown, status = 200): FixtureResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) };
}

export function html(body: string, status = 200): FixtureResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

const open: FixtureServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** Starts a server (closed after the test). Unknown paths answer 404 (unless a '*' route is given), /robots.txt too. */
export async function startFixtureServer(routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const counts = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      userAgent: req.headers['user-agent'],
      at: Date.now(),
    });
    // Exact path and query, else the path, else the catch-all '*'.
    const key = [url.pathname + url.search, url.pathname, '*'].find((k) => table.has(k)) ?? url.pathname;
    const route = table.get(key);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const answer = typeof route === 'function' ? route(req, n) : (route ?? { status: 404, body: 'not found' });
    const send = () => {
      if (answer.reset) {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status ?? 200, answer.headers ?? {});
      res.end(answer.body ?? '');
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fixture: FixtureServer = {
    url: `http://127.0.0.1:${port}`,
    routes: table,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.push(fixture);
  return fixture;
}
