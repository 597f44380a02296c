// Rows to CSV as a stream of UTF-8 chunks, the text written on a second
// thread (csv-thread.ts, with csv-stringify; see csv-text.ts for the format)
// while this one reads the next rows. On the 1M-posting benchmark a row cost
// about 5 µs to read and 4 µs to write as CSV on one thread; split across
// two, the postings export went from about 100,000 to about 150,000 rows/s.
//
// Rows come in pages and are sent to the writer in batches of BATCH_ROWS,
// at most IN_FLIGHT batches ahead of the consumer: the next rows are read
// only when the consumer takes a chunk, so an export of any size holds a few
// batches, not its rows. Ending the iteration early (a client gone) ends the
// page iterator and stops the thread.
import { Worker } from 'node:worker_threads';
import { type CsvRow, csvText } from './csv-text.js';
import type { CsvThreadData } from './csv-thread.js';

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
 * batch each; the rows after the first batch are written on the thread. A page that fails, or a writer thread that fails, fails the
 * iteration: the consumer sees a broken file, not a short one that looks whole.
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
  let writer: CsvWriterThread | undefined;
  const written: Array<Promise<Uint8Array>> = [];
  try {
    for await (const page of pages) {
      for (const batch of batches(page)) {
        options.counted?.(batch.length);
        if (first) {
          first = false;
          yield utf8.encode(header() + csvText(batch, columns, { header: false, bom: false }));
          continue;
        }
        writer ??= new CsvWriterThread({ columns: [...columns] });
        written.push(writer.write(batch));
        if (written.length >= IN_FLIGHT) yield await (written.shift() as Promise<Uint8Array>);
      }
    }
    if (first) yield utf8.encode(header());
    for (let chunk = written.shift(); chunk; chunk = written.shift()) yield await chunk;
  } finally {
    await writer?.stop();
  }
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

/** One writer thread: batches in, their CSV bytes out, in the order sent. */
class CsvWriterThread {
  private readonly worker: Worker;
  private readonly waiting: Array<{ resolve: (chunk: Uint8Array) => void; reject: (error: Error) => void }> = [];
  private failure: Error | undefined;

  constructor(data: CsvThreadData) {
    this.worker = startCsvThread(data);
    this.worker.on('message', (chunk: Uint8Array) => this.waiting.shift()?.resolve(chunk));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the CSV writer thread stopped (exit code ${code})`)));
  }

  write(rows: CsvRow[]): Promise<Uint8Array> {
    const chunk = new Promise<Uint8Array>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(rows);
    });
    // Awaited in order by csvChunks; once it has failed, the later ones are
    // never awaited, and their rejection must not count as unhandled.
    chunk.catch(() => {});
    return chunk;
  }

  async stop(): Promise<void> {
    this.fail(new Error('the CSV writer thread was stopped'));
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(this.failure);
  }
}

/**
 * The writer thread, from the compiled csv-thread.js beside this module; run
 * from the TypeScript source (tests, tsx), the thread has no TypeScript
 * loader of its own, so it registers tsx (a dev dependency) before importing
 * csv-thread.ts.
 */
function startCsvThread(workerData: CsvThreadData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./csv-thread.js', import.meta.url), { workerData });
  const entry = JSON.stringify(new URL('./csv-thread.ts', import.meta.url).href);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(boot, { eval: true, workerData });
}
