// A batch of rows as CSV text, with Papa Parse: RFC 4180 (CRLF after every
// record, a field quoted when it holds a comma, a quote or a line break,
// quotes doubled), every text cell that starts like a formula neutralized
// (neutralize.ts). The header (and the byte order mark, for spreadsheets
// that otherwise guess the encoding) goes before the first batch only; the
// writer thread (csv-thread.ts) writes the others.
import Papa from 'papaparse';
import { FORMULA_START } from './neutralize.js';

/** A row: an object keyed by column name, or an array in column order; null or undefined is an empty cell. */
export type CsvRow = object;

export interface CsvTextOptions {
  /** Write the header row (and the BOM, when asked) before the rows. */
  header: boolean;
  /** Prepend the UTF-8 byte order mark (EF BB BF); only with the header. */
  bom: boolean;
}

const CRLF = '\r\n';

export function csvText(rows: readonly CsvRow[], columns: readonly string[], options: CsvTextOptions): string {
  const config = { header: options.header, newline: CRLF, escapeFormulae: FORMULA_START };
  // Given no rows, Papa Parse writes one empty row: the header alone is a row of its own.
  const text =
    rows.length > 0
      ? Papa.unparse({ fields: [...columns], data: rows as unknown[] }, config)
      : options.header
        ? Papa.unparse([[...columns]], config)
        : '';
  // Papa Parse puts no delimiter after the last record (nor after a lone
  // header): batches are joined, so each ends with one.
  const records = text === '' ? '' : `${text}${CRLF}`;
  return options.header && options.bom ? `\uFEFF${records}` : records;
}
