// Rows to CSV text as a stream, with csv-stringify: RFC 4180 (CRLF between
// records, a field quoted when it holds a comma, a quote or a line break,
// quotes doubled), a header row, UTF-8 with an optional byte order mark (for
// spreadsheets that otherwise guess the encoding), every text cell
// neutralized against formula injection.
//
// Rows come in pages and are written only as fast as the consumer reads:
// csv-stringify's output buffer fills, writing waits, and no further row
// (nor page) is asked for, so an export of any size holds a page and a few
// buffers, not its rows. Destroying the returned stream (a client gone) ends
// the page iterator.
import type { Writable } from 'node:stream';
import { type Stringifier, stringify } from 'csv-stringify';
import { neutralizeCell } from './neutralize.js';

export interface CsvOptions {
  /** Prepend the UTF-8 byte order mark (EF BB BF). */
  bom: boolean;
}

/**
 * Rows in pages: each page an iterable of rows, written row by row as the
 * stream wants them (an array, or a generator that makes them lazily). Only
 * pages are awaited: through the HTTP route, an await per row made the
 * 1M-posting export a fifth slower.
 */
export type CsvPages = Iterable<Iterable<object>> | AsyncIterable<Iterable<object>>;

/**
 * Characters of CSV text buffered for the consumer (csv-stringify's default
 * is 16 Ki): each chunk costs the HTTP body a pull, an await and an encode.
 */
const CHUNK_CHARS = 64 * 1024;

/**
 * Rows as CSV text, a stream of strings. A row is an object keyed by column
 * name or an array in column order (faster: no lookup per cell); null or
 * undefined is an empty cell. The stream emits 'record' once per row.
 */
export function csvStream(pages: CsvPages, columns: readonly string[], options: CsvOptions): Stringifier {
  const stringifier = stringify({
    // Records stay strings on the way out: no Buffer per record (read() joins them).
    encoding: 'utf8',
    readableHighWaterMark: CHUNK_CHARS,
    bom: options.bom,
    header: true,
    columns: columns.map((key) => ({ key })),
    record_delimiter: 'windows',
    cast: { string: neutralizeCell },
  });
  void writeRows(pages, stringifier);
  return stringifier;
}

/**
 * Writes every row, waiting whenever the stringifier's buffer is full. A
 * failed page destroys the stream with its error, so the consumer sees a
 * broken file, not a short one that looks whole; a destroyed stream (the
 * consumer gone) stops the loop, which returns the page and row iterators.
 */
async function writeRows(pages: CsvPages, out: Writable): Promise<void> {
  try {
    for await (const page of pages) {
      if (out.destroyed) return;
      for (const row of page) {
        if (out.write(row)) continue;
        await drained(out);
        if (out.destroyed) return;
      }
    }
    out.end();
  } catch (error) {
    out.destroy(error as Error);
  }
}

/** Resolves once the stream wants more writes, or is closed. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}
