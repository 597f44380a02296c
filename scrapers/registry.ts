// Source type → adapter. Adding a source type is one adapter and one line here.
import type { SourceType } from '../src/config/schema.js';
import type { SourceAdapter } from './adapter.js';
import { ashbyAdapter } from './sources/ashby.js';
import { greenhouseAdapter } from './sources/greenhouse.js';
import { leverAdapter } from './sources/lever.js';
import { recruiteeAdapter } from './sources/recruitee.js';
import { smartrecruitersAdapter } from './sources/smartrecruiters.js';
import { workableAdapter } from './sources/workable.js';

const ADAPTERS: Partial<Record<SourceType, SourceAdapter<any>>> = {
  greenhouse: greenhouseAdapter,
  lever: leverAdapter,
  ashby: ashbyAdapter,
  smartrecruiters: smartrecruitersAdapter,
  workable: workableAdapter,
  recruitee: recruiteeAdapter,
};

export class UnsupportedSourceError extends Error {
  override name = 'UnsupportedSourceError';
}

export function adapterFor(type: SourceType): SourceAdapter<any> {
  const adapter = ADAPTERS[type];
  if (!adapter) throw new UnsupportedSourceError(`source type "${type}" has no scraper yet`);
  return adapter;
}

export function supportedTypes(): SourceType[] {
  return Object.keys(ADAPTERS) as SourceType[];
}
