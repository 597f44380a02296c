import { describe, expect, it } from 'vitest';
import { mayChangeUnderNfc, TextWriter } from '../../../src/text/text-writer.js';

function codeUnits(text: string): Uint16Array {
  return Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
}

function written(...parts: Array<string | 'BR' | 'LI' | 'SP'>): string {
  const writer = new TextWriter();
  writer.begin(parts.join('').length);
  for (const part of parts) {
    if (part === 'BR') writer.lineBreak();
    else if (part === 'LI') writer.listItem();
    else if (part === 'SP') writer.wordBreak();
    else writer.write(codeUnits(part), 0, part.length);
  }
  return writer.finish();
}

describe('TextWriter', () => {
  it.each([
    ['runs of spaces and tabs become one space', ['Go \t  and\u00a0\u2003Rust'], 'Go and Rust'],
    ['lines are trimmed', ['  Go  \n\t Rust\u200b '], 'Go\nRust'],
    ['blank lines collapse to one, none at the ends', ['\n\nGo\n\n\n \n\nRust\n\n'], 'Go\n\nRust'],
    ['CRLF and a lone CR are one break each', ['Go\r\nRust\rSQL'], 'Go\nRust\nSQL'],
    ['a CR then a block element is one break, as CRLF', ['Go\r', 'BR', 'Rust'], 'Go\nRust'],
    ['line and paragraph separators and NEL break lines', ['Go\u2028Rust\u2029SQL\u0085C'], 'Go\nRust\nSQL\nC'],
    ['block elements are line breaks', ['Go', 'BR', 'Rust', 'BR', 'BR', 'BR', 'SQL'], 'Go\nRust\n\nSQL'],
    ['an inline element that separates words is a space', ['Go', 'SP', 'Rust'], 'Go Rust'],
    ['a bullet goes before the first visible character', ['Skills', 'LI', '\n   ', 'BR', '  Go'], 'Skills\n\n• Go'],
    ['an empty list item has no bullet', ['Skills', 'LI', '  ', 'LI', 'Go', 'LI', ' '], 'Skills\n\n• Go'],
    ['state carries across writes', ['Go ', ' ', ' Rust'], 'Go Rust'],
    ['lone surrogates are kept', ['a\ud800b'], 'a\ud800b'],
    ['astral characters are kept', ['Go 🚀 \ud834\udd1e'], 'Go 🚀 \ud834\udd1e'],
    ['text is NFC', ['Cafe\u0301 \u212b \u1100\u1161'], 'Caf\u00e9 \u00c5 \uac00'],
  ] as const)('%s', (_label, parts, expected) => {
    expect(written(...parts)).toBe(expected);
  });

  it('is reusable: a long text, then a short one', () => {
    const writer = new TextWriter();
    const long = 'x '.repeat(20_000);
    writer.begin(long.length);
    writer.write(codeUnits(long), 0, long.length);
    expect(writer.finish()).toBe(long.trim());
    expect(written('Go', 'BR', 'Rust')).toBe('Go\nRust');
  });

  it('skips NFC only for code units NFC can never change or compose', () => {
    // Every visible BMP code unit that NFC changes, or that a canonical decomposition
    // has after its first character (it composes with what precedes it), is flagged.
    // (White space is written as a plain space, whatever it was.)
    const missed: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if ((code >= 0xd800 && code <= 0xdfff) || /[\s\u200b]/.test(char)) continue;
      if (char.normalize('NFC') !== char && !mayChangeUnderNfc(code)) missed.push(code.toString(16));
      const decomposed = char.normalize('NFD');
      for (let k = 1; k < decomposed.length; k++) {
        const part = decomposed.charCodeAt(k);
        if (!mayChangeUnderNfc(part)) missed.push(part.toString(16));
      }
    }
    expect(missed).toEqual([]);
    expect(mayChangeUnderNfc('é'.charCodeAt(0))).toBe(false);
    expect(mayChangeUnderNfc('’'.charCodeAt(0))).toBe(false);
  });
});
