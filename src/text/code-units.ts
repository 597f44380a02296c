// A text's UTF-16 code units in a typed array, for the scanners that read
// every character. `charCodeAt` in a hot loop costs a check of the string's
// representation on each call; a Uint16Array read does not. Measured on the
// word scanner: the same loop runs about 2.5× faster over the array, and the
// copy (a memcpy) costs a few percent of one loop.
import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';

// "utf16le" bytes are the code units themselves only on a little-endian CPU.
const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * Copies texts into one growing scratch buffer. `read` hands back a view
 * that is valid until the next `read` on the same reader: a scanner owns its
 * reader and reads one text at a time.
 */
export class CodeUnitReader {
  private bytes: Buffer = Buffer.allocUnsafeSlow(8_192);

  read(text: string): Uint16Array {
    const n = text.length;
    if (this.bytes.length < 2 * n) this.bytes = Buffer.allocUnsafeSlow(Math.max(2 * n, 2 * this.bytes.length));
    const units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, n);
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, 'utf16le');
    else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
    return units;
  }
}

/** The string of `units[0, length)`: a copy, lone surrogates kept as they are. */
export function stringOfCodeUnits(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, 2 * length).toString('utf16le');
  let text = '';
  for (let at = 0; at < length; at += 8_192) {
    text += String.fromCharCode(...units.subarray(at, Math.min(length, at + 8_192)));
  }
  return text;
}
