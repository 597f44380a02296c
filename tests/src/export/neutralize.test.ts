import { describe, expect, it } from 'vitest';
import { neutralizeCell } from '../../../src/export/neutralize.js';

describe('neutralizeCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+cmd', `'+cmd`],
    ['-2+3', `'-2+3`],
    ['@SUM(1)', `'@SUM(1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['=', `'=`],
    // Full-width forms, which Apple Numbers reads as their ASCII twins.
    ['＝1+1', `'＝1+1`],
    ['＋1', `'＋1`],
    ['－1', `'－1`],
    ['＠A1', `'＠A1`],
  ])('%j → %j', (value, expected) => {
    expect(neutralizeCell(value)).toBe(expected);
  });

  it.each([
    '',
    'Backend Engineer',
    'C#',
    '.NET',
    'Senior Engineer - Payments',
    ' =1+1',
    '\n=1',
    "'already quoted",
    '2026-03-02T10:00:00Z',
    'a=b',
  ])('%j stays as it is', (value) => {
    expect(neutralizeCell(value)).toBe(value);
  });
});
