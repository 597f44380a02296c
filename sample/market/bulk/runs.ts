// The synthetic market's scrape runs: one a day per source at 02:00 UTC
// (staggered), some failed or partial. They are drawn before the postings,
// so a posting is first seen on a day its source's run did not fail and
// closed on a day it read a complete listing; each run's counts are then
// the postings it found and closed.
import type { NewScrapeRun } from '../../../db/schema.js';
import { type Random, seededRandom } from '../../random.js';

export type ScrapeRunRow = Required<NewScrapeRun>;

const DAY_MS = 86_400_000;
const SUCCEEDED = 0;
const PARTIAL = 1;
const FAILED = 2;

export interface RunCalendar {
  /** When the run of a source (index) on a day (0 … days - 1) started, in ms. */
  startMs(source: number, day: number): number;
  /** The first day from `day` on whose run found postings, or (`complete`) read a complete listing. */
  runDay(source: number, day: number, complete: boolean): number;
  countNew(source: number, day: number): void;
  countClosed(source: number, day: number): void;
  /** Every run, day by day, with the counts recorded. */
  rows(isApi: (source: number) => boolean): ScrapeRunRow[];
}

/** `startMs` is the first day's midnight; the last day's runs all succeed. */
export function runCalendar(seed: number, sources: number, days: number, startMs: number): RunCalendar {
  const random = seededRandom(seed ^ 0x5eed);
  const status = new Uint8Array(sources * days);
  for (let i = 0; i < status.length; i++) {
    const r = random();
    status[i] = r < 0.02 ? FAILED : r < 0.06 ? PARTIAL : SUCCEEDED;
  }
  for (let s = 0; s < sources; s++) status[s * days + days - 1] = SUCCEEDED;
  const found = new Int32Array(sources * days);
  const closed = new Int32Array(sources * days);
  const runStart = (source: number, day: number) => startMs + day * DAY_MS + 2 * 3_600_000 + source * 150_000;
  return {
    startMs: runStart,
    runDay(source, day, complete) {
      let d = day;
      const skip = (state: number) => state === FAILED || (complete && state !== SUCCEEDED);
      while (d < days - 1 && skip(status[source * days + d] as number)) d++;
      return d;
    },
    countNew: (source, day) => bump(found, source * days + day),
    countClosed: (source, day) => bump(closed, source * days + day),
    rows(isApi) {
      const rows: ScrapeRunRow[] = [];
      const open = new Int32Array(sources);
      for (let day = 0; day < days; day++) {
        for (let s = 0; s < sources; s++) {
          const cell = s * days + day;
          const listed = open[s] as number;
          const counts = { found: found[cell] as number, closed: closed[cell] as number, listed };
          open[s] = listed + counts.found - counts.closed;
          rows.push(runRow(random, rows.length + 1, s, runStart(s, day), status[cell] as number, counts, isApi(s)));
        }
      }
      return rows;
    },
  };
}

function bump(counts: Int32Array, i: number): void {
  counts[i] = (counts[i] as number) + 1;
}

function runRow(
  random: Random,
  id: number,
  source: number,
  started: number,
  state: number,
  counts: { found: number; closed: number; listed: number },
  api: boolean,
): ScrapeRunRow {
  const failures: Record<string, number> = {};
  if (state === FAILED) failures[random() < 0.5 ? 'http-503' : 'connection-reset'] = 1;
  if (state === PARTIAL) {
    failures['http-500'] = 1 + Math.floor(random() * 8);
    if (random() < 0.5) failures.timeout = 1 + Math.floor(random() * 4);
  }
  const failed = Object.values(failures).reduce((a, b) => a + b, 0);
  const skipped = state === FAILED || random() < 0.9 ? 0 : 1 + Math.floor(random() * 3);
  // An API lists 100 jobs a page; a crawled site fetches the listing and each new job's page.
  const pages = state === FAILED ? 0 : api ? 1 + Math.ceil((counts.listed + counts.found) / 100) : 1 + counts.found;
  return {
    id,
    source_id: source + 1,
    trigger: 'scheduled',
    status: state === FAILED ? 'failed' : state === PARTIAL ? 'partial' : 'succeeded',
    started_at: new Date(started).toISOString(),
    finished_at: new Date(started + 15_000 + pages * 800 + Math.floor(random() * 10_000)).toISOString(),
    pages_fetched: pages,
    postings_new: counts.found,
    postings_updated: state === FAILED ? 0 : Math.floor(counts.listed * 0.01 * random()),
    postings_unchanged: state === FAILED ? 0 : Math.max(0, counts.listed - counts.closed),
    postings_closed: counts.closed,
    postings_skipped: skipped,
    postings_failed: failed,
    skip_reasons: JSON.stringify(skipped > 0 ? { malformed: skipped } : {}),
    failure_reasons: JSON.stringify(failures),
    error: state === FAILED ? (failures['http-503'] ? 'Request failed with status code 503' : 'socket hang up') : null,
  };
}
