// The one normalized posting every source is mapped to, before enrichment.
// Pure data: the scrapers produce it, the ingest stores and enriches it.
import type { EmploymentType, WorkMode } from './domain.js';
import type { StatedSalary } from './salary/types.js';

export interface NormalizedPosting {
  /** The source's own stable id for the job (unique within one configured source). */
  externalId: string;
  /** The posting's public page (where a reader applies), when known. */
  url: string | null;
  title: string;
  company: string | null;
  /** Location as the source writes it ("Berlin, Germany", "Remote - US"). */
  location: string | null;
  /** ISO 3166-1 alpha-2, only when the source states it in a structured field. */
  country: string | null;
  /** Only when the source states it in a structured field (Lever's workplaceType, JSON-LD TELECOMMUTE …). */
  workMode: WorkMode | null;
  employmentType: EmploymentType | null;
  /** HTML or plain text, as the source gives it; entity-escaped HTML (Greenhouse) already unescaped once. */
  description: string;
  /** Only a salary the source states in structured fields; text salaries are the enrichment's job. */
  salary: StatedSalary | null;
  /** ISO 8601 in UTC (`2026-11-21T09:58:00.000Z`). */
  postedAt: string | null;
  /** Where the source's terms ask to be linked back to (RemoteOK, Arbeitnow, Himalayas …), else null. */
  attributionUrl: string | null;
}

/** Why a record of a source was not stored. Counted per run, by reason. */
export type SkipReason =
  | 'unlisted' // Ashby isListed: false
  | 'deleted' // HN deleted or dead comment
  | 'not-a-posting' // HN comment that is a question or a reply; JSON-LD that is not a JobPosting
  | 'missing-title'
  | 'missing-id'
  | 'expired' // JSON-LD validThrough in the past
  | 'malformed' // a record of the wrong shape inside an otherwise readable payload
  | 'not-backend'; // the backend-relevance rule dropped it (counted by the ingest, not the mappers)

export interface SkippedRecord {
  reason: SkipReason;
  /** The record's id when it has one, for the log. */
  externalId?: string;
}
