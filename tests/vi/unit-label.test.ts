import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOfNumber, shift, toDecimalString } from '../../src/vi/decimal.js';
import { parseUnitLabel } from '../../src/vi/unit-label.js';

describe('parseUnitLabel: a unit column read as a power of ten and a base unit', () => {
  it.each([
    ['Tỷ đồng', { exponent: 9, unit: 'đồng', currency: 'VND' }],
    ['tỷ đồng', { exponent: 9, unit: 'đồng', currency: 'VND' }],
    ['Nghìn tỷ đồng', { exponent: 12, unit: 'đồng', currency: 'VND' }],
    ['Triệu USD', { exponent: 6, unit: 'USD', currency: 'USD' }],
    ['Triệu đô la', { exponent: 6, unit: 'USD', currency: 'USD' }],
    ['Nghìn tấn', { exponent: 3, unit: 'tấn' }],
    ['Ngàn tấn', { exponent: 3, unit: 'tấn' }],
    ['1.000 lượt', { exponent: 3, unit: 'lượt' }],
    ['10.000 tấn', { exponent: 4, unit: 'tấn' }],
    ['1000 TEU', { exponent: 3, unit: 'TEU' }],
    ['%', { exponent: 0, unit: '%' }],
    ['Người', { exponent: 0, unit: 'người' }],
    ['Doanh nghiệp', { exponent: 0, unit: 'doanh nghiệp' }],
    ['Triệu lượt khách', { exponent: 6, unit: 'lượt khách' }],
    ['Tỷ đồng/năm', { exponent: 9, unit: 'đồng/năm' }],
    ['  Tỷ   đồng ', { exponent: 9, unit: 'đồng', currency: 'VND' }],
    // `tỷ lệ` is a rate: no scale word in it.
    ['Tỷ lệ', { exponent: 0, unit: 'tỷ lệ' }],
  ])('%s', (label, expected) => {
    expect(parseUnitLabel(label)).toEqual(expected);
  });

  it.each([
    ['2.000 tấn', 'a multiplier that is no power of ten'],
    ['1,5 triệu đồng', 'a multiplier with decimals'],
    ['', 'nothing'],
    ['Tỷ', 'a scale without a unit'],
    ['1.000', 'a figure without a unit'],
  ])('%s → undefined (%s)', (label) => {
    expect(parseUnitLabel(label)).toBeUndefined();
  });

  it('never throws, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (label) => {
        const read = parseUnitLabel(label);
        if (read !== undefined) expect(read.exponent).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('decimalOfNumber: the decimal a double prints as', () => {
  it.each([
    [24042.91, '24042.91'],
    [-2.5, '-2.5'],
    [0, '0'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [123456789012345680000, '123456789012345680000'],
  ])('%s → %s', (value, text) => {
    const decimal = decimalOfNumber(value);
    expect(decimal && toDecimalString(decimal)).toBe(text);
  });

  it('is undefined for what is no number', () => {
    expect(decimalOfNumber(Number.NaN)).toBeUndefined();
    expect(decimalOfNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('reads back as the same double, and shifting multiplies exactly by a power of ten', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.nat(12),
        (value, exponent) => {
          const decimal = decimalOfNumber(value);
          expect(decimal).toBeDefined();
          if (decimal === undefined) return;
          expect(Number(toDecimalString(decimal))).toBe(value === 0 ? 0 : value);
          // Both sides are the exact decimal × 10^exponent, rounded once by the same parser.
          const shifted = Number(toDecimalString(shift(decimal, exponent)));
          expect(shifted).toBe(Number(`${toDecimalString(decimal)}e${exponent}`));
        },
      ),
    );
  });
});
