import { describe, expect, it } from 'vitest';
import { CodeUnitReader } from '../../../src/text/code-units.js';

const unitsOf = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('CodeUnitReader', () => {
  it('gives the UTF-16 code units, lone surrogates included', () => {
    const reader = new CodeUnitReader();
    const text = 'Go — São Paulo 💼 \uD800 end';
    expect([...reader.read(text)]).toEqual(unitsOf(text));
  });

  it('grows for long texts and never shows the previous text', () => {
    const reader = new CodeUnitReader();
    const long = 'x'.repeat(50_000);
    expect(reader.read(long).length).toBe(50_000);
    const short = reader.read('ab');
    expect([...short]).toEqual([97, 98]);
  });
});
