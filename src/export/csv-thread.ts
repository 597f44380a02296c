// The CSV writer thread's entry (started by csv.ts): each message is a batch
// of rows, answered with the batch's CSV as UTF-8 bytes, in order, the
// buffer handed over rather than copied. csv.ts writes the header itself.
import { parentPort, workerData } from 'node:worker_threads';
import { type CsvRow, csvText } from './csv-text.js';

export interface CsvThreadData {
  columns: string[];
}

const { columns } = workerData as CsvThreadData;
const utf8 = new TextEncoder();

parentPort?.on('message', (rows: CsvRow[]) => {
  const bytes = utf8.encode(csvText(rows, columns, { header: false, bom: false }));
  parentPort?.postMessage(bytes, [bytes.buffer]);
});
