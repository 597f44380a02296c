// Writes the plain text of a posting one code unit at a time, normalizing
// white space as it goes: runs of spaces become one space, lines are trimmed,
// runs of blank lines become one, and a list item's bullet is placed before
// its first visible character. Fused with the HTML reader (html-to-text.ts)
// it replaces a join, a line split and a regex pass per line: descriptions
// arrive by the hundred thousand, and this is where most of their time went.
import { stringOfCodeUnits } from './code-units.js';

/** How a code unit is written: visible as is, a space, a line break, or not known yet (see classOf). */
const VISIBLE = 0;
const SPACE = 1;
const NEWLINE = 2;
const CARRIAGE_RETURN = 3;
/** Visible, and a character NFC may change or compose with the one before it. */
const NOT_NFC_STABLE = 4;
const UNKNOWN = 5;

/**
 * White space but line breaks: space, tab, form feed, vertical tab, no-break
 * and the typographic spaces, zero-width space and the byte-order mark.
 */
const SPACE_CODES = [9, 11, 12, 32, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff];
/** Line breaks but "\r": line feed, next line, line and paragraph separators. */
const NEWLINE_CODES = [10, 0x85, 0x2028, 0x2029];
for (let c = 0x2000; c <= 0x200b; c++) SPACE_CODES.push(c);

const CLASS = (() => {
  const table = new Uint8Array(0x10000);
  // Below U+0300 nothing composes or changes under NFC; above it, each code unit is looked up once.
  table.fill(UNKNOWN, 0x300);
  for (const c of SPACE_CODES) table[c] = SPACE;
  for (const c of NEWLINE_CODES) table[c] = NEWLINE;
  table[13] = CARRIAGE_RETURN;
  return table;
})();

const MARK = /\p{M}/u;

/** Class of a code unit at or above U+0300, learnt once. */
function classOf(c: number): number {
  const known = CLASS[c] as number;
  if (known !== UNKNOWN) return known;
  const char = String.fromCharCode(c);
  // Marks (they compose or reorder), Hangul jamo (they compose into syllables),
  // surrogates (astral characters are rare: normalize when one is seen), and
  // characters NFC replaces (U+212B ANGSTROM SIGN → Å).
  const unstable =
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xd7b0 && c <= 0xd7ff) ||
    MARK.test(char) ||
    char.normalize('NFC') !== char;
  const learnt = unstable ? NOT_NFC_STABLE : VISIBLE;
  CLASS[c] = learnt;
  return learnt;
}

/** True when NFC may change this code unit or join it to the one before it. */
export function mayChangeUnderNfc(code: number): boolean {
  return code >= 0x300 && classOf(code) === NOT_NFC_STABLE;
}

const BULLET = 0x2022; // •

/**
 * One writer per converter, reused across texts (begin → write… → finish):
 * its buffer grows to the longest text seen and is never shrunk.
 */
export class TextWriter {
  private out = new Uint16Array(8_192);
  private length = 0;
  /** A space is owed before the next visible character on this line. */
  private space = false;
  /** Line breaks since the last visible character (0, 1, or 2 for "a blank line"). */
  private breaks = 0;
  /** The last code unit was "\r": a "\n" right after it is the same break. */
  private afterCr = false;
  private bullet = false;
  private unstable = false;

  /** Starts a text of at most `inputLength` code units (the output is never longer than twice that). */
  begin(inputLength: number): void {
    const need = 2 * inputLength + 64;
    if (this.out.length < need) this.out = new Uint16Array(Math.max(need, 2 * this.out.length));
    this.length = 0;
    this.space = false;
    this.breaks = 0;
    this.afterCr = false;
    this.bullet = false;
    this.unstable = false;
  }

  /** Writes code units `from` to `to` of `units`. */
  write(units: Uint16Array, from: number, to: number): void {
    if (from >= to) return;
    const out = this.out;
    let o = this.length;
    let space = this.space;
    let breaks = this.breaks;
    let bullet = this.bullet;
    // Nothing owed before the next visible character: the common case, one test.
    let clean = !space && breaks === 0 && !bullet;
    for (let i = from; i < to; i++) {
      const c = units[i] as number;
      let kind = CLASS[c] as number;
      if (kind === VISIBLE && clean) {
        out[o++] = c;
        continue;
      }
      if (kind === UNKNOWN) kind = classOf(c);
      if (kind === SPACE) {
        space = true;
        clean = false;
      } else if (kind === NEWLINE || kind === CARRIAGE_RETURN) {
        // "\r\n" is one break (so is "\r" before a block element: see lineBreak).
        const crlf = kind === NEWLINE && (i > from ? units[i - 1] === 13 : this.afterCr);
        if (!crlf && breaks < 2) breaks++;
        space = false;
        clean = false;
      } else {
        if (o > 0) {
          if (breaks > 0) {
            out[o++] = 10;
            if (breaks > 1) out[o++] = 10;
          } else if (space) out[o++] = 32;
        }
        if (bullet) {
          out[o++] = BULLET;
          out[o++] = 32;
          bullet = false;
        }
        if (kind === NOT_NFC_STABLE) this.unstable = true;
        out[o++] = c;
        space = false;
        breaks = 0;
        clean = true;
      }
    }
    this.length = o;
    this.space = space;
    this.breaks = breaks;
    this.bullet = bullet;
    this.afterCr = units[to - 1] === 13;
  }

  /** A line break (a block element), the same as a "\n" in the text. */
  lineBreak(): void {
    if (!this.afterCr && this.breaks < 2) this.breaks++;
    this.afterCr = false;
    this.space = false;
  }

  /** A word break (an inline element like <img>), the same as a space. */
  wordBreak(): void {
    this.space = true;
    this.afterCr = false;
  }

  /** A list item starts: a line break, and a bullet before its first visible character. */
  listItem(): void {
    this.lineBreak();
    this.bullet = true;
  }

  /** The text written, in NFC (so "é" typed as e + accent matches "é"). */
  finish(): string {
    const text = stringOfCodeUnits(this.out, this.length);
    return this.unstable ? text.normalize('NFC') : text;
  }
}
