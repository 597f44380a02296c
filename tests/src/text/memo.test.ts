import { describe, expect, it } from 'vitest';
import { memoizeByString } from '../../../src/text/memo.js';

describe('memoizeByString', () => {
  it('computes each input once and hands back the same value', () => {
    const calls: string[] = [];
    const upper = memoizeByString((s: string) => {
      calls.push(s);
      return { value: s.toUpperCase() };
    });
    const first = upper('remote');
    expect(upper('remote')).toBe(first);
    expect(upper('berlin').value).toBe('BERLIN');
    expect(calls).toEqual(['remote', 'berlin']);
  });

  it('stays bounded: when full it starts over and still answers correctly', () => {
    const calls: string[] = [];
    const length = memoizeByString((s: string) => {
      calls.push(s);
      return s.length;
    }, 2);
    expect([length('a'), length('bb'), length('ccc'), length('a'), length('ccc')]).toEqual([1, 2, 3, 1, 3]);
    // 'a' was computed again after the memo started over at the third entry.
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
