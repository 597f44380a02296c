// Rows to CSV text as a stream, with csv-stringify: RFC 4180 (CRLF between
// records, a field quoted when it holds a comma, a quote or a line break,
// quotes doubled), a header row, UTF-8 with an optional byte order mark (for
// spreadsheets that otherwise guess the encoding), every text cell
// neutralized against formula injection.
//
// Rows are pulled only as fast as the consumer reads: csv-stringify's
// output buffer fills, the pipe pauses, and the row iterator is not asked
// for more, so an export of any size holds a few buffers, not its rows.
// Destroying the returned stream (a client gone) ends the row iterator.
import { Readable, pipeline } from 'node:stream';
import { type Stringifier, stringify } from 'csv-stringify';
import { neutralizeCell } from './neutralize.js';

export interface CsvOptions {
  /** Prepend the UTF-8 byte order mark (EF BB BF). */
  bom: boolean;
}

/**
 * Rows as CSV text, a stream of strings. A row is an object keyed by column
 * name or an array in column order (faster: no lookup per cell); null or
 * undefined is an empty cell. The stream emits 'record' once per row.
 */
export function csvStream(
  rows: Iterable<object> | AsyncIterable<object>,
  columns: readonly string[],
  options: CsvOptions,
): Stringifier {
  const stringifier = stringify({
    // Records stay strings on the way out: no Buffer per record (read() joins them).
    encoding: 'utf8',
    bom: options.bom,
    header: true,
    columns: columns.map((key) => ({ key })),
    record_delimiter: 'windows',
    cast: { string: neutralizeCell },
  });
  // pipeline, not pipe: an error on either side destroys both, so a failed
  // query ends the stream with that error instead of a short file that looks whole.
  pipeline(Readable.from(rows), stringifier, () => {});
  return stringifier;
}
