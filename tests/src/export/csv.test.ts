import { describe, expect, it } from 'vitest';
import { csvStream } from '../../../src/export/csv.js';

async function text(stream: AsyncIterable<unknown>): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

describe('csvStream', () => {
  it('writes a header and RFC 4180 records, neutralizing text cells but not numbers', async () => {
    const rows = [
      { a: -5, b: '-5', c: null, d: 'x, "y"\nz' },
      { a: 0.1, b: '=1+1', c: undefined, d: '' },
    ];
    expect(await text(csvStream([rows], ['a', 'b', 'c', 'd'], { bom: false }))).toBe(
      `a,b,c,d\r\n-5,'-5,,"x, ""y""\nz"\r\n0.1,'=1+1,,\r\n`,
    );
  });

  it('takes rows as arrays in column order', async () => {
    expect(await text(csvStream([[[1, '@x', null]]], ['n', 's', 'e'], { bom: false }))).toBe("n,s,e\r\n1,'@x,\r\n");
  });

  it('writes the byte order mark first when asked, and the header even without rows', async () => {
    expect(await text(csvStream([], ['a'], { bom: true }))).toBe('\uFEFFa\r\n');
  });

  it('reads pages in order, sync or async, skipping empty ones', async () => {
    const expected = 'n\r\n1\r\n2\r\n3\r\n';
    expect(await text(csvStream([[[1], [2]], [], [[3]]], ['n'], { bom: false }))).toBe(expected);
    async function* pages() {
      yield [[1]];
      yield [];
      yield [[2], [3]];
    }
    expect(await text(csvStream(pages(), ['n'], { bom: false }))).toBe(expected);
  });

  it('asks for the next page only once the last one is written', async () => {
    const asked: number[] = [];
    async function* pages() {
      for (let page = 0; page < 1_000; page++) {
        asked.push(page);
        // Rows of a kilobyte: the stream's buffers hold a few hundred.
        yield Array.from({ length: 10 }, () => ['x'.repeat(1_000)]);
      }
    }
    const csv = csvStream(pages(), ['s'], { bom: false });
    const chunks = csv[Symbol.asyncIterator]();
    await chunks.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A few buffers' worth, not the thousand pages.
    expect(asked.length).toBeLessThan(50);
    await chunks.return?.();
  });

  it('fails with the error of a page that fails: a broken file, not a short one', async () => {
    async function* pages() {
      yield [[1]];
      throw new Error('disk gone');
    }
    await expect(text(csvStream(pages(), ['n'], { bom: false }))).rejects.toThrow('disk gone');
  });

  it('pulls rows of a page only as fast as they are read, and ends the row source when destroyed', async () => {
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
    const csv = csvStream([rows()], ['n', 's'], { bom: false });
    const chunks = csv[Symbol.asyncIterator]();
    await chunks.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A few buffers' worth (64 Ki characters each, some 5,000 of these rows), not the million.
    expect(pulled).toBeLessThan(20_000);
    await chunks.return?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(finished).toBe(true);
  });

  it('ends an async page source when destroyed mid-way', async () => {
    let finished = false;
    async function* pages() {
      try {
        for (let page = 0; ; page++) yield Array.from({ length: 1_000 }, (_, i) => [page * 1_000 + i]);
      } finally {
        finished = true;
      }
    }
    const csv = csvStream(pages(), ['n'], { bom: false });
    const chunks = csv[Symbol.asyncIterator]();
    await chunks.next();
    await chunks.return?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(finished).toBe(true);
  });
});
