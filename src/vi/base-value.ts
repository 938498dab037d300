/**
 * A figure in base units, exactly: the value a table cell or a sentence gives in its unit
 * (`24042.91` `Tỷ đồng`), as an exact decimal string in the unit's base (`"24042910000000"`
 * đồng). The digits are those written (`9.007.199.254.740.993` is not the double
 * 9007199254740992): a double's shortest form is the text's own digits up to 15 significant
 * digits; beyond, they are read again from the text, and used when they round to the same double.
 *
 *   unitBase('Tỷ đồng')                                → { exponent: 9, unit: 'đồng', currency: 'VND' }
 *   exactBase(24042.91, '24.042,91', 'value', 9)        → '24042910000000'
 *   exactBase(12.7, '12,7 - 13', 'min', 0)              → '12.7'
 */
import {
  type Decimal,
  decimalOfNumber,
  parseDecimalString,
  shift,
  toDecimalString,
  toNumber,
  unshift,
} from './decimal.js';
import { parseQuantity } from './quantity.js';
import { parseUnitLabel, type UnitLabel } from './unit-label.js';

/** The base a unit label counts in, or undefined when the label is not understood. */
export function unitBase(label: string | null): UnitLabel | undefined {
  return label === null ? undefined : parseUnitLabel(label);
}

/** `value` × 10^`exponent` as an exact decimal string, from the digits `raw` writes. */
export function exactBase(
  value: number | undefined,
  raw: string,
  part: 'value' | 'min' | 'max',
  exponent: number,
): string | undefined {
  if (value === undefined) return undefined;
  let decimal = decimalOfNumber(value);
  if (decimal === undefined) return undefined;
  if (significantDigits(decimal) > 15) {
    const written = writtenFigures(raw)[part];
    if (written !== undefined && toNumber(written) === value) decimal = written;
  }
  return toDecimalString(shift(decimal, exponent));
}

function significantDigits({ int, frac }: Decimal): number {
  return int === '0' ? frac.replace(/^0+/, '').length : int.length + frac.length;
}

/** The figures of `raw` as written (before any scale word), exactly. */
function writtenFigures(raw: string): Partial<Record<'value' | 'min' | 'max', Decimal>> {
  const parsed = parseQuantity(raw);
  if (!parsed.ok) return {};
  const quantity = parsed.value;
  const exponent = quantity.scale?.exponent ?? 0;
  const back = (exact: string) => {
    const decimal = parseDecimalString(exact);
    return decimal === undefined ? undefined : unshift(decimal, exponent);
  };
  if (quantity.kind === 'number') {
    const value = back(quantity.baseValueExact);
    return value === undefined ? {} : { value };
  }
  if (quantity.kind === 'range') {
    const min = back(quantity.baseMinExact);
    const max = back(quantity.baseMaxExact);
    return { ...(min && { min }), ...(max && { max }) };
  }
  return {};
}
