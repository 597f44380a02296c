// Hacker News "Ask HN: Who is hiring?" through the Algolia HN API: a search
// per year finds each month's thread, one items call returns its whole
// comment tree, and each top-level comment is a job post (0..n postings).
import type { SourceConfig } from '../../src/config/schema.js';
import type { EmploymentType } from '../../src/domain.js';
import type { NormalizedPosting, SkippedRecord } from '../../src/posting.js';
import { endpointUrl, type SourceAdapter, SourceFormatError, type SourcePage, type SourceRequest } from '../adapter.js';
import { arr, isoTime, num, obj, str } from '../fields.js';
import { readPost } from './hn-post.js';

export type HnConfig = Extract<SourceConfig, { type: 'hn' }>;

const OFFICIAL = 'https://hn.algolia.com';
/** The account that posts every monthly thread. */
const AUTHOR = 'whoishiring';
/**
 * A year holds 36 whoishiring stories (hiring, wants-to-be-hired,
 * freelancer), far below Algolia's 1,000-hit cap and within one page of 100:
 * one search per year stays complete whatever `since` is, where one search
 * over all history would be cut at 1,000 hits.
 */
const HITS_PER_PAGE = 100;
/** Searched either side of the months asked for, in case a thread went up early or late; the title decides. */
const SLACK_SECONDS = 7 * 24 * 3600;

export const hnAdapter: SourceAdapter<HnConfig> = {
  type: 'hn',
  format: 'json',
  completeListing: false,
  start(config, { now }) {
    const last = config.until ?? monthOf(now);
    const requests: SourceRequest[] = [];
    for (let year = Number(config.since.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
      const from = maxMonth(config.since, `${year}-01`);
      const to = minMonth(last, `${year}-12`);
      if (from <= to) requests.push(searchRequest(config, from, to, 0));
    }
    return requests;
  },
  read(body, request, config) {
    if (request.label === 'search') return readSearch(body, request, config);
    if (request.label === 'thread') return readThread(body);
    throw new SourceFormatError(`hn: unknown request label "${request.label}"`);
  },
};

/** The path and query of the search for the months `from`..`to` (the sample market serves the same). */
export function hnSearchPath(from: string, to: string, page: number): string {
  const after = monthStart(from) / 1000 - SLACK_SECONDS;
  const before = monthStart(nextMonth(to)) / 1000 + SLACK_SECONDS;
  const query = new URLSearchParams({
    // Every whoishiring hiring title holds "hiring"; the title filter in readSearch is what decides.
    query: 'hiring',
    tags: `story,author_${AUTHOR}`,
    numericFilters: `created_at_i>${after},created_at_i<${before}`,
    hitsPerPage: String(HITS_PER_PAGE),
    page: String(page),
  });
  return `/api/v1/search_by_date?${query}`;
}

function searchRequest(config: HnConfig, from: string, to: string, page: number): SourceRequest {
  return {
    url: endpointUrl(OFFICIAL, hnSearchPath(from, to, page), config.baseUrl),
    label: 'search',
    data: { from, to, page },
  };
}

interface Thread {
  id: string;
  month: string;
  byAuthor: boolean;
  comments: number;
  createdAt: number;
}

function readSearch(body: unknown, request: SourceRequest, config: HnConfig): SourcePage {
  const root = obj(body);
  if (!root || !Array.isArray(root.hits)) throw new SourceFormatError('hn: search response without hits[]');
  // A search request built elsewhere (no months in its data) takes every month it finds.
  const from = String(request.data?.from ?? '0000-01');
  const to = String(request.data?.to ?? '9999-12');
  const chosen = new Map<string, Thread>();
  for (const hit of arr(root.hits).map(obj)) {
    const thread = hit && threadOf(hit);
    if (!thread || thread.month < from || thread.month > to) continue;
    const current = chosen.get(thread.month);
    if (!current || better(thread, current)) chosen.set(thread.month, thread);
  }
  const next: SourceRequest[] = [...chosen.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((thread) => ({
      url: endpointUrl(OFFICIAL, `/api/v1/items/${thread.id}`, config.baseUrl),
      label: 'thread',
      data: { month: thread.month },
    }));
  const page = num(root.page) ?? Number(request.data?.page ?? 0);
  const pages = num(root.nbPages) ?? 0;
  if (page + 1 < pages) next.push(searchRequest(config, from, to, page + 1));
  return { postings: [], skipped: [], next };
}

/**
 * Several hits for one month (a re-post, or a look-alike by another
 * account): whoishiring's first, then the one with the most comments (the
 * thread people used), then the earliest.
 */
function better(a: Thread, b: Thread): boolean {
  if (a.byAuthor !== b.byAuthor) return a.byAuthor;
  if (a.comments !== b.comments) return a.comments > b.comments;
  return a.createdAt < b.createdAt;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Ask HN: Who is hiring? (March 2014)", "Ask HN: Who's Hiring? (Sept. 2012)", "Who is hiring? (March, 2014)". */
const HIRING_TITLE =
  /^\s*(?:ask\s+hn\s*:\s*)?who\s*(?:is|'s|’s)\s+hiring\b[?!.]*\s*(?:\(\s*([a-z]+)\.?,?\s+(\d{4})\s*\))?/i;
/** The sister threads, whatever else their titles say. */
const SISTER_TITLE = /wants? to be hired|freelancer/i;

function threadOf(hit: Record<string, unknown>): Thread | null {
  const id = str(hit.objectID) ?? str(hit.story_id);
  const title = str(hit.title);
  if (!id || !title || SISTER_TITLE.test(title)) return null;
  const match = HIRING_TITLE.exec(title);
  if (!match) return null;
  const byAuthor = str(hit.author) === AUTHOR;
  const createdAt = num(hit.created_at_i) ?? 0;
  const monthIndex = MONTHS.indexOf((match[1] ?? '').slice(0, 3).toLowerCase());
  let month: string | null = null;
  if (monthIndex >= 0 && match[2]) month = `${match[2]}-${String(monthIndex + 1).padStart(2, '0')}`;
  // No month in the title: whoishiring posts on the month's first weekday, so its date names the month.
  else if (byAuthor && createdAt > 0) month = monthOf(new Date(createdAt * 1000));
  if (!month) return null;
  return { id, month, byAuthor, comments: num(hit.num_comments) ?? 0, createdAt };
}

function readThread(body: unknown): SourcePage {
  const root = obj(body);
  if (!root || !Array.isArray(root.children)) throw new SourceFormatError('hn: thread item without children[]');
  const threadId = str(root.id);
  const postings: NormalizedPosting[] = [];
  const skipped: SkippedRecord[] = [];
  for (const child of arr(root.children)) {
    const comment = obj(child);
    const id = comment && str(comment.id);
    if (!comment) skipped.push({ reason: 'malformed' });
    else if (!id) skipped.push({ reason: 'missing-id' });
    else {
      const result = postingsOf(comment, id, threadId);
      if ('reason' in result) skipped.push(result);
      else postings.push(...result);
    }
  }
  return { postings, skipped, next: [] };
}

function postingsOf(
  comment: Record<string, unknown>,
  id: string,
  threadId: string | null,
): NormalizedPosting[] | SkippedRecord {
  const text = str(comment.text);
  // Algolia keeps a deleted comment as a node with null author and text; Firebase flags it.
  if (comment.deleted === true || comment.dead === true || !text || !str(comment.author)) {
    return { reason: 'deleted', externalId: id };
  }
  const parent = str(comment.parent_id);
  if (threadId && parent && parent !== threadId) return { reason: 'not-a-posting', externalId: id };
  const post = readPost(text);
  if (post.kind !== 'posting') return { reason: post.kind, externalId: id };
  const url = `https://news.ycombinator.com/item?id=${id}`;
  const postedAt = isoTime(comment.created_at) ?? isoTime(comment.created_at_i);
  // One post, several roles: the first keeps the comment's id, so a post that later
  // gains a second role keeps its first posting; the others are `${id}#2`, `${id}#3` …
  return post.roles.map((title, index) => ({
    externalId: index === 0 ? id : `${id}#${index + 1}`,
    url,
    title,
    company: post.company,
    location: post.location,
    country: null,
    workMode: post.workMode,
    employmentType: employmentTypeOf(title, post.employmentType),
    description: text,
    salary: null,
    postedAt,
    attributionUrl: url,
  }));
}

/**
 * "Backend Developers, Designers, Interns": the line's "Interns" makes
 * the intern role an internship, not its other roles; and an intern role
 * is an internship whatever the line says.
 */
function employmentTypeOf(title: string, stated: EmploymentType | null): EmploymentType | null {
  if (/\bintern(?:ship)?\b/i.test(title)) return 'internship';
  return stated === 'internship' ? null : stated;
}

/** "YYYY-MM" of an instant, in UTC (the threads' titles follow US time, but the bot posts at 15:00–16:00 UTC). */
function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

function monthStart(month: string): number {
  return Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
}

function nextMonth(month: string): string {
  return monthOf(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)));
}

const maxMonth = (a: string, b: string): string => (a > b ? a : b);
const minMonth = (a: string, b: string): string => (a < b ? a : b);
