// JSON as careers sites hand-write it into JSON-LD blocks: comments, trailing
// commas, raw newlines and bad escapes inside strings, an HTML comment around
// it. Repaired in one linear pass before it is given up on.
import { decodeHTML } from 'entities';

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
