// Himalayas' public jobs API (no key; remote jobs only): pages of at most 20
// jobs by offset. A run reads every page, so one run lists the whole board.
// Its terms ask for visible attribution: each posting keeps its Himalayas page.
import type { SourceConfig } from '../../src/config/schema.js';
import type { NormalizedPosting } from '../../src/posting.js';
import type { StatedSalary } from '../../src/salary/types.js';
import { endpointUrl, type SourceAdapter, type SourcePage, type SourceRequest } from '../adapter.js';
import { arr, employmentTypeOf, isoTime, num, obj, str } from '../fields.js';
import {
  amount,
  bodyList,
  bodyObject,
  currencyCode,
  httpUrl,
  nextOffset,
  type RecordKeys,
  readRecords,
  unknownLabel,
} from './ats-common.js';

type HimalayasConfig = Extract<SourceConfig, { type: 'himalayas' }>;

const SITE = 'https://himalayas.app';
/** The API's largest page: a larger limit is silently served as 20. */
const PAGE_SIZE = 20;

function pageRequest(config: HimalayasConfig, offset: number): SourceRequest {
  const path = `/jobs/api?limit=${PAGE_SIZE}&offset=${offset}`;
  return { url: endpointUrl(SITE, path, config.baseUrl), label: 'list', data: { offset } };
}

/** Restrictions are country names (or objects naming one); none means worldwide. */
function locationOf(restrictions: unknown): string | null {
  const names = arr(restrictions)
    .map((item) => str(item) ?? str(obj(item)?.name))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(', ') : null;
}

/** Amounts are yearly by the data dictionary. */
function salaryOf(record: Record<string, unknown>): StatedSalary | null {
  const min = amount(record.minSalary);
  const max = amount(record.maxSalary);
  if (min === null && max === null) return null;
  return { min, max, currency: currencyCode(record.currency), period: 'year' };
}

function toPosting({ record, externalId, title }: RecordKeys): NormalizedPosting {
  // The guid is the job's Himalayas page when it is a URL.
  const page = httpUrl(record.guid);
  return {
    externalId,
    url: page ?? httpUrl(record.applicationLink),
    title,
    company: str(record.companyName),
    location: locationOf(record.locationRestrictions),
    // Restrictions name countries rather than code them, and may list several.
    country: null,
    workMode: 'remote',
    // "Full Time", "Part Time", "Contractor", "Temporary", "Intern", "Volunteer", "Other".
    employmentType: employmentTypeOf(record.employmentType),
    description: str(record.description) ?? '',
    salary: salaryOf(record),
    // Unix milliseconds.
    postedAt: isoTime(record.pubDate),
    attributionUrl: page ?? `${SITE}/jobs`,
  };
}

function readPage(body: unknown, request: SourceRequest, config: HimalayasConfig): SourcePage {
  const page = bodyObject(body, 'himalayas');
  const jobs = bodyList(page, 'jobs', 'himalayas');
  const { items, skipped } = readRecords(jobs, { id: (r) => r.guid, title: (r) => r.title }, toPosting);
  const offset = num(request.data?.offset) ?? num(page.offset) ?? 0;
  const next = nextOffset(offset, jobs.length, PAGE_SIZE, num(page.totalCount));
  return { postings: items, skipped, next: next === null ? [] : [pageRequest(config, next)] };
}

export const himalayasAdapter: SourceAdapter<HimalayasConfig> = {
  type: 'himalayas',
  format: 'json',
  completeListing: true,
  start: (config) => [pageRequest(config, 0)],
  read(body, request, config) {
    if (request.label !== 'list') return unknownLabel('himalayas', request);
    return readPage(body, request, config);
  },
};
