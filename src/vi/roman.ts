/**
 * Roman numerals I–L and Vietnamese ordinal words, both ways. Reports number their top sections
 * `I.`, `II.` …, parts `Phần thứ nhất`, and congresses `lần thứ XIII` or `lần thứ 41`.
 *
 *   parseRoman('XIII')          → { ok: true, value: 13 }   (also 'xiii')
 *   parseRoman('IIII')          → { ok: false, … }          (not a canonical numeral)
 *   parseUpperRoman('IV')       → 4;  parseUpperRoman('iv') → { ok: false, … }  (markers, quarters)
 *   formatRoman(14)             → { ok: true, value: 'XIV' }
 *   parseOrdinal('thứ nhất')    → 1; 'thứ tư' → 4; 'thứ hai mươi mốt' → 21; 'thứ 41' → 41;
 *   parseOrdinal('thứ XIII')    → 13
 *   formatOrdinal(4)            → { ok: true, value: 'thứ tư' }
 *   ocrRoman('HI', 3)           → true   (OCR's `HI.` for the marker `III.`)
 */
import { isInlineSpace, isLetterAt, lowerSameLength } from './chars.js';
import { fail, ok, quote, type Result } from './result.js';

const ROMAN_MAX = 50;

const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function romanOf(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, numeral] of ROMAN_DIGITS) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** Canonical numerals only: a lookup table rules out `IIII`, `VX`, `IL`. */
const ROMAN_VALUES: ReadonlyMap<string, number> = new Map(
  Array.from({ length: ROMAN_MAX }, (_, k) => [romanOf(k + 1), k + 1] as const),
);

/** I–L (1–50), case-insensitive; Unicode roman numeral characters (`Ⅻ`) are accepted too. */
export function parseRoman(text: string): Result<number> {
  const key = text.normalize('NFKC').trim().toUpperCase();
  if (key.length > 8) return fail(`${quote(text)} is not a Roman numeral from I to L`);
  const value = ROMAN_VALUES.get(key);
  return value === undefined
    ? fail(`${quote(text)} is not a Roman numeral from I to L`)
    : ok(value);
}

/**
 * A Roman numeral written in capitals, as section markers (`II.`, `Chương IV`) and quarters
 * (`quý I`) write them: a lower-case `i` or `v` there is a word, not a numeral.
 */
export function parseUpperRoman(text: string): Result<number> {
  if (text !== text.toUpperCase()) return fail(`${quote(text)} is not a Roman numeral in capitals`);
  return parseRoman(text);
}

/**
 * Strokes OCR makes of a capital `I` in a section marker: `l`, `1`, `|`, `]`, `!`; `H` is two of
 * them joined (`HI.` for `III.`).
 */
const I_STROKES: Readonly<Record<string, string>> = {
  I: 'I',
  l: 'I',
  '1': 'I',
  '|': 'I',
  ']': 'I',
  '!': 'I',
  H: 'II',
};

/**
 * Whether `token` is what OCR may make of the Roman numeral `expected` in a section marker: its
 * `I`s read as other strokes (`l`, `1`, `|`, `]`, `H` for two), one `I` lost or one too many,
 * `V`, `X` and `L` kept. `token` itself being that numeral is no misreading.
 *
 *   ocrRoman('HI', 3)  → true     ocrRoman('H', 2)   → true     ocrRoman('HII', 3) → true
 *   ocrRoman('II', 3)  → true     ocrRoman('lV', 4)  → true     ocrRoman('III', 3) → false
 *   ocrRoman('V', 3)   → false    ocrRoman('HI', 5)  → false    ocrRoman('A', 1)   → false
 */
export function ocrRoman(token: string, expected: number): boolean {
  if (token.length === 0 || token.length > 6 || expected < 1 || expected > ROMAN_MAX) return false;
  const wanted = romanOf(expected);
  if (token === wanted) return false;
  let read = '';
  for (const char of token) {
    const strokes = I_STROKES[char] ?? ('VXL'.includes(char) ? char : undefined);
    if (strokes === undefined) return false;
    read += strokes;
  }
  if (read === wanted) return true;
  // One `I` lost or one too many: the two differ by one `I` wherever it stands.
  const [shorter, longer] = read.length < wanted.length ? [read, wanted] : [wanted, read];
  if (longer.length !== shorter.length + 1) return false;
  for (let at = 0; at < longer.length; at++) {
    if (longer.charAt(at) === 'I' && longer.slice(0, at) + longer.slice(at + 1) === shorter) {
      return true;
    }
  }
  return false;
}

export function formatRoman(value: number): Result<string> {
  if (!Number.isInteger(value) || value < 1 || value > ROMAN_MAX) {
    return fail(`${value} is outside the Roman numerals I–L (1–50)`);
  }
  return ok(romanOf(value));
}

// Vietnamese number words. After `mươi` (tens) 1 is written mốt, 4 tư, 5 lăm; after `mười` (ten) 5 is lăm.
const DIGIT_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7],
  ['tám', 8],
  ['chín', 9],
];
const SINGLE: ReadonlyMap<string, number> = new Map([...DIGIT_WORDS, ['tư', 4]]);
const TENS: ReadonlyMap<string, number> = new Map(DIGIT_WORDS.filter(([, v]) => v >= 2));
const AFTER_TEN: ReadonlyMap<string, number> = new Map([
  ...DIGIT_WORDS.filter(([, v]) => v !== 5),
  ['lăm', 5],
  ['nhăm', 5],
]);
const AFTER_TENS: ReadonlyMap<string, number> = new Map([
  ...DIGIT_WORDS,
  ['mốt', 1],
  ['tư', 4],
  ['lăm', 5],
  ['nhăm', 5],
]);

/** Words of an ordinal that are not cardinals: nhất (first), nhì (second, older style). */
const ORDINAL_ONLY: ReadonlyMap<string, number> = new Map([
  ['nhất', 1],
  ['nhì', 2],
]);

/** `hai mươi mốt` → 21, `mười lăm` → 15, `tư` → 4 (1–99); undefined when not a number. */
function wordsToNumber(words: readonly string[]): number | undefined {
  const [first, second, third] = words;
  if (first === undefined || words.length > 3) return undefined;
  if (first === 'mười') {
    if (second === undefined) return 10;
    const unit = third === undefined ? AFTER_TEN.get(second) : undefined;
    return unit === undefined ? undefined : 10 + unit;
  }
  if (second === undefined) return SINGLE.get(first);
  const tens = TENS.get(first);
  if (tens === undefined || second !== 'mươi') return undefined;
  if (third === undefined) return tens * 10;
  const unit = AFTER_TENS.get(third);
  return unit === undefined ? undefined : tens * 10 + unit;
}

function splitWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (isInlineSpace(text.charCodeAt(i)) || text.charAt(i) === '\n') {
      if (current) words.push(current);
      current = '';
    } else current += text.charAt(i);
    if (words.length > 6) break;
  }
  if (current) words.push(current);
  return words;
}

/**
 * `thứ nhất` → 1, `thứ nhì` → 2, `thứ tư` → 4, `thứ mười lăm` → 15, `thứ hai mươi tư` → 24,
 * `thứ 41` → 41, `thứ XIII` → 13 (case-insensitive). `thứ` may be left out: `nhất` → 1.
 */
export function parseOrdinal(text: string): Result<number> {
  const words = splitWords(lowerSameLength(text.normalize('NFC').trim()));
  if (words.length > 5) return fail(`${quote(text)} is not an ordinal`);
  const rest = words[0] === 'thứ' ? words.slice(1) : words;
  const [only] = rest;
  if (only === undefined) return fail(`${quote(text)} is not an ordinal`);
  if (rest.length === 1) {
    const special = ORDINAL_ONLY.get(only);
    if (special !== undefined) return ok(special);
    if (/^[0-9]{1,4}$/.test(only)) {
      const value = Number(only);
      return value > 0 ? ok(value) : fail(`${quote(text)} is not an ordinal`);
    }
    if (words[0] === 'thứ' && isLetterAt(only, 0)) {
      const roman = parseRoman(only);
      if (roman.ok) return roman;
    }
    if (only === 'một') return fail(`${quote(text)}: the first is "thứ nhất", not "thứ một"`);
  }
  const value = wordsToNumber(rest);
  return value === undefined ? fail(`${quote(text)} is not an ordinal`) : ok(value);
}

const CARDINAL_WORDS = ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** 1–99 → `thứ nhất`, `thứ hai`, `thứ tư`, `thứ mười lăm`, `thứ hai mươi mốt` … */
export function formatOrdinal(value: number): Result<string> {
  if (!Number.isInteger(value) || value < 1 || value > 99) {
    return fail(`${value} is outside the ordinals written in words (1–99)`);
  }
  if (value === 1) return ok('thứ nhất');
  if (value === 4) return ok('thứ tư');
  const tens = Math.floor(value / 10);
  const units = value % 10;
  if (tens === 0) return ok(`thứ ${CARDINAL_WORDS[units]}`);
  const head = tens === 1 ? 'mười' : `${CARDINAL_WORDS[tens]} mươi`;
  if (units === 0) return ok(`thứ ${head}`);
  let tail = CARDINAL_WORDS[units] ?? '';
  if (units === 5) tail = 'lăm';
  else if (units === 1 && tens > 1) tail = 'mốt';
  else if (units === 4 && tens > 1) tail = 'tư';
  return ok(`thứ ${head} ${tail}`);
}
