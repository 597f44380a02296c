// RemoteOK's public API: one JSON array holding the whole active board. Its
// first element is a legal notice, not a job; the notice asks for a link
// back, so every posting keeps its remoteok.com page as attributionUrl.
import type { SourceConfig } from '../../src/config/schema.js';
import type { NormalizedPosting } from '../../src/posting.js';
import type { StatedSalary } from '../../src/salary/types.js';
import { endpointUrl, type SourceAdapter, SourceFormatError } from '../adapter.js';
import { isoTime, obj, str } from '../fields.js';
import { amount, httpUrl, type RecordKeys, readRecords, unknownLabel } from './ats-common.js';

type RemoteOkConfig = Extract<SourceConfig, { type: 'remoteok' }>;

const SITE = 'https://remoteok.com';

/** The notice element: metadata keys and no job fields. */
function isNotice(value: unknown): boolean {
  const record = obj(value);
  return record !== null && ('legal' in record || 'last_updated' in record) && !('position' in record);
}

/** 0 means "not given"; the board states amounts in US dollars a year. */
function salaryOf(record: Record<string, unknown>): StatedSalary | null {
  const min = amount(record.salary_min);
  const max = amount(record.salary_max);
  return min === null && max === null ? null : { min, max, currency: 'USD', period: 'year' };
}

function toPosting({ record, externalId, title }: RecordKeys): NormalizedPosting {
  // The job's board page; built from the slug when `url` is absent, since
  // attribution needs a link either way.
  const slug = str(record.slug);
  const page = httpUrl(record.url) ?? `${SITE}/remote-jobs/${encodeURIComponent(slug ?? externalId)}`;
  return {
    externalId,
    url: page,
    title,
    company: str(record.company),
    location: str(record.location),
    country: null,
    workMode: 'remote',
    employmentType: null,
    description: str(record.description) ?? '',
    salary: salaryOf(record),
    postedAt: isoTime(record.epoch) ?? isoTime(record.date),
    attributionUrl: page,
  };
}

export const remoteokAdapter: SourceAdapter<RemoteOkConfig> = {
  type: 'remoteok',
  format: 'json',
  // One response is the whole board.
  completeListing: true,
  start: (config) => [{ url: endpointUrl(SITE, '/api', config.baseUrl), label: 'list' }],
  read(body, request) {
    if (request.label !== 'list') return unknownLabel('remoteok', request);
    // The live board never is empty (it always holds the notice): an empty
    // array is a blocked or broken response, and must not close every posting.
    if (!Array.isArray(body) || body.length === 0) throw new SourceFormatError('remoteok: expected a non-empty array');
    // Only element 0 may be the notice; a later one reads as a record without an id.
    const jobs = isNotice(body[0]) ? body.slice(1) : body;
    const { items, skipped } = readRecords(jobs, { id: (r) => r.id ?? r.slug, title: (r) => r.position }, toPosting);
    return { postings: items, skipped, next: [] };
  },
};
