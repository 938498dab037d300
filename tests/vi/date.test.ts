import { describe, expect, it } from 'vitest';
import { dateCutInYear } from '../../src/vi/date.js';
import { findDates, parseDate } from '../../src/vi/index.js';
import { SEED } from './seed.js';

describe('parseDate: day first', () => {
  it.each([
    ['19/5/1890', '1890-05-19'],
    ['ngày 3/2/1930', '1930-02-03'],
    ['16/3/2022', '2022-03-16'],
    ['ngày 16/3/2022', '2022-03-16'],
    ['Ngày 16/3/2022', '2022-03-16'],
    ['ngày 16 tháng 3 năm 2022', '2022-03-16'],
    ['ngày 15 tháng 4 năm 2023', '2023-04-15'],
    ['16-3-2022', '2022-03-16'],
    ['16.3.2022', '2022-03-16'],
    ['12/4/2023', '2023-04-12'],
    ['03/02/2023', '2023-02-03'],
    ['ngày 31/3/2023', '2023-03-31'],
    ['ngày 09/02/2018', '2018-02-09'],
    ['13/5/1955', '1955-05-13'],
    ['29/2/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['01/01/1900', '1900-01-01'],
    ['31/12/2100', '2100-12-31'],
    ['  01/01/2023  ', '2023-01-01'],
    ['ngày 16/3/2022'.normalize('NFD'), '2022-03-16'],
    // The breve of `năm` as OCR reads it: another mark, or none.
    ['ngày 28 tháng 9 nắm 2024', '2024-09-28'],
    ['ngày 28 tháng 9 nam 2024', '2024-09-28'],
    ['ngày 28 tháng 9 nằm 2024'.normalize('NFD'), '2024-09-28'],
  ])('%j → %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['31/2/2023', 'not a real date'],
    ['29/2/2023', 'not a real date'],
    ['29/2/1900', 'not a real date'],
    ['31/4/2023', 'not a real date'],
    ['0/1/2023', 'not a real date'],
    ['12/13/2023', 'not a real date'],
    ['16/3/22', 'not a date'],
    ['16/3-2022', 'not a date'],
    ['688/4.100', 'not a date'],
    ['12/4', 'not a date'],
    ['ngày 16 tháng 3', 'not a date'],
    ['ngày 16 tháng 3 nắng 2022', 'not a date'],
    ['ngày 16 tháng 3 nămm 2022', 'not a date'],
    ['16/3/2022 của Bộ Chính trị', 'after the date'],
    ['30/2020/NĐ-CP', 'not a date'],
    ['', 'not a date'],
    // one year bound with periods (calendar.ts): 1900–2100
    ['16/3/0022', 'outside the years a date may name (1800–2100)'],
    ['1/1/1799', 'outside the years a date may name'],
    ['1/1/2101', 'outside the years a date may name'],
    ['ngày 16 tháng 3 năm 0022', 'outside the years a date may name'],
  ])('%j is rejected (%s)', (text, reason) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('findDates', () => {
  it('finds every date of the seed report, day first', () => {
    expect(findDates(SEED).map((match) => match.date)).toEqual([
      '2022-03-16', // Nghị quyết số 12-NQ/TW, ngày 16/3/2022
      '2022-08-10',
      '2008-06-16',
      '2022-08-01',
      '2008-07-04',
      '2018-02-09',
      '2022-08-30',
      '2018-10-22',
      '2008-06-16',
      '2023-01-03', // Thông tri số 08-TT/TU, ngày 03/01/2023
      '2021-03-04',
      '2023-04-12', // Tính đến 12/4/2023
      '2022-10-26',
      '2023-01-12',
      '2023-03-08',
      '2022-11-09',
      '2023-02-02',
      '2023-02-03', // đợt 03/02/2023 (twice)
      '2023-02-03',
      '2023-02-15',
      '2023-03-07',
      '2022-11-09',
      '2021-06-02',
      '2022-12-06',
      '2023-03-31',
      '2023-03-30', // Quyết định số 323/QĐ-TTg, ngày 30/3/2023
      '1955-05-13', // (13/5/1955 - 13/5/2023)
      '2023-05-13',
      '2023-03-31',
      '2023-01-01', // từ ngày 01/01/2023 đến ngày 09/3/2023
      '2023-03-09',
      '2022-12-15',
      '2023-03-08',
      '2022-12-06',
      '2015-01-27',
      '2013-12-12',
      '2022-11-23',
      '2023-02-08',
      '2022-11-23',
      '2023-03-31', // table: tính đến hết ngày 31/3/2023
    ]);
  });

  it.each([
    ['Tính đến 12/4/2023, đã kết nạp', [['12/4/2023', '2023-04-12']]],
    ['Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị', [['ngày 16/3/2022', '2022-03-16']]],
    ['Hải Phòng, ngày 15 tháng 4 năm 2023', [['ngày 15 tháng 4 năm 2023', '2023-04-15']]],
    [
      '(13/5/1955 - 13/5/2023)',
      [
        ['13/5/1955', '1955-05-13'],
        ['13/5/2023', '2023-05-13'],
      ],
    ],
    ['688/4.100 đảng viên', []],
    ['tháng 3/2023', []],
    ['Nghị định 30/2020/NĐ-CP', []],
    ['ngày 31/2/2023 và ngày 1/3/2023', [['ngày 1/3/2023', '2023-03-01']]],
    ['Km19+645', []],
    ['ngày 16/3/0022', []],
  ] as const)('%j', (text, expected) => {
    const found = findDates(text);
    expect(found.map((match) => [match.raw, match.date])).toEqual(expected);
    for (const match of found) expect(text.slice(match.start, match.end)).toBe(match.raw);
  });
});

describe('dateCutInYear: a date a narrow cell cut inside its year', () => {
  it.each([
    ['đến 30/9/202', '4 (tỷ', true],
    ['Giải ngân đến 30/9/', '2024', true],
    ['ngày 1/10/20', '24', true],
    ['30/9/2024', '(tỷ đồng)', false],
    ['năm 202', '4 xã', false],
    ['đến 31/2/202', '4', false],
    ['đến 30/9/202', '45 người', false],
  ])('%s / %s → %s', (before, after, expected) => {
    expect(dateCutInYear(before, after)).toBe(expected);
  });
});
