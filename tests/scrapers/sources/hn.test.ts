import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFormatError, type SourceRequest } from '../../../scrapers/adapter.js';
import { type HnConfig, hnAdapter as adapter } from '../../../scrapers/sources/hn.js';
import { UNNAMED_ROLE } from '../../../scrapers/sources/hn-post.js';
import type { NormalizedPosting } from '../../../src/posting.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/sources/hn/${name}`, import.meta.url), 'utf8'));

const context = { now: new Date('2026-03-15T12:00:00Z') };
const config: HnConfig = { type: 'hn', name: 'hn', since: '2026-01', enabled: true };
const LOCAL = 'http://127.0.0.1:4011';

/** The search request for the months from..to, page 0, with created_at_i bounds a week either side. */
function search(from: string, to: string, after: number, before: number, base = 'https://hn.algolia.com', page = 0) {
  const filters = `created_at_i%3E${after}%2Ccreated_at_i%3C${before}`;
  return {
    url: `${base}/api/v1/search_by_date?query=hiring&tags=story%2Cauthor_whoishiring&numericFilters=${filters}&hitsPerPage=100&page=${page}`,
    label: 'search',
    data: { from, to, page },
  };
}

const thread = (id: number, month: string, base = 'https://hn.algolia.com'): SourceRequest => ({
  url: `${base}/api/v1/items/${id}`,
  label: 'thread',
  data: { month },
});

// Epoch seconds a week around Jan–Mar 2026 (2025-12-25, 2026-04-08) and Nov–Dec 2025 (2025-10-25, 2026-01-08).
const JAN_2026_MINUS_WEEK = 1766620800;
const APR_2026_PLUS_WEEK = 1775606400;
const NOV_2025_MINUS_WEEK = 1761350400;
const JAN_2026_PLUS_WEEK = 1767830400;

describe('hnAdapter.start', () => {
  it('searches the months from `since` to the month of `now`, in one search per year', () => {
    expect(adapter.start(config, context)).toEqual([
      search('2026-01', '2026-03', JAN_2026_MINUS_WEEK, APR_2026_PLUS_WEEK),
    ]);
    expect(adapter.format).toBe('json');
    expect(adapter.completeListing).toBe(false);
  });

  it('splits a range over years, stops at `until`, and keeps the baseUrl', () => {
    const ranged: HnConfig = { ...config, since: '2025-11', until: '2026-03', baseUrl: LOCAL };
    expect(adapter.start(ranged, context)).toEqual([
      search('2025-11', '2025-12', NOV_2025_MINUS_WEEK, JAN_2026_PLUS_WEEK, LOCAL),
      search('2026-01', '2026-03', JAN_2026_MINUS_WEEK, APR_2026_PLUS_WEEK, LOCAL),
    ]);
  });

  it.each<[string, Partial<HnConfig>, number]>([
    ['the whole history since April 2011: one search per year', { since: '2011-04' }, 16],
    ['one month', { since: '2026-02', until: '2026-02' }, 1],
    ['`until` before `since`: nothing', { since: '2026-02', until: '2026-01' }, 0],
  ])('%s', (_, range, count) => {
    const requests = adapter.start({ ...config, ...range }, context);
    expect(requests).toHaveLength(count);
    expect(requests.every((request) => request.label === 'search')).toBe(true);
  });

  it('starts the first year at `since` and ends the last at the month of `now`', () => {
    const requests = adapter.start({ ...config, since: '2011-04' }, context);
    expect(requests[0]?.data).toEqual({ from: '2011-04', to: '2011-12', page: 0 });
    expect(requests.at(-1)?.data).toEqual({ from: '2026-01', to: '2026-03', page: 0 });
  });
});

describe('hnAdapter.read search', () => {
  const request = adapter.start(config, context)[0]!;

  it("follows each month's hiring thread, not its sister threads, a re-post or months outside the range", () => {
    expect(adapter.read(fixture('search.json'), request, config, context)).toEqual({
      postings: [],
      skipped: [],
      next: [
        thread(46500000, '2026-01'),
        thread(46900000, '2026-02'),
        thread(47210000, '2026-03'),
        search('2026-01', '2026-03', JAN_2026_MINUS_WEEK, APR_2026_PLUS_WEEK, 'https://hn.algolia.com', 1),
      ],
    });
  });

  it('stays on the baseUrl', () => {
    const local = { ...config, baseUrl: LOCAL };
    const next = adapter.read(fixture('search.json'), adapter.start(local, context)[0]!, local, context).next;
    expect(next.map((r) => r.url)).toEqual([
      `${LOCAL}/api/v1/items/46500000`,
      `${LOCAL}/api/v1/items/46900000`,
      `${LOCAL}/api/v1/items/47210000`,
      search('2026-01', '2026-03', JAN_2026_MINUS_WEEK, APR_2026_PLUS_WEEK, LOCAL, 1).url,
    ]);
  });

  /** The thread request a single hit leads to, if any. */
  const pick = (hit: Record<string, unknown>): SourceRequest[] =>
    adapter.read(
      { hits: [{ objectID: '1', author: 'whoishiring', ...hit }], page: 0, nbPages: 1 },
      request,
      config,
      context,
    ).next;

  it.each<[string, Record<string, unknown>, string | null]>([
    ['the usual title', { title: 'Ask HN: Who is hiring? (February 2026)' }, '2026-02'],
    ['capitals', { title: 'ASK HN: WHO IS HIRING? (JANUARY 2026)' }, '2026-01'],
    ["an abbreviated month and who's", { title: "Ask HN: Who's Hiring? (Feb. 2026)" }, '2026-02'],
    ['a month outside the range', { title: 'Ask HN: Who is hiring? (Sept. 2026)' }, null],
    ['a comma before the year', { title: 'Ask HN: Who is hiring? (March, 2026)' }, '2026-03'],
    ['no month: the post date', { title: 'Ask HN: Who is hiring?', created_at_i: 1770048000 }, '2026-02'],
    ['no month, by another account', { title: 'Ask HN: Who is hiring?', author: 'someone', created_at_i: 1 }, null],
    ['who wants to be hired', { title: 'Ask HN: Who wants to be hired? (March 2026)' }, null],
    ['freelancers', { title: 'Ask HN: Freelancer? Seeking freelancer? (March 2026)' }, null],
    ['another story', { title: 'Ask HN: How do you hire in 2026?' }, null],
    ['no title', {}, null],
  ])('%s', (_, hit, month) => {
    expect(pick(hit)).toEqual(month === null ? [] : [thread(1, month)]);
  });

  it("prefers whoishiring's thread to a look-alike by another account", () => {
    const hits = [
      { objectID: '7', author: 'copycat', title: 'Ask HN: Who is hiring? (March 2026)', num_comments: 900 },
      { objectID: '8', author: 'whoishiring', title: 'Ask HN: Who is hiring? (March 2026)', num_comments: 2 },
    ];
    expect(adapter.read({ hits }, request, config, context).next).toEqual([thread(8, '2026-03')]);
  });

  it('takes every month when the request names none', () => {
    const bare: SourceRequest = { url: 'https://hn.algolia.com/api/v1/search_by_date?query=hiring', label: 'search' };
    const hits = [{ objectID: '9', author: 'whoishiring', title: 'Ask HN: Who is hiring? (April 2011)' }];
    expect(adapter.read({ hits }, bare, config, context).next).toEqual([thread(9, '2011-04')]);
  });

  it('throws SourceFormatError when the body is not a search answer', () => {
    expect(() => adapter.read({ message: 'Not found' }, request, config, context)).toThrow(SourceFormatError);
    expect(() => adapter.read('<html>', request, config, context)).toThrow(SourceFormatError);
  });
});

describe('hnAdapter.read thread', () => {
  const request = thread(47210000, '2026-03');
  const page = adapter.read(fixture('thread.json'), request, config, context);
  const item = (id: string): Pick<NormalizedPosting, 'url' | 'attributionUrl'> => ({
    url: `https://news.ycombinator.com/item?id=${id}`,
    attributionUrl: `https://news.ycombinator.com/item?id=${id}`,
  });

  it('maps each top-level comment to its postings, field by field', () => {
    const descriptions = new Map(
      (fixture('thread.json') as { children: { id: number; text: string | null }[] }).children.map((c) => [
        String(c.id),
        c.text,
      ]),
    );
    const posting = (
      externalId: string,
      fields: Pick<NormalizedPosting, 'title' | 'company' | 'location' | 'workMode' | 'employmentType' | 'postedAt'>,
    ): NormalizedPosting => {
      const id = externalId.split('#')[0]!;
      return { externalId, ...item(id), country: null, salary: null, description: descriptions.get(id)!, ...fields };
    };
    expect(page.postings).toEqual([
      posting('47210101', {
        title: 'Senior Backend Engineer',
        company: 'Acme Pay',
        location: 'Berlin, Germany',
        workMode: 'onsite',
        employmentType: 'full-time',
        postedAt: '2026-03-02T16:03:00.000Z',
      }),
      posting('47210102', {
        title: 'Backend engineer',
        company: 'Nimbus Labs',
        location: 'Amsterdam',
        workMode: null,
        employmentType: null,
        postedAt: '2026-03-02T16:05:00.000Z',
      }),
      ...['Backend Engineer', 'SRE', 'Data Engineer'].map((title, index) =>
        posting(index === 0 ? '47210107' : `47210107#${index + 1}`, {
          title,
          company: 'Orbital Data',
          location: 'REMOTE (EU)',
          workMode: 'remote',
          employmentType: null,
          postedAt: '2026-03-02T16:14:00.000Z',
        }),
      ),
      posting('47210108', {
        title: 'Staff Platform Engineer',
        company: 'Fernwood',
        location: 'REMOTE (US, Canada)',
        workMode: 'remote',
        employmentType: 'full-time',
        postedAt: '2026-03-02T16:20:00.000Z',
      }),
      posting('47210109', {
        title: 'Full-stack Developer',
        company: 'Kite & Co',
        location: 'London, UK',
        workMode: 'hybrid',
        employmentType: null,
        postedAt: '2026-03-02T16:26:00.000Z',
      }),
      posting('47210110', {
        title: 'Senior Python developer',
        company: 'Gearbox Robotics',
        location: 'Austin, TX',
        workMode: null,
        employmentType: 'full-time',
        postedAt: '2026-03-02T16:31:00.000Z',
      }),
      // A post that names no role is kept, under a title that says so.
      posting('47210111', {
        title: UNNAMED_ROLE,
        company: 'Quillstone',
        location: 'Portland, OR',
        workMode: null,
        employmentType: null,
        postedAt: '2026-03-02T16:40:00.000Z',
      }),
      ...['Senior Data Engineer', 'Product Designer'].map((title, index) =>
        posting(index === 0 ? '47210113' : '47210113#2', {
          title,
          company: 'Harbor Health',
          location: 'New York, NY',
          workMode: 'onsite',
          employmentType: null,
          postedAt: '2026-03-02T16:52:00.000Z',
        }),
      ),
    ]);
  });

  it('keeps the comment HTML as HN writes it, entities and all', () => {
    const kite = page.postings.find((p) => p.externalId === '47210109');
    expect(kite?.description).toBe(
      'Kite &amp; Co. | Full-stack Developer | London, UK | HYBRID (3 days in office)<p>We&#x27;re building tools for &quot;small&quot; charities &#x2F; NGOs.</p>',
    );
  });

  it('says why the other comments are not postings, and ignores replies', () => {
    expect(page.skipped).toEqual([
      { reason: 'deleted', externalId: '47210103' },
      { reason: 'deleted', externalId: '47210104' },
      { reason: 'not-a-posting', externalId: '47210105' },
      { reason: 'not-a-posting', externalId: '47210106' },
      { reason: 'not-a-posting', externalId: '47210112' },
    ]);
    expect(page.postings.some((p) => p.externalId.startsWith('47210150'))).toBe(false);
    expect(page.next).toEqual([]);
  });

  it.each<[string, unknown, { reason: string; externalId?: string }]>([
    ['a comment that is not an object', 'oops', { reason: 'malformed' }],
    ['a comment without id', { author: 'a', text: 'Acme | Backend Engineer' }, { reason: 'missing-id' }],
    ['empty HTML', { id: 5, author: 'a', text: '<p> </p>' }, { reason: 'deleted', externalId: '5' }],
    ['Firebase-style deleted', { id: 6, deleted: true, text: 'x' }, { reason: 'deleted', externalId: '6' }],
    [
      'a reply hung under the thread by mistake',
      { id: 7, author: 'a', parent_id: 99, text: 'Acme | Backend Engineer' },
      { reason: 'not-a-posting', externalId: '7' },
    ],
  ])('skips %s', (_, child, skipped) => {
    const body = { id: 47210000, children: [child] };
    expect(adapter.read(body, request, config, context)).toEqual({ postings: [], skipped: [skipped], next: [] });
  });

  it('reads created_at_i when created_at is missing', () => {
    const body = { id: 1, children: [{ id: 2, author: 'a', created_at_i: 1772467200, text: 'Acme | SRE | Berlin' }] };
    expect(adapter.read(body, request, config, context).postings[0]?.postedAt).toBe('2026-03-02T16:00:00.000Z');
  });

  it('throws SourceFormatError when the body is not an item with children, or the label is unknown', () => {
    expect(() => adapter.read({ id: 1, title: 'x' }, request, config, context)).toThrow(SourceFormatError);
    expect(() => adapter.read([], request, config, context)).toThrow(SourceFormatError);
    expect(() => adapter.read({ children: [] }, { url: 'x', label: 'page' }, config, context)).toThrow(
      SourceFormatError,
    );
  });
});
