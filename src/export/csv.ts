// Rows to CSV as a stream of UTF-8 chunks, the text written on a second
// thread (csv-thread.ts; csv-text.ts holds the format) while this one reads
// the next rows. A 1M-posting export's row costs about 5 µs to read (SQLite,
// JSON.parse) and 2–3 µs to write as CSV: on the benchmark, the postings
// export ran at 80–96k rows/s on one thread, 108–137k with the writer thread
// (runs taken in turn, same process build).
//
// Rows come in pages and are sent to the writer in batches of BATCH_ROWS,
// at most IN_FLIGHT batches ahead of the consumer: the next rows are read
// only when the consumer takes a chunk, so an export of any size holds a few
// batches, not its rows. Ending the iteration early (a client gone) ends the
// page iterator; the batches already sent are written and dropped.
import { Worker } from 'node:worker_threads';
import { type CsvRow, csvText } from './csv-text.js';
import type { CsvThreadBatch, CsvThreadReply } from './csv-thread.js';

export interface CsvOptions {
  /** Prepend the UTF-8 byte order mark (EF BB BF). */
  bom: boolean;
  /** Told the number of rows of each batch as it is sent to be written. */
  counted?: (rows: number) => void;
}

/**
 * Rows in pages: each page an iterable of rows (an array, or a generator
 * that makes them lazily). Only pages are awaited, never a row.
 */
export type CsvPages = Iterable<Iterable<CsvRow>> | AsyncIterable<Iterable<CsvRow>>;

/** Rows per message to the writer: a batch's bookkeeping is spread thin, and its rows die young. */
export const BATCH_ROWS = 1_000;
/** Batches sent ahead of the consumer: enough that neither thread waits on the other. */
const IN_FLIGHT = 3;

const utf8 = new TextEncoder();

/**
 * The CSV of the rows, header first (even with no rows), in chunks of a
 * batch each; the rows after the first batch are written on the thread. A
 * page that fails, or a writer thread that fails, fails the iteration: the
 * consumer sees a broken file, not a short one that looks whole.
 */
export async function* csvChunks(
  pages: CsvPages,
  columns: readonly string[],
  options: CsvOptions,
): AsyncGenerator<Uint8Array> {
  const header = () => csvText([], columns, { header: true, bom: options.bom });
  // The header and the first batch are written here: an export of one batch
  // (most filtered ones) never waits for a thread to start.
  let first = true;
  const written: Array<Promise<Uint8Array>> = [];
  for await (const page of pages) {
    for (const batch of batches(page)) {
      options.counted?.(batch.length);
      if (first) {
        first = false;
        yield utf8.encode(header() + csvText(batch, columns, { header: false, bom: false }));
        continue;
      }
      shared ??= new CsvWriterThread();
      written.push(shared.write(columns, batch));
      if (written.length >= IN_FLIGHT) yield await (written.shift() as Promise<Uint8Array>);
    }
  }
  if (first) yield utf8.encode(header());
  for (let chunk = written.shift(); chunk; chunk = written.shift()) yield await chunk;
}

/** A page's rows in arrays of at most BATCH_ROWS, taken from the page only as each batch is wanted. */
function* batches(page: Iterable<CsvRow>): Generator<CsvRow[]> {
  let batch: CsvRow[] = [];
  for (const row of page) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The process's writer thread, shared by every export and kept once
 * started: starting one costs about 50 ms, a quarter of a 16,000-row skills
 * export. Idle, it is unreferenced, so it never keeps a process alive; while
 * a batch is out, it is referenced, so a process waiting on it does not exit.
 */
class CsvWriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (chunk: Uint8Array) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.worker = startCsvThread();
    this.worker.unref();
    this.worker.on('message', ({ id, bytes }: CsvThreadReply) => {
      this.waiting.get(id)?.resolve(bytes);
      this.waiting.delete(id);
      if (this.waiting.size === 0) this.worker.unref();
    });
    const fail = (error: Error) => {
      if (shared === this) shared = undefined;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the CSV writer thread stopped (exit code ${code})`)));
  }

  write(columns: readonly string[], rows: CsvRow[]): Promise<Uint8Array> {
    const id = this.nextId++;
    const chunk = new Promise<Uint8Array>((resolve, reject) => {
      const message: CsvThreadBatch = { id, columns, rows };
      this.worker.postMessage(message);
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
    });
    // Awaited in order by csvChunks; once one has failed, or the consumer
    // has gone, the later ones are never awaited: not an unhandled rejection.
    chunk.catch(() => {});
    return chunk;
  }
}

let shared: CsvWriterThread | undefined;

/**
 * The writer thread, from the compiled csv-thread.js beside this module; run
 * from the TypeScript source (tests, tsx), the thread has no TypeScript
 * loader of its own, so it registers tsx (a dev dependency) before importing
 * csv-thread.ts.
 */
function startCsvThread(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./csv-thread.js', import.meta.url));
  const entry = JSON.stringify(new URL('./csv-thread.ts', import.meta.url).href);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(boot, { eval: true });
}
