// What makes two postings the same real job: the same company, the same
// title and the same place, written however each source writes them.
// Pure: the store hashes and looks these up (db/postings-store.ts).

/** Legal suffixes that do not change which company it is ("Acme, Inc." = "Acme"). */
const LEGAL_SUFFIX =
  /\b(?:inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|bv|oy|ab|plc|corp|corporation|co|company|pty|srl|spa)\b\.?/g;

/** Lower case, accents and punctuation dropped, single spaces. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A company's key: its normalized name without legal suffixes. Merges "Acme, Inc." and "ACME". */
export function companyKey(name: string): string {
  const key = normalizeName(name).replace(LEGAL_SUFFIX, ' ').replace(/\s+/g, ' ').trim();
  return key || normalizeName(name);
}

/**
 * The identity of a job for duplicate detection, or '' when there is too
 * little to tell (no company: an HN post whose company could not be read is
 * never merged with another).
 */
export function identityOf(company: string | null, title: string, place: string | null): string {
  if (!company) return '';
  const key = companyKey(company);
  if (!key) return '';
  return `${key}|${normalizeName(title)}|${normalizeName(place ?? '')}`;
}
