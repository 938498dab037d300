/**
 * Vietnamese numbers (vi-VN): `.` groups thousands, `,` marks decimals. A wrong guess here is a
 * silent 1000× error in a warehouse, so anything that could be read two ways is rejected.
 *
 *   parseNumber('24.042,91')      → { ok: true, value: 24042.91 }
 *   parseNumber('1.714')          → 1714      (a dot before exactly 3 digits groups thousands)
 *   parseNumber('03')             → 3         (leading zeros in counts)
 *   parseNumber('1 234 567')      → 1234567   (spaces, also no-break spaces, group thousands)
 *   parseNumber('-2,5'), parseNumber('−2,5'), parseNumber('(2,5)') → -2.5   (`-` or U+2212)
 *   parseNumber('–2,5')           → { ok: false, … } (an en dash is a bullet or a range, not a sign)
 *   parseNumber('12.34')          → { ok: false, reason: 'ambiguous …' } (English decimal?)
 *   parseNumber('1,000')          → { ok: false, reason: 'ambiguous …' } (vi-VN 1 or English 1000?)
 *   parseNumber('268,048')        → 268.048   (three decimals, not a round thousand)
 *   parseNumber('1.23.4'), parseNumber('1,2,3') → { ok: false, … }
 *   parseNumber('9.007.199.254.740.993') → { ok: false, … } (beyond 2⁵³ − 1 a number loses digits;
 *                                   parseQuantity gives such figures exactly, as strings)
 *   formatNumber(24042.91)        → '24.042,91'
 */
import { isDash, isDigitAt, isDigitCode, isGroupSpace, MINUS } from './chars.js';
import { type Decimal, makeDecimal, toNumber } from './decimal.js';
import { fail, ok, quote, type Result } from './result.js';

/** A figure read by the scanner: its exact value and where it ends. */
export interface Figure {
  decimal: Decimal;
  /** Written with thousands separators (`4.100`, `1 234`). */
  grouped: boolean;
  /** Digits before the decimal comma and separators, as written (`03` → `'03'`). */
  intDigits: string;
  /** Decimal comma present. */
  hasFraction: boolean;
  start: number;
  end: number;
}

export type FigureScan =
  | ({ ok: true } & Figure)
  /** Not a vi-VN number (`12.34`, `1,2,3`): `end` is past the whole run of digits, dots and commas. */
  | { ok: false; end: number };

function threeDigitsAt(text: string, index: number): boolean {
  return (
    isDigitAt(text, index) &&
    isDigitAt(text, index + 1) &&
    isDigitAt(text, index + 2) &&
    !isDigitAt(text, index + 3)
  );
}

function skipNumberRun(text: string, index: number): number {
  let i = index;
  for (;;) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code) || code === 0x2e || code === 0x2c) i++;
    else return i;
  }
}

/**
 * Reads one unsigned vi-VN number starting at a digit. Linear: every character is looked at a
 * bounded number of times. A trailing `.`/`,` before a digit means the run is not a vi-VN number.
 * `spaces`: a plain space groups thousands too (`1 234 567`); without it only a no-break, narrow or
 * figure space does, as in text a PDF's layout made, where a space between two figures may be the
 * gap between two table cells (`24 298`: 24 schools, 298 classes).
 */
export function scanFigure(text: string, start: number, spaces = true): FigureScan {
  let i = start;
  while (isDigitAt(text, i)) i++;
  const firstGroup = i - start;
  let intDigits = text.slice(start, i);
  let grouped = false;
  const separator = text.charCodeAt(i);
  const groupable = firstGroup <= 3 && text.charCodeAt(start) !== 48;
  const groupSpace = isGroupSpace(separator) && (spaces || separator !== 0x20);
  if ((separator === 0x2e || groupSpace) && threeDigitsAt(text, i + 1)) {
    // `0.714` or `2023.123`: a dot that cannot be grouping is not guessed at.
    if (!groupable && separator === 0x2e) return { ok: false, end: skipNumberRun(text, i) };
    if (groupable) {
      while (text.charCodeAt(i) === separator && threeDigitsAt(text, i + 1)) {
        intDigits += text.slice(i + 1, i + 4);
        i += 4;
      }
      grouped = true;
    }
  }
  let fracDigits = '';
  let hasFraction = false;
  if (text.charCodeAt(i) === 0x2c && isDigitAt(text, i + 1)) {
    const fracStart = i + 1;
    i = fracStart;
    while (isDigitAt(text, i)) i++;
    fracDigits = text.slice(fracStart, i);
    hasFraction = true;
  }
  const next = text.charCodeAt(i);
  if ((next === 0x2e || next === 0x2c) && isDigitAt(text, i + 1)) {
    return { ok: false, end: skipNumberRun(text, i) };
  }
  if (!grouped && groupable && isRoundThousands(fracDigits)) return { ok: false, end: i };
  return {
    ok: true,
    decimal: makeDecimal(false, intDigits, fracDigits),
    grouped,
    intDigits,
    hasFraction,
    start,
    end: i,
  };
}

/**
 * `1,000`, `2,500`, `100,000`: three decimals ending in 0 after an ungrouped integer of at most
 * three digits. In vi-VN that is 1 or 2,5, which nobody writes with trailing zeros; in English it
 * is 1000 or 2500. Read either way it may be 1000 times wrong, so it is not read. (`268,048` is
 * vi-VN: English groups never carry the figures a report rounds to.)
 */
function isRoundThousands(fracDigits: string): boolean {
  return fracDigits.length === 3 && fracDigits.charCodeAt(2) === 48;
}

/** The problem rule of a reason from `explainFigure`. */
export function figureRule(reason: string): 'number-ambiguous' | 'number-malformed' {
  return reason.startsWith('ambiguous') ? 'number-ambiguous' : 'number-malformed';
}

/** Why a run of digits, dots, commas and spaces is not a vi-VN number. */
export function explainFigure(body: string): string {
  const commas = body.split(',');
  if (commas.length > 2) return `${quote(body)} has more than one decimal comma`;
  const [intPart = '', fracPart] = commas;
  if (intPart === '') {
    return `${quote(body)} starts with a separator: the digit before it was lost (0${body}?)`;
  }
  if (
    fracPart !== undefined &&
    /^[1-9][0-9]{0,2}$/.test(intPart) &&
    /^[0-9]{3}$/.test(fracPart) &&
    isRoundThousands(fracPart)
  ) {
    const vi = formatNumber(toNumber(makeDecimal(false, intPart, fracPart)));
    return `ambiguous: ${quote(body)} is ${vi} in vi-VN but ${intPart}${fracPart} in English, and vi-VN does not write decimals with trailing zeros`;
  }
  if (fracPart !== undefined && !/^[0-9]+$/.test(fracPart)) {
    return fracPart === ''
      ? `${quote(body)} ends with a decimal comma`
      : `${quote(body)} has a separator after the decimal comma (English format?)`;
  }
  const separators = new Set(intPart.replace(/[0-9]/g, ''));
  if (separators.size > 1) return `${quote(body)} mixes thousands separators`;
  const [separator = '.'] = separators;
  const groups = intPart.split(separator);
  const [first = ''] = groups;
  const rest = groups.slice(1);
  if (groups.some((group) => group === '')) {
    return `${quote(body)} has a misplaced thousands separator`;
  }
  if (separator === '.' && groups.length === 2 && fracPart === undefined && rest[0]?.length !== 3) {
    return `ambiguous: in ${quote(body)} a dot is followed by ${rest[0]?.length} digits, which is neither vi-VN grouping nor a vi-VN decimal (English decimal?)`;
  }
  if (rest.some((group) => group.length !== 3)) {
    return `${quote(body)} is malformed: groups after the first must have exactly 3 digits`;
  }
  if (first.length > 3)
    return `${quote(body)} is malformed: the first group has more than 3 digits`;
  if (first.startsWith('0')) {
    return `ambiguous: ${quote(body)} starts with a 0 group, which vi-VN grouping never does (English decimal?)`;
  }
  return `${quote(body)} is not a vi-VN number`;
}

/** The figure of a whole string, as an exact decimal (see `parseNumber`). */
function readWholeDecimal(text: string): Result<Decimal> {
  let body = text.normalize('NFC').trim();
  if (body === '') return fail('empty text is not a number');
  let negative = false;
  if (body.startsWith('(') && body.endsWith(')')) {
    // Accounting style: (2,5) is -2,5.
    body = body.slice(1, -1).trim();
    negative = true;
  }
  const sign = body.charAt(0);
  if (MINUS.has(sign) || sign === '+') {
    if (negative) return fail(`${quote(text)} has a sign inside parentheses`);
    negative = MINUS.has(sign);
    body = body.slice(1);
    if (!isDigitAt(body, 0)) return fail(`${quote(text)} has no digit right after its sign`);
  }
  if (isDash(body.charCodeAt(0))) return fail(dashReason(text));
  if (!isDigitAt(body, 0)) return fail(`${quote(text)} does not start with a digit`);
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (!isDigitCode(code) && code !== 0x2e && code !== 0x2c && !isGroupSpace(code)) {
      return fail(`${quote(text)} contains ${quote(body.charAt(i))}, not part of a number`);
    }
  }
  const scan = scanFigure(body, 0);
  if (!scan.ok || scan.end !== body.length) return fail(explainFigure(body));
  return ok(makeDecimal(negative, scan.decimal.int, scan.decimal.frac));
}

/** Why a figure after an en or em dash is not read as negative (shared with parseQuantity). */
export function dashReason(text: string): string {
  return `${quote(text)} starts with a dash that is not a minus sign (a bullet or a range?); a negative is written with - or −`;
}

const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);

/** Is the integer part beyond Number.MAX_SAFE_INTEGER, where a number no longer holds every digit? */
function beyondSafeInteger(value: Decimal): boolean {
  const { int } = value;
  return (
    int.length > MAX_SAFE_DIGITS.length ||
    (int.length === MAX_SAFE_DIGITS.length && int > MAX_SAFE_DIGITS)
  );
}

/**
 * One vi-VN number, the whole string: `.` thousands, `,` decimals, leading zeros allowed, signs
 * `-` `−` (U+2212) `+` and accounting parentheses. Ambiguous or malformed text fails with a reason,
 * and so does a figure whose integer part is beyond Number.MAX_SAFE_INTEGER: a number would
 * silently change its last digits. `parseQuantity` gives such figures exactly (`baseValueExact`).
 */
export function parseNumber(text: string): Result<number> {
  const parsed = readWholeDecimal(text);
  if (!parsed.ok) return parsed;
  if (beyondSafeInteger(parsed.value)) {
    return fail(
      `${quote(text)} is too large to read exactly as a number (beyond ${MAX_SAFE_DIGITS}); parseQuantity gives it exactly as a string`,
    );
  }
  return ok(toNumber(parsed.value));
}

/** `1e21` → `'1000000000000000000000'`, `1.5e-7` → `'0.00000015'`: no exponent notation. */
function plainDigits(value: number): string {
  const written = String(value);
  const e = written.indexOf('e');
  if (e < 0) return written;
  const negative = written.startsWith('-');
  const mantissa = written.slice(negative ? 1 : 0, e);
  const exponent = Number(written.slice(e + 1));
  const [intPart = '', fracPart = ''] = mantissa.split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + exponent;
  let plain: string;
  if (point <= 0) plain = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) plain = digits + '0'.repeat(point - digits.length);
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + plain;
}

export interface FormatOptions {
  /** Round to this many decimals (0–100); by default the shortest digits that read back exactly. */
  fractionDigits?: number;
}

/**
 * A number written the vi-VN way: `24042.91` → `'24.042,91'`, `-2.5` → `'-2,5'`. Without
 * `fractionDigits`, `parseNumber(formatNumber(x))` gives back `x` exactly. NaN and ±Infinity are
 * written as JavaScript writes them (they are not numbers a report can hold).
 */
export function formatNumber(value: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = options.fractionDigits;
  const fixed =
    digits !== undefined &&
    Number.isInteger(digits) &&
    digits >= 0 &&
    digits <= 100 &&
    Math.abs(value) < 1e21;
  const written = fixed ? value.toFixed(digits) : plainDigits(value);
  const negative = written.startsWith('-');
  const unsigned = negative ? written.slice(1) : written;
  const [int = '0', fraction = ''] = unsigned.split('.');
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += '.';
    grouped += int.charAt(i);
  }
  // -0 and a negative rounded to zero are written without a sign.
  const zero = /^[0.]*$/.test(unsigned);
  return `${negative && !zero ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
