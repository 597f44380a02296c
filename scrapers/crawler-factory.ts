// Builds the Crawlee crawler a source type needs — HttpCrawler for JSON APIs,
// CheerioCrawler for careers pages, PlaywrightCrawler for pages that need a
// browser — with the same politeness for all: robots.txt (ours), per-host delay,
// requests per minute, concurrency, an identifying User-Agent, retries with
// backoff, and Retry-After honoured on 429 and 503. (The per-host delay is
// ours: see host-throttle.ts.)
import { CheerioCrawler } from '@crawlee/cheerio';
import type { IncomingMessage } from 'node:http';
import { Configuration, LogLevel, type Request, log as crawleeLog } from '@crawlee/core';
import { HttpCrawler } from '@crawlee/http';
import { PlaywrightCrawler } from '@crawlee/playwright';
import type { ScrapingConfig } from '../src/config/schema.js';
import { CHROMIUM_ARGS } from './browser/chromium.js';
import { HostThrottle } from './host-throttle.js';
import { FetchFailure, backoffMs, retryAfterMs } from './retry.js';
import { RobotsGuard } from './robots.js';

/** What a handler gets, whatever the crawler: the response status and headers, and the body. */
export interface FetchedPage {
  request: Request;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface CrawlerHooks {
  /** Reads one fetched page; throwing fails the request (retried unless the error is permanent). */
  onPage(page: FetchedPage): Promise<void>;
  /** A request that failed for good, after its retries. */
  onFailed(request: Request, error: Error): void;
  /** A request robots.txt (or a limit) kept us from making. */
  onSkipped(url: string, reason: string): void;
}

export interface CrawlerSettings {
  kind: 'http' | 'cheerio' | 'browser';
  scraping: ScrapingConfig;
  /** Base of the retry backoff (tests shorten it). */
  retryBaseMs?: number;
  /** Longest wait a Retry-After header can ask for. */
  maxRetryAfterMs?: number;
  /** Chromium for the browser kind. */
  chromiumPath?: string;
  now?: () => Date;
}

/** What a run needs of a crawler, whichever kind it is. */
export interface SourceCrawler {
  run(requests: Array<{ url: string; label: string; uniqueKey: string; userData: object }>): Promise<unknown>;
  addRequests(requests: Array<{ url: string; label: string; uniqueKey: string; userData: object }>): Promise<unknown>;
  /** Finishes the requests in flight, starts no more, and lets run() return. */
  stop(reason?: string): void;
}

/** Status codes our handler reads itself, rather than Crawlee throwing before it sees them. */
const ALL_ERROR_STATUSES = Array.from({ length: 200 }, (_, i) => 400 + i);

export function createCrawler(settings: CrawlerSettings, hooks: CrawlerHooks): SourceCrawler {
  // Crawlee's own log lines repeat what the run's record and our logger already say.
  crawleeLog.setLevel(LogLevel.OFF);
  const { scraping } = settings;
  const now = settings.now ?? (() => new Date());
  const retryBaseMs = settings.retryBaseMs ?? 1_000;
  const maxRetryAfterMs = settings.maxRetryAfterMs ?? 120_000;
  // In memory only: a run leaves no ./storage behind, and runs never share a queue.
  const config = new Configuration({ persistStorage: false, purgeOnStart: true });
  const throttle = new HostThrottle(scraping.perHostDelaySecs * 1000);
  const robots = scraping.respectRobotsTxt ? new RobotsGuard(scraping.userAgent, scraping.timeoutSecs * 1000) : null;
  /** Before each request: robots.txt first (a disallowed page is never fetched), then the host's turn. */
  const beforeRequest = async (request: Request) => {
    if (robots && !(await robots.allows(request.url))) {
      request.noRetry = true;
      throw new FetchFailure('robots-txt', `robots.txt disallows ${request.url}`, true);
    }
    await throttle.wait(request.url);
  };
  const common = {
    maxRequestRetries: scraping.maxRetries,
    maxConcurrency: scraping.concurrency,
    maxRequestsPerMinute: scraping.requestsPerMinute,
    requestHandlerTimeoutSecs: scraping.timeoutSecs * 2,
    // robots.txt is checked by our own guard (robots.ts), fetched with our User-Agent.
    respectRobotsTxtFile: false,
    // One honest identity: no session rotation, and a blocked status is a failure to count, not to evade.
    useSessionPool: false,
    onSkippedRequest: ({ url, reason }: { url: string; reason: string }) => hooks.onSkipped(url, reason),
    errorHandler: async ({ request }: { request: Request }) => {
      // Runs before each retry: wait what the server asked for, else back off exponentially.
      const asked = request.userData.retryAfterMs as number | undefined;
      delete request.userData.retryAfterMs;
      await sleep(asked ?? backoffMs(request.retryCount, retryBaseMs, 60_000));
    },
    failedRequestHandler: ({ request }: { request: Request }, error: Error) => hooks.onFailed(request, error),
  };

  const checkStatus = (request: Request, status: number, headers: FetchedPage['headers']) => {
    if (status < 400) return;
    if (status === 429 || status === 503) {
      const wait = retryAfterMs(headers['retry-after'], now(), maxRetryAfterMs);
      if (wait !== null) request.userData.retryAfterMs = wait;
    }
    const permanent = status < 500 && status !== 429 && status !== 408;
    if (permanent) request.noRetry = true;
    throw new FetchFailure(`http-${status}`, `HTTP ${status} from ${request.url}`, permanent);
  };

  if (settings.kind === 'browser') {
    return new PlaywrightCrawler(
      {
        ...common,
        navigationTimeoutSecs: scraping.timeoutSecs,
        launchContext: {
          userAgent: scraping.userAgent,
          launchOptions: { executablePath: settings.chromiumPath, headless: true, args: CHROMIUM_ARGS },
        },
        browserPoolOptions: { useFingerprints: false },
        preNavigationHooks: [async ({ request }) => beforeRequest(request)],
        async requestHandler({ request, response, page }) {
          const status = response?.status() ?? 200;
          const headers = (response?.headers() ?? {}) as FetchedPage['headers'];
          checkStatus(request, status, headers);
          // JSON-LD injected by scripts is in the DOM once the page has loaded.
          await page.waitForLoadState('load');
          await readPage(request, async () => hooks.onPage({ request, status, headers, body: await page.content() }));
        },
      },
      config,
    );
  }

  const httpOptions = {
    ...common,
    navigationTimeoutSecs: scraping.timeoutSecs,
    ignoreHttpErrorStatusCodes: ALL_ERROR_STATUSES,
    // Any type: the status and the body are judged by our handler, with a reason for the run's record.
    additionalMimeTypes: ['*/*'],
    preNavigationHooks: [
      async (
        { request }: { request: Request },
        gotOptions: { headers?: Record<string, string | string[] | undefined> },
      ) => {
        await beforeRequest(request);
        // got-scraping would send a generated browser identity; we say who we are.
        Object.assign(gotOptions, { useHeaderGenerator: false });
        gotOptions.headers = { ...gotOptions.headers, 'user-agent': scraping.userAgent };
      },
    ],
  };
  const handle = async ({
    request,
    response,
    body,
  }: {
    request: Request;
    response: IncomingMessage;
    body: string | Buffer;
  }) => {
    const status = response.statusCode ?? 0;
    const headers = response.headers as FetchedPage['headers'];
    checkStatus(request, status, headers);
    await readPage(request, () =>
      hooks.onPage({ request, status, headers, body: typeof body === 'string' ? body : body.toString('utf8') }),
    );
  };
  if (settings.kind === 'cheerio') return new CheerioCrawler({ ...httpOptions, requestHandler: handle }, config);
  return new HttpCrawler({ ...httpOptions, requestHandler: handle }, config);
}

/**
 * Runs the page's reader. A permanent failure (a body in the wrong format)
 * marks the request not to be retried at once, so Crawlee fails it without
 * first waiting out the backoff in errorHandler.
 */
async function readPage(request: Request, read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (error) {
    if (error instanceof FetchFailure && error.permanent) request.noRetry = true;
    throw error;
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
