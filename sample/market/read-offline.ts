// The sample market read by the real source adapters without a server: each
// source's responses (routes.ts) handed to its adapter in the order the
// adapter asks for them, as a crawl would, in memory. What comes out is
// what the scrapers pass to the ingest, for the ingest benchmark and for
// tests that need the market's postings without a crawl. The browser-rendered
// site is left out: its pages hold the posting only once a browser runs them.
import { adapterFor } from '../../scrapers/registry.js';
import { type SourceConfig, sourceConfig } from '../../src/config/schema.js';
import type { NormalizedPosting } from '../../src/posting.js';
import { renderSource, sampleSourceConfig } from './routes.js';
import type { SampleSource } from './types.js';

/** Not a host anyone serves: the adapters build URLs on it, and the paths are looked up in memory. */
const ORIGIN = 'http://sample-market.invalid';

export interface SourcePostings {
  source: SampleSource;
  config: SourceConfig;
  /** Postings in the order the adapter read them, pages as the crawler would hand them over. */
  pages: NormalizedPosting[][];
  /** Records or responses the adapter skipped or refused (the market's malformed ones). */
  rejected: number;
}

export function readMarketOffline(sources: readonly SampleSource[], now: Date): SourcePostings[] {
  return sources.filter((s) => s.type !== 'browser').map((source) => readSource(source, now));
}

function readSource(source: SampleSource, now: Date): SourcePostings {
  const prefix = `${ORIGIN}/${source.name}`;
  const config = sourceConfig.parse(sampleSourceConfig(source, prefix));
  const responses = renderSource(source);
  const adapter = adapterFor(config.type);
  const context = { now };
  const pages: NormalizedPosting[][] = [];
  let rejected = 0;
  const queue = adapter.start(config, context);
  const asked = new Set(queue.map((r) => r.url));
  for (let request = queue.shift(); request; request = queue.shift()) {
    const url = new URL(request.url);
    const path = url.pathname.slice(`/${source.name}`.length);
    const response = responses.get(path + url.search) ?? responses.get(path);
    if (response?.status !== 200) {
      rejected++;
      continue;
    }
    let page: ReturnType<typeof adapter.read>;
    try {
      const body = adapter.format === 'json' ? JSON.parse(response.body) : response.body;
      page = adapter.read(body, request, config, context);
    } catch {
      // A page served broken on purpose: the crawler fails that request and goes on.
      rejected++;
      continue;
    }
    pages.push(page.postings);
    rejected += page.skipped.length;
    for (const next of page.next) {
      if (asked.has(next.url)) continue;
      asked.add(next.url);
      queue.push(next);
    }
  }
  return { source, config, pages, rejected };
}
