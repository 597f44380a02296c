import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText, looksLikeHtml } from '../../../src/text/html-to-text.js';

describe('htmlToText', () => {
  it.each([
    ['plain text is only normalized', 'Go  and\tRust\r\n\r\n\r\nPostgres', 'Go and Rust\n\nPostgres'],
    ['block elements become lines', '<p>One</p><p>Two<br>Three</p>', 'One\n\nTwo\nThree'],
    [
      'list items become bullets',
      '<h3>Requirements</h3><ul><li>Go</li><li>K8s</li></ul>',
      'Requirements\n\n• Go\n• K8s',
    ],
    ['entities are decoded', '<p>R&amp;D &#x2F; C&#43;&#43; &nbsp;caf&eacute;</p>', 'R&D / C++ café'],
    ['entity-escaped HTML is unescaped first', '&lt;p&gt;Go &amp;amp; Rust&lt;/p&gt;', 'Go & Rust'],
    [
      'script, style and comments are dropped',
      '<style>p{}</style><script>alert(1)</script><!-- c --><p>Kept</p>',
      'Kept',
    ],
    ['inline tags do not split words', '<b>Go</b>lang and <em>Post</em>gres', 'Golang and Postgres'],
    ['a lone < stays text', '<p>latency < 5 ms</p>', 'latency < 5 ms'],
    [
      'a byte-order mark and zero-width spaces are white space',
      '\ufeffGo\u200b and\u00a0 Rust \r\rNext',
      'Go and Rust\n\nNext',
    ],
    ['accents typed as two code points are composed (NFC)', '<p>Cafe\u0301 Zu\u0308rich</p>', 'Caf\u00e9 Z\u00fcrich'],
    [
      'a bullet is never alone on its line',
      '<ul>\n  <li>\n    Go\n  </li>\n  <li><p>Rust</p></li>\n</ul>',
      '• Go\n\n• Rust',
    ],
    ['upper-case tags are read', '<P>Go</P><UL><LI>Rust</LI></UL>A<IMG>B', 'Go\n\n• Rust\nA B'],
    ['a skipped element ends at its own closing tag', '<p>A</p><SCRIPT>x="</p>"</Script><p>B</p>', 'A\n\nB'],
    ['an unterminated tag is dropped', '<p>Go</p><a href="x', 'Go'],
    [
      'HN markup',
      'Acme | Backend | REMOTE<p>We use Go &#x2F; Postgres.<p>Email <a href="mailto:a@b.c" rel="nofollow">a@b.c</a>',
      'Acme | Backend | REMOTE\nWe use Go / Postgres.\nEmail a@b.c',
    ],
  ])('%s', (_label, input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });

  it('is linear on deeply nested and broken markup', () => {
    const nested = `${'<div>'.repeat(100_000)}Go${'</div>'.repeat(100_000)}`;
    const start = performance.now();
    expect(htmlToText(nested)).toBe('Go');
    expect(htmlToText('<'.repeat(500_000))).toBe('<'.repeat(500_000));
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('tells markup from text', () => {
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
    expect(looksLikeHtml('x < y and y > z')).toBe(false);
  });
});

describe('htmlToLine', () => {
  // The fast path for plain titles must give what the full conversion gives.
  it.each([
    'Senior Backend Engineer',
    'Senior  Backend\tEngineer ',
    ' Staff Engineer',
    'R&amp;D Engineer',
    'Go &lt;3 Engineer',
    '<b>Senior</b> Engineer',
    'Engineer\u00a0II',
    'Cafe\u0301 Engineer',
    'Engineer\n(Remote)',
    '',
  ])('%j', (title) => {
    expect(htmlToLine(title)).toBe(htmlToText(title).replace(/\s+/g, ' '));
  });
});
