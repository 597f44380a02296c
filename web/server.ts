// The only file that listens: serves an app over HTTP with @hono/node-server
// and shuts down cleanly (no new connections, in-flight requests finish).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';

export interface ServerOptions {
  app: { fetch: (request: Request) => Response | Promise<Response> };
  host: string;
  /** 0: any free port; `port` of the result says which. */
  port: number;
  log?: Pick<Logger, 'info' | 'warn' | 'error'>;
  /**
   * Close on SIGTERM and SIGINT, then run `onShutdown` (close the database). `onSignal` runs at
   * the signal itself, beside the close (which waits for requests in flight). A second signal exits at once.
   */
  signals?: { onSignal?: () => void; onShutdown?: () => Promise<void> };
  /** In-flight requests get this long to finish before their connections are cut. */
  graceMs?: number;
}

export interface RunningServer {
  host: string;
  port: number;
  /** http://host:port/, with an IPv6 host in brackets. */
  url: string;
  /** Stops accepting, lets in-flight requests finish, resolves once the server is closed. Safe to call twice. */
  close(): Promise<void>;
  /** Resolves after a signal's shutdown (server closed, then `onShutdown`), or after close(), which skips `onShutdown`. */
  closed: Promise<void>;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
const IDLE_SWEEP_MS = 50;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = serve({ fetch: options.app.fetch, hostname: options.host, port: options.port }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Past start-up a server error (say, out of file descriptors) is logged, not thrown into nowhere.
  server.on('error', (error) => options.log?.error({ err: error }, 'server error'));
  const { port } = server.address() as AddressInfo;
  const graceMs = options.graceMs ?? 10_000;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // close() drops idle keep-alive connections once; a connection whose request was in flight then goes
      // idle and would hold the server open until its keep-alive timeout, so sweep again until closed.
      const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
      const cut = setTimeout(() => {
        options.log?.warn(`requests still running after ${graceMs} ms: cutting their connections`);
        server.closeAllConnections();
      }, graceMs);
      server.once('close', () => {
        clearInterval(sweep);
        clearTimeout(cut);
      });
    });
    return closing;
  };

  let settle: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    settle = resolve;
  });
  let detach = () => {};
  if (options.signals) {
    const { onSignal, onShutdown } = options.signals;
    let signalled = false;
    const handle = (signal: NodeJS.Signals) => {
      if (signalled) {
        options.log?.warn(`${signal} again: exiting without waiting`);
        process.exit(1);
      }
      signalled = true;
      options.log?.info(`${signal}: shutting down`);
      onSignal?.();
      void (async () => {
        try {
          await close();
          await onShutdown?.();
        } catch (error) {
          options.log?.error({ err: error }, 'shutdown failed');
          process.exitCode = 1;
        } finally {
          detach();
          settle();
        }
      })();
    };
    for (const s of SIGNALS) process.on(s, handle);
    detach = () => {
      for (const s of SIGNALS) process.off(s, handle);
    };
  }
  const host = options.host;
  return {
    host,
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    close: async () => {
      detach();
      await close();
      settle();
    },
    closed,
  };
}
