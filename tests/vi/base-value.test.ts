import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactBase, unitBase } from '../../src/vi/base-value.js';

describe('exactBase: a figure in base units, from the digits as written', () => {
  it.each([
    [24042.91, '24.042,91', 'value', 9, '24042910000000'],
    [116442.134, '116.442,134', 'value', 9, '116442134000000'],
    [12.7, '12,7 - 13', 'min', 0, '12.7'],
    [13, '12,7 - 13', 'max', 0, '13'],
    [-9.46, '-9,46', 'value', 0, '-9.46'],
    [0.5, '0,5', 'value', 3, '500'],
    [1.714, '1,714', 'value', 0, '1.714'],
    // Beyond a double's 15 digits the written digits are taken, when they round to the same double.
    // The double the text rounds to is 9007199254740992.
    [Number('9007199254740993'), '9.007.199.254.740.993', 'value', 9, '9007199254740993000000000'],
    [1e30, '1e30', 'value', 12, `1${'0'.repeat(42)}`],
  ] as const)('%s (%s, %s) × 10^%s → %s', (value, raw, part, exponent, expected) => {
    expect(exactBase(value, raw, part, exponent)).toBe(expected);
  });

  it('gives nothing for no figure', () => {
    expect(exactBase(undefined, '', 'value', 9)).toBeUndefined();
  });

  it('shifts a double digit for digit: units / 10^d × 10^e, exactly as integer arithmetic says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(0, 3, 6, 9, 12),
        (units, decimals, exponent) => {
          const value = units / 10 ** decimals;
          const scaled = BigInt(units) * 10n ** BigInt(exponent);
          const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, '0');
          const int = digits.slice(0, digits.length - decimals);
          const frac = digits.slice(digits.length - decimals).replace(/0+$/, '');
          const expected = `${scaled < 0n ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
          expect(exactBase(value, String(value), 'value', exponent)).toBe(expected);
        },
      ),
    );
  });
});

describe('unitBase: the base a unit label counts in', () => {
  it.each([
    ['Tỷ đồng', { exponent: 9, unit: 'đồng', currency: 'VND' }],
    ['%', { exponent: 0, unit: '%' }],
    [null, undefined],
    ['2.000 tấn', undefined],
  ])('%s', (label, expected) => {
    expect(unitBase(label)).toEqual(expected);
  });
});
