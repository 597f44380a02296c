// The `jsonld` and `browser` source types: careers sites that publish
// schema.org JobPosting JSON-LD. Both read a page's HTML the same way (the
// browser type only differs in how the runner gets it: rendered by
// Playwright, for sites that inject their JSON-LD with JavaScript). A page
// yields its postings and the same-site links worth following.
import { decodeXML } from 'entities';
import type { SourceConfig } from '../../src/config/schema.js';
import type { NormalizedPosting, SkippedRecord } from '../../src/posting.js';
import {
  type AdapterContext,
  endpointUrl,
  type SourceAdapter,
  SourceFormatError,
  type SourcePage,
  type SourceRequest,
} from '../adapter.js';
import { mapJobPosting } from './jsonld-map.js';
import { jobPostingsInBlocks, type PageLink, scanPage } from './jsonld-parse.js';

export type JsonldConfig = Extract<SourceConfig, { type: 'jsonld' }>;
export type BrowserConfig = Extract<SourceConfig, { type: 'browser' }>;
type CrawlConfig = JsonldConfig | BrowserConfig;

/** Requests one page may add: a listing links to its jobs and pages, not to thousands of URLs. */
const MAX_NEXT = 1_000;

export const jsonldAdapter: SourceAdapter<JsonldConfig> = crawlAdapter('jsonld');
export const browserAdapter: SourceAdapter<BrowserConfig> = crawlAdapter('browser');

function crawlAdapter<C extends CrawlConfig>(type: C['type']): SourceAdapter<C> {
  return {
    type,
    format: 'html',
    // A crawl reaches the postings it finds links to, never provably all of them.
    completeListing: false,
    start: (config) => startRequests(config),
    read: (body, request, config, context) => readPage(body, request, config, context),
  };
}

function startRequests(config: CrawlConfig): SourceRequest[] {
  const requests: SourceRequest[] = config.startUrls.map((url) => ({ url: served(url, config), label: 'page' }));
  if (config.sitemap) requests.push({ url: served(config.sitemap, config), label: 'sitemap' });
  return requests;
}

function readPage(body: unknown, request: SourceRequest, config: CrawlConfig, context: AdapterContext): SourcePage {
  if (typeof body !== 'string') throw new SourceFormatError(`expected HTML as a string, got ${typeof body}`);
  if (request.label === 'sitemap') return { postings: [], skipped: [], next: sitemapRequests(body, request, config) };
  const scan = scanPage(body);
  // Ids and fallback urls are the site's own, also when a mirror (baseUrl) served the page.
  const pageUrl = official(request.url, config);
  const read = jobPostingsInBlocks(scan.blocks);
  const postings: NormalizedPosting[] = [];
  const skipped: SkippedRecord[] = [];
  for (let i = 0; i < read.unreadable; i++) skipped.push({ reason: 'malformed', externalId: pageUrl });
  // Organization, BreadcrumbList … beside a posting are expected; a page of JSON-LD without one is counted once.
  if (read.postings.length === 0 && read.blocks > 0) skipped.push({ reason: 'not-a-posting', externalId: pageUrl });
  // The same posting is often repeated in several blocks (a theme's and a plugin's): each id counts once.
  const seen = new Set<string>();
  for (const node of read.postings) {
    const result = mapJobPosting(node, pageUrl, context);
    const key =
      'skipped' in result ? `${result.skipped.reason} ${result.skipped.externalId}` : result.posting.externalId;
    if (seen.has(key)) continue;
    seen.add(key);
    if ('skipped' in result) skipped.push(result.skipped);
    else postings.push(result.posting);
  }
  return { postings, skipped, next: linkRequests(scan.links, pageUrl, config) };
}

/**
 * Same-site links this page leads to, each once, without fragments, the page
 * itself left out. `pageUrl` is the page's own URL in the site's form (see official).
 */
function linkRequests(links: PageLink[], pageUrl: string, config: CrawlConfig): SourceRequest[] {
  const here = new URL(pageUrl);
  here.hash = '';
  const rules = followRules(config);
  const at = { href: here.href, origin: here.origin };
  const seen = new Set([at.href]);
  const next: SourceRequest[] = [];
  for (const link of links) {
    const url = absoluteUrl(link.href, at, config);
    if (!url || url.host !== here.host || seen.has(url.href) || !follows(url, link.rel, here, rules)) continue;
    seen.add(url.href);
    next.push({ url: served(url.href, config), label: 'page' });
    if (next.length >= MAX_NEXT) break;
  }
  return next;
}

/** A sitemap index leads to sitemaps (on its own host); a URL set to pages, filtered as a page's links are. */
function sitemapRequests(xml: string, request: SourceRequest, config: CrawlConfig): SourceRequest[] {
  const locs = Array.from(xml.matchAll(/<loc>\s*([^<\s]{1,2000})\s*<\/loc>/gi), (match) => decodeXML(match[1] ?? ''));
  const links = locs.map((href) => ({ href, rel: '' }));
  const here = new URL(official(request.url, config));
  if (!/<sitemapindex[\s>]/i.test(xml.slice(0, 10_000))) return linkRequests(links, here.href, config);
  return locs
    .map((href) => absoluteUrl(href, { href: here.href, origin: here.origin }, config))
    .filter((url): url is URL => url !== null && url.host === here.host)
    .slice(0, MAX_NEXT)
    .map((url) => ({ url: served(url.href, config), label: 'sitemap' }));
}

interface Glob {
  pattern: RegExp;
  /** A glob starting with "/" is matched against the path and query; any other against the whole URL. */
  pathOnly: boolean;
}

interface FollowRules {
  include: Glob[] | null;
  exclude: Glob[];
}

function globOf(glob: string): Glob {
  return { pattern: globRegExp(glob), pathOnly: glob.startsWith('/') };
}

function globMatches(glob: Glob, url: URL): boolean {
  return glob.pattern.test(glob.pathOnly ? `${url.pathname}${url.search}` : url.href);
}

function followRules(config: CrawlConfig): FollowRules {
  return {
    include: config.include ? config.include.map(globOf) : null,
    exclude: (config.exclude ?? []).map(globOf),
  };
}

/** Files that are not pages: never fetched, whatever the globs say. */
const FILE = /\.(?:pdf|docx?|xlsx?|zip|png|jpe?g|gif|svg|webp|ico|css|js|json|xml|rss|mp4|mp3)$/i;
const JOB_PATH =
  /\/(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|roles?|stellen|karriere)(?:[/_.-]|$)/i;
const APPLY_PATH = /\/apply(?:\/|$)/i;
const PAGED_PATH = /\/page\/\d+\/?$/;
const PAGE_PARAMS = ['page', 'p', 'pg', 'offset', 'start'];

/**
 * With `include`, a link is followed when a glob matches it; without, when it
 * looks like a job or listing page (a path segment such as /jobs, /careers,
 * /positions, /openings, but not an /apply form), is marked rel="next", or
 * pages the current listing (same path, with ?page=N or /page/N). `exclude`
 * always wins.
 */
function follows(url: URL, rel: string, here: URL, rules: FollowRules): boolean {
  if (FILE.test(url.pathname)) return false;
  if (rules.exclude.some((glob) => globMatches(glob, url))) return false;
  if (rules.include) return rules.include.some((glob) => globMatches(glob, url));
  if (/\bnext\b/.test(rel)) return true;
  if (JOB_PATH.test(url.pathname)) return !APPLY_PATH.test(url.pathname);
  const samePath = url.pathname.replace(PAGED_PATH, '') === here.pathname.replace(PAGED_PATH, '');
  return samePath && (PAGED_PATH.test(url.pathname) || PAGE_PARAMS.some((name) => url.searchParams.has(name)));
}

/**
 * Glob → RegExp, as Crawlee's URL globs (minimatch) read: `**` any characters,
 * `*` any but "/", `?` one character but "/", `{a,b}` either, `[a-z]` a class
 * (`[!a]` negated, `[?]` a literal "?"); the whole URL must match.
 */
export function globRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    const classEnd = c === '[' ? glob.indexOf(']', i + 2) : -1;
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else if (classEnd > 0) {
      source += `[${glob
        .slice(i + 1, classEnd)
        .replace(/^!/, '^')
        .replace(/[\\\]]/g, '\\$&')}]`;
      i = classEnd;
    } else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}${')'.repeat(braces)}$`);
}

/**
 * An http(s) link resolved against the page's own URL (so "/jobs/1" on a
 * mirror behind a path stays behind it), fragment dropped, in the site's form.
 * The URL returned may be shared: callers only read it.
 */
/** `page` is the page's own URL and origin, as strings (URL getters build a new string on each call). */
function absoluteUrl(href: string, page: PageAt, config: CrawlConfig): URL | null {
  // A site repeats its navigation, footer and "more jobs" links on every page: each is parsed once per
  // run. A root-relative or absolute link resolves the same from any page of the origin; others do not.
  const scope = href.startsWith('/') && !href.startsWith('//') ? page.origin : /^https?:/i.test(href) ? '' : page.href;
  let byScope = resolvedLinks.get(config);
  if (!byScope) {
    byScope = new Map();
    resolvedLinks.set(config, byScope);
  }
  let memo = byScope.get(scope);
  if (!memo) {
    // Bounded: relative links make a scope per page.
    if (byScope.size >= 64) byScope.clear();
    memo = new Map();
    byScope.set(scope, memo);
  }
  const known = memo.get(href);
  if (known !== undefined) return known;
  const url = resolve(href, page.href, config);
  if (memo.size >= 4_096) memo.clear();
  memo.set(href, url);
  return url;
}

interface PageAt {
  href: string;
  origin: string;
}

/** Links resolved so far, per source config (a run's config stays one object), by scope, by href. */
const resolvedLinks = new WeakMap<CrawlConfig, Map<string, Map<string, URL | null>>>();

function resolve(href: string, pageUrl: string, config: CrawlConfig): URL | null {
  try {
    const url = new URL(official(new URL(href, pageUrl).href, config));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/**
 * With a baseUrl (a mirror or a local test server), URLs on the start URLs'
 * hosts are fetched from it (same path and query, behind baseUrl's own path).
 */
const startOrigins = new WeakMap<CrawlConfig, Set<string>>();

function served(url: string, config: CrawlConfig): string {
  if (!config.baseUrl) return url;
  const parsed = new URL(url);
  let origins = startOrigins.get(config);
  if (!origins) {
    origins = new Set(config.startUrls.map((start) => new URL(start).origin));
    startOrigins.set(config, origins);
  }
  if (!origins.has(parsed.origin)) return url;
  return endpointUrl(parsed.origin, `${parsed.pathname}${parsed.search}`, config.baseUrl);
}

/**
 * The reverse of served: a URL on the mirror as the site's own URL (on the
 * first start URL's host; a mirror stands for one site), so ids, links and
 * globs read the same whether the real site or a mirror answered.
 */
function official(url: string, config: CrawlConfig): string {
  if (!config.baseUrl) return url;
  const base = config.baseUrl.replace(/\/+$/, '');
  const rest = url.startsWith(base) ? url.slice(base.length) : null;
  if (rest === null || !(rest === '' || rest.startsWith('/') || rest.startsWith('?'))) return url;
  const origin = new URL(config.startUrls[0] as string).origin;
  return `${origin}${rest.startsWith('/') ? rest : `/${rest}`}`;
}
