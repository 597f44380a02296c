import { describe, expect, it } from 'vitest';
import { maskUrlsAndEmails } from '../../../src/text/mask.js';

describe('maskUrlsAndEmails', () => {
  const blank = (text: string, ...parts: string[]) =>
    parts.reduce((t, part) => t.replace(part, ' '.repeat(part.length)), text);

  it.each([
    ['see https://github.com/acme/kafka-tools today', ['https://github.com/acme/kafka-tools']],
    ['mail jobs@rustworks.example now', ['jobs@rustworks.example']],
    ['visit www.go.dev or acme.io/jobs.', ['www.go.dev', 'acme.io/jobs.']],
    ['(see careers.acme.com)', ['(see careers.acme.com)'.slice(5)]],
    ['we use Node.js, ASP.NET and socket.io', []],
    ['C/C++ and CI/CD', []],
    // Every anchor kind in one text, in and out of order: the three searches must interleave.
    [
      'e.g. Node.js; mail a@b.io, then ftp://x.example/y and go.dev. Done.',
      ['a@b.io,', 'ftp://x.example/y', 'go.dev.'],
    ],
    ['an address@ in a chunk with a dot.later and http://a.io', ['http://a.io']],
  ])('%j', (input, addresses) => {
    const masked = maskUrlsAndEmails(input);
    expect(masked).toBe(blank(input, ...addresses));
    expect(masked.length).toBe(input.length);
  });
});
