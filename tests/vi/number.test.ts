import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from '../../src/vi/index.js';
import { numberTokens, SEED } from './seed.js';

/**
 * Every number written in the seed report, with its value read by hand: `.` before exactly three
 * digits groups thousands, `,` is the decimal mark, leading zeros are counts (`07` → 7).
 */
const SEED_NUMBERS: ReadonlyArray<readonly [string, number]> = [
  ['2023', 2023],
  ['1', 1],
  ['12', 12],
  ['16', 16],
  ['3', 3],
  ['2022', 2022],
  ['15', 15],
  ['10', 10],
  ['8', 8],
  ['2030', 2030],
  ['23', 23],
  ['6', 6],
  ['2008', 2008],
  ['07', 7],
  ['01', 1],
  ['2025', 2025],
  ['24', 24],
  ['04', 4],
  ['7', 7],
  ['80', 80],
  ['1943', 1943],
  ['05', 5],
  ['09', 9],
  ['02', 2],
  ['2018', 2018],
  ['22', 22],
  ['30', 30],
  ['35', 35],
  ['08', 8],
  ['03', 3],
  ['18', 18],
  ['25', 25],
  ['06', 6],
  ['2021', 2021],
  ['2020', 2020],
  ['4', 4],
  ['688', 688],
  ['4.100', 4100],
  ['16,8', 16.8],
  ['20', 20],
  ['44', 44],
  ['45,45', 45.45],
  ['26', 26],
  ['46', 46],
  ['27', 27],
  ['11', 11],
  ['902', 902],
  ['14', 14],
  ['54', 54],
  ['350', 350],
  ['15,4', 15.4],
  ['1.714', 1714],
  ['77', 77],
  ['81', 81],
  ['28', 28],
  ['148', 148],
  ['66', 66],
  ['17', 17],
  ['32', 32],
  ['271', 271],
  ['914', 914],
  ['31', 31],
  ['922', 922],
  ['21', 21],
  ['181', 181],
  ['2', 2],
  ['7.213', 7213],
  ['3,5', 3.5],
  ['775', 775],
  ['3.547.000.000', 3547000000],
  ['9,65', 9.65],
  ['12,7', 12.7],
  ['13', 13],
  ['13,12', 13.12],
  ['24.042,91', 24042.91],
  ['9,46', 9.46],
  ['20,65', 20.65],
  ['8.132', 8132],
  ['14,55', 14.55],
  ['19,13', 19.13],
  ['35.137,24', 35137.24],
  ['10,62', 10.62],
  ['18,49', 18.49],
  ['6,59', 6.59],
  ['2,51', 2.51],
  ['21,25', 21.25],
  ['33,31', 33.31],
  ['0,83', 0.83],
  ['18,01', 18.01],
  ['465,06', 465.06],
  ['95,26', 95.26],
  ['23,25', 23.25],
  ['1.387,1', 1387.1],
  ['17,86', 17.86],
  ['19', 19],
  ['3.664,152', 3664.152],
  ['16,54', 16.54],
  ['22.156,828', 22156.828],
  ['27,34', 27.34],
  ['13.403,337', 13403.337],
  ['2040', 2040],
  ['2050', 2050],
  ['323', 323],
  ['5', 5],
  ['352', 352],
  ['142', 142],
  ['157', 157],
  ['101', 101],
  ['64', 64],
  ['56', 56],
  ['90', 90],
  ['533', 533],
  ['408', 408],
  ['45', 45],
  ['74', 74],
  ['34', 34],
  ['40', 40],
  ['9', 9],
  ['41', 41],
  ['68', 68],
  ['1955', 1955],
  ['354', 354],
  ['353', 353],
  ['0', 0],
  ['645', 645],
  ['57', 57],
  ['129.922', 129922],
  ['268,048', 268.048],
  ['4,9', 4.9],
  ['142.521', 142521],
  ['94.548,75', 94548.75],
  ['24,42', 24.42],
  ['9.016', 9016],
  ['76', 76],
  ['24.450', 24450],
  ['5,5', 5.5],
  ['129.136', 129136],
  ['27,52', 27.52],
  ['28.938', 28938],
  ['29,98', 29.98],
  ['115.717', 115717],
  ['31,99', 31.99],
  ['38', 38],
  ['92,68', 92.68],
  ['141', 141],
  ['95,2', 95.2],
  ['37', 37],
  ['29', 29],
  ['50', 50],
  ['2001', 2001],
  ['1738', 1738],
  ['2015', 2015],
  ['217', 217],
  ['218', 218],
  ['2013', 2013],
  ['2045', 2045],
  ['2010', 2010],
  ['15,9', 15.9],
  ['16,2', 16.2],
  ['10,09', 10.09],
  ['9,1', 9.1],
  ['9,5', 9.5],
  ['10,21', 10.21],
  ['1,02', 1.02],
  ['0,49', 0.49],
  ['10,8', 10.8],
  ['115', 115],
  ['116.442,134', 116442.134],
  ['90,54', 90.54],
  ['42.500', 42500],
  ['8.132,00', 8132],
  ['85,45', 85.45],
  ['69.900', 69900],
  ['14.623,45', 14623.45],
  ['92,31', 92.31],
  ['20,92', 20.92],
  ['190.000', 190000],
  ['110,62', 110.62],
  ['185', 185],
  ['99,17', 99.17],
  ['102,51', 102.51],
  ['1.000', 1000],
  ['7.300', 7300],
  ['117,86', 117.86],
  ['19,00', 19],
  ['2.000', 2000],
  ['2.500', 2500],
  ['57.300', 57300],
  ['14.435', 14435],
  ['104,60', 104.6],
  ['25,19', 25.19],
];

describe('parseNumber: every number of the seed report', () => {
  it('the table lists every number written in the seed', () => {
    const listed = new Set(SEED_NUMBERS.map(([text]) => text));
    const missing = [...new Set(numberTokens(SEED))].filter((token) => !listed.has(token));
    expect(missing).toEqual([]);
    expect(listed.size).toBeGreaterThan(100);
  });

  it.each(SEED_NUMBERS)('%s → %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });
});

describe('parseNumber: vi-VN forms', () => {
  it.each([
    ['24.042,91', 24042.91],
    ['3.547.000.000', 3547000000],
    ['1.714', 1714],
    ['3,5', 3.5],
    ['0,83', 0.83],
    ['03', 3],
    ['0003', 3],
    ['-2,5', -2.5],
    // The case, with the minus sign U+2212 itself in the source (checked below).
    ['−2,5', -2.5],
    ['(2,5)', -2.5],
    ['( 2,5 )', -2.5],
    ['+2,5', 2.5],
    ['1 234 567', 1234567],
    ['1\u00a0234\u00a0567', 1234567],
    ['1\u202f234,5', 1234.5],
    ['  1.387,1  ', 1387.1],
    ['116.442,134', 116442.134],
    ['123456789', 123456789],
    // Number.MAX_SAFE_INTEGER, the largest integer a number holds with every digit.
    ['9.007.199.254.740.991', 9007199254740991],
    ['0', 0],
    ['0,000001', 0.000001],
  ] as const)('%j → %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });
});

describe('parseNumber: signs', () => {
  it('the minus sign case is written with U+2212 itself', () => {
    expect('−2,5'.charCodeAt(0)).toBe(0x2212);
  });

  it('an en dash is not a sign: a bullet (– 5 dự án) or a range', () => {
    const result = parseNumber('\u20132,5');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('not a minus sign');
  });
});

describe('parseNumber: rejected, never guessed', () => {
  it.each([
    ['12.34', 'ambiguous'],
    ['1.23.4', 'malformed'],
    ['1,2,3', 'more than one decimal comma'],
    ['1.2345', 'ambiguous'],
    ['0.714', 'ambiguous'],
    ['03.456', 'ambiguous'],
    ['1234.567', 'first group'],
    ['1,000.5', 'after the decimal comma'],
    ['1.234 567', 'mixes'],
    ['1  234', 'misplaced'],
    ['1.234.', 'misplaced'],
    [',5', 'does not start with a digit'],
    ['5,', 'ends with a decimal comma'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['-', 'no digit'],
    ['- 2,5', 'no digit'],
    ['(-2,5)', 'sign inside parentheses'],
    ['12a', 'not part of a number'],
    ['12%', 'not part of a number'],
    ['12/4/2023', 'not part of a number'],
    ['1e5', 'not part of a number'],
    ['abc', 'does not start with a digit'],
    ['9'.repeat(400), 'too large'],
    // Beyond 2^53 - 1 a number silently changes the last digit (…993 would read as …992).
    ['9.007.199.254.740.993', 'too large to read exactly'],
    ['9.007.199.254.740.992', 'too large to read exactly'],
    ['12.345.678.901.234.567,5', 'too large to read exactly'],
    ['-9.007.199.254.740.993', 'too large to read exactly'],
    ['\u20132,5', 'not a minus sign'],
    ['\u20142,5', 'not a minus sign'],
    ['(\u20132,5)', 'not a minus sign'],
  ])('%j is rejected (%s)', (text, reason) => {
    const result = parseNumber(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('formatNumber', () => {
  it.each([
    [24042.91, '24.042,91'],
    [3547000000, '3.547.000.000'],
    [1714, '1.714'],
    [-2.5, '-2,5'],
    [0.83, '0,83'],
    [0, '0'],
    [-0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1.5e-7, '0,00000015'],
    [Number.NaN, 'NaN'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('rounds to fractionDigits and keeps the zeros', () => {
    expect(formatNumber(8132, { fractionDigits: 2 })).toBe('8.132,00');
    expect(formatNumber(104.6, { fractionDigits: 2 })).toBe('104,60');
    expect(formatNumber(-0.001, { fractionDigits: 2 })).toBe('0,00');
  });

  it('reads back integers up to 10^15 exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (big) => {
        const value = Number(big);
        expect(parseNumber(formatNumber(value))).toEqual({
          ok: true,
          value: value === 0 ? 0 : value,
        });
      }),
    );
  });

  it('reads back decimals with up to 6 places exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (big, places) => {
          const value = Number(big) / 10 ** places;
          const parsed = parseNumber(formatNumber(value));
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.value === value).toBe(true);
        },
      ),
    );
  });

  it('reads back any finite double up to 2^53 - 1, and refuses larger ones with a reason', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const parsed = parseNumber(formatNumber(value));
        if (Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
          expect(parsed.ok && parsed.value === value).toBe(true);
        } else {
          expect(parsed.ok ? 'read' : parsed.reason).toContain('too large to read exactly');
        }
      }),
    );
  });
});
