/**
 * Exact decimals for base values. `24.042,91 tỷ` is 24042.91 × 10⁹; in floating point that is
 * 24042910000000.004, so the scale is applied by moving the decimal point in the digit string and
 * the result is converted to a number once, at the end.
 *
 *   shift({ negative: false, int: '24042', frac: '91' }, 9) → int '24042910000000', frac ''
 *   toDecimalString(…)                                     → '24042910000000'
 *   toNumber(…)                                            → 24042910000000
 */

export interface Decimal {
  negative: boolean;
  /** Integer digits without leading zeros (`'0'` for zero). */
  int: string;
  /** Fraction digits without trailing zeros (`''` for an integer). */
  frac: string;
}

export function makeDecimal(negative: boolean, intDigits: string, fracDigits: string): Decimal {
  let start = 0;
  while (start < intDigits.length - 1 && intDigits.charCodeAt(start) === 48) start++;
  let end = fracDigits.length;
  while (end > 0 && fracDigits.charCodeAt(end - 1) === 48) end--;
  const int = intDigits.slice(start) || '0';
  const frac = fracDigits.slice(0, end);
  return { negative: negative && !(int === '0' && frac === ''), int, frac };
}

/** Multiplies by 10^exponent (exponent ≥ 0) exactly. */
export function shift(value: Decimal, exponent: number): Decimal {
  if (exponent <= 0) return value;
  const moved = value.frac.slice(0, exponent).padEnd(exponent, '0');
  return makeDecimal(value.negative, value.int + moved, value.frac.slice(exponent));
}

/** Divides by 10^exponent (exponent ≥ 0) exactly. */
export function unshift(value: Decimal, exponent: number): Decimal {
  if (exponent <= 0) return value;
  const int = value.int.padStart(exponent + 1, '0');
  const cut = int.length - exponent;
  return makeDecimal(value.negative, int.slice(0, cut), int.slice(cut) + value.frac);
}

/** `-24042.91` → the decimal it writes; anything but plain decimal notation → undefined. */
export function parseDecimalString(text: string): Decimal | undefined {
  const match = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(text);
  if (!match) return undefined;
  return makeDecimal(match[1] === '-', match[2] ?? '0', match[3] ?? '');
}

export function negate(value: Decimal): Decimal {
  return makeDecimal(!value.negative, value.int, value.frac);
}

/** `-24042.91`, `3500000000`: plain decimal notation, never an exponent. */
export function toDecimalString(value: Decimal): string {
  return `${value.negative ? '-' : ''}${value.int}${value.frac ? `.${value.frac}` : ''}`;
}

/** The nearest double, rounded once (exact whenever the value is representable). */
export function toNumber(value: Decimal): number {
  return Number(toDecimalString(value));
}

/** Orders two decimals exactly. */
export function compare(a: Decimal, b: Decimal): number {
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  const sign = a.negative ? -1 : 1;
  if (a.int.length !== b.int.length) return sign * (a.int.length - b.int.length);
  if (a.int !== b.int) return sign * (a.int < b.int ? -1 : 1);
  const width = Math.max(a.frac.length, b.frac.length);
  const fa = a.frac.padEnd(width, '0');
  const fb = b.frac.padEnd(width, '0');
  if (fa === fb) return 0;
  return sign * (fa < fb ? -1 : 1);
}

/**
 * The decimal a double prints as (its shortest round-trip form), exponent notation included:
 * `24042.91` → 24042.91, `1e21` → 1000000000000000000000. Not finite → undefined.
 */
export function decimalOfNumber(value: number): Decimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  const [mantissa = '0', exponentText] = Math.abs(value).toString().split('e');
  const [intDigits = '0', fracDigits = ''] = mantissa.split('.');
  const digits = intDigits + fracDigits;
  const point = intDigits.length + Number(exponentText ?? 0);
  const negative = value < 0;
  if (point <= 0) return makeDecimal(negative, '0', '0'.repeat(-point) + digits);
  if (point >= digits.length) return makeDecimal(negative, digits.padEnd(point, '0'), '');
  return makeDecimal(negative, digits.slice(0, point), digits.slice(point));
}
