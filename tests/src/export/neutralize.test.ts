import { describe, expect, it } from 'vitest';
import { csvText } from '../../../src/export/csv-text.js';
import { FORMULA_START } from '../../../src/export/neutralize.js';

const cell = (value: unknown) => csvText([[value]], ['c'], { header: false, bom: false });

describe('formula neutralization in CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+cmd', `"'+cmd"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(1)', `"'@SUM(1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['=', `"'="`],
    // Full-width forms, which Apple Numbers reads as their ASCII twins.
    ['＝1+1', `"'＝1+1"`],
    ['＋1', `"'＋1"`],
    ['－1', `"'－1"`],
    ['＠A1', `"'＠A1"`],
  ])('%j → %s', (value, expected) => {
    expect(FORMULA_START.test(value)).toBe(true);
    expect(cell(value)).toBe(`${expected}\r\n`);
  });

  it.each([
    'Backend Engineer',
    'C#',
    '.NET',
    'Senior Engineer - Payments',
    "'already quoted",
    '2026-03-02T10:00:00Z',
    'a=b',
  ])('%j stays as it is', (value) => {
    expect(FORMULA_START.test(value)).toBe(false);
    expect(cell(value)).toBe(`${value}\r\n`);
  });

  it.each([
    [' =1+1', '" =1+1"'],
    ['\n=1', '"\n=1"'],
  ])('%j is quoted but not marked: no spreadsheet runs it', (value, expected) => {
    expect(FORMULA_START.test(value)).toBe(false);
    expect(cell(value)).toBe(`${expected}\r\n`);
  });

  it('leaves numbers as numbers, negative ones too', () => {
    expect(cell(-5)).toBe('-5\r\n');
    expect(cell(0.1)).toBe('0.1\r\n');
  });
});
