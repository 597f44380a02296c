// The sample market on 127.0.0.1: every source's responses (routes.ts)
// under a path prefix of its own (`/<source name>/…`), all on one server,
// and a robots.txt that allows everything. A request is answered from
// memory: the responses are rendered once, when the server starts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderSource, type SampleResponse, sampleSourceConfig } from './routes.js';
import type { SampleSource } from './types.js';

export interface MarketServer {
  /** http://127.0.0.1:port, no trailing slash. */
  url: string;
  /** Each source's config entry, pointed at this server. */
  sourceConfigs(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

const ROBOTS: SampleResponse = { status: 200, contentType: 'text/plain', body: 'User-agent: *\nAllow: /\n' };
const NOT_FOUND: SampleResponse = { status: 404, contentType: 'text/plain', body: 'not found' };

export async function startMarketServer(sources: readonly SampleSource[], port = 0): Promise<MarketServer> {
  const table = new Map<string, SampleResponse>([['/robots.txt', ROBOTS]]);
  for (const source of sources) {
    for (const [path, response] of renderSource(source)) table.set(`/${source.name}${path}`, response);
  }
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const answer = table.get(url.pathname + url.search) ?? table.get(url.pathname) ?? NOT_FOUND;
    res.writeHead(answer.status, { 'Content-Type': answer.contentType });
    res.end(answer.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sourceConfigs: () => sources.map((s) => sampleSourceConfig(s, `${url}/${s.name}`)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
