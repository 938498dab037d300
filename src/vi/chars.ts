/**
 * Character classes shared by the scanners of `src/vi/`. Every scanner walks the text by hand with
 * these tests instead of regular expressions, so matching stays linear on any input.
 *
 *   isDigitAt('a1', 1)        → true
 *   isLetterAt('ở', 0)        → true   (Vietnamese letters are letters)
 *   isInlineSpace(0x00a0)     → true   (no-break space; newlines are not inline spaces)
 *   lowerSameLength('Quý I')  → 'quý i' (same length, so offsets carry over)
 *   MINUS.has('−')            → true   (`-` and U+2212 only: an en dash is a bullet or a range)
 *   phraseAt('giai đoạn 2021', 0, 'giai đoạn')  → 9    (whole words, any run of spaces between)
 *   phraseBefore('quyết định số', 11, 'quyết định') → 0  (the same, read backwards from an end)
 *   previousWord('tổng số 533', 8) → { word: 'số', start: 5, end: 7 }
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isDigitAt(text: string, index: number): boolean {
  return isDigitCode(text.charCodeAt(index));
}

/**
 * What the Unicode test said of each BMP code unit seen so far: 0 not asked yet, 1 a letter or
 * mark, 2 neither. Vietnamese letters are mostly outside ASCII and every scanner asks about each
 * one, so the answer is kept rather than asked again.
 */
const BMP_LETTERS = new Uint8Array(0x10000);

/** A letter or combining mark at `index` (a mark keeps an NFD word in one piece). */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 0xc0) return false;
  if (code < 0xd800 || code > 0xdfff) {
    let known = BMP_LETTERS[code];
    if (known === 0) {
      known = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
      BMP_LETTERS[code] = known;
    }
    return known === 1;
  }
  const point = text.codePointAt(index);
  return point !== undefined && LETTER_OR_MARK.test(String.fromCodePoint(point));
}

/** The vowels each shape mark of the Vietnamese alphabet stands on (after NFD): breve, circumflex, horn. */
const VOWEL_MARKS: ReadonlyMap<string, string> = new Map([
  ['\u0306', 'a'],
  ['\u0302', 'aeo'],
  ['\u031b', 'ou'],
]);
/** The five tone marks (after NFD), on any vowel. */
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * Whether `char` is a letter of the Vietnamese alphabet in either case (`ắ`, `Ư`, `đ`, and the
 * Latin letters a loan word or code uses): what OCR glues to a word end that is none of them
 * (`phápŠ`) is a misread mark.
 *
 *   isVietnameseLetter('ệ') → true    isVietnameseLetter('Š') → false    isVietnameseLetter('ñ') → false
 */
export function isVietnameseLetter(char: string): boolean {
  const [base, ...marks] = char.normalize('NFD').toLowerCase();
  if (base === undefined || !(/^[a-z]$/.test(base) || base === 'đ')) return false;
  if (marks.length === 0) return true;
  if (!'aeiouy'.includes(base) || marks.length > 2) return false;
  const tones = marks.filter((mark) => TONES.has(mark)).length;
  const shaped = marks.filter((mark) => VOWEL_MARKS.get(mark)?.includes(base)).length;
  return tones <= 1 && shaped <= 1 && tones + shaped === marks.length;
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

/**
 * The signs that make a figure negative: hyphen-minus and the minus sign (U+2212). An en or em
 * dash before a figure is a bullet (`– 5 dự án`) or part of a range, never a sign.
 */
export const MINUS: ReadonlySet<string> = new Set(['-', '\u2212']);

/** Hyphen-minus, minus sign (U+2212), en dash and em dash: the dashes ranges are written with. */
export function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2212 || code === 0x2013 || code === 0x2014;
}

/** An upper-case letter at `index` (`Đ`, `Ủ`, `Q`); digits and marks are neither case. */
export function isUpperAt(text: string, index: number): boolean {
  if (!isLetterAt(text, index)) return false;
  const char = text.charAt(index);
  return char !== char.toLowerCase();
}

/**
 * Matches `phrase` (words separated by single spaces) in `lower` at `index`, letting any run of
 * inline spaces stand for each space: the index after the match, or -1. Word boundaries are the
 * caller's (units such as `%` need none); `phraseAt` checks them.
 */
export function matchPhrase(lower: string, index: number, phrase: string): number {
  let i = index;
  for (let k = 0; k < phrase.length; k++) {
    const char = phrase.charAt(k);
    if (char === ' ') {
      if (!isInlineSpace(lower.charCodeAt(i))) return -1;
      while (isInlineSpace(lower.charCodeAt(i))) i++;
    } else if (lower.charAt(i) === char) i++;
    else return -1;
  }
  return i;
}

/** `phrase` as whole words at `index` of `lower` (lower-cased text): the index after it, or -1. */
export function phraseAt(lower: string, index: number, phrase: string): number {
  if (index > 0 && isLetterAt(lower, index - 1)) return -1;
  const end = matchPhrase(lower, index, phrase);
  return end < 0 || isLetterAt(lower, end) ? -1 : end;
}

/** `phrase` as whole words after at least one inline space from `index`: the index after it, or -1. */
export function phraseAfterSpace(lower: string, index: number, phrase: string): number {
  const at = skipInlineSpaces(lower, index);
  return at === index ? -1 : phraseAt(lower, at, phrase);
}

/**
 * `phrase` as whole words ending exactly at `end` of `lower`, matched backwards (any run of inline
 * spaces stands for each space), starting at or after `floor`: its start, or -1.
 */
export function phraseBefore(lower: string, end: number, phrase: string, floor = 0): number {
  if (isLetterAt(lower, end)) return -1;
  let i = end;
  for (let k = phrase.length - 1; k >= 0; k--) {
    const char = phrase.charAt(k);
    if (char === ' ') {
      if (i <= floor || !isInlineSpace(lower.charCodeAt(i - 1))) return -1;
      while (i > floor && isInlineSpace(lower.charCodeAt(i - 1))) i--;
    } else if (i > floor && lower.charAt(i - 1) === char) i--;
    else return -1;
  }
  return i > 0 && isLetterAt(lower, i - 1) ? -1 : i;
}

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * The word before `end`, after skipping the inline spaces there (at least one when `spaced`), not
 * reaching back past `floor`: `previousWord('tổng số 533', 8)` → `số`. Words longer than 24
 * letters are not words a caller looks up.
 */
export function previousWord(
  lower: string,
  end: number,
  floor = 0,
  spaced = true,
): WordSpan | undefined {
  let i = end;
  while (i > floor && isInlineSpace(lower.charCodeAt(i - 1))) i--;
  if (spaced && i === end) return undefined;
  const wordEnd = i;
  while (i > floor && isLetterAt(lower, i - 1) && wordEnd - i < 24) i--;
  if (i === wordEnd || (i > 0 && isLetterAt(lower, i - 1))) return undefined;
  return { word: lower.slice(i, wordEnd), start: i, end: wordEnd };
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
