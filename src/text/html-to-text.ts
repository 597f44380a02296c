// HTML → plain text for matching and storage. A single linear scan, no DOM:
// descriptions arrive by the hundred thousand, and a hostile page (deeply
// nested tags, a megabyte of `<`) must cost no more than its length.
// Block elements become line breaks, so headings and list items stay on
// lines of their own (the requirement-section detector reads them).
import { decodeHTML } from 'entities';
import { isAsciiLetter } from './chars.js';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is never text. */
const SKIPPED_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title']);

const TAG_LIKE = /<\/?[a-zA-Z][^>]*>|<!--/;
const ESCAPED_TAG = /&lt;\/?[a-zA-Z]/;

/** True when the string carries markup rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  return TAG_LIKE.test(input.length > 20_000 ? input.slice(0, 20_000) : input);
}

/**
 * Plain text of an HTML fragment (or of plain text, normalized). Entities are
 * decoded; HTML that arrived entity-escaped (`&lt;p&gt;…`) is unescaped first.
 */
export function htmlToText(input: string): string {
  return canonicalText(toPlainText(input));
}

/** Words separated by single spaces, nothing to decode: most titles, which need no more than NFC. */
const PLAIN_LINE = /^[^<&\s]+(?: [^<&\s]+)*$/;

/** One line of plain text (a title) from HTML or text: white space of any kind made single spaces. */
export function htmlToLine(input: string): string {
  if (PLAIN_LINE.test(input)) return canonicalText(input);
  return htmlToText(input).replace(/\s+/g, ' ');
}

/**
 * NFC, so "é" typed as e + accent matches "é". It also hands back a flat
 * string: a slice or a concatenation would send every char-by-char scanner
 * that reads it (the skill pass first) down V8's slow string path, for every
 * later text too.
 */
export function canonicalText(text: string): string {
  return text.normalize('NFC');
}

function toPlainText(input: string): string {
  let html = input;
  if (!looksLikeHtml(html)) {
    if (!ESCAPED_TAG.test(html.slice(0, 20_000))) return normalizeWhitespace(decodeText(html));
    html = decodeHTML(html);
    if (!looksLikeHtml(html)) return normalizeWhitespace(decodeText(html));
  }

  const out: string[] = [];
  // A list item's bullet is written just before its first text, so
  // "<li><p>Go</p></li>" gives "• Go", never a bullet alone on a line.
  let pendingBullet = false;
  const pushText = (segment: string) => {
    const decoded = decodeText(segment);
    if (pendingBullet && /\S/.test(decoded)) {
      out.push('• ');
      pendingBullet = false;
    }
    out.push(decoded);
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      pushText(html.slice(i));
      break;
    }
    if (lt > i) pushText(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    const isClose = next === 47; /* / */
    const nameStart = isClose ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart)) && next !== 33 /* ! */) {
      out.push('<'); // a lone "<" in text, e.g. "< 5 ms"
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break; // an unterminated tag at the end: drop it
    const name = tagName(html, nameStart);
    i = gt + 1;
    if (!isClose && SKIPPED_CONTENT.has(name)) {
      const close = indexOfIgnoreCase(html, `</${name}`, i);
      i = close === -1 ? n : close;
      continue;
    }
    if (name === 'li') {
      // "</li><li>" must not leave a blank line between items.
      if (!isClose) {
        out.push('\n');
        pendingBullet = true;
      }
    } else if (BLOCK_TAGS.has(name)) out.push('\n');
    else if (isSpacingInline(name)) out.push(' ');
  }
  return normalizeWhitespace(out.join(''));
}

function decodeText(segment: string): string {
  return segment.includes('&') ? decodeHTML(segment) : segment;
}

/** Inline elements that separate words when removed (`a<img>b` reads "a b"). */
function isSpacingInline(name: string): boolean {
  return name === 'img' || name === 'input' || name === 'button' || name === 'select' || name === 'textarea';
}

function tagName(html: string, start: number): string {
  let end = start;
  while (end < html.length && end - start < 20) {
    const c = html.charCodeAt(end);
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57))) break;
    end++;
  }
  return html.slice(start, end).toLowerCase();
}

function indexOfIgnoreCase(haystack: string, needle: string, from: number): number {
  const lowerNeedle = needle.toLowerCase();
  let at = from;
  for (;;) {
    const hit = haystack.indexOf('</', at);
    if (hit === -1) return -1;
    if (haystack.slice(hit, hit + lowerNeedle.length).toLowerCase() === lowerNeedle) return hit;
    at = hit + 2;
  }
}

/** White space but a plain space and line breaks (a lone "\r" is made a "\n" first). */
const OTHER_SPACE = '\\t\\f\\v\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff';
const INLINE_SPACE = ` ${OTHER_SPACE}`;
const HAS_OTHER_SPACE = new RegExp(`[${OTHER_SPACE}]`);
const INLINE_SPACE_RUN = new RegExp(`[${INLINE_SPACE}]+`, 'g');

/**
 * Spaces and tabs collapse to one space, each line is trimmed, and runs of
 * blank lines collapse to one, so offsets into the stored text are stable.
 * Line by line: most lines are already clean and are copied as one slice.
 */
export function normalizeWhitespace(input: string): string {
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  // Checked once for the whole text, so clean lines (most of them) cost an indexOf and a slice.
  const otherSpace = HAS_OTHER_SPACE.test(text);
  let nextDouble = text.indexOf('  ');
  const out: string[] = [];
  let pendingBreaks = 0;
  const n = text.length;
  for (let start = 0; start <= n; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    if (nextDouble !== -1 && nextDouble < start) nextDouble = text.indexOf('  ', start);
    const needsWork =
      text.charCodeAt(start) === 32 ||
      (end > start && text.charCodeAt(end - 1) === 32) ||
      (nextDouble !== -1 && nextDouble < end);
    let line = text.slice(start, end);
    if (needsWork || (otherSpace && HAS_OTHER_SPACE.test(line))) line = line.replace(INLINE_SPACE_RUN, ' ').trim();
    if (line.length === 0) {
      if (out.length > 0) pendingBreaks++;
    } else {
      if (out.length > 0) out.push(pendingBreaks > 0 ? '\n\n' : '\n');
      out.push(line);
      pendingBreaks = 0;
    }
    start = end + 1;
  }
  return out.join('');
}
