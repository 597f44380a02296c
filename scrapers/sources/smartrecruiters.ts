// SmartRecruiters Posting API (public, no key). The list pages carry no job
// ad text, so each listed posting leads to a detail request, and postings
// come out of the detail responses only.
import type { SourceConfig } from '../../src/config/schema.js';
import type { NormalizedPosting } from '../../src/posting.js';
import { endpointUrl, type SourceAdapter, type SourcePage, type SourceRequest } from '../adapter.js';
import { employmentTypeOf, isoTime, num, obj, str } from '../fields.js';
import {
  bodyList,
  bodyObject,
  countryCode,
  httpUrl,
  joinPlace,
  joinSections,
  nextOffset,
  type RecordKeys,
  readRecords,
  unknownLabel,
} from './ats-common.js';

type SmartRecruitersConfig = Extract<SourceConfig, { type: 'smartrecruiters' }>;

const API = 'https://api.smartrecruiters.com';
/** The API's largest page. */
const PAGE_SIZE = 100;

/** The job ad's sections in reading order, with the heading used when a section has no title. */
const SECTIONS = [
  ['companyDescription', 'Company Description'],
  ['jobDescription', 'Job Description'],
  ['qualifications', 'Qualifications'],
  ['additionalInformation', 'Additional Information'],
] as const;

function postingsPath(config: SmartRecruitersConfig): string {
  return `/v1/companies/${encodeURIComponent(config.company)}/postings`;
}

function listRequest(config: SmartRecruitersConfig, offset: number): SourceRequest {
  const path = `${postingsPath(config)}?offset=${offset}&limit=${PAGE_SIZE}`;
  return { url: endpointUrl(API, path, config.baseUrl), label: 'list', data: { offset } };
}

/** Built from our own endpoint rather than the entry's `ref`, so a baseUrl applies to it too. */
function detailRequest(config: SmartRecruitersConfig, id: string): SourceRequest {
  const path = `${postingsPath(config)}/${encodeURIComponent(id)}`;
  return { url: endpointUrl(API, path, config.baseUrl), label: 'detail', data: { id } };
}

function readList(body: unknown, request: SourceRequest, config: SmartRecruitersConfig): SourcePage {
  const page = bodyObject(body, 'smartrecruiters list');
  const content = bodyList(page, 'content', 'smartrecruiters list');
  const { items: details, skipped } = readRecords(
    content,
    { id: (r) => r.id, title: (r) => r.name },
    ({ externalId }) => detailRequest(config, externalId),
  );
  const offset = num(request.data?.offset) ?? num(page.offset) ?? 0;
  const next = nextOffset(offset, content.length, PAGE_SIZE, num(page.totalFound));
  return { postings: [], skipped, next: next === null ? details : [...details, listRequest(config, next)] };
}

function toPosting({ record, externalId, title }: RecordKeys, config: SmartRecruitersConfig): NormalizedPosting {
  const company = obj(record.company);
  const location = obj(record.location) ?? {};
  const sections = obj(obj(record.jobAd)?.sections) ?? {};
  const companyId = str(company?.identifier) ?? config.company;
  return {
    externalId,
    // `ref` is the API's own detail URL, not a page; the documented public
    // page is jobs.smartrecruiters.com/{company}/{id} when postingUrl is absent.
    url:
      httpUrl(record.postingUrl) ??
      `https://jobs.smartrecruiters.com/${encodeURIComponent(companyId)}/${encodeURIComponent(externalId)}`,
    title,
    company: str(company?.name),
    location: str(location.fullLocation) ?? joinPlace(location.city, location.region, countryCode(location.country)),
    country: countryCode(location.country),
    // Only what the flags state: remote: false says nothing about on-site.
    workMode: location.remote === true ? 'remote' : location.hybrid === true ? 'hybrid' : null,
    employmentType: employmentTypeOf(obj(record.typeOfEmployment)?.label),
    description: joinSections(
      SECTIONS.map(([key, fallback]) => {
        const section = obj(sections[key]);
        return { heading: str(section?.title) ?? fallback, html: section?.text };
      }),
    ),
    salary: null,
    postedAt: isoTime(record.releasedDate),
    attributionUrl: null,
  };
}

export const smartrecruitersAdapter: SourceAdapter<SmartRecruitersConfig> = {
  type: 'smartrecruiters',
  format: 'json',
  completeListing: true,
  start: (config) => [listRequest(config, 0)],
  read(body, request, config) {
    if (request.label === 'list') return readList(body, request, config);
    if (request.label !== 'detail') return unknownLabel('smartrecruiters', request);
    const record = bodyObject(body, 'smartrecruiters posting');
    // A detail body without an id still belongs to the posting it was asked for.
    const { items, skipped } = readRecords(
      [record],
      { id: (r) => r.id ?? request.data?.id, title: (r) => r.name },
      (keys) => toPosting(keys, config),
    );
    return { postings: items, skipped, next: [] };
  },
};
