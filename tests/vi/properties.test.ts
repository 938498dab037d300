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
  ['findStatements', vi.findStatements],
  ['indicatorKey', vi.indicatorKey],
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
});

/**
 * What a parser must return: `{ ok: true, value }` with a value, or `{ ok: false, reason }` with a
 * reason worth reading — a non-blank sentence, short (report text is quoted cut to 40 characters),
 * with no `undefined`, `NaN` or `[object Object]` leaking from a template. Throws otherwise.
 */
function checkResult(result: unknown): 'ok' | 'failure' {
  if (typeof result !== 'object' || result === null) throw new Error('not a result object');
  const keys = Object.keys(result).sort().join(',');
  if ('ok' in result && result.ok === true) {
    if (keys !== 'ok,value' || !('value' in result) || result.value === undefined) {
      throw new Error(`a success must be { ok, value }, got keys ${keys}`);
    }
    return 'ok';
  }
  if (!('ok' in result) || result.ok !== false || keys !== 'ok,reason' || !('reason' in result)) {
    throw new Error(`a failure must be { ok: false, reason }, got keys ${keys}`);
  }
  const { reason } = result;
  if (typeof reason !== 'string' || reason.trim().length < 8) {
    throw new Error(`a reason must be a sentence, got ${JSON.stringify(reason)}`);
  }
  if (reason.length > 400) throw new Error(`a reason of ${reason.length} characters`);
  for (const leak of ['undefined', 'NaN', '[object Object]']) {
    if (reason.includes(leak)) throw new Error(`${JSON.stringify(leak)} in reason ${reason}`);
  }
  return 'failure';
}

const PARSERS: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['parseNumber', vi.parseNumber],
  ['parseQuantity', (text) => vi.parseQuantity(text)],
  ['parseDate', vi.parseDate],
  ['parsePeriod', vi.parsePeriod],
  ['parseDocumentReference', vi.parseDocumentReference],
  ['parseRoman', vi.parseRoman],
  ['parseOrdinal', vi.parseOrdinal],
  ['parseNumberingMarker', vi.parseNumberingMarker],
  ['leadingNumberingMarker', vi.leadingNumberingMarker],
];

describe('failures are values with a reason', () => {
  it('the check itself rejects results that break the promise', () => {
    expect(checkResult({ ok: true, value: 3 })).toBe('ok');
    expect(checkResult({ ok: false, reason: '"x" is not a number' })).toBe('failure');
    for (const broken of [
      undefined,
      'failed',
      { ok: false },
      { ok: false, reason: '' },
      { ok: false, reason: '   ' },
      { ok: false, reason: 'undefined is not a vi-VN number' },
      { ok: false, reason: 'x'.repeat(401) },
      { ok: false, reason: 'a reason long enough', value: 1 },
      { ok: true },
      { ok: true, value: undefined },
      { ok: 'yes', value: 1 },
    ]) {
      expect(() => checkResult(broken)).toThrow();
    }
  });

  it.each(PARSERS)('%s', (_name, parse) => {
    let failures = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        if (checkResult(parse(text)) === 'failure') failures++;
        checkResult(parse(text.normalize('NFD')));
      }),
      { numRuns: 300 },
    );
    // The inputs did reach the failure path, so the property checked reasons, not only successes.
    expect(failures).toBeGreaterThan(0);
  });

  it.each(PARSERS)('%s on a 1 MB input keeps its reason short', (_name, parse) => {
    checkResult(parse(`1,2,3 ${'ngày 31/2/2023 '.repeat(70_000)}`));
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
