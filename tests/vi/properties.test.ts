import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as vi from '../../src/vi/index.js';

/** Report-like text: digits, separators, units, brackets and Vietnamese letters. */
const UNIT_HEAVY = [
  ...'0123456789.,%/-()+ ',
  '\u00a0',
  '\u2212',
  '–',
  '\n',
  ...'ạăâđêôơưáàảãếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵíìỉĩịúùủũụ',
  ...'ĐQNTCKLHBVPIXMtyỷỉ',
  ' tỷ ',
  ' nghìn ',
  ' triệu ',
  ' đồng',
  ' USD',
  ' lượt',
  ' m²',
  'ngày ',
  'tháng ',
  'năm ',
  'quý ',
  'số ',
  'Nghị quyết ',
  'Chi thị ',
  '-NQ/TW',
  '/QĐ-TTg',
  'giai đoạn ',
  'từ ',
  ' đến ',
  'thứ ',
  'Điều ',
  'Phần ',
  '__proto__',
  'constructor',
  '¹',
  '<sup>',
  '</sup>',
  '[^',
  ']',
];

const unitHeavy = fc
  .array(fc.constantFrom(...UNIT_HEAVY), { maxLength: 60 })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  unitHeavy,
);

const STRING_FUNCTIONS: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['parseNumber', vi.parseNumber],
  ['parseQuantity', (text) => vi.parseQuantity(text)],
  ['findQuantities', (text) => vi.findQuantities(text)],
  ['parseDate', vi.parseDate],
  ['findDates', vi.findDates],
  ['parsePeriod', vi.parsePeriod],
  ['findPeriods', vi.findPeriods],
  ['parseDocumentReference', vi.parseDocumentReference],
  ['findDocumentReferences', vi.findDocumentReferences],
  ['parseRoman', vi.parseRoman],
  ['parseOrdinal', vi.parseOrdinal],
  ['parseNumberingMarker', vi.parseNumberingMarker],
  ['leadingNumberingMarker', vi.leadingNumberingMarker],
  ['startsLowercase', vi.startsLowercase],
  ['endsSentence', vi.endsSentence],
  ['kindOfAbbreviation', (text) => vi.kindOfAbbreviation(text, 'party')],
  ['findQuantities with units', (text) => vi.findQuantities(text, { units: [text] })],
];

describe('no exported function throws on any string', () => {
  it.each(STRING_FUNCTIONS)('%s', (_name, run) => {
    fc.assert(
      fc.property(anyText, (text) => {
        run(text);
        run(text.normalize('NFD'));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    '\ud800',
    '\udc00x',
    'a\ud83d',
    '\u0301\u0301',
    '1\u0301.000',
    'ư\u0300',
    '\ufeff12',
    '\u0000',
  ])('odd code units %j', (text) => {
    for (const [, run] of STRING_FUNCTIONS) run(text);
  });

  it('number functions take any number', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer()),
        fc.integer({ min: -5, max: 120 }),
        (value, digits) => {
          vi.formatNumber(value);
          vi.formatNumber(value, { fractionDigits: digits });
          vi.formatRoman(value);
          vi.formatOrdinal(value);
        },
      ),
    );
  });

  it('failures are values with a reason', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = vi.parseQuantity(text);
        expect(result.ok || result.reason.length > 0).toBe(true);
      }),
    );
  });
});

describe('find* offsets slice back to the matched text', () => {
  const finders: ReadonlyArray<
    readonly [string, (text: string) => ReadonlyArray<{ raw: string; start: number; end: number }>]
  > = [
    ['findQuantities', (text) => vi.findQuantities(text)],
    ['findDates', vi.findDates],
    ['findPeriods', vi.findPeriods],
    ['findDocumentReferences', vi.findDocumentReferences],
  ];

  it.each(finders)('%s', (_name, find) => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, decompose) => {
        const input = decompose ? text.normalize('NFD') : text;
        let previousEnd = 0;
        for (const match of find(input)) {
          expect(input.slice(match.start, match.end)).toBe(match.raw);
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          previousEnd = match.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('quantities agree with numbers', () => {
  it('a formatted number is found as itself', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 3 }),
        (big, places) => {
          const value = Number(big) / 10 ** places;
          const text = `đạt ${vi.formatNumber(value)} tỷ đồng`;
          const [found] = vi.findQuantities(text);
          expect(found?.kind === 'number' && found.value).toBe(value);
        },
      ),
    );
  });
});
