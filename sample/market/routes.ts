// A sample source as its scraper sees it: every response the source type's
// adapter asks for, in that type's wire format (sample/market/formats/), and
// the config entry that points the adapter at the sample market's server.
import type { SourceType } from '../../src/config/schema.js';
import { ashbyFormat, greenhouseFormat, leverFormat } from './formats/ats-boards.js';
import { recruiteeFormat, smartrecruitersFormat, workableFormat } from './formats/ats-careers-apis.js';
import { arbeitnowFormat, himalayasFormat, remoteokFormat } from './formats/aggregators.js';
import { browserFormat, jsonldFormat } from './formats/careers-pages.js';
import type { SampleFormat } from './formats/common.js';
import { hnFormat } from './formats/hn.js';
import type { SampleSource } from './types.js';

export interface SampleResponse {
  status: number;
  contentType: string;
  body: string;
}

// Every source type: a type without a format fails to compile here.
const FORMATS: Record<SourceType, SampleFormat> = {
  greenhouse: greenhouseFormat,
  lever: leverFormat,
  ashby: ashbyFormat,
  smartrecruiters: smartrecruitersFormat,
  workable: workableFormat,
  recruitee: recruiteeFormat,
  remoteok: remoteokFormat,
  arbeitnow: arbeitnowFormat,
  himalayas: himalayasFormat,
  hn: hnFormat,
  jsonld: jsonldFormat,
  browser: browserFormat,
};

/**
 * Every response the source's adapter will ask for, keyed by path relative to
 * the source's own prefix, with the query string exactly as the adapter
 * builds it when it has one (e.g. '/v1/boards/acme/jobs?content=true&pay_transparency=true').
 */
export function renderSource(source: SampleSource): Map<string, SampleResponse> {
  return FORMATS[source.type].render(source);
}

/**
 * The source's raw config entry (as it would appear in the config file's
 * `sources[]`), pointing the adapter at `baseUrl` (the server's origin and the
 * source's path prefix, e.g. 'http://127.0.0.1:4100/acme-gh').
 */
export function sampleSourceConfig(source: SampleSource, baseUrl: string): Record<string, unknown> {
  return {
    type: source.type,
    name: source.name,
    enabled: true,
    baseUrl,
    ...FORMATS[source.type].settings(source),
  };
}
