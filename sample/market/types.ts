// The sample market's data as the formats see it: each source of the market
// (a company's ATS board, a careers site, an aggregator, the HN threads) and
// the jobs it lists. sample/market/formats/ renders a source in its own wire
// format; the sample market server serves those renderings on 127.0.0.1.
import type { SourceType } from '../../src/config/schema.js';

export interface SampleSalary {
  min: number;
  max: number;
  /** ISO 4217. */
  currency: string;
  period: 'year' | 'month' | 'hour';
}

export interface SampleJob {
  /** The source's own id for the job: unique within its source. */
  id: string;
  title: string;
  company: string;
  /** The description as the source sends it: HTML (HN comments: HN's own HTML subset). */
  descriptionHtml: string;
  /** As a board writes it: "Berlin, Germany", "Remote (US)", "London, UK (hybrid)". */
  location: string;
  /** ISO 3166-1 alpha-2, or null when the job names no country. */
  country: string | null;
  workMode: 'remote' | 'hybrid' | 'onsite';
  /** When the job was posted, ISO 8601 with time and Z. */
  postedAt: string;
  /** Stated pay, in the source's structured fields where the format has them (else only in the text). */
  salary: SampleSalary | null;
}

export interface SampleSource {
  type: SourceType;
  /** The configured source's unique name; also the path prefix it is served under. */
  name: string;
  /** The board / site / company / account token the config names (unused by the aggregators and HN). */
  token: string;
  /** The company an ATS board belongs to (aggregators name each job's company on the job). */
  company: string | null;
  jobs: SampleJob[];
  /**
   * Ids of jobs whose record (or page) is served broken: a posting missing
   * its title, a page of invalid JSON or HTML without its JSON-LD. The demo
   * shows these as failed or skipped, never as a crash.
   */
  malformed: string[];
}
