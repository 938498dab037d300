import { describe, expect, it } from 'vitest';
import {
  findPeriods,
  mainPeriod,
  type Period,
  parsePeriod,
  periodPeers,
  reportingPeriod,
} from '../../src/vi/index.js';
import { joinCutYears, sameSpanIn } from '../../src/vi/period.js';
import { SEED } from './seed.js';

describe('parsePeriod', () => {
  it.each<readonly [string, Period]>([
    [
      'quý I/2023',
      { kind: 'quarter', year: 2023, quarter: 1, from: '2023-01-01', to: '2023-03-31' },
    ],
    [
      'quý I năm 2023',
      { kind: 'quarter', year: 2023, quarter: 1, from: '2023-01-01', to: '2023-03-31' },
    ],
    [
      'Quý 1/2023',
      { kind: 'quarter', year: 2023, quarter: 1, from: '2023-01-01', to: '2023-03-31' },
    ],
    [
      'Quý I/ 2023',
      { kind: 'quarter', year: 2023, quarter: 1, from: '2023-01-01', to: '2023-03-31' },
    ],
    [
      'QUÝ II NĂM 2023',
      { kind: 'quarter', year: 2023, quarter: 2, from: '2023-04-01', to: '2023-06-30' },
    ],
    [
      'quý II năm 2023',
      { kind: 'quarter', year: 2023, quarter: 2, from: '2023-04-01', to: '2023-06-30' },
    ],
    [
      'quý III/2023',
      { kind: 'quarter', year: 2023, quarter: 3, from: '2023-07-01', to: '2023-09-30' },
    ],
    [
      'quý IV/2024',
      { kind: 'quarter', year: 2024, quarter: 4, from: '2024-10-01', to: '2024-12-31' },
    ],
    ['quý I', { kind: 'quarter', quarter: 1 }],
    ['tháng 3/2023', { kind: 'month', year: 2023, month: 3, from: '2023-03-01', to: '2023-03-31' }],
    [
      'tháng 03/2023',
      { kind: 'month', year: 2023, month: 3, from: '2023-03-01', to: '2023-03-31' },
    ],
    [
      'tháng 5 năm 2023',
      { kind: 'month', year: 2023, month: 5, from: '2023-05-01', to: '2023-05-31' },
    ],
    ['tháng 2/2024', { kind: 'month', year: 2024, month: 2, from: '2024-02-01', to: '2024-02-29' }],
    ['tháng 2/2023', { kind: 'month', year: 2023, month: 2, from: '2023-02-01', to: '2023-02-28' }],
    ['tháng 2/2000', { kind: 'month', year: 2000, month: 2, from: '2000-02-01', to: '2000-02-29' }],
    ['tháng 2/2100', { kind: 'month', year: 2100, month: 2, from: '2100-02-01', to: '2100-02-28' }],
    ['tháng 11', { kind: 'month', month: 11 }],
    [
      '6 tháng đầu năm 2023',
      { kind: 'half', year: 2023, half: 1, months: 6, from: '2023-01-01', to: '2023-06-30' },
    ],
    [
      '6 tháng đầu năm 2024',
      { kind: 'half', year: 2024, half: 1, months: 6, from: '2024-01-01', to: '2024-06-30' },
    ],
    [
      '9 tháng năm 2023',
      { kind: 'months', year: 2023, months: 9, from: '2023-01-01', to: '2023-09-30' },
    ],
    // A column header's short form: the year right after the months.
    [
      '9 tháng 2024',
      { kind: 'months', year: 2024, months: 9, from: '2024-01-01', to: '2024-09-30' },
    ],
    [
      '6 tháng/2024',
      { kind: 'half', year: 2024, half: 1, months: 6, from: '2024-01-01', to: '2024-06-30' },
    ],
    [
      '9 tháng đầu năm 2023',
      { kind: 'months', year: 2023, months: 9, from: '2023-01-01', to: '2023-09-30' },
    ],
    [
      '3 tháng đầu năm 2023',
      { kind: 'months', year: 2023, months: 3, from: '2023-01-01', to: '2023-03-31' },
    ],
    [
      '6 tháng cuối năm 2023',
      { kind: 'half', year: 2023, half: 2, from: '2023-07-01', to: '2023-12-31' },
    ],
    ['6 tháng đầu năm', { kind: 'half', half: 1, months: 6 }],
    ['3 tháng đầu năm', { kind: 'months', months: 3 }],
    ['năm 2023', { kind: 'year', year: 2023, from: '2023-01-01', to: '2023-12-31' }],
    ['năm 2022', { kind: 'year', year: 2022, from: '2022-01-01', to: '2022-12-31' }],
    ['cả năm 2023', { kind: 'year', year: 2023, from: '2023-01-01', to: '2023-12-31' }],
    ['2021 - 2025', { kind: 'years', from: '2021-01-01', to: '2025-12-31' }],
    ['2021-2025', { kind: 'years', from: '2021-01-01', to: '2025-12-31' }],
    ['giai đoạn 2021-2025', { kind: 'years', from: '2021-01-01', to: '2025-12-31' }],
    ['giai đoạn 2021 - 2025', { kind: 'years', from: '2021-01-01', to: '2025-12-31' }],
    ['nhiệm kỳ 2020 - 2025', { kind: 'years', from: '2020-01-01', to: '2025-12-31' }],
    ['thời kỳ 2021 - 2030', { kind: 'years', from: '2021-01-01', to: '2030-12-31' }],
    ['năm học 2022-2023', { kind: 'years', from: '2022-01-01', to: '2023-12-31' }],
    // pdf2md drops the dash: after its word, the next year is still the span's end.
    ['năm học 2024 2025', { kind: 'years', from: '2024-01-01', to: '2025-12-31' }],
    ['năm 2022-2023', { kind: 'years', from: '2022-01-01', to: '2023-12-31' }],
    ['(1943-2023)'.slice(1, -1), { kind: 'years', from: '1943-01-01', to: '2023-12-31' }],
    [
      'từ ngày 01/01/2023 đến ngày 09/3/2023',
      { kind: 'dates', from: '2023-01-01', to: '2023-03-09' },
    ],
    [
      'từ ngày 15/12/2022 đến ngày 08/3/2023',
      { kind: 'dates', from: '2022-12-15', to: '2023-03-08' },
    ],
    [
      'từ 01/01/2023 đến hết ngày 31/3/2023',
      { kind: 'dates', from: '2023-01-01', to: '2023-03-31' },
    ],
    [
      'quý I/2023'.normalize('NFD'),
      { kind: 'quarter', year: 2023, quarter: 1, from: '2023-01-01', to: '2023-03-31' },
    ],
  ])('%j', (text, period) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: period });
  });

  it.each([
    ['quý V/2023', 'not a reporting period'],
    ['quý 5', 'not a reporting period'],
    ['tháng 13/2023', 'not a reporting period'],
    ['2025 - 2021', 'not a reporting period'],
    ['2.000 - 2.500', 'not a reporting period'],
    ['từ ngày 09/3/2023 đến ngày 01/01/2023', 'not a reporting period'],
    ['từ ngày 31/2/2023 đến ngày 09/3/2023', 'not a reporting period'],
    ['Quý Mão 2023', 'not a reporting period'],
    ['9 tháng năm', 'not a reporting period'],
    ['năm 3000', 'not a reporting period'],
    ['năm 1899', 'not a reporting period'],
    ['tháng 3/2101', 'not a reporting period'],
    ['quý I/2023 và quý II/2023', 'text after the period'],
    ['', 'not a reporting period'],
  ])('%j is rejected (%s)', (text, reason) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('findPeriods', () => {
  it.each<readonly [string, ReadonlyArray<readonly [string, Period]>]>([
    [
      'kết quả thực hiện nhiệm vụ quý I; nhiệm vụ, giải pháp trọng tâm quý II năm 2023',
      [
        ['quý I', { kind: 'quarter', quarter: 1 }],
        [
          'quý II năm 2023',
          { kind: 'quarter', year: 2023, quarter: 2, from: '2023-04-01', to: '2023-06-30' },
        ],
      ],
    ],
    [
      'thành phố 3 tháng đầu năm tiếp tục ổn định',
      [['3 tháng đầu năm', { kind: 'months', months: 3 }]],
    ],
    [
      'Trong quý I (từ ngày 15/12/2022 đến ngày 08/3/2023) thành phố đón tiếp',
      [
        ['quý I', { kind: 'quarter', quarter: 1 }],
        [
          'từ ngày 15/12/2022 đến ngày 08/3/2023',
          { kind: 'dates', from: '2022-12-15', to: '2023-03-08' },
        ],
      ],
    ],
    [
      'Đối với 35 xã thực hiện trong 02 năm 2022-2023, có 408/533',
      [['năm 2022-2023', { kind: 'years', from: '2022-01-01', to: '2023-12-31' }]],
    ],
    [
      'Trong tháng 3/2023 đã phát hiện',
      [
        [
          'tháng 3/2023',
          { kind: 'month', year: 2023, month: 3, from: '2023-03-01', to: '2023-03-31' },
        ],
      ],
    ],
    [
      'Tết Nguyên đán Quý Mão năm 2023',
      [['năm 2023', { kind: 'year', year: 2023, from: '2023-01-01', to: '2023-12-31' }]],
    ],
    ['đạt 2.000 - 2.500 triệu USD', []],
  ])('%j', (text, expected) => {
    const found = findPeriods(text);
    expect(found.map((match) => [match.raw, match.period])).toEqual(expected);
    for (const match of found) expect(text.slice(match.start, match.end)).toBe(match.raw);
  });

  it('reads the periods of the seed report', () => {
    const raws = findPeriods(SEED).map((match) => match.raw);
    expect(raws).toContain('quý II năm 2023');
    expect(raws).toContain('giai đoạn 2021-2025');
    expect(raws).toContain('nhiệm kỳ 2020 - 2025');
    expect(raws).toContain('thời kỳ 2021 - 2030');
    expect(raws).toContain('tháng 5 năm 2023');
    expect(raws).toContain('từ ngày 01/01/2023 đến ngày 09/3/2023');
    expect(raws).toContain('Quý I/ 2023');
    expect(raws.filter((raw) => raw === 'quý I/2023' || raw === 'Quý I/2023')).toHaveLength(4);
  });
});

describe('reportingPeriod: the period a title names', () => {
  it.each<readonly [string, Period | undefined]>([
    [
      'kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng, phương hướng nhiệm vụ 3 tháng cuối năm 2024',
      { kind: 'months', year: 2024, months: 9, from: '2024-01-01', to: '2024-09-30' },
    ],
    [
      'kết quả hoạt động 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024',
      { kind: 'half', year: 2024, half: 1, months: 6, from: '2024-01-01', to: '2024-06-30' },
    ],
    [
      'Tình hình kinh tế - xã hội 6 tháng năm 2024',
      { kind: 'half', year: 2024, half: 1, months: 6, from: '2024-01-01', to: '2024-06-30' },
    ],
    [
      'nhiệm vụ 3 tháng cuối năm 2024',
      { kind: 'months', year: 2024, from: '2024-10-01', to: '2024-12-31' },
    ],
    // Two years as peers: no single period (periodPeers says which).
    ['Kết quả thực hiện kế hoạch năm 2025 và năm 2026', undefined],
    // A legal basis names the day a law was passed, not a period.
    ['Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', undefined],
    // Without a year nothing is invented.
    ['kết quả 9 tháng', undefined],
    // OCR misread the reported quarter (`III`): the planned one after `nhiệm vụ` is not it.
    ['Kết quả hoạt động y tế quý IHII năm 2024, nhiệm vụ trọng tâm quý IV năm 2024', undefined],
    [
      'Kết quả hoạt động y tế năm 2024, nhiệm vụ trọng tâm quý I năm 2025',
      { kind: 'year', year: 2024, from: '2024-01-01', to: '2024-12-31' },
    ],
  ])('%s', (text, period) => {
    expect(reportingPeriod(text)).toEqual(period);
  });

  it('leaves a bare count of months in a column header unread', () => {
    expect(mainPeriod('Năm 2024 / Ước thực hiện 6 tháng')).toBeUndefined();
    expect(reportingPeriod('Năm 2024 / Ước thực hiện 6 tháng')).toMatchObject({ kind: 'half' });
  });

  it.each<readonly [string, [string, string] | undefined]>([
    ['Kết quả thực hiện kế hoạch năm 2025 và năm 2026', ['năm 2025', 'năm 2026']],
    ['Báo cáo quý I, quý II năm 2024', undefined],
    ['kết quả năm 2023 và nhiệm vụ quý I năm 2024', undefined],
    ['tình hình năm 2024', undefined],
  ])('periodPeers(%s)', (text, peers) => {
    expect(periodPeers(text)).toEqual(peers);
  });

  it('says which kind of span every reading is', () => {
    for (const text of ['quý I/2023', 'tháng 3/2023', '6 tháng đầu năm 2024', '9 tháng năm 2023']) {
      const read = parsePeriod(text);
      expect(read.ok && read.value.kind).toBeTruthy();
    }
  });
});

describe('sameSpanIn: `cùng kỳ` of another year, in a report on part of one', () => {
  const period = (text: string) => mainPeriod(text) as Period;
  it.each([
    ['quý I/2024', 2023, 'quý I/2023'],
    ['6 tháng đầu năm 2024', 2023, '6 tháng đầu năm 2023'],
    ['9 tháng năm 2024', 2023, '9 tháng năm 2023'],
    ['tháng 5/2024', 2023, 'tháng 5/2023'],
    ['6 tháng cuối năm 2024', 2023, '6 tháng cuối năm 2023'],
  ] as const)('%s, %i → %s', (reported, year, expected) => {
    expect(sameSpanIn(period(reported), year)).toEqual(period(expected));
  });

  it('is undefined for a report on a whole year or more: the year says it all', () => {
    expect(sameSpanIn(period('năm 2024'), 2023)).toBeUndefined();
    expect(
      sameSpanIn({ kind: 'years', from: '2021-01-01', to: '2025-12-31' }, 2020),
    ).toBeUndefined();
  });
});

describe('joinCutYears: a year a narrow column wrapped before its last digit', () => {
  it.each([
    ['quý I/202 4', 'quý I/2024'],
    ['Ước TH năm 202 4', 'Ước TH năm 2024'],
    ['202 3 202 4', '2023 2024'],
    ['6 tháng 199 9', '6 tháng 1999'],
    ['Có mặt đến 31/12/20 23', 'Có mặt đến 31/12/2023'],
    ['ngày 1/6/19 99', 'ngày 1/6/1999'],
    // Not a year: a figure after a whole year, a longer run, another century, inside a word.
    ['năm 2024 5', 'năm 2024 5'],
    ['202 45', '202 45'],
    ['185 4', '185 4'],
    ['x202 4', 'x202 4'],
    // A century alone is no date's year without its day and month.
    ['năm 20 23', 'năm 20 23'],
    ['12/20 23', '12/20 23'],
  ] as const)('%s → %s', (text, expected) => {
    expect(joinCutYears(text)).toBe(expected);
  });
});
