// The CSV writer thread's entry (started by csv.ts, one per process): each
// message is a batch of rows of some export, answered in order with the
// batch's CSV as UTF-8 bytes, the buffer handed over rather than copied.
// csv.ts writes each export's header itself.
import { parentPort } from 'node:worker_threads';
import { type CsvRow, csvText } from './csv-text.js';

export interface CsvThreadBatch {
  id: number;
  columns: readonly string[];
  rows: CsvRow[];
}

export interface CsvThreadReply {
  id: number;
  bytes: Uint8Array;
}

const utf8 = new TextEncoder();

parentPort?.on('message', ({ id, columns, rows }: CsvThreadBatch) => {
  const bytes = utf8.encode(csvText(rows, columns, { header: false, bom: false }));
  const reply: CsvThreadReply = { id, bytes };
  parentPort?.postMessage(reply, [bytes.buffer]);
});
