// The contract every source type implements. An adapter is pure: it says
// which requests start a run and turns each response body into postings and
// further requests. Fetching, politeness, retries and storage are the
// runner's (scrapers/run-source.ts), so adapters are tested on fixture
// payloads alone, and the crawler on a local server.
import type { SourceConfig } from '../src/config/schema.js';
import type { NormalizedPosting, SkippedRecord } from '../src/posting.js';

/** One request of a run: a URL and the adapter's own label for what it returns. */
export interface SourceRequest {
  url: string;
  /** Which step this is ("list", "page", "search", "thread" …): `read` dispatches on it. */
  label: string;
  /** Anything the adapter needs again when the response comes back (a page offset, a thread's month). */
  data?: Record<string, string | number | boolean | null>;
}

/** What one response yields. */
export interface SourcePage {
  postings: NormalizedPosting[];
  skipped: SkippedRecord[];
  /** Requests this response leads to: the next page, a thread's comments, a listing's job pages. */
  next: SourceRequest[];
}

export interface AdapterContext {
  /** The run's clock (adapters never read the system clock). */
  now: Date;
}

export interface SourceAdapter<C extends SourceConfig = SourceConfig> {
  type: C['type'];
  /** How bodies are handed to `read`: parsed JSON, or the page's HTML as a string. */
  format: 'json' | 'html';
  /**
   * True when one complete run lists every open posting of the source (an ATS
   * board): postings missing from it are then closed. False for sources that
   * only add (HN threads) or are crawled partially (careers sites).
   */
  completeListing: boolean;
  start(config: C, context: AdapterContext): SourceRequest[];
  /**
   * Reads one response. Throws SourceFormatError when the body is not this
   * source's format at all (the request is then failed, not retried);
   * a single bad record inside a good body is skipped as 'malformed'.
   */
  read(body: unknown, request: SourceRequest, config: C, context: AdapterContext): SourcePage;
}

/** The body is not in the source's format: retrying will not help. */
export class SourceFormatError extends Error {
  override name = 'SourceFormatError';
}

/**
 * The official endpoint, or the same path on `baseUrl`'s scheme and host
 * (a mirror, or a local test server). A path prefix of `baseUrl` is kept:
 * `http://127.0.0.1:8080/gh` + `/v1/boards/x/jobs` → `http://127.0.0.1:8080/gh/v1/boards/x/jobs`.
 */
export function endpointUrl(official: string, path: string, baseUrl: string | undefined): string {
  const base = (baseUrl ?? official).replace(/\/+$/, '');
  return `${base}${path}`;
}
