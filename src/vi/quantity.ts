/**
 * Quantities: a figure with the words that give it meaning — percent, scale word, unit — and its
 * value in base units, computed exactly.
 *
 *   parseQuantity('24.042,91 tỷ đồng') → { kind: 'number', value: 24042.91, scale: tỷ (10⁹),
 *       unit: 'đồng', currency: 'VND', baseValue: 24042910000000, baseValueExact: '24042910000000' }
 *   parseQuantity('1.387,1 nghìn lượt') → value 1387.1, baseValue 1387100, unit 'lượt'
 *   parseQuantity('12,7% - 13%')        → { kind: 'range', min: 12.7, max: 13, unit: '%', … }
 *   parseQuantity('688/4.100 đảng viên') → { kind: 'fraction', numerator: 688, denominator: 4100, … }
 *   parseQuantity('(2,5)')              → value -2.5 (accounting negative, whole cell only)
 *   findQuantities('kết nạp được 688/4.100 đảng viên mới (đạt 16,8% kế hoạch)')
 *       → the fraction and 16,8 %, with offsets. Dates (`12/4/2023`), document codes (`12-NQ/TW`),
 *         ordinals and names (`quý I`, `số 142 Lê Lai`, `Km19+645`, `lần thứ 41`,
 *         `Nghị quyết Trung ương 8`) and years (`năm 2023`, `2021 - 2025`) are not quantities.
 */
import {
  digitsEnd,
  isAlnumAt,
  isDash,
  isDigitAt,
  isInlineSpace,
  isLetterAt,
  isSpaceAt,
  letterRunEnd,
  lowerSameLength,
  skipInlineSpaces,
} from './chars.js';
import { scanDates, startsFreeNumber } from './date.js';
import { compare, type Decimal, negate, shift, toDecimalString, toNumber } from './decimal.js';
import { scanDocumentReferences } from './document-reference.js';
import { toNfc } from './nfc.js';
import { type Figure, parseNumber, scanFigure } from './number.js';
import { MAX_YEAR, MIN_YEAR, scanPeriods } from './period.js';
import { fail, ok, quote, type Result } from './result.js';
import { readScale, type Scale, type UnitRead, type UnitTable, unitTable } from './units.js';

export type { Scale };

interface QuantityBase {
  /** The text of the quantity as written. */
  raw: string;
  /** Scale word, when there is one: `tỷ` → { word: 'tỷ', exponent: 9 }. */
  scale?: Scale;
  /** Canonical unit (`đồng`, `USD`, `%`, `lượt` …); unknown units are kept as written. */
  unit?: string;
  /** ISO 4217 code when the unit is a currency. */
  currency?: string;
}

/** One figure: `24.042,91 tỷ đồng`, `9,65%`, `03 đảng viên`. */
export interface NumberQuantity extends QuantityBase {
  kind: 'number';
  /** The figure as written, before the scale word: 24042.91. */
  value: number;
  /** In base units (scale applied; percent stays percent): 24042910000000. */
  baseValue: number;
  /** `baseValue` as an exact decimal string, for figures beyond 2⁵³ or with decimals. */
  baseValueExact: string;
}

/** A range: `12,7 - 13`, `12,7% - 13%`, `2.000 - 2.500 triệu USD`. */
export interface RangeQuantity extends QuantityBase {
  kind: 'range';
  min: number;
  max: number;
  baseMin: number;
  baseMax: number;
  baseMinExact: string;
  baseMaxExact: string;
}

/** Part of a target: `688/4.100 đảng viên` (688 of 4 100). */
export interface FractionQuantity extends QuantityBase {
  kind: 'fraction';
  numerator: number;
  denominator: number;
  baseNumerator: number;
  baseDenominator: number;
  baseNumeratorExact: string;
  baseDenominatorExact: string;
}

export type Quantity = NumberQuantity | RangeQuantity | FractionQuantity;

export type QuantityMatch = Quantity & { start: number; end: number };

export interface QuantityOptions {
  /** Units to recognise besides the defaults (`DEFAULT_UNITS`), matched case-insensitively. */
  units?: readonly string[];
}

interface Suffix {
  scale?: Scale;
  unit?: UnitRead;
  end: number;
  /** Letters glued to the digits that are no unit: `5G`, `19a` — a name, not a quantity. */
  glued: boolean;
}

function readSuffix(text: string, lower: string, index: number, units: UnitTable): Suffix {
  const at = skipInlineSpaces(text, index);
  const scale = readScale(lower, at);
  if (scale !== undefined) {
    const unitAt = skipInlineSpaces(text, scale.end);
    const unit = unitAt > scale.end ? units.read(lower, unitAt) : undefined;
    const { word, exponent } = scale;
    return unit === undefined || unit.unit === '%'
      ? { scale: { word, exponent }, end: scale.end, glued: false }
      : { scale: { word, exponent }, unit, end: unit.end, glued: false };
  }
  const unit = units.read(lower, at);
  if (unit !== undefined) return { unit, end: unit.end, glued: false };
  return { end: index, glued: at === index && isLetterAt(text, index) };
}

function isPercent(suffix: Suffix): boolean {
  return suffix.unit?.unit === '%';
}

function isRangeSeparator(code: number): boolean {
  return isDash(code) || code === 0xf7 || code === 0x7e; // ÷ and ~ are also written for ranges
}

/** A figure glued to `/NQ`, `/2023` or `-NQ`: part of a code or a date (`15,9-16,2` is a range). */
function gluedToCode(text: string, end: number): boolean {
  const next = text.charAt(end);
  if (next === '/') return isAlnumAt(text, end + 1);
  return next === '-' && isLetterAt(text, end + 1);
}

/** Skips a code-like run (`30/2020/NĐ-CP`, `31/2/2023`): letters, digits, `/ - .`. */
function skipCodeRun(text: string, index: number): number {
  let i = index;
  for (;;) {
    const char = text.charAt(i);
    if (
      isAlnumAt(text, i) ||
      ((char === '/' || char === '-' || char === '.') && isAlnumAt(text, i + 1))
    )
      i++;
    else return i;
  }
}

type Read =
  | { ok: true; kind: 'number'; first: Figure; suffix: Suffix; end: number }
  | { ok: true; kind: 'range'; first: Figure; second: Figure; suffix: Suffix; end: number }
  | { ok: true; kind: 'fraction'; first: Figure; second: Figure; suffix: Suffix; end: number }
  | { ok: false; malformed: boolean; reason: string; end: number };

/**
 * The quantity whose first digit is at `index`. `blocked(i)` marks offsets the second figure of a
 * range may not start at (dates, codes, periods in findQuantities).
 */
function readQuantityAt(
  text: string,
  lower: string,
  index: number,
  units: UnitTable,
  blocked: (offset: number) => boolean,
): Read {
  const first = scanFigure(text, index);
  if (!first.ok)
    return { ok: false, malformed: true, reason: 'not a vi-VN number', end: first.end };
  if (text.charAt(first.end) === '/' && isDigitAt(text, first.end + 1)) {
    const second = scanFigure(text, first.end + 1);
    if (!second.ok)
      return { ok: false, malformed: true, reason: 'not a vi-VN number', end: second.end };
    if (gluedToCode(text, second.end)) {
      return {
        ok: false,
        malformed: false,
        reason: 'looks like a date or a document code',
        end: skipCodeRun(text, second.end),
      };
    }
    const suffix = readSuffix(text, lower, second.end, units);
    if (suffix.glued) {
      return {
        ok: false,
        malformed: false,
        reason: 'letters glued to the figure',
        end: skipCodeRun(text, second.end),
      };
    }
    return { ok: true, kind: 'fraction', first, second, suffix, end: suffix.end };
  }
  if (gluedToCode(text, first.end) || text.charAt(first.end) === '/') {
    return {
      ok: false,
      malformed: false,
      reason: 'looks like a date or a document code',
      end: skipCodeRun(text, first.end),
    };
  }
  const suffix = readSuffix(text, lower, first.end, units);
  if (suffix.glued) {
    return {
      ok: false,
      malformed: false,
      reason: 'letters glued to the figure',
      end: skipCodeRun(text, first.end),
    };
  }
  const single: Read = { ok: true, kind: 'number', first, suffix, end: suffix.end };
  if (suffix.unit !== undefined && !isPercent(suffix)) return single;

  // A range: `12,7 - 13`, `12,7% - 13%`, `15,9-16,2`, `2.000 - 2.500 tỷ`.
  const dash = skipInlineSpaces(text, suffix.end);
  if (!isRangeSeparator(text.charCodeAt(dash))) return single;
  const secondAt = skipInlineSpaces(text, dash + 1);
  if (!isDigitAt(text, secondAt) || blocked(secondAt)) return single;
  const second = scanFigure(text, secondAt);
  if (!second.ok || gluedToCode(text, second.end) || text.charAt(second.end) === '/') return single;
  const last = readSuffix(text, lower, second.end, units);
  if (last.glued) return single;
  if (isPercent(suffix) && !isPercent(last)) return single;
  if (suffix.scale !== undefined && last.scale?.exponent !== suffix.scale.exponent) return single;
  if (compare(first.decimal, second.decimal) > 0) return single;
  return { ok: true, kind: 'range', first, second, suffix: last, end: last.end };
}

function inBase(value: Decimal, scale: Scale | undefined): readonly [number, string] {
  const shifted = shift(value, scale?.exponent ?? 0);
  return [toNumber(shifted), toDecimalString(shifted)];
}

function signed(figure: Figure, negative: boolean): Decimal {
  return negative ? negate(figure.decimal) : figure.decimal;
}

/** Builds the public Quantity from a successful read (no object spreads: this runs per figure). */
function toQuantity(
  read: Extract<Read, { ok: true }>,
  raw: string,
  negative: boolean,
  extraUnit: string | undefined,
): Quantity {
  const first = signed(read.first, negative);
  const [baseFirst, baseFirstExact] = inBase(first, read.suffix.scale);
  let quantity: Quantity;
  if (read.kind === 'number') {
    quantity = {
      kind: 'number',
      raw,
      value: toNumber(first),
      baseValue: baseFirst,
      baseValueExact: baseFirstExact,
    };
  } else {
    const second = read.second.decimal;
    const [baseSecond, baseSecondExact] = inBase(second, read.suffix.scale);
    quantity =
      read.kind === 'range'
        ? {
            kind: 'range',
            raw,
            min: toNumber(first),
            max: toNumber(second),
            baseMin: baseFirst,
            baseMax: baseSecond,
            baseMinExact: baseFirstExact,
            baseMaxExact: baseSecondExact,
          }
        : {
            kind: 'fraction',
            raw,
            numerator: toNumber(first),
            denominator: toNumber(second),
            baseNumerator: baseFirst,
            baseDenominator: baseSecond,
            baseNumeratorExact: baseFirstExact,
            baseDenominatorExact: baseSecondExact,
          };
  }
  const { scale, unit } = read.suffix;
  if (scale !== undefined) quantity.scale = { word: scale.word, exponent: scale.exponent };
  if (unit !== undefined) {
    quantity.unit = unit.unit;
    if (unit.currency !== undefined) quantity.currency = unit.currency;
  } else if (extraUnit !== undefined) {
    quantity.unit = extraUnit;
  }
  return quantity;
}

const never = (): boolean => false;
const SIGNS = new Set(['-', '\u2212', '\u2013', '+']);

/**
 * One quantity, the whole text (a table cell, a figure with its unit). A unit not in the list is
 * kept as written when it is a few plain words (`15 tàu cá` → unit `tàu cá`); anything else after
 * the figure is a failure.
 */
export function parseQuantity(text: string, options: QuantityOptions = {}): Result<Quantity> {
  const trimmed = text.normalize('NFC').trim();
  const units = unitTable(options.units);
  let body = trimmed;
  let negative = false;
  // (2,5): accounting style for a negative figure, accepted in a whole cell only.
  const parenthesized = body.length > 2 && body.startsWith('(') && body.endsWith(')');
  if (parenthesized) {
    body = body.slice(1, -1).trim();
    negative = true;
  } else if (SIGNS.has(body.charAt(0))) {
    negative = body.charAt(0) !== '+';
    body = body.slice(1);
  }
  if (!isDigitAt(body, 0)) return fail(`${quote(text)} does not start with a figure`);
  const lower = lowerSameLength(body);
  const read = readQuantityAt(body, lower, 0, units, never);
  if (!read.ok) {
    if (read.malformed) {
      let end = 0;
      while (isDigitAt(body, end) || body.charAt(end) === '.' || body.charAt(end) === ',') end++;
      const number = parseNumber(body.slice(0, end));
      return fail(number.ok ? `${quote(text)} is not a quantity` : number.reason);
    }
    return fail(`${quote(text)}: ${read.reason}`);
  }
  if (parenthesized && read.kind !== 'number') {
    return fail(`${quote(text)}: only a single figure can be written in parentheses`);
  }
  let extraUnit: string | undefined;
  if (read.end !== body.length) {
    const rest = body.slice(read.end).trim();
    const plainWords = rest.length <= 40 && isFewWords(rest);
    if (read.suffix.unit !== undefined || !plainWords) {
      return fail(`${quote(text)} has unexpected text after the quantity: ${quote(rest)}`);
    }
    extraUnit = rest;
  }
  return ok(toQuantity(read, trimmed, negative, extraUnit));
}

/** One to four words of letters separated by single spaces: `tàu cá`. */
function isFewWords(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length <= 4 && words.every((word) => word !== '' && letterRunEnd(word, 0) === word.length)
  );
}

/** Words before a number that make it a name or an ordinal: `quý I`, `số 142`, `lần thứ 41` … */
const NAME_WORDS = new Set([
  'quý',
  'tháng',
  'năm',
  'ngày',
  'khóa',
  'khoá',
  'thứ',
  'số',
  'km',
  'ql',
  'lộ',
  'đt',
  'điều',
  'khoản',
  'chương',
  'mục',
  'phần',
  'tập',
  'ngã',
  'đợt',
  'lần',
  'kỳ',
  'kì',
  'kho',
  'phường',
  'quận',
  'khu',
  'tổ',
  'thôn',
  'ấp',
  'xóm',
  'lô',
  'tầng',
  'phòng',
  'biểu',
  'mẫu',
  'nhóm',
  'vùng',
  'hạng',
  'bến',
  'trang',
  'khối',
  'lớp',
]);

/** Two-word names: `Nghị quyết Trung ương 8`, `đường tỉnh 352`, `giai đoạn 2`, `Phụ lục 3`. */
const NAME_PHRASES = new Set(['trung ương', 'đường tỉnh', 'giai đoạn', 'phụ lục']);

/** The word ending just before `end` (after skipping inline spaces): [word, start], or undefined. */
function wordBefore(lower: string, end: number): readonly [string, number] | undefined {
  let i = end;
  while (i > 0 && isInlineSpace(lower.charCodeAt(i - 1))) i--;
  if (i === end) return undefined;
  const wordEnd = i;
  while (i > 0 && isLetterAt(lower, i - 1) && wordEnd - i < 24) i--;
  return i === wordEnd ? undefined : [lower.slice(i, wordEnd), i];
}

function namedBefore(lower: string, index: number): boolean {
  const first = wordBefore(lower, index);
  if (first === undefined) return false;
  const second = wordBefore(lower, first[1]);
  if (first[0] === 'số') return second?.[0] !== 'tổng'; // tổng số 533 is a total
  if (NAME_WORDS.has(first[0])) return true;
  return second !== undefined && NAME_PHRASES.has(`${second[0]} ${first[0]}`);
}

/** `1.`, `(1)`, `1)` opening a line: a numbering marker, not a figure. */
function isLineMarker(text: string, index: number, end: number): boolean {
  let i = index;
  const opened = text.charAt(i - 1) === '(';
  if (opened) i--;
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charAt(i - 1) !== '\n') return false;
  const next = text.charAt(end);
  if (opened) return next === ')';
  if (next === ')') return true;
  return next === '.' && (end + 1 >= text.length || isSpaceAt(text, end + 1));
}

function isYear(figure: Figure): boolean {
  const value = Number(figure.intDigits);
  return (
    !figure.grouped &&
    !figure.hasFraction &&
    figure.intDigits.length === 4 &&
    value >= MIN_YEAR &&
    value <= MAX_YEAR
  );
}

function isBare(suffix: Suffix): boolean {
  return suffix.unit === undefined && suffix.scale === undefined;
}

/** Offsets covered by dates, periods and document references. */
function excludedOffsets(text: string, lower: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  const spans = [
    ...scanDocumentReferences(text, lower),
    ...scanDates(text, lower),
    ...scanPeriods(text, lower),
  ];
  for (const span of spans) mask.fill(1, span.start, span.end);
  return mask;
}

/**
 * Every quantity in a text, in order, with offsets into `text` as given
 * (`text.slice(q.start, q.end) === q.raw`). Parentheses are not read as negatives in running text
 * (`Ngô Quyền (02)` is a count of 2); a minus sign glued to the digits is.
 */
export function findQuantities(text: string, options: QuantityOptions = {}): QuantityMatch[] {
  const nfc = toNfc(text);
  const s = nfc.text;
  const lower = lowerSameLength(s);
  const units = unitTable(options.units);
  const mask = excludedOffsets(s, lower);
  const blocked = (offset: number): boolean => mask[offset] === 1;
  const found: QuantityMatch[] = [];
  let nameEnd = -1;
  let i = 0;
  while (i < s.length) {
    if (!isDigitAt(s, i)) {
      i++;
      continue;
    }
    if (mask[i] === 1) {
      while (i < s.length && mask[i] === 1) i++;
      continue;
    }
    const digitEnd = digitsEnd(s, i);
    if (!startsFreeNumber(s, i) || isLineMarker(s, i, digitEnd)) {
      i = isLetterAt(s, i - 1) ? skipCodeRun(s, i) : digitEnd;
      continue;
    }
    if (namedBefore(lower, i)) {
      nameEnd = digitEnd;
      i = digitEnd;
      continue;
    }
    const before = s.charAt(i - 1);
    const negative =
      (before === '-' || before === '\u2212') &&
      (i === 1 || isSpaceAt(s, i - 2) || s.charAt(i - 2) === '(');
    const read = readQuantityAt(s, lower, i, units, blocked);
    if (!read.ok) {
      i = Math.max(read.end, digitEnd);
      continue;
    }
    const bare = isBare(read.suffix);
    // Not quantities: years (Hải Phòng 2023), month/year (02/2023), spans of years, list tails of names (số 3, 4).
    const gap = nameEnd >= 0 && i - nameEnd <= 6 ? s.slice(nameEnd, i).trim() : '';
    const skip =
      bare &&
      ((read.kind === 'number' && isYear(read.first)) ||
        (read.kind === 'range' && isYear(read.first) && isYear(read.second)) ||
        (read.kind === 'fraction' &&
          isYear(read.second) &&
          !read.first.grouped &&
          !read.first.hasFraction &&
          read.first.intDigits.length <= 2 &&
          Number(read.first.intDigits) >= 1 &&
          Number(read.first.intDigits) <= 12) ||
        gap === ',' ||
        gap === 'và');
    if (skip) {
      if (gap === ',' || gap === 'và') nameEnd = read.end;
      i = read.end;
      continue;
    }
    const rawStart = negative ? i - 1 : i;
    const start = nfc.toOriginal(rawStart);
    const end = nfc.toOriginal(read.end);
    const quantity = toQuantity(read, text.slice(start, end), negative, undefined);
    found.push(Object.assign(quantity, { start, end }));
    i = read.end;
  }
  return found;
}
