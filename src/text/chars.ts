// Character classes shared by the tokenizer and the matchers. Checked by
// char code: these run on every character of every posting.

const UNICODE_WORD = /[\p{L}\p{N}]/u;

/** Letters and digits, in any script. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return UNICODE_WORD.test(String.fromCharCode(code));
}

export function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isWordCode(text.charCodeAt(index));
}

/** JavaScript's \s. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Space or tab (or a no-break space), but not a line break. */
export function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** ASCII lower case of one char code; other scripts unchanged. */
export function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * A char code folded to 7 bits with ASCII lower-cased, for hashing words:
 * cheap, and the same fold is used when the filter is built and when it is read.
 */
export function foldCode(code: number): number {
  const c = code & 127;
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A–Z or a–z. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
