// Blanks out URLs, e-mail addresses and bare domains so that
// "github.com/acme/kafka-tools" or "jobs@rustworks.example" never count as
// skills. Replaced with spaces of the same length: offsets stay valid.
// Works chunk by chunk (runs of non-space), so it is linear in the input.

const TLDS = 'com|io|dev|org|co|ai|app|tech|sh|xyz|us|uk|de|fr|nl|ca|eu|me|so|gg|inc|jobs|careers|example';
const DOMAIN = new RegExp(
  `^[(\\[<"']*[a-z0-9][\\w-]*(?:\\.[\\w-]+)*\\.(?:${TLDS})(?:[/:?#][^\\s]*)?[)\\]>"'.,;:!?]*$`,
  'i',
);
/** Names that look like domains but are technologies. */
const NOT_DOMAINS = new Set(['socket.io', 'node.io']);

/** Where an address may be: "@", "://", or a dot before a letter. */
const ANCHOR = /@|:\/\/|\.[A-Za-z]/g;

export function maskUrlsAndEmails(text: string): string {
  const parts: string[] = [];
  let last = 0;
  const n = text.length;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const i = m.index;
    let start = i;
    while (start > last && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = i;
    while (end < n && !isSpace(text.charCodeAt(end))) end++;
    if (isAddress(text.slice(start, end))) {
      parts.push(text.slice(last, start), ' '.repeat(end - start));
      last = end;
    }
    ANCHOR.lastIndex = end;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
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
