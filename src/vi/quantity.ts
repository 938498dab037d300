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
 *   parseQuantity('3/2023')             → { ok: false, … month/period } (month/year, not 3 of 2023)
 *   parseQuantity('31/3')               → { ok: false, … date } (day/month: 31 > 3, no part of a target)
 *   findQuantities('kết nạp được 688/4.100 đảng viên mới (đạt 16,8% kế hoạch)')
 *       → the fraction and 16,8 %, with offsets. Dates (`12/4/2023`), document codes (`12-NQ/TW`),
 *         ordinals and names (`quý I`, `số 142 Lê Lai`, `Km19+645`, `lần thứ 41`,
 *         `Nghị quyết Trung ương 8`, `Chương trình 135`) and years (`năm 2023`, `2021 - 2025`) are
 *         not quantities.
 *   findQuantities('Quốc khánh 2/9 tổ chức 12 đoàn') → only 12 đoàn (`2/9` is 2 September)
 *   findQuantities('mỗi năm 2.000 lao động')         → 2000 lao động (a name word such as `năm`
 *         only makes a bare, ungrouped integer in its range a name: `năm 2023`, `tháng 5`)
 *   findQuantities('lúc 8 giờ 30 phút họp 2 giờ')    → 2 giờ (a time of day is not a quantity; a
 *         single figure with `giờ` or `phút` is a duration)
 */
import { daysInMonth, isReportYear, MAX_YEAR, MIN_YEAR } from './calendar.js';
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
  MINUS,
  previousWord,
  skipInlineSpaces,
  type WordSpan,
} from './chars.js';
import { scanDates, startsFreeNumber } from './date.js';
import { compare, type Decimal, negate, shift, toDecimalString, toNumber } from './decimal.js';
import { scanDocumentReferences } from './document-reference.js';
import { toNfc } from './nfc.js';
import {
  dashReason,
  explainFigure,
  type Figure,
  figureRule,
  parseNumber,
  scanFigure,
} from './number.js';
import { scanPeriods } from './period.js';
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
  /**
   * Told of each figure `findQuantities` will not read although it stands as a figure: one that
   * starts with a separator (`,5 tỷ USD`: a lost zero), one that reads two ways (`1,000`, `1.5
   * triệu`), one too large to hold. It is never given a value.
   */
  onProblem?: (problem: FigureProblem) => void;
  /**
   * Whether a plain space groups thousands (`1 234 567`; default true). False for text a PDF's
   * layout made, where it may be the gap between two cells (see `scanFigure`).
   */
  spaceGroups?: boolean;
}

export interface FigureProblem {
  ruleId: 'number-ambiguous' | 'number-malformed' | 'number-too-large';
  /** UTF-16 offsets of the figure in the text as given. */
  start: number;
  end: number;
  raw: string;
  reason: string;
}

/** Integer digits a base value may have: DECIMAL(38,10) of the records. */
const MAX_BASE_DIGITS = 28;

/** A figure beyond what a double holds (10^309): it has no value to give. */
function overflows(figure: Figure): boolean {
  return !Number.isFinite(toNumber(figure.decimal));
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

function isBare(suffix: Suffix): boolean {
  return suffix.unit === undefined && suffix.scale === undefined;
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

/** The value of a figure written as a plain integer of at most `maxDigits` digits (`05`, `2023`). */
function plainInteger(figure: Figure, maxDigits: number): number | undefined {
  if (figure.grouped || figure.hasFraction || figure.intDigits.length > maxDigits) return undefined;
  return Number(figure.intDigits);
}

/** A year as a bare figure: four plain digits, 1900–2100 (the bound of `calendar.ts`). */
function isYear(figure: Figure): boolean {
  const value = plainInteger(figure, 4);
  return value !== undefined && figure.intDigits.length === 4 && isReportYear(value);
}

/**
 * `3/2023`, `05/2023`: a month and a year, that is a period, never 3 of 2023. One test for
 * parseQuantity and findQuantities.
 */
function isMonthYear(first: Figure, second: Figure): boolean {
  const month = plainInteger(first, 2);
  return month !== undefined && month >= 1 && month <= 12 && isYear(second);
}

/** `2/9`, `31/3`: the shape of a day and a month (a day the month has, in a leap year). */
function dayMonth(first: Figure, second: Figure): readonly [number, number] | undefined {
  const day = plainInteger(first, 2);
  const month = plainInteger(second, 2);
  if (day === undefined || month === undefined || month < 1 || month > 12) return undefined;
  return day >= 1 && day <= daysInMonth(2024, month) ? [day, month] : undefined;
}

/**
 * Words before a day/month that make it a date: sáng/chiều/tối/trưa/đêm (morning … night),
 * trước (before), đến (until), từ/kể từ (since), dịp/lễ (the occasion of), hết (the end of),
 * ngày (day), hôm, vào (on), hạn/hạn chót (deadline), and the holidays written with their date.
 */
const DATE_WORDS: ReadonlySet<string> = new Set([
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'trước',
  'đến',
  'từ',
  'dịp',
  'lễ',
  'hết',
  'ngày',
  'hôm',
  'vào',
  'hạn',
  'chót',
]);
const DATE_PHRASES: ReadonlySet<string> = new Set(['quốc khánh', 'thiếu nhi']);

/** Words around a day/month-shaped figure that make it part of a target: `trên 2/3 tổng số`, `đạt 8/10`. */
const COUNT_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'đạt',
  'trên',
  'dưới',
  'được',
  'có',
  'khoảng',
  'gần',
  'hơn',
  'vượt',
]);
const COUNT_WORDS_AFTER: ReadonlySet<string> = new Set(['số', 'tổng']);

/** `last` with the word before it, joined by a space (`quốc khánh`), or undefined. */
function withWordBefore(lower: string, last: WordSpan): string | undefined {
  const first = previousWord(lower, last.start);
  return first === undefined ? undefined : `${first.word} ${last.word}`;
}

/** `D/M` ending at `end` (`30/4` in `dịp 30/4 - 1/5`). */
function dayMonthEndsAt(text: string, end: number): boolean {
  const monthStart = end - (isDigitAt(text, end - 2) ? 2 : 1);
  if (!isDigitAt(text, monthStart) || isDigitAt(text, monthStart - 1)) return false;
  if (text.charAt(monthStart - 1) !== '/') return false;
  const dayEnd = monthStart - 1;
  const dayStart = dayEnd - (isDigitAt(text, dayEnd - 2) ? 2 : 1);
  if (!isDigitAt(text, dayStart) || isAlnumAt(text, dayStart - 1)) return false;
  if ('/.,'.includes(text.charAt(dayStart - 1)) && dayStart > 0) return false;
  const day = Number(text.slice(dayStart, dayEnd));
  const month = Number(text.slice(monthStart, end));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}

/** Is the figure at `index` preceded by a date word, or by a day/month and a dash (`30/4 - 1/5`)? */
function dateBefore(text: string, lower: string, index: number): boolean {
  const last = previousWord(lower, index);
  if (last !== undefined) {
    if (DATE_WORDS.has(last.word)) return true;
    const two = withWordBefore(lower, last);
    if (two !== undefined && DATE_PHRASES.has(two)) return true;
  }
  let p = index;
  while (p > 0 && isInlineSpace(text.charCodeAt(p - 1))) p--;
  if (p === 0 || !isDash(text.charCodeAt(p - 1))) return false;
  p--;
  while (p > 0 && isInlineSpace(text.charCodeAt(p - 1))) p--;
  return dayMonthEndsAt(text, p);
}

function countWordBefore(lower: string, index: number): boolean {
  const before = previousWord(lower, index);
  return before !== undefined && COUNT_WORDS_BEFORE.has(before.word);
}

function countWordAfter(lower: string, end: number): boolean {
  const next = skipInlineSpaces(lower, end);
  return next > end && COUNT_WORDS_AFTER.has(lower.slice(next, letterRunEnd(lower, next)));
}

/**
 * Is a day/month-shaped fraction (`D/M`, D 1–31, M 1–12) a date? In this order: yes after a date
 * word (`dịp 30/4`, `Quốc khánh 2/9 tổ chức …`); no after a count word (`đạt 12/10 đảng viên`);
 * yes when the day is past the month (`Hạn chót 31/3 …`: a part rarely exceeds a target of at most
 * 12, a unit-like word after a date is often a verb); no with a unit or scale (`3/5 xã`, `10/12
 * chỉ tiêu`) or `số`/`tổng` after (`2/3 số đại biểu`); a bare `2/9` is a date. Denominators past
 * 12 (`12/15 dự án`) and grouped figures (`688/4.100`) never get here.
 */
function readsAsDate(
  text: string,
  lower: string,
  index: number,
  [day, month]: readonly [number, number],
  suffix: Suffix,
  end: number,
): boolean {
  if (dateBefore(text, lower, index)) return true;
  if (countWordBefore(lower, index)) return false;
  if (day > month) return true;
  if (!isBare(suffix)) return false;
  return !countWordAfter(lower, end);
}

type Read =
  | { ok: true; kind: 'number'; first: Figure; suffix: Suffix; end: number }
  | { ok: true; kind: 'range'; first: Figure; second: Figure; suffix: Suffix; end: number }
  | { ok: true; kind: 'fraction'; first: Figure; second: Figure; suffix: Suffix; end: number }
  | { ok: false; malformed: boolean; reason: string; end: number };

function notQuantity(reason: string, end: number): Read {
  return { ok: false, malformed: false, reason, end };
}

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
  spaces = true,
): Read {
  const first = scanFigure(text, index, spaces);
  if (!first.ok)
    return { ok: false, malformed: true, reason: 'not a vi-VN number', end: first.end };
  if (text.charAt(first.end) === '/' && isDigitAt(text, first.end + 1)) {
    const second = scanFigure(text, first.end + 1, spaces);
    if (!second.ok)
      return { ok: false, malformed: true, reason: 'not a vi-VN number', end: second.end };
    if (gluedToCode(text, second.end)) {
      return notQuantity('looks like a date or a document code', skipCodeRun(text, second.end));
    }
    if (isMonthYear(first, second)) {
      return notQuantity('looks like a month/period (month/year), not a fraction', second.end);
    }
    const suffix = readSuffix(text, lower, second.end, units);
    if (suffix.glued) {
      return notQuantity('letters glued to the figure', skipCodeRun(text, second.end));
    }
    const date = dayMonth(first, second);
    if (date !== undefined && readsAsDate(text, lower, index, date, suffix, second.end)) {
      return notQuantity(
        'looks like a date (day/month), not a fraction; a part of a target is written with its unit (3/5 xã)',
        second.end,
      );
    }
    return { ok: true, kind: 'fraction', first, second, suffix, end: suffix.end };
  }
  if (gluedToCode(text, first.end) || text.charAt(first.end) === '/') {
    return notQuantity('looks like a date or a document code', skipCodeRun(text, first.end));
  }
  const suffix = readSuffix(text, lower, first.end, units);
  if (suffix.glued) {
    return notQuantity('letters glued to the figure', skipCodeRun(text, first.end));
  }
  const single: Read = { ok: true, kind: 'number', first, suffix, end: suffix.end };
  if (suffix.unit !== undefined && !isPercent(suffix)) return single;

  // A range: `12,7 - 13`, `12,7% - 13%`, `15,9-16,2`, `2.000 - 2.500 tỷ`.
  const dash = skipInlineSpaces(text, suffix.end);
  if (!isRangeSeparator(text.charCodeAt(dash))) return single;
  const secondAt = skipInlineSpaces(text, dash + 1);
  if (!isDigitAt(text, secondAt) || blocked(secondAt)) return single;
  const second = scanFigure(text, secondAt, spaces);
  if (!second.ok) return single;
  if (text.charAt(second.end) === '/') {
    // `20-25/3`: the 20th to the 25th of March.
    const days =
      isBare(suffix) &&
      isDigitAt(text, second.end + 1) &&
      plainInteger(first, 2) !== undefined &&
      plainInteger(second, 2) !== undefined;
    return days
      ? notQuantity('looks like a range of days (20-25/3)', skipCodeRun(text, second.end))
      : single;
  }
  if (gluedToCode(text, second.end)) return single;
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

/**
 * Builds the public Quantity from a successful read. Optional fields (`scale`, `unit`,
 * `currency`) are assigned only when there is a value, never set to `undefined`
 * (exactOptionalPropertyTypes).
 */
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

/**
 * One quantity, the whole text (a table cell, a figure with its unit). A unit not in the list is
 * kept as written when it is a few plain words (`15 tàu cá` → unit `tàu cá`); anything else after
 * the figure is a failure. Signs are `-`, `−` (U+2212) and `+`; an en dash is not a sign.
 */
export function parseQuantity(text: string, options: QuantityOptions = {}): Result<Quantity> {
  const trimmed = text.normalize('NFC').trim();
  const units = unitTable(options.units);
  let body = trimmed;
  let negative = false;
  // (2,5): accounting style for a negative figure, accepted in a whole cell only.
  const parenthesized = body.length > 2 && body.startsWith('(') && body.endsWith(')');
  const sign = body.charAt(0);
  if (parenthesized) {
    body = body.slice(1, -1).trim();
    negative = true;
  } else if (MINUS.has(sign) || sign === '+') {
    negative = sign !== '+';
    body = body.slice(1);
  } else if (isDash(body.charCodeAt(0))) {
    return fail(dashReason(text));
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
  if (overflows(read.first) || ('second' in read && overflows(read.second))) {
    return fail(`${quote(text)} is too large to be a figure`);
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

/** The end of the run of digits, dots and commas at `index`. */
function numberRunEnd(text: string, index: number): number {
  let i = index;
  while (
    isDigitAt(text, i) ||
    ((text.charAt(i) === '.' || text.charAt(i) === ',') && isDigitAt(text, i + 1))
  )
    i++;
  return i;
}

/** One to four words of letters separated by single spaces: `tàu cá`. */
function isFewWords(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length <= 4 && words.every((word) => word !== '' && letterRunEnd(word, 0) === word.length)
  );
}

const ANY: readonly [number, number] = [0, Number.POSITIVE_INFINITY];

/**
 * Words before a figure that make it a name or an ordinal, with the integers they name: `năm
 * 2023` (a year), `tháng 5`, `ngày 15`, `quý 2`, `khóa 13`, `lần thứ 41`, `số 142`, `Km 19`. Only
 * a bare, ungrouped integer in that range is a name: `mỗi năm 2.000 lao động`, `hằng tháng 50 triệu
 * đồng` and `cùng kỳ 9,46%` are figures.
 */
const NAME_WORDS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['năm', [MIN_YEAR, MAX_YEAR]],
  ['tháng', [1, 12]],
  ['ngày', [1, 31]],
  ['quý', [1, 4]],
  ['lúc', [0, 24]],
  ['khóa', [1, 99]],
  ['khoá', [1, 99]],
  ['thứ', ANY],
  ['số', ANY],
  ['km', ANY],
  ['ql', ANY],
  ['lộ', ANY],
  ['đt', ANY],
  ['điều', ANY],
  ['khoản', ANY],
  ['chương', ANY],
  ['mục', ANY],
  ['phần', ANY],
  ['tập', ANY],
  ['ngã', ANY],
  ['đợt', ANY],
  ['lần', ANY],
  ['kỳ', ANY],
  ['kì', ANY],
  ['kho', ANY],
  ['xã', ANY],
  ['phường', ANY],
  ['quận', ANY],
  ['khu', ANY],
  ['tổ', ANY],
  ['thôn', ANY],
  ['ấp', ANY],
  ['xóm', ANY],
  ['lô', ANY],
  ['tầng', ANY],
  ['phòng', ANY],
  ['biểu', ANY],
  ['mẫu', ANY],
  ['nhóm', ANY],
  ['vùng', ANY],
  ['hạng', ANY],
  ['bến', ANY],
  ['trang', ANY],
  ['khối', ANY],
  ['lớp', ANY],
]);

/**
 * Two-word names: `Nghị quyết Trung ương 8`, `đường tỉnh 352`, `giai đoạn 2`, `Phụ lục 3`,
 * `Chương trình 135`.
 */
const NAME_PHRASES: ReadonlySet<string> = new Set([
  'trung ương',
  'đường tỉnh',
  'giai đoạn',
  'phụ lục',
  'chương trình',
]);

/** Is a bare read (a plain integer, or a range of them) a name after the word before it? */
function namedBefore(lower: string, index: number, read: Extract<Read, { ok: true }>): boolean {
  if (read.kind === 'fraction' || !isBare(read.suffix)) return false;
  const values = [plainInteger(read.first, 9)];
  if (read.kind === 'range') values.push(plainInteger(read.second, 9));
  const last = previousWord(lower, index);
  if (last === undefined) return false;
  const two = withWordBefore(lower, last);
  let range = NAME_WORDS.get(last.word);
  if (last.word === 'số' && two === 'tổng số') range = undefined; // tổng số 533 is a total
  if (range === undefined && two !== undefined && NAME_PHRASES.has(two)) range = ANY;
  if (range === undefined) return false;
  const [min, max] = range;
  return values.every((value) => value !== undefined && value >= min && value <= max);
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

/**
 * The end of a time of day starting with the read at `index`, or -1: `8 giờ 30 phút`, `8 giờ
 * 30`, `lúc 14 giờ`. A single figure with `giờ` or `phút` (`họp 2 giờ`, `30 phút`) is a duration
 * and stays a quantity.
 */
function timeOfDayEnd(
  text: string,
  lower: string,
  index: number,
  read: Extract<Read, { ok: true }>,
  units: UnitTable,
): number {
  if (read.kind !== 'number' || read.suffix.unit?.unit !== 'giờ' || read.suffix.scale) return -1;
  const hour = plainInteger(read.first, 2);
  if (hour === undefined || hour > 24) return -1;
  const minutesAt = skipInlineSpaces(text, read.end);
  if (minutesAt > read.end && isDigitAt(text, minutesAt)) {
    const minutes = readQuantityAt(text, lower, minutesAt, units, never);
    const value = minutes.ok ? plainInteger(minutes.first, 2) : undefined;
    if (
      minutes.ok &&
      minutes.kind === 'number' &&
      value !== undefined &&
      value <= 59 &&
      (isBare(minutes.suffix) || minutes.suffix.unit?.unit === 'phút')
    ) {
      return minutes.end;
    }
  }
  return previousWord(lower, index)?.word === 'lúc' ? read.end : -1;
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
 * (`Ngô Quyền (02)` is a count of 2); a minus sign (`-`, `−`) glued to the digits is.
 */
export function findQuantities(text: string, options: QuantityOptions = {}): QuantityMatch[] {
  const nfc = toNfc(text);
  const s = nfc.text;
  const lower = lowerSameLength(s);
  const units = unitTable(options.units);
  const mask = excludedOffsets(s, lower);
  const blocked = (offset: number): boolean => mask[offset] === 1;
  const spaces = options.spaceGroups ?? true;
  const found: QuantityMatch[] = [];
  const report = (
    ruleId: FigureProblem['ruleId'],
    from: number,
    to: number,
    reason: (raw: string) => string,
  ): void => {
    if (options.onProblem === undefined) return;
    const start = nfc.toOriginal(from);
    const end = nfc.toOriginal(to);
    const raw = text.slice(start, end);
    options.onProblem({ ruleId, start, end, raw, reason: reason(raw) });
  };
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
    const lead = s.charAt(i - 1);
    if ((lead === ',' || lead === '.') && i > 0 && !isAlnumAt(s, i - 2)) {
      // `,5 tỷ USD`: the PDF conversion dropped the 0 before the separator; 5 would be 10× off.
      const read = readQuantityAt(s, lower, i, units, blocked, spaces);
      const figureEnd = read.ok ? read.first.end : Math.max(read.end, digitEnd);
      report('number-malformed', i - 1, figureEnd, (raw) => explainFigure(raw));
      i = Math.max(read.end, digitEnd);
      continue;
    }
    if (!startsFreeNumber(s, i) || isLineMarker(s, i, digitEnd)) {
      i = isLetterAt(s, i - 1) ? skipCodeRun(s, i) : digitEnd;
      continue;
    }
    const read = readQuantityAt(s, lower, i, units, blocked, spaces);
    if (!read.ok) {
      // `1.5 triệu`, `1,000 tỷ`: a figure by its unit that reads two ways. (A bare `1.2` may be
      // a section number: not a figure, not a problem.)
      const run = numberRunEnd(s, i);
      if (read.malformed && !isBare(readSuffix(s, lower, run, units))) {
        const reason = explainFigure(s.slice(i, run));
        report(figureRule(reason), i, run, () => reason);
      }
      i = Math.max(read.end, digitEnd);
      continue;
    }
    if (overflows(read.first) || ('second' in read && overflows(read.second))) {
      report('number-too-large', i, read.end, (raw) => `${quote(raw)} is too large to be a figure`);
      i = read.end;
      continue;
    }
    if (namedBefore(lower, i, read)) {
      nameEnd = read.end;
      i = read.end;
      continue;
    }
    const clock = timeOfDayEnd(s, lower, i, read, units);
    if (clock >= 0) {
      i = clock;
      continue;
    }
    const bare = isBare(read.suffix);
    // Not quantities: years (Hải Phòng 2023), spans of years, list tails of names (số 3, 4).
    const gap = nameEnd >= 0 && i - nameEnd <= 6 ? s.slice(nameEnd, i).trim() : '';
    const listTail =
      (gap === ',' || gap === 'và') &&
      read.kind === 'number' &&
      plainInteger(read.first, 9) !== undefined;
    const skip =
      bare &&
      ((read.kind === 'number' && isYear(read.first)) ||
        (read.kind === 'range' && isYear(read.first) && isYear(read.second)) ||
        listTail);
    if (skip) {
      if (listTail) nameEnd = read.end;
      i = read.end;
      continue;
    }
    const before = s.charAt(i - 1);
    const negative =
      MINUS.has(before) && (i === 1 || isSpaceAt(s, i - 2) || s.charAt(i - 2) === '(');
    const rawStart = negative ? i - 1 : i;
    const start = nfc.toOriginal(rawStart);
    const end = nfc.toOriginal(read.end);
    const quantity = toQuantity(read, text.slice(start, end), negative, undefined);
    found.push(Object.assign(quantity, { start, end }));
    const exponent = read.suffix.scale?.exponent ?? 0;
    const widest = Math.max(
      read.first.decimal.int.length,
      'second' in read ? read.second.decimal.int.length : 0,
    );
    if (widest + exponent > MAX_BASE_DIGITS) {
      report(
        'number-too-large',
        rawStart,
        read.end,
        (raw) =>
          `${quote(raw)} is too large for an exact base value (more than ${MAX_BASE_DIGITS} digits); its base value is not stored`,
      );
    }
    i = read.end;
  }
  return found;
}
