// Workable's public widget API (no key): one request returns the account's
// whole board, with each job's HTML when asked for `details=true`.
import type { SourceConfig } from '../../src/config/schema.js';
import type { NormalizedPosting } from '../../src/posting.js';
import { endpointUrl, type SourceAdapter } from '../adapter.js';
import { arr, employmentTypeOf, isoTime, obj, str } from '../fields.js';
import {
  bodyList,
  bodyObject,
  countryCode,
  httpUrl,
  joinPlace,
  joinSections,
  type RecordKeys,
  readRecords,
  unknownLabel,
} from './ats-common.js';

type WorkableConfig = Extract<SourceConfig, { type: 'workable' }>;

/** The first location a candidate is shown (`hidden` ones are internal). */
function firstLocation(record: Record<string, unknown>): Record<string, unknown> | null {
  for (const item of arr(record.locations)) {
    const location = obj(item);
    if (location && location.hidden !== true) return location;
  }
  return null;
}

function toPosting({ record, externalId, title }: RecordKeys, company: string | null): NormalizedPosting {
  const first = firstLocation(record);
  return {
    externalId,
    // `url` and `shortlink` are the job's page; `application_url` is its form.
    url: httpUrl(record.url) ?? httpUrl(record.shortlink) ?? httpUrl(record.application_url),
    title,
    company,
    location:
      joinPlace(record.city, record.state, record.country) ?? joinPlace(first?.city, first?.region, first?.country),
    // The top-level `country` is a name ("Germany"); the code is only in `locations`.
    country: countryCode(first?.countryCode) ?? countryCode(record.country),
    // Only a stated telecommuting: false says nothing about on-site or hybrid.
    workMode: record.telecommuting === true ? 'remote' : null,
    employmentType: employmentTypeOf(record.employment_type),
    // Some accounts send requirements and benefits apart from the description.
    description: joinSections([
      { heading: null, html: record.description },
      { heading: 'Requirements', html: record.requirements },
      { heading: 'Benefits', html: record.benefits },
    ]),
    salary: null,
    // Both are dates without a time (YYYY-MM-DD), read as midnight UTC.
    postedAt: isoTime(record.published_on) ?? isoTime(record.created_at),
    attributionUrl: null,
  };
}

export const workableAdapter: SourceAdapter<WorkableConfig> = {
  type: 'workable',
  format: 'json',
  completeListing: true,
  start: (config) => [
    {
      url: endpointUrl(
        'https://apply.workable.com',
        `/api/v1/widget/accounts/${encodeURIComponent(config.account)}?details=true`,
        config.baseUrl,
      ),
      label: 'list',
    },
  ],
  read(body, request) {
    if (request.label !== 'list') return unknownLabel('workable', request);
    const account = bodyObject(body, 'workable');
    const jobs = bodyList(account, 'jobs', 'workable');
    // A job listed once per location shares its shortcode: readRecords keeps the first.
    const { items, skipped } = readRecords(jobs, { id: (r) => r.shortcode, title: (r) => r.title }, (keys) =>
      toPosting(keys, str(account.name)),
    );
    return { postings: items, skipped, next: [] };
  },
};
