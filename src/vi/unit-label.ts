/**
 * A unit as a table's unit column or header writes it, read as a multiplier and a base unit, so
 * that a figure can be given in base units exactly.
 *
 *   parseUnitLabel('Tỷ đồng')          → { exponent: 9, unit: 'đồng', currency: 'VND' }
 *   parseUnitLabel('1.000 lượt')       → { exponent: 3, unit: 'lượt' }
 *   parseUnitLabel('Triệu lượt khách') → { exponent: 6, unit: 'lượt khách' }   (kept as written)
 *   parseUnitLabel('%')                → { exponent: 0, unit: '%' }
 *   parseUnitLabel('2.000 tấn')        → undefined   (a multiplier that is no power of ten)
 *   parseUnitLabel('Tỷ lệ')            → { exponent: 0, unit: 'tỷ lệ' }   (a rate, not a billion)
 */
import { isDigitAt, lowerSameLength, skipInlineSpaces } from './chars.js';
import { scanFigure } from './number.js';
import { readScale, unitTable } from './units.js';

export interface UnitLabel {
  /** Power of ten one unit of the label is worth in base units: `Tỷ đồng` → 9. */
  exponent: number;
  /** Canonical base unit (`đồng`, `USD`, `%`), or the rest of the label as written. */
  unit: string;
  /** ISO 4217 code when the unit is a currency. */
  currency?: string;
}

/** `1`, `10`, `1.000`, `10.000` → its power of ten; anything else → undefined. */
function powerOfTen(digits: string): number | undefined {
  return /^10*$/.test(digits) ? digits.length - 1 : undefined;
}

export function parseUnitLabel(label: string): UnitLabel | undefined {
  const text = label.normalize('NFC').trim().replace(/\s+/g, ' ');
  const lower = lowerSameLength(text);
  let at = 0;
  let exponent = 0;
  if (isDigitAt(text, 0)) {
    const figure = scanFigure(text, 0);
    if (!figure.ok || figure.decimal.frac !== '') return undefined;
    const power = powerOfTen(figure.decimal.int);
    if (power === undefined) return undefined;
    exponent = power;
    at = skipInlineSpaces(text, figure.end);
  }
  const scale = readScale(lower, at);
  if (scale !== undefined) {
    exponent += scale.exponent;
    at = skipInlineSpaces(text, scale.end);
  }
  const rest = text.slice(at);
  if (rest === '' || isDigitAt(rest, 0)) return undefined;
  const known = unitTable().read(lower, at);
  if (known !== undefined && known.end === text.length) {
    return known.currency === undefined
      ? { exponent, unit: known.unit }
      : { exponent, unit: known.unit, currency: known.currency };
  }
  // An unknown or compound unit (`lượt khách`, `Tỷ đồng/năm`) keeps its words as written, lower-cased.
  return { exponent, unit: lower.slice(at) };
}
