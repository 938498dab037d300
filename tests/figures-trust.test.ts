/**
 * Issue 22, figures: a number that starts with a separator or could be read two ways is never given
 * a value silently; base values are exact from the digits as written; a huge figure is reported.
 */
import { describe, expect, it } from 'vitest';
import { toRecords } from '../src/emit/records.js';
import { extract } from '../src/extract.js';
import { parseNumber } from '../src/vi/number.js';
import { type FigureProblem, findQuantities, parseQuantity } from '../src/vi/quantity.js';

/** A run's context: the records carry its extractor fingerprint. */
const context = { fingerprint: '0123456789abcdef' };

function problemsOf(text: string) {
  const problems: FigureProblem[] = [];
  const found = findQuantities(text, { onProblem: (problem) => problems.push(problem) });
  return { found, problems };
}

describe('figures read only where the reading is certain', () => {
  it('does not read a figure whose leading zero was dropped, and reports it', () => {
    const { found, problems } = problemsOf('Xuất khẩu đạt ,5 tỷ USD trong quý.');
    expect(found).toEqual([]);
    expect(problems).toMatchObject([{ ruleId: 'number-malformed', raw: ',5' }]);
    expect(problems[0]?.reason).toContain(',5');
  });

  it('reports 1,000 (vi-VN 1, English 1000) as ambiguous, everywhere', () => {
    expect(parseNumber('1,000')).toMatchObject({ ok: false });
    expect(parseQuantity('2,500 tỷ đồng')).toMatchObject({ ok: false });
    const { found, problems } = problemsOf('Tổng vốn 1,000 tỷ đồng.');
    expect(found).toEqual([]);
    expect(problems).toMatchObject([{ ruleId: 'number-ambiguous', raw: '1,000' }]);
    // Three decimals that are no round thousand stay what vi-VN writes (the seed: 268,048 tỷ).
    expect(parseNumber('268,048')).toEqual({ ok: true, value: 268.048 });
  });

  it('reports an English decimal with a unit instead of dropping it silently', () => {
    const { found, problems } = problemsOf('Dân số tăng 1.5 triệu người, đạt 12.34%.');
    expect(found).toEqual([]);
    expect(problems.map((problem) => [problem.ruleId, problem.raw])).toEqual([
      ['number-ambiguous', '1.5'],
      ['number-ambiguous', '12.34'],
    ]);
    // A bare 1.2 may be a section number: not a figure, not a problem.
    expect(problemsOf('theo mục 1.2 của Kế hoạch').problems).toEqual([]);
  });

  it('reports a figure too large to hold, never reads Infinity', () => {
    const huge = '9'.repeat(309);
    const { found, problems } = problemsOf(`Tổng số ${huge} đồng.`);
    expect(found).toEqual([]);
    expect(problems).toMatchObject([{ ruleId: 'number-too-large' }]);
    expect(parseQuantity(`${huge} đồng`)).toMatchObject({ ok: false });
  });
});

describe('exact base values', () => {
  it('builds base values from the digits as written, not from a double', async () => {
    const text = [
      'BÁO CÁO',
      '',
      'Tổng vốn đầu tư 9.007.199.254.740.993 tỷ đồng.',
      '',
      '| TT | Chỉ tiêu | ĐVT | Ước TH quý I/2023 |',
      '|---|---|---|---|',
      '| 1 | Vốn đầu tư | Tỷ đồng | 9.007.199.254.740.993 |',
      '',
    ].join('\n');
    const document = await extract({ path: 'a.md', bytes: new TextEncoder().encode(text) });
    const records = toRecords(document, context);
    const exact = '9007199254740993000000000';
    expect(records.quantities.map((row) => row.base_value)).toEqual([exact]);
    expect(
      records.facts.filter((row) => row.origin === 'table').map((row) => row.base_value),
    ).toEqual([exact]);
  });
});

describe('the pipeline reports the figures it will not read, with their line', () => {
  it('gives diagnostics, not an internal error', async () => {
    const text = [
      'BÁO CÁO',
      '',
      'Kim ngạch xuất khẩu đạt ,5 tỷ USD.',
      '',
      'Tổng vốn 1,000 tỷ đồng; dân số tăng 1.5 triệu người.',
      '',
      `Tổng số ${'9'.repeat(309)} đồng.`,
      '',
      '| TT | Chỉ tiêu | ĐVT | Ước TH quý I/2023 |',
      '|---|---|---|---|',
      '| 1 | Vốn đầu tư | Tỷ đồng | 12.34 |',
      '| 2 | Thu ngân sách | Tỷ đồng | ,5 |',
      '',
    ].join('\n');
    const document = await extract({ path: 'a.md', bytes: new TextEncoder().encode(text) });
    const figures = document.diagnostics
      .filter((diagnostic) => diagnostic.ruleId.startsWith('number-'))
      .map((diagnostic) => [diagnostic.ruleId, diagnostic.line])
      .sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(figures).toEqual([
      ['number-malformed', 3],
      ['number-ambiguous', 5],
      ['number-ambiguous', 5],
      ['number-too-large', 7],
      ['number-ambiguous', 11],
      ['number-malformed', 12],
    ]);
    expect(document.quantities).toEqual([]);
  });
});
