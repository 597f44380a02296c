// Postings stored the way a scrape stores them: a NormalizedPosting as a
// mapper gives it, enriched by the real enricher, written by the real store.
import type { Db } from '../../db/connection.js';
import { type StoreOutcome, storePostings } from '../../db/postings-store.js';
import { rawPostingOf } from '../../scrapers/ingest.js';
import { type Enrichment, createEnricher } from '../../src/enrich/enrich.js';
import type { NormalizedPosting } from '../../src/posting.js';
import type { StatedSalary } from '../../src/salary/types.js';

export const enricher = createEnricher();

/**
 * A full-time backend posting in Berlin with no url, no structured country, work mode or salary;
 * `overrides` sets whatever a fixture counts on.
 */
export function posting(externalId: string, overrides: Partial<NormalizedPosting> = {}): NormalizedPosting {
  return {
    externalId,
    url: null,
    title: 'Backend Engineer',
    company: 'Acme',
    location: 'Berlin, Germany',
    country: null,
    workMode: null,
    employmentType: 'full-time',
    description: '<p>Kafka.</p>',
    salary: null,
    postedAt: '2026-03-10T10:00:00Z',
    attributionUrl: null,
    ...overrides,
  };
}

/** A salary stated in euros, a year unless said otherwise. */
export const eur = (min: number, max: number | null, period: StatedSalary['period'] = 'year'): StatedSalary => ({
  min,
  max,
  currency: 'EUR',
  period,
});

/** A salary stated in US dollars a year. */
export const usd = (min: number, max: number | null = null): StatedSalary => ({
  min,
  max,
  currency: 'USD',
  period: 'year',
});

/** Enriches each posting and stores them all as one scrape of `sourceId` at `now`; `edit` changes an enrichment first. */
export async function storeEnriched(
  db: Db,
  sourceId: number,
  postings: readonly NormalizedPosting[],
  now: Date,
  edit: (enrichment: Enrichment) => Enrichment = (enrichment) => enrichment,
): Promise<StoreOutcome> {
  const items = postings.map((p) => ({ posting: p, enrichment: edit(enricher.enrich(rawPostingOf(p))) }));
  return storePostings(db, sourceId, items, now);
}
