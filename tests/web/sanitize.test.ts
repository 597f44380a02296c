import { describe, expect, it } from 'vitest';
import { sanitizeDescription } from '../../web/sanitize.js';

describe('sanitizeDescription', () => {
  it.each([
    [
      '<p>Go and <strong>Rust</strong><br>on <em>Linux</em></p>',
      '<p>Go and <strong>Rust</strong><br />on <em>Linux</em></p>',
    ],
    [
      '<ul><li>a</li></ul><ol><li>b</li></ol><pre><code>x &lt; y</code></pre>',
      '<ul><li>a</li></ul><ol><li>b</li></ol><pre><code>x &lt; y</code></pre>',
    ],
    ['<h2>Role</h2><h5>Perks</h5>', '<h3>Role</h3><h4>Perks</h4>'],
    ['<div class="x" style="color:red">text</div>', '<p>text</p>'],
    ['<p onclick="alert(1)" id="p">hi</p>', '<p>hi</p>'],
    ['before<script>alert(1)</script>after', 'beforeafter'],
    ['<style>p{}</style><iframe src="https://x.example">i</iframe><svg><script>alert(1)</script></svg>ok', 'ok'],
    ['<img src=x onerror=alert(1)>img', 'img'],
    ['<table><tr><td>cell</td></tr></table>', 'cell'],
  ])('%s → %s', (html, safe) => {
    expect(sanitizeDescription(html)).toBe(safe);
  });

  it('keeps http(s) links, with rel=nofollow noopener noreferrer and nothing else', () => {
    expect(
      sanitizeDescription('<a href="https://acme.example/jobs" target="_blank" rel="opener" onclick="x()">apply</a>'),
    ).toBe('<a href="https://acme.example/jobs" rel="nofollow noopener noreferrer">apply</a>');
    expect(sanitizeDescription('<a href="HTTP://acme.example">x</a>')).toContain('href="HTTP://acme.example"');
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/',
    '/relative',
    'mailto:a@b.example',
  ])('a link to %s keeps its text and loses its href', (href) => {
    const safe = sanitizeDescription(`<a href="${href}">apply</a>`);
    expect(safe).toBe('<a>apply</a>');
  });
});
