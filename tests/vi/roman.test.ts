import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOrdinal, formatRoman, parseOrdinal, parseRoman } from '../../src/vi/index.js';
import { ocrRoman, parseUpperRoman } from '../../src/vi/roman.js';

describe('Roman numerals I–L', () => {
  it.each([
    ['I', 1],
    ['II', 2],
    ['III', 3],
    ['IV', 4],
    ['V', 5],
    ['IX', 9],
    ['X', 10],
    ['XI', 11],
    ['XII', 12],
    ['XIII', 13],
    ['XIV', 14],
    ['XVI', 16],
    ['XIX', 19],
    ['XL', 40],
    ['XLIX', 49],
    ['L', 50],
    ['xiii', 13],
    ['iv', 4],
    ['Ⅻ', 12],
  ] as const)('%s → %d', (text, value) => {
    expect(parseRoman(text)).toEqual({ ok: true, value });
  });

  it.each(['IIII', 'VX', 'IL', 'LI', 'C', 'MMXXIII', '', 'A', 'I.', '__proto__', 'constructor'])(
    '%j is rejected',
    (text) => {
      expect(parseRoman(text).ok).toBe(false);
    },
  );

  it.each([
    ['IV', { ok: true, value: 4 }],
    ['XIII', { ok: true, value: 13 }],
    ['iv', { ok: false }],
    ['Iv', { ok: false }],
    ['IIII', { ok: false }],
  ] as const)(
    'parseUpperRoman(%j): markers and quarters write numerals in capitals',
    (text, expected) => {
      expect(parseUpperRoman(text)).toMatchObject(expected);
    },
  );

  it('writes and reads back 1–50', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (value) => {
        const written = formatRoman(value);
        expect(written.ok && parseRoman(written.value)).toEqual({ ok: true, value });
      }),
    );
    expect(formatRoman(0).ok).toBe(false);
    expect(formatRoman(51).ok).toBe(false);
    expect(formatRoman(2.5).ok).toBe(false);
  });
});

describe('Roman numerals as OCR misreads them', () => {
  it.each([
    ['HI', 3, true],
    ['H', 2, true],
    ['HII', 3, true],
    ['II', 3, true],
    ['I', 2, true],
    ['Il', 2, true],
    ['l1', 2, true],
    ['lV', 4, true],
    ['V1', 6, true],
    ['X]', 11, true],
    ['VH', 7, true],
    // The numeral itself, another numeral's strokes, or letters no numeral is made of.
    ['III', 3, false],
    ['V', 3, false],
    ['HI', 5, false],
    ['I', 4, false],
    ['IV', 6, false],
    ['A', 1, false],
    ['HA', 3, false],
    ['', 1, false],
    ['HI', 0, false],
    ['IIIIIII', 7, false],
  ] as const)('%s for %i → %s', (token, expected, misread) => {
    expect(ocrRoman(token, expected)).toBe(misread);
  });
});

describe('ordinal words', () => {
  it.each([
    ['thứ nhất', 1],
    ['thứ nhì', 2],
    ['thứ hai', 2],
    ['thứ ba', 3],
    ['thứ tư', 4],
    ['thứ năm', 5],
    ['thứ sáu', 6],
    ['thứ bảy', 7],
    ['thứ bẩy', 7],
    ['thứ tám', 8],
    ['thứ chín', 9],
    ['thứ mười', 10],
    ['thứ mười một', 11],
    ['thứ mười lăm', 15],
    ['thứ hai mươi', 20],
    ['thứ hai mươi mốt', 21],
    ['thứ hai mươi tư', 24],
    ['thứ hai mươi lăm', 25],
    ['thứ 41', 41],
    ['thứ 4', 4],
    ['thứ XIII', 13],
    ['thứ XVI', 16],
    ['Thứ Hai', 2],
    ['THỨ NHẤT', 1],
    ['nhất', 1],
  ] as const)('%s → %d', (text, value) => {
    expect(parseOrdinal(text)).toEqual({ ok: true, value });
  });

  it.each([
    'thứ một',
    'thứ',
    'thứ mười tư mốt',
    'thứ 0',
    'thứ lăm',
    'thứ mốt',
    'lần',
    '',
    'thứ constructor',
  ])('%j is rejected', (text) => {
    expect(parseOrdinal(text).ok).toBe(false);
  });

  it.each([
    [1, 'thứ nhất'],
    [2, 'thứ hai'],
    [4, 'thứ tư'],
    [10, 'thứ mười'],
    [15, 'thứ mười lăm'],
    [21, 'thứ hai mươi mốt'],
    [24, 'thứ hai mươi tư'],
    [41, 'thứ bốn mươi mốt'],
  ] as const)('%d → %s', (value, text) => {
    expect(formatOrdinal(value)).toEqual({ ok: true, value: text });
  });

  it('writes and reads back 1–99', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (value) => {
        const written = formatOrdinal(value);
        expect(written.ok && parseOrdinal(written.value)).toEqual({ ok: true, value });
      }),
    );
    expect(formatOrdinal(0).ok).toBe(false);
    expect(formatOrdinal(100).ok).toBe(false);
  });
});
