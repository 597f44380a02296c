// HN "Ask HN: Who is hiring?" threads as the Algolia HN API sends them (see
// scrapers/sources/hn.ts): one thread per month the jobs were posted in, one
// top-level comment per job (its created_at the job's postedAt), headed by the
// convention's first line `Company | Role | Location | REMOTE | pay`. The
// adapter finds the threads with one search per year of the configured
// months, then reads each thread whole through items/{id}. A malformed job's
// comment comes without its id.
import { hnSearchPath } from '../../../scrapers/sources/hn.js';
import type { SampleResponse } from '../routes.js';
import type { SampleJob, SampleSource } from '../types.js';
import {
  idValue,
  jsonResponse,
  malformedIn,
  postedIso,
  postedMonth,
  type SampleFormat,
  salaryText,
  slugify,
  without,
} from './common.js';

const AUTHOR = 'whoishiring';
/** As the adapter searches (scrapers/sources/hn.ts): 100 hits a page, a week's slack either side of the months. */
const HITS_PER_PAGE = 100;
const _SLACK_SECONDS = 7 * 24 * 3600;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MODES = { remote: 'REMOTE', hybrid: 'HYBRID', onsite: 'ONSITE' } as const;

interface Thread {
  id: number;
  month: string;
  title: string;
  /** ISO time. */
  createdAt: string;
  jobs: SampleJob[];
}

/** The months the jobs were posted in, oldest first. */
function monthsOf(source: SampleSource): string[] {
  const months = [...new Set(source.jobs.map(postedMonth))].sort();
  if (months.length === 0) throw new Error(`hn source "${source.name}" has no jobs: no months to serve threads for`);
  return months;
}

const monthStart = (month: string): number => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

function _nextMonth(month: string): string {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 7);
}

/** The search the adapter sends for the months `from`..`to` of one year: its own builder. */
const searchPath = (from: string, to: string): string => hnSearchPath(from, to, 0);

/**
 * The bot posts on the month's first weekday around 16:00 UTC; a month's
 * thread goes up at 16:00 on the 1st, or with its first comment if that is
 * earlier (no comment predates its thread). Ids are story-like numbers, one per month.
 */
function threadsOf(source: SampleSource): Thread[] {
  return monthsOf(source).map((month) => {
    const jobs = source.jobs
      .filter((job) => postedMonth(job) === month)
      .sort((a, b) => postedIso(a).localeCompare(postedIso(b)));
    const opening = new Date(monthStart(month) + 16 * 3600_000).toISOString();
    const first = jobs[0] ? postedIso(jobs[0]) : opening;
    const year = Number(month.slice(0, 4));
    const index = Number(month.slice(5, 7)) - 1;
    return {
      id: 40_000_000 + (year * 12 + index) * 1_000,
      month,
      title: `Ask HN: Who is hiring? (${MONTH_NAMES[index]} ${year})`,
      createdAt: first < opening ? first : opening,
      jobs,
    };
  });
}

function hit(thread: Thread): Record<string, unknown> {
  return {
    objectID: String(thread.id),
    title: thread.title,
    author: AUTHOR,
    url: null,
    points: 300,
    num_comments: thread.jobs.length,
    created_at: thread.createdAt,
    created_at_i: seconds(thread.createdAt),
    story_id: thread.id,
    _tags: ['story', `author_${AUTHOR}`, `story_${thread.id}`, 'ask_hn'],
  };
}

/** Text as HN escapes it in comments ("/" too). */
function hnEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
    .replace(/\//g, '&#x2F;');
}

/** `Company | Role | Location | MODE | pay`, then the description; the mode is left out when the location says it. */
function commentText(job: SampleJob): string {
  const mode = new RegExp(`\\b${job.workMode === 'onsite' ? 'on-?site' : job.workMode}\\b`, 'i').test(job.location)
    ? []
    : [MODES[job.workMode]];
  const pay = job.salary ? [salaryText(job.salary)] : [];
  const header = [job.company, job.title, job.location, ...mode, ...pay].map(hnEscape).join(' | ');
  // HN's own HTML: paragraphs are opened by <p>, the first one implied.
  return `${header}${job.descriptionHtml.startsWith('<p>') ? '' : '<p>'}${job.descriptionHtml}`;
}

function comment(thread: Thread, job: SampleJob): Record<string, unknown> {
  const created = postedIso(job);
  return {
    id: idValue(job.id),
    created_at: created,
    created_at_i: seconds(created),
    type: 'comment',
    author: `${slugify(job.company).replace(/-/g, '_') || 'team'}_jobs`,
    title: null,
    url: null,
    text: commentText(job),
    points: null,
    parent_id: thread.id,
    story_id: thread.id,
    children: [],
    options: [],
  };
}

function threadItem(thread: Thread, malformed: (job: SampleJob) => boolean): Record<string, unknown> {
  return {
    id: thread.id,
    created_at: thread.createdAt,
    created_at_i: seconds(thread.createdAt),
    type: 'story',
    author: AUTHOR,
    title: thread.title,
    url: null,
    text: 'Please state the location and include REMOTE for remote work, REMOTE (Country) for remote work in a given country, or ONSITE when remote work is <i>not</i> an option.',
    points: 300,
    parent_id: null,
    story_id: thread.id,
    children: thread.jobs.map((job) => (malformed(job) ? without(comment(thread, job), 'id') : comment(thread, job))),
    options: [],
  };
}

export const hnFormat: SampleFormat = {
  render(source) {
    const threads = threadsOf(source);
    const malformed = malformedIn(source);
    const since = threads[0]?.month ?? '';
    const until = threads.at(-1)?.month ?? '';
    const routes = new Map<string, SampleResponse>();
    // One search per year from `since` to `until`, each over that year's share of the months.
    for (let year = Number(since.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
      const from = since > `${year}-01` ? since : `${year}-01`;
      const to = until < `${year}-12` ? until : `${year}-12`;
      const hits = threads.filter((t) => t.month >= from && t.month <= to).map(hit);
      routes.set(
        searchPath(from, to),
        jsonResponse({ hits, nbHits: hits.length, page: 0, nbPages: 1, hitsPerPage: HITS_PER_PAGE, query: 'hiring' }),
      );
    }
    for (const thread of threads) routes.set(`/api/v1/items/${thread.id}`, jsonResponse(threadItem(thread, malformed)));
    return routes;
  },
  settings(source) {
    // `until` is given, so the months searched do not depend on the run's clock.
    const months = monthsOf(source);
    return { since: months[0], until: months.at(-1) };
  },
};
