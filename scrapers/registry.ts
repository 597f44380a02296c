// Source type → adapter. Adding a source type is one adapter and one line here.
import type { SourceConfig, SourceType } from '../src/config/schema.js';
import type { SourceAdapter } from './adapter.js';
import { arbeitnowAdapter } from './sources/arbeitnow.js';
import { ashbyAdapter } from './sources/ashby.js';
import { greenhouseAdapter } from './sources/greenhouse.js';
import { himalayasAdapter } from './sources/himalayas.js';
import { hnAdapter } from './sources/hn.js';
import { browserAdapter, jsonldAdapter } from './sources/jsonld.js';
import { leverAdapter } from './sources/lever.js';
import { recruiteeAdapter } from './sources/recruitee.js';
import { remoteokAdapter } from './sources/remoteok.js';
import { smartrecruitersAdapter } from './sources/smartrecruiters.js';
import { workableAdapter } from './sources/workable.js';

const ADAPTERS: { [T in SourceType]?: SourceAdapter<Extract<SourceConfig, { type: T }>> } = {
  greenhouse: greenhouseAdapter,
  lever: leverAdapter,
  ashby: ashbyAdapter,
  smartrecruiters: smartrecruitersAdapter,
  workable: workableAdapter,
  recruitee: recruiteeAdapter,
  remoteok: remoteokAdapter,
  arbeitnow: arbeitnowAdapter,
  himalayas: himalayasAdapter,
  jsonld: jsonldAdapter,
  browser: browserAdapter,
  hn: hnAdapter,
};

export class UnsupportedSourceError extends Error {
  override name = 'UnsupportedSourceError';
}

/** The adapter of a source type; it is called only with configs of that type. */
export function adapterFor(type: SourceType): SourceAdapter<SourceConfig> {
  const adapter = ADAPTERS[type];
  if (!adapter) throw new UnsupportedSourceError(`source type "${type}" has no scraper yet`);
  return adapter as unknown as SourceAdapter<SourceConfig>;
}

export function supportedTypes(): SourceType[] {
  return Object.keys(ADAPTERS) as SourceType[];
}
