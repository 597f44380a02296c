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
    expect(await text(csvStream(rows, ['a', 'b', 'c', 'd'], { bom: false }))).toBe(
      `a,b,c,d\r\n-5,'-5,,"x, ""y""\nz"\r\n0.1,'=1+1,,\r\n`,
    );
  });

  it('takes rows as arrays in column order', async () => {
    expect(await text(csvStream([[1, '@x', null]], ['n', 's', 'e'], { bom: false }))).toBe("n,s,e\r\n1,'@x,\r\n");
  });

  it('writes the byte order mark first when asked, and the header even without rows', async () => {
    expect(await text(csvStream([], ['a'], { bom: true }))).toBe('\uFEFFa\r\n');
  });

  it('pulls rows only as fast as they are read, and ends the row source when destroyed', async () => {
    let pulled = 0;
    let finished = false;
    async function* rows() {
      try {
        for (let i = 0; i < 1_000_000; i++) {
          pulled += 1;
          yield [i, `row ${i}`];
        }
      } finally {
        finished = true;
      }
    }
    const csv = csvStream(rows(), ['n', 's'], { bom: false });
    const chunks = csv[Symbol.asyncIterator]();
    await chunks.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A few buffers' worth, not the million rows.
    expect(pulled).toBeLessThan(10_000);
    await chunks.return?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(finished).toBe(true);
  });
});
