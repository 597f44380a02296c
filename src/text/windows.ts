// Reading only the parts of a text around given offsets.

/**
 * The parts of a text within `reach` characters of the given offsets, joined
 * by line breaks (so no rule reads across two windows), in text order.
 */
export function windowsAt(text: string, offsets: readonly number[], reach: number): string {
  if (offsets.length === 0) return '';
  const parts: string[] = [];
  let coveredTo = -1;
  for (const at of offsets) {
    const from = Math.max(0, at - reach);
    const to = Math.min(text.length, at + reach);
    if (from <= coveredTo) {
      if (to > coveredTo) parts.push(text.slice(coveredTo, to));
    } else {
      if (parts.length > 0) parts.push('\n');
      parts.push(text.slice(from, to));
    }
    coveredTo = Math.max(coveredTo, to);
  }
  return parts.join('');
}
