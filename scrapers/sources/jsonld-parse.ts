// schema.org JobPosting objects from a page's `<script type="application/ld+json">`
// blocks. Careers sites write JSON-LD by hand or by template, so the JSON is
// repaired before it is given up on, and JobPostings are looked for anywhere
// in the tree (`@graph`, arrays, ItemList, mainEntity …). The page is scanned,
// not parsed into a DOM: a 50 MB page must cost no more than one pass over it.
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { obj, str } from '../fields.js';

/** A bigger block is skipped, not cut: cut JSON never parses, and no posting is that long. */
const MAX_BLOCK_CHARS = 1_000_000;
/** JSON-LD read per page, in characters: 200 postings of 25 KB; repairing costs ~70 ms a megabyte at worst. */
const MAX_PAGE_CHARS = 5_000_000;
const MAX_BLOCKS = 200;
/** Past this depth a tree is hostile, not structured data. */
const MAX_DEPTH = 40;
const LD_JSON_TYPE = /\btype\s*=\s*["']?\s*application\/ld\+json/i;

export interface JsonLdRead {
  /** JobPosting nodes, `{"@id": …}` references in them replaced by the nodes they name. */
  postings: Record<string, unknown>[];
  /** Blocks read as JSON (repaired or not). */
  blocks: number;
  /** Blocks that stayed unreadable after repair. */
  unreadable: number;
}

export function jobPostingsInHtml(html: string): JsonLdRead {
  return jobPostingsInBlocks(scanPage(html).blocks);
}

export function jobPostingsInBlocks(texts: string[]): JsonLdRead {
  const found: Found = { postings: [], byId: new Map() };
  let blocks = 0;
  for (const text of texts) {
    const value = parseJsonLd(text);
    if (value === undefined) continue;
    blocks++;
    walk(value, 0, found);
  }
  return {
    postings: found.postings.map((posting) => resolveRefs(posting, found.byId, 0) as Record<string, unknown>),
    blocks,
    unreadable: texts.length - blocks,
  };
}

export interface PageLink {
  /** As written in the attribute, entities decoded. */
  href: string;
  /** Lower case, '' when absent. */
  rel: string;
}

export interface PageScan {
  /** The text of every JSON-LD script block, in page order. */
  blocks: string[];
  /** `<a href>`s, and `<link rel="next">` (pagination announced in the head). */
  links: PageLink[];
}

const MAX_LINKS = 5_000;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const REL = /\brel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/**
 * One pass over the page. Comments are skipped, and script and style bodies
 * jumped over to their end tag, as a browser reads them (a link written in a
 * script's string is no link). Each search starts where the last one ended,
 * so the scan is linear whatever the page holds; a tag that never closes
 * ends it.
 */
export function scanPage(html: string): PageScan {
  const blocks: string[] = [];
  const links: PageLink[] = [];
  const open = /<!--|<(script|style|a|link)\b/gi;
  const closeScript = /<\/script/gi;
  const closeStyle = /<\/style/gi;
  let budget = MAX_PAGE_CHARS;
  let at = 0;
  for (;;) {
    open.lastIndex = at;
    const hit = open.exec(html);
    if (!hit) break;
    const name = hit[1]?.toLowerCase();
    if (name === undefined) {
      const end = html.indexOf('-->', hit.index + 4);
      if (end < 0) break;
      at = end + 3;
      continue;
    }
    const tagEnd = html.indexOf('>', hit.index);
    if (tagEnd < 0) break;
    at = tagEnd + 1;
    // Longer opening tags are hostile or broken; their attributes are not read.
    const attrs = tagEnd - hit.index < 4_000 ? html.slice(hit.index, tagEnd) : '';
    if (name === 'a' || name === 'link') {
      const href = attrValue(HREF, attrs);
      const rel = attrValue(REL, attrs)?.toLowerCase() ?? '';
      if (href !== null && links.length < MAX_LINKS && (name === 'a' || /\bnext\b/.test(rel)))
        links.push({ href, rel });
      continue;
    }
    const close = name === 'script' ? closeScript : closeStyle;
    close.lastIndex = at;
    const closing = close.exec(html);
    const bodyEnd = closing ? closing.index : html.length;
    const size = bodyEnd - at;
    if (name === 'script' && LD_JSON_TYPE.test(attrs) && size <= MAX_BLOCK_CHARS && size <= budget) {
      if (blocks.length < MAX_BLOCKS) blocks.push(html.slice(at, bodyEnd));
      budget -= size;
    }
    if (!closing) break;
    at = bodyEnd + name.length + 2;
  }
  return { blocks, links };
}

function attrValue(pattern: RegExp, attrs: string): string | null {
  const match = pattern.exec(attrs);
  if (!match) return null;
  const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
  return value.includes('&') ? decodeHTMLAttribute(value) : value;
}

/** One block as JSON, repaired if it has to be; undefined when it cannot be read. */
export function parseJsonLd(block: string): unknown {
  const text = block
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, '')
    .replace(/(?:\/\/\s*)?(?:-->|\]\]>)$/, '')
    .trim();
  const attempts = [text];
  // Some templates entity-escape the whole block (`{&quot;@type&quot;: …}`).
  if (text.includes('&quot;') || text.includes('&#34;')) attempts.push(decodeHTML(text));
  for (const attempt of attempts) {
    const parsed = tryParse(attempt) ?? tryParse(repairJson(attempt));
    if (parsed !== undefined) return parsed.value;
  }
  return undefined;
}

function tryParse(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

const VALID_ESCAPE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
/** What may follow a string's closing quote (after spaces); any other `"` is a stray quote inside the text. */
const AFTER_STRING = new Set([',', ':', '}', ']', '/']);

/**
 * Lenient JSON → JSON, in one pass: comments outside strings dropped,
 * trailing commas dropped, raw control characters and stray quotes inside
 * strings escaped, invalid escapes (`\'`) unescaped, and several top-level
 * values (`{…}{…}`) made one array.
 */
export function repairJson(text: string): string {
  const out: string[] = [];
  let run = 0;
  let depth = 0;
  let values = 0;
  let i = 0;
  const flush = (to: number, replacement: string, next: number) => {
    out.push(text.slice(run, to), replacement);
    run = next;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      i = scanString(text, i + 1, flush);
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = commentEnd(text, i);
      flush(i, '', end);
      i = end;
    } else if (c === ',') {
      const next = text[skipBlank(text, i + 1)];
      if (next === undefined || next === '}' || next === ']') flush(i, '', i + 1);
      i++;
    } else {
      if (c === '{' || c === '[') {
        if (depth === 0 && values++ > 0) flush(i, ',', i);
        depth++;
      } else if (c === '}' || c === ']') depth = Math.max(0, depth - 1);
      i++;
    }
  }
  out.push(text.slice(run));
  const joined = out.join('');
  return values > 1 ? `[${joined}]` : joined;
}

/** Index after the string whose body starts at `from`, fixing what JSON.parse would refuse. */
function scanString(
  text: string,
  from: number,
  flush: (to: number, replacement: string, next: number) => void,
): number {
  let j = from;
  while (j < text.length) {
    const c = text[j] as string;
    if (c === '\\') {
      const escaped = text[j + 1] ?? '';
      // JavaScript's \xHH is JSON's \u00HH; any other unknown escape (\') stands for its character.
      if (escaped === 'x' && /^[\da-f]{2}$/i.test(text.slice(j + 2, j + 4))) flush(j, '\\u00', j + 2);
      else if (!VALID_ESCAPE.has(escaped)) flush(j, '', j + 1);
      j += 2;
    } else if (c === '"') {
      if (closesString(text, j + 1)) return j + 1;
      flush(j, '\\"', j + 1);
      j++;
    } else if (c.charCodeAt(0) < 0x20) {
      flush(j, CONTROL_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`, j + 1);
      j++;
    } else j++;
  }
  return j;
}

function closesString(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 64);
  let k = from;
  while (k < end && /\s/.test(text[k] as string)) k++;
  return k >= end || AFTER_STRING.has(text[k] as string);
}

const CONTROL_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function commentEnd(text: string, at: number): number {
  if (text[at + 1] === '/') {
    const end = text.indexOf('\n', at);
    return end < 0 ? text.length : end;
  }
  const end = text.indexOf('*/', at + 2);
  return end < 0 ? text.length : end + 2;
}

/** First index at or after `from` that is neither white space nor inside a comment. */
function skipBlank(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const c = text[j] as string;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') j++;
    else if (c === '/' && (text[j + 1] === '/' || text[j + 1] === '*')) j = commentEnd(text, j);
    else break;
  }
  return j;
}

const JOB_POSTING_TYPE = /^(?:.*[/:#])?jobposting$/i;

/** True for `JobPosting`, `schema:JobPosting`, `http://schema.org/JobPosting`, in any case, alone or in an array. */
export function isJobPosting(node: Record<string, unknown>): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && JOB_POSTING_TYPE.test(type.trim()));
}

interface Found {
  postings: Record<string, unknown>[];
  byId: Map<string, Record<string, unknown>>;
}

/**
 * Collects JobPostings (not looking inside them: a posting holds no postings)
 * and every node with an `@id`. A reference is no node: `mainEntity: {"@id":
 * "#job", "@type": "JobPosting"}` points at a posting found elsewhere.
 */
function walk(value: unknown, depth: number, found: Found): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, depth + 1, found);
    return;
  }
  const node = obj(value);
  if (!node || isReference(node)) return;
  const id = str(node['@id']);
  if (id) found.byId.set(id, node);
  if (isJobPosting(node)) {
    found.postings.push(node);
    return;
  }
  for (const child of Object.values(node)) {
    if (typeof child === 'object' && child !== null) walk(child, depth + 1, found);
  }
}

/** `{"@id": "#org"}` (with at most a `@type`) stands for another node of the page's graph. */
function isReference(node: Record<string, unknown>): boolean {
  return Object.keys(node).every((key) => key === '@id' || key === '@type');
}

/** A copy with references replaced, three levels down (hiringOrganization, jobLocation → address). */
function resolveRefs(value: unknown, byId: Map<string, Record<string, unknown>>, depth: number): unknown {
  if (depth > 3) return value;
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, byId, depth + 1));
  const node = obj(value);
  if (!node) return value;
  const id = str(node['@id']);
  const target = id && isReference(node) ? byId.get(id) : undefined;
  if (target) return depth === 0 ? node : resolveRefs(target, byId, depth + 1);
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) {
    copy[key] = typeof child === 'object' && child !== null ? resolveRefs(child, byId, depth + 1) : child;
  }
  return copy;
}
