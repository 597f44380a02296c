// HTML → plain text for matching and storage. A single linear scan, no DOM:
// descriptions arrive by the hundred thousand, and a hostile page (deeply
// nested tags, a megabyte of `<`) must cost no more than its length.
// Block elements become line breaks, so headings and list items stay on
// lines of their own (the requirement-section detector reads them).
import { decodeHTML } from 'entities';
import { isAsciiLetter, lowerCode } from './chars.js';
import { CodeUnitReader } from './code-units.js';
import { TextWriter } from './text-writer.js';

/** What a tag does to the text: nothing (most inline tags), or one of these. */
const BLOCK = 1;
const LIST_ITEM = 2;
/** Inline elements that separate words when removed (`a<img>b` reads "a b"). */
const SPACING = 3;
/** Elements whose content is never text. */
const SKIPPED = 4;

const TAG_KINDS: ReadonlyArray<readonly [number, string]> = [
  [
    BLOCK,
    'address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table td th tr ul',
  ],
  [LIST_ITEM, 'li'],
  [SPACING, 'img input button select textarea'],
  [SKIPPED, 'script style noscript template svg head title'],
];

/** Tag names are at most this long (longer ones are cut, as browsers never need). */
const MAX_TAG_NAME = 20;

/** The kinds by a hash of the name, so a tag is classified without making a string of its name. */
const KIND_BY_HASH = new Map<number, { name: string; kind: number }>();
for (const [kind, names] of TAG_KINDS) {
  for (const name of names.split(' ')) {
    const hash = nameHash(name, 0, name.length);
    if (KIND_BY_HASH.has(hash)) throw new Error(`tag name hash collision: ${name}`);
    KIND_BY_HASH.set(hash, { name, kind });
  }
}

function nameHash(name: string | Uint16Array, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) {
    const c = typeof name === 'string' ? name.charCodeAt(k) : (name[k] as number);
    hash = (Math.imul(hash, 31) + lowerCode(c)) | 0;
  }
  return hash;
}

/** End of the tag name starting at `start`: letters and digits, at most MAX_TAG_NAME of them. */
function nameEnd(units: Uint16Array, start: number): number {
  const limit = Math.min(units.length, start + MAX_TAG_NAME);
  let end = start;
  while (end < limit) {
    const c = units[end] as number;
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57))) break;
    end++;
  }
  return end;
}

function tagKind(units: Uint16Array, start: number): number {
  const end = nameEnd(units, start);
  const entry = KIND_BY_HASH.get(nameHash(units, start, end));
  if (!entry || entry.name.length !== end - start) return 0;
  for (let k = 0; k < entry.name.length; k++) {
    if (lowerCode(units[start + k] as number) !== entry.name.charCodeAt(k)) return 0;
  }
  return entry.kind;
}

const TAG_LIKE = /<\/?[a-zA-Z][^>]*>|<!--/;
const ESCAPED_TAG = /&lt;\/?[a-zA-Z]/;

/** True when the string carries markup rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  return TAG_LIKE.test(input.length > 20_000 ? input.slice(0, 20_000) : input);
}

/**
 * Plain text of an HTML fragment (or of plain text), white space normalized
 * (see TextWriter) and in NFC. Entities are decoded; HTML that arrived
 * entity-escaped (`&lt;p&gt;…`) is unescaped first.
 */
export function htmlToText(input: string): string {
  let html = input;
  if (!looksLikeHtml(html)) {
    if (!ESCAPED_TAG.test(html.slice(0, 20_000))) return writePlain(html);
    html = decodeHTML(html);
    if (!looksLikeHtml(html)) return writePlain(html);
  }
  return writeHtml(html);
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

// One writer and two readers for the module: a conversion never calls itself.
const writer = new TextWriter();
const htmlReader = new CodeUnitReader();
const segmentReader = new CodeUnitReader();

function writePlain(text: string): string {
  const decoded = decodeText(text);
  writer.begin(decoded.length);
  writer.write(segmentReader.read(decoded), 0, decoded.length);
  return writer.finish();
}

/** Writes html[from, to), decoding entities when it has any. */
function writeSegment(html: string, units: Uint16Array, from: number, to: number, hasEntity: boolean): void {
  if (!hasEntity) {
    writer.write(units, from, to);
    return;
  }
  const decoded = decodeHTML(html.slice(from, to));
  writer.write(segmentReader.read(decoded), 0, decoded.length);
}

/** A single linear scan: tags are found with indexOf, text between them written as it is read. */
function writeHtml(html: string): string {
  const units = htmlReader.read(html);
  const n = html.length;
  writer.begin(n);
  let nextAmp = html.indexOf('&');
  let i = 0;
  while (i < n) {
    let lt = html.indexOf('<', i);
    if (lt === -1) lt = n;
    if (lt > i) {
      if (nextAmp !== -1 && nextAmp < i) nextAmp = html.indexOf('&', i);
      writeSegment(html, units, i, lt, nextAmp !== -1 && nextAmp < lt);
    }
    if (lt === n) break;
    // (Reads past the end are avoided: each one deoptimizes the compiled code.)
    const next = lt + 1 < n ? (units[lt + 1] as number) : 0;
    if (next === 33 /* ! */ && html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    const isClose = next === 47; /* / */
    const nameStart = isClose ? lt + 2 : lt + 1;
    if (!(nameStart < n && isAsciiLetter(units[nameStart] as number)) && next !== 33) {
      writer.write(units, lt, lt + 1); // a lone "<" in text, e.g. "< 5 ms"
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break; // an unterminated tag at the end: drop it
    const kind = tagKind(units, nameStart);
    i = gt + 1;
    if (kind === SKIPPED) {
      if (isClose) continue;
      const close = indexOfIgnoreCase(html, `</${tagName(html, units, nameStart)}`, i);
      i = close === -1 ? n : close;
    } else if (kind === LIST_ITEM) {
      // "</li><li>" must not leave a blank line between items.
      if (!isClose) writer.listItem();
    } else if (kind === BLOCK) writer.lineBreak();
    else if (kind === SPACING) writer.wordBreak();
  }
  return writer.finish();
}

function decodeText(segment: string): string {
  return segment.includes('&') ? decodeHTML(segment) : segment;
}

function tagName(html: string, units: Uint16Array, start: number): string {
  return html.slice(start, nameEnd(units, start)).toLowerCase();
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
