// Blanks out URLs, e-mail addresses and bare domains so that
// "github.com/acme/kafka-tools" or "jobs@rustworks.example" never count as
// skills. Replaced with spaces of the same length: offsets stay valid.
// Works chunk by chunk (runs of non-space), so it is linear in the input.
import { isAsciiLetter, isSpaceCode } from './chars.js';

const TLDS = 'com|io|dev|org|co|ai|app|tech|sh|xyz|us|uk|de|fr|nl|ca|eu|me|so|gg|inc|jobs|careers|example';
const DOMAIN = new RegExp(
  `^[(\\[<"']*[a-z0-9][\\w-]*(?:\\.[\\w-]+)*\\.(?:${TLDS})(?:[/:?#][^\\s]*)?[)\\]>"'.,;:!?]*$`,
  'i',
);
/** Names that look like domains but are technologies. */
const NOT_DOMAINS = new Set(['socket.io', 'node.io']);

/**
 * Masks every address: a chunk (run of non-space) holding "@", "://" or a dot
 * before a letter, if it reads as one. The three anchors are found with
 * indexOf, which skips plain text far faster than a regex alternation.
 */
export function maskUrlsAndEmails(text: string): string {
  const parts: string[] = [];
  let last = 0;
  const n = text.length;
  let at = text.indexOf('@');
  let scheme = text.indexOf('://');
  let dot = dotBeforeLetter(text, 0);
  while (at !== -1 || scheme !== -1 || dot !== -1) {
    const i = earliest(earliest(at, scheme), dot);
    let start = i;
    while (start > last && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = i;
    while (end < n && !isSpaceCode(text.charCodeAt(end))) end++;
    if (isAddress(text.slice(start, end))) {
      parts.push(text.slice(last, start), ' '.repeat(end - start));
      last = end;
    }
    // Searching goes on after the chunk, as a global regex would.
    const from = Math.max(end, i + 1);
    if (at !== -1 && at < from) at = text.indexOf('@', from);
    if (scheme !== -1 && scheme < from) scheme = text.indexOf('://', from);
    if (dot !== -1 && dot < from) dot = dotBeforeLetter(text, from);
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/** The smaller of two indexOf results, -1 meaning "none". */
function earliest(a: number, b: number): number {
  if (a === -1) return b;
  return b === -1 || a < b ? a : b;
}

/** The next "." followed by an ASCII letter, from `from`. */
function dotBeforeLetter(text: string, from: number): number {
  let k = text.indexOf('.', from);
  while (k !== -1 && !isAsciiLetter(text.charCodeAt(k + 1))) k = text.indexOf('.', k + 1);
  return k;
}

function isAddress(chunk: string): boolean {
  if (chunk.length < 4) return false;
  if (chunk.includes('://') || /^[([<"']*www\./i.test(chunk)) return true;
  const at = chunk.indexOf('@');
  if (at > 0 && chunk.indexOf('.', at) > at + 1) return true;
  if (!chunk.includes('.')) return false;
  if (NOT_DOMAINS.has(chunk.toLowerCase().replace(/[^a-z0-9.]+$/, ''))) return false;
  return chunk.length <= 300 && DOMAIN.test(chunk);
}
