import { describe, expect, it } from 'vitest';
import { csvText } from '../../../src/export/csv-text.js';

describe('csvText', () => {
  it('writes a header and RFC 4180 records, marking and quoting formula-like text cells but not numbers', () => {
    const rows = [
      { a: -5, b: '-5', c: null, d: 'x, "y"\nz' },
      { a: 0.1, b: '=1+1', c: undefined, d: '' },
    ];
    expect(csvText(rows, ['a', 'b', 'c', 'd'], { header: true, bom: false })).toBe(
      `a,b,c,d\r\n-5,"'-5",,"x, ""y""\nz"\r\n0.1,"'=1+1",,\r\n`,
    );
  });

  it('quotes a field holding a lone line feed or carriage return, not only CRLF', () => {
    expect(csvText([['a\nb', 'c\rd', 'e\r\nf', 'g']], ['w', 'x', 'y', 'z'], { header: false, bom: false })).toBe(
      '"a\nb","c\rd","e\r\nf",g\r\n',
    );
  });

  it('takes rows as arrays in column order', () => {
    expect(csvText([[1, '@x', null]], ['n', 's', 'e'], { header: true, bom: false })).toBe(`n,s,e\r\n1,"'@x",\r\n`);
  });

  it('writes the byte order mark and the header only with the header batch', () => {
    expect(csvText([], ['a'], { header: true, bom: true })).toBe('\uFEFFa\r\n');
    expect(csvText([[1]], ['a'], { header: false, bom: true })).toBe('1\r\n');
  });
});
