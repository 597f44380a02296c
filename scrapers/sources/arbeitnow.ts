// Arbeitnow's job board API (no key; mostly German and EU jobs): pages of
// jobs chained by `links.next` until it is null. A run follows every page,
// so one run lists the whole board.
import type { SourceConfig } from '../../src/config/schema.js';
import type { EmploymentType } from '../../src/domain.js';
import type { NormalizedPosting } from '../../src/posting.js';
import { endpointUrl, type SourceAdapter, type SourceRequest } from '../adapter.js';
import { arr, employmentTypeOf, isoTime, obj, str } from '../fields.js';
import { bodyList, bodyObject, httpUrl, type RecordKeys, readRecords, unknownLabel } from './ats-common.js';

type ArbeitnowConfig = Extract<SourceConfig, { type: 'arbeitnow' }>;

const SITE = 'https://www.arbeitnow.com';

/** German job-type words the shared reader does not know. */
const GERMAN_TYPES = new Map<string, EmploymentType>([
  ['vollzeit', 'full-time'],
  ['teilzeit', 'part-time'],
  ['praktikum', 'internship'],
  ['werkstudent', 'part-time'],
  ['freiberuflich', 'contract'],
  ['befristet', 'temporary'],
]);

/**
 * `job_types` mixes employment types with levels ("Berufserfahren",
 * "Mid-level"): the first word that names an employment type wins.
 */
function employmentTypeFrom(types: unknown): EmploymentType | null {
  for (const item of arr(types)) {
    const text = str(item)?.toLowerCase();
    if (!text) continue;
    // Whole words only: "unbefristet" (permanent) must not read as "befristet".
    const german = text
      .split(/[^a-zäöüß]+/)
      .map((word) => GERMAN_TYPES.get(word))
      .find((type) => type !== undefined);
    if (german) return german;
    const type = employmentTypeOf(text);
    if (type && type !== 'other') return type;
  }
  return null;
}

/**
 * The request for `links.next`. With a baseUrl, a link onto another host
 * (the official one, as a mirror passes it through) gets the baseUrl's
 * scheme, host and path prefix; a link already on the baseUrl's host is the
 * server's own and is kept. A link back to this page ends the chain.
 */
function nextRequest(link: unknown, request: SourceRequest, config: ArbeitnowConfig): SourceRequest | null {
  const text = str(link);
  if (!text || !URL.canParse(text, request.url)) return null;
  const next = new URL(text, request.url);
  if (next.protocol !== 'https:' && next.protocol !== 'http:') return null;
  const onBase = config.baseUrl !== undefined && new URL(config.baseUrl).origin === next.origin;
  const url =
    config.baseUrl && !onBase ? endpointUrl(SITE, `${next.pathname}${next.search}`, config.baseUrl) : next.href;
  return url === request.url ? null : { url, label: 'list' };
}

function toPosting({ record, externalId, title }: RecordKeys): NormalizedPosting {
  const page = httpUrl(record.url);
  return {
    externalId,
    url: page,
    title,
    company: str(record.company_name),
    location: str(record.location),
    country: null,
    // remote: false says nothing about hybrid or on-site.
    workMode: record.remote === true ? 'remote' : null,
    employmentType: employmentTypeFrom(record.job_types),
    description: str(record.description) ?? '',
    salary: null,
    // Unix seconds.
    postedAt: isoTime(record.created_at),
    // Jobs are shown as Arbeitnow's: link back to its page for each.
    attributionUrl: page ?? SITE,
  };
}

export const arbeitnowAdapter: SourceAdapter<ArbeitnowConfig> = {
  type: 'arbeitnow',
  format: 'json',
  completeListing: true,
  start: (config) => [{ url: endpointUrl(SITE, '/api/job-board-api?page=1', config.baseUrl), label: 'list' }],
  read(body, request, config) {
    if (request.label !== 'list') return unknownLabel('arbeitnow', request);
    const page = bodyObject(body, 'arbeitnow');
    const jobs = bodyList(page, 'data', 'arbeitnow');
    const { items, skipped } = readRecords(jobs, { id: (r) => r.slug, title: (r) => r.title }, toPosting);
    // An empty page ends the chain even if it links on: nothing is left to read.
    const next = jobs.length > 0 ? nextRequest(obj(page.links)?.next, request, config) : null;
    return { postings: items, skipped, next: next ? [next] : [] };
  },
};
