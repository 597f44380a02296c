// schema.org JobPosting objects from a page's `<script type="application/ld+json">`
// blocks. Careers sites write JSON-LD by hand or by template, so the JSON is
// repaired before it is given up on, and JobPostings are looked for anywhere
// in the tree (`@graph`, arrays, ItemList, mainEntity …). The page is scanned,
// not parsed into a DOM: a 50 MB page must cost no more than one pass over it.
import { decodeHTMLAttribute } from 'entities';
import { obj, str } from '../fields.js';
import { parseJsonLd } from './json-repair.js';

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
