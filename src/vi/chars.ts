/**
 * Character classes shared by the scanners of `src/vi/`. Every scanner walks the text by hand with
 * these tests instead of regular expressions, so matching stays linear on any input.
 *
 *   isDigitAt('a1', 1)        → true
 *   isLetterAt('ở', 0)        → true   (Vietnamese letters are letters)
 *   isInlineSpace(0x00a0)     → true   (no-break space; newlines are not inline spaces)
 *   lowerSameLength('Quý I')  → 'quý i' (same length, so offsets carry over)
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isDigitAt(text: string, index: number): boolean {
  return isDigitCode(text.charCodeAt(index));
}

/** A letter or combining mark at `index` (a mark keeps an NFD word in one piece). */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 0xc0) return false;
  const point = text.codePointAt(index);
  return point !== undefined && LETTER_OR_MARK.test(String.fromCodePoint(point));
}

export function isAlnumAt(text: string, index: number): boolean {
  return isDigitAt(text, index) || isLetterAt(text, index);
}

/** Spaces inside a line: space, tab, no-break and the narrow/thin/figure spaces PDFs emit. */
export function isInlineSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

export function isInlineSpaceAt(text: string, index: number): boolean {
  return isInlineSpace(text.charCodeAt(index));
}

/** Any white space, line ends included. */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isInlineSpace(code) || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c;
}

/** Spaces that group thousands: `1 234 567`, also with no-break, narrow or figure spaces. */
export function isGroupSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;
}

/** Index of the first non-inline-space character at or after `index`. */
export function skipInlineSpaces(text: string, index: number): number {
  let i = index;
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

/** End of the run of ASCII digits starting at `index` (`index` itself when there is none). */
export function digitsEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

/** End of the run of letters starting at `index`. */
export function letterRunEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length && isLetterAt(text, i)) i++;
  return i;
}

/** Hyphen-minus, minus sign (U+2212), en dash and em dash: the dashes ranges are written with. */
export function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2212 || code === 0x2013 || code === 0x2014;
}

/**
 * Lower case with the same length as the input, so an index into the result is an index into the
 * text. The rare characters whose lower case is longer (`İ`) are left as they are.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const low = char.toLowerCase();
    out += low.length === 1 ? low : char;
  }
  return out;
}

/**
 * Lower case without diacritics, `đ` → `d`, one character for one character (`Chỉ thị` →
 * `chi thi`). Lets OCR slips that drop a tone mark (`Chi thị`) match the word they stand for.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(i);
      continue;
    }
    const char = text.charAt(i);
    if (char === 'đ' || char === 'Đ') {
      out += 'd';
      continue;
    }
    const base = char.normalize('NFD').charAt(0).toLowerCase();
    out += base.length === 1 ? base : char;
  }
  return out;
}
