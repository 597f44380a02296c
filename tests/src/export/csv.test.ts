import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BATCH_ROWS, type CsvPages, csvChunks } from '../../../src/export/csv.js';
import { csvText } from '../../../src/export/csv-text.js';

async function text(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let out = '';
  for await (const chunk of chunks) out += utf8.decode(chunk, { stream: true });
  return out + utf8.decode();
}

const csv = (pages: CsvPages, columns: string[], bom = false) => csvChunks(pages, columns, { bom });

// The rows after the first batch are written on a second thread (csv-thread.ts): these run it for real.
describe('csvChunks', () => {
  it('writes the header, then the rows as csvText writes them, neutralized, with multi-byte text whole', async () => {
    const rows = [
      [1, '=1+1', 'Zürich, "CH"'],
      [2, null, '東京\nline'],
    ];
    expect(await text(csv([rows], ['n', 'f', 'place']))).toBe(
      csvText(rows, ['n', 'f', 'place'], { header: true, bom: false }),
    );
    expect(await text(csv([rows], ['n', 'f', 'place']))).toContain(`2,,"東京\nline"\r\n`);
  });

  it('writes the byte order mark first when asked, and the header even without rows', async () => {
    expect(await text(csv([], ['a'], true))).toBe('\uFEFFa\r\n');
    expect(await text(csv([[], []], ['a', 'b']))).toBe('a,b\r\n');
  });

  it('reads pages in order, sync or async, skipping empty ones', async () => {
    const expected = 'n\r\n1\r\n2\r\n3\r\n';
    expect(await text(csv([[[1], [2]], [], [[3]]], ['n']))).toBe(expected);
    async function* pages() {
      yield [[1]];
      yield [];
      yield [[2], [3]];
    }
    expect(await text(csv(pages(), ['n']))).toBe(expected);
  });

  it('keeps every row in order across batches and pages of any size', async () => {
    const rows = Array.from({ length: BATCH_ROWS * 3 + 7 }, (_, i) => [i, `r${i}`]);
    const pages = [rows.slice(0, 10), rows.slice(10, BATCH_ROWS * 2 + 500), rows.slice(BATCH_ROWS * 2 + 500)];
    let counted = 0;
    const chunks = csvChunks(pages, ['n', 's'], {
      bom: false,
      counted: (n) => {
        counted += n;
      },
    });
    expect(await text(chunks)).toBe(csvText(rows, ['n', 's'], { header: true, bom: false }));
    expect(counted).toBe(rows.length);
  });

  it('asks for the next page only as the consumer takes chunks', async () => {
    const asked: number[] = [];
    async function* pages() {
      for (let page = 0; page < 1_000; page++) {
        asked.push(page);
        yield Array.from({ length: 10 }, () => ['x'.repeat(1_000)]);
      }
    }
    const chunks = csv(pages(), ['s']);
    await chunks.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The batches in flight, not the thousand pages.
    expect(asked.length).toBeLessThan(10);
    await chunks.return(undefined);
  });

  it('pulls rows of a lazy page a batch at a time, and ends the row source when stopped', async () => {
    let pulled = 0;
    let finished = false;
    function* rows() {
      try {
        for (let i = 0; i < 1_000_000; i++) {
          pulled += 1;
          yield [i, `row ${i}`];
        }
      } finally {
        finished = true;
      }
    }
    const chunks = csv([rows()], ['n', 's']);
    await chunks.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled).toBeLessThan(BATCH_ROWS * 5);
    await chunks.return(undefined);
    expect(finished).toBe(true);
  });

  it('ends an async page source when stopped mid-way', async () => {
    let finished = false;
    async function* pages() {
      try {
        for (let page = 0; ; page++) yield Array.from({ length: 1_000 }, (_, i) => [page * 1_000 + i]);
      } finally {
        finished = true;
      }
    }
    const chunks = csv(pages(), ['n']);
    await chunks.next();
    await chunks.return(undefined);
    expect(finished).toBe(true);
  });

  it('fails with the error of a page that fails: a broken file, not a short one', async () => {
    async function* pages() {
      yield [[1]];
      throw new Error('disk gone');
    }
    await expect(text(csv(pages(), ['n']))).rejects.toThrow('disk gone');
  });

  it('fails when a row cannot reach the writer thread', async () => {
    const rows = [...Array.from({ length: BATCH_ROWS }, (_, i) => [i]), [() => 2]];
    await expect(text(csv([rows], ['n']))).rejects.toThrow(/could not be cloned/);
  });

  it('keeps two exports written at once apart, each whole and in order', async () => {
    const a = Array.from({ length: BATCH_ROWS * 4 + 3 }, (_, i) => [i, `a${i}`]);
    const b = Array.from({ length: BATCH_ROWS * 3 + 9 }, (_, i) => ({ x: `=b${i}`, y: i / 2 }));
    const [textA, textB] = await Promise.all([text(csv([a], ['n', 's'])), text(csv([b], ['x', 'y']))]);
    expect(textA).toBe(csvText(a, ['n', 's'], { header: true, bom: false }));
    expect(textB).toBe(csvText(b, ['x', 'y'], { header: true, bom: false }));
  });

  it('never keeps a process alive once its exports are written (the thread idles unreferenced)', () => {
    const module = JSON.stringify(new URL('../../../src/export/csv.ts', import.meta.url).href);
    const script = `
      const { csvChunks } = await import(${module});
      const rows = Array.from({ length: 5000 }, (_, i) => [i]);
      let bytes = 0;
      for await (const chunk of csvChunks([rows], ['n'], { bom: false })) bytes += chunk.length;
      console.log(bytes);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = Array.from({ length: 5000 }, (_, i) => [i]);
    expect(Number(run.stdout.trim())).toBe(csvText(rows, ['n'], { header: true, bom: false }).length);
  });
});
