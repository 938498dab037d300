import { describe, expect, it } from 'vitest';
import {
  abbreviationOfKind,
  codeCutAtHyphen,
  DOCUMENT_KINDS,
  type DocumentReference,
  findDocumentReferences,
  kindOfAbbreviation,
  parseDocumentReference,
} from '../../src/vi/index.js';
import { SEED } from './seed.js';

type Fields = Omit<DocumentReference, 'raw' | 'start' | 'end'>;

describe('parseDocumentReference', () => {
  it.each<readonly [string, Fields]>([
    [
      'Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị',
      {
        kind: 'resolution',
        number: 12,
        code: '12-NQ/TW',
        typeCode: 'NQ',
        issuerCode: 'TW',
        date: '2022-03-16',
        year: 2022,
        issuer: 'Bộ Chính trị',
      },
    ],
    [
      'Quyết định số 323/QĐ-TTg, ngày 30/3/2023',
      {
        kind: 'decision',
        number: 323,
        code: '323/QĐ-TTg',
        typeCode: 'QĐ',
        issuerCode: 'TTg',
        date: '2023-03-30',
        year: 2023,
      },
    ],
    [
      'Chỉ thị 31-CT/TU',
      { kind: 'directive', number: 31, code: '31-CT/TU', typeCode: 'CT', issuerCode: 'TU' },
    ],
    [
      'Chi thị 31-CT/TU',
      { kind: 'directive', number: 31, code: '31-CT/TU', typeCode: 'CT', issuerCode: 'TU' },
    ],
    [
      'Nghị quyết số 14/NQ-CP',
      { kind: 'resolution', number: 14, code: '14/NQ-CP', typeCode: 'NQ', issuerCode: 'CP' },
    ],
    [
      'Quy định 11-QĐi/TW',
      { kind: 'regulation', number: 11, code: '11-QĐi/TW', typeCode: 'QĐi', issuerCode: 'TW' },
    ],
    [
      'Nghị định 30/2020/NĐ-CP',
      {
        kind: 'decree',
        number: 30,
        code: '30/2020/NĐ-CP',
        typeCode: 'NĐ',
        issuerCode: 'CP',
        year: 2020,
      },
    ],
    [
      'Kết luận số 01-KL/TW',
      { kind: 'conclusion', number: 1, code: '01-KL/TW', typeCode: 'KL', issuerCode: 'TW' },
    ],
    [
      'Văn bản số 3454/VPCP-CN',
      {
        kind: 'official-letter',
        number: 3454,
        code: '3454/VPCP-CN',
        issuerCode: 'VPCP',
        unitCode: 'CN',
      },
    ],
    [
      'Thông tri số 08-TT/TU, ngày 03/01/2023 của Ban Thường vụ Thành ủy',
      {
        kind: 'instruction',
        number: 8,
        code: '08-TT/TU',
        typeCode: 'TT',
        issuerCode: 'TU',
        date: '2023-01-03',
        year: 2023,
        issuer: 'Ban Thường vụ Thành ủy',
      },
    ],
    [
      'Thông tư số 01/2023/TT-BTC',
      {
        kind: 'circular',
        number: 1,
        code: '01/2023/TT-BTC',
        typeCode: 'TT',
        issuerCode: 'BTC',
        year: 2023,
      },
    ],
    [
      'Chương trình hành động số 46-CTr/TU, ngày 08/3/2023 của Ban Thường vụ Thành ủy',
      {
        kind: 'program',
        number: 46,
        code: '46-CTr/TU',
        typeCode: 'CTr',
        issuerCode: 'TU',
        date: '2023-03-08',
        year: 2023,
        issuer: 'Ban Thường vụ Thành ủy',
      },
    ],
    [
      // `QĐ` is also written for Quy định, so here the kind word picks between the two kinds the
      // code may name (the report writes Quy định with a QĐ code).
      'Quy định số 902-QĐ/TU, ngày 02/02/2023 của Ban Thường vụ Thành ủy',
      {
        kind: 'regulation',
        number: 902,
        code: '902-QĐ/TU',
        typeCode: 'QĐ',
        issuerCode: 'TU',
        date: '2023-02-02',
        year: 2023,
        issuer: 'Ban Thường vụ Thành ủy',
      },
    ],
    [
      'Kế hoạch số 45/KH-UBND ngày 16 tháng 3 năm 2022 của Ủy ban nhân dân thành phố',
      {
        kind: 'plan',
        number: 45,
        code: '45/KH-UBND',
        typeCode: 'KH',
        issuerCode: 'UBND',
        date: '2022-03-16',
        year: 2022,
        issuer: 'Ủy ban nhân dân thành phố',
      },
    ],
    [
      'Báo cáo số: 123/BC-UBND',
      { kind: 'report', number: 123, code: '123/BC-UBND', typeCode: 'BC', issuerCode: 'UBND' },
    ],
    [
      // A known abbreviation decides the kind: `luật` (of kỷ luật) is no law; `raw` starts at the
      // kind phrase, qualifier included.
      'Quyết định kỷ luật số 15-QĐ/UBKTTU',
      {
        kind: 'decision',
        number: 15,
        code: '15-QĐ/UBKTTU',
        typeCode: 'QĐ',
        issuerCode: 'UBKTTU',
      },
    ],
    [
      'Thông báo kết luận số 45-TB/TU',
      { kind: 'notice', number: 45, code: '45-TB/TU', typeCode: 'TB', issuerCode: 'TU' },
    ],
    [
      'QUYẾT ĐỊNH KỶ LUẬT SỐ 15-QĐ/UBKTTU',
      {
        kind: 'decision',
        number: 15,
        code: '15-QĐ/UBKTTU',
        typeCode: 'QĐ',
        issuerCode: 'UBKTTU',
      },
    ],
    [
      '914-QĐ/TU',
      { kind: 'decision', number: 914, code: '914-QĐ/TU', typeCode: 'QĐ', issuerCode: 'TU' },
    ],
    [
      'NGHỊ QUYẾT SỐ 07-NQ/TU',
      { kind: 'resolution', number: 7, code: '07-NQ/TU', typeCode: 'NQ', issuerCode: 'TU' },
    ],
    [
      'Nghị quyết số 12-NQ/TW'.normalize('NFD'),
      { kind: 'resolution', number: 12, code: '12-NQ/TW', typeCode: 'NQ', issuerCode: 'TW' },
    ],
  ])('%s', (text, fields) => {
    const result = parseDocumentReference(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { raw, start, end, ...rest } = result.value;
    expect(rest).toEqual(fields);
    expect(start).toBe(0);
    expect(end).toBe(raw.length);
  });

  it.each([
    ['Nghị quyết Trung ương 8', 'no document code'],
    ['Kế hoạch của Ban Thường vụ Thành ủy', 'no document code'],
    ['12/4/2023', 'no document code'],
    ['688/4.100 đảng viên', 'no document code'],
    ['Đoàn 914-QĐ/TU', 'text before the reference'],
    ['Nghị quyết số 12-NQ/TW và', 'text after the reference'],
    ['123/ABC-XYZ', 'no document code'],
    ['', 'no document code'],
  ])('%j is rejected (%s)', (text, reason) => {
    const result = parseDocumentReference(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('findDocumentReferences: the seed report', () => {
  const found = findDocumentReferences(SEED);

  it('offsets slice back to the reference', () => {
    for (const reference of found) {
      expect(SEED.slice(reference.start, reference.end)).toBe(reference.raw);
    }
  });

  it('reads every reference with its kind, code, date and issuer', () => {
    expect(found.map((r) => [r.kind, r.code, r.date ?? '', r.issuer ?? ''].join(' | '))).toEqual([
      'resolution | 12-NQ/TW | 2022-03-16 | Bộ Chính trị',
      'directive | 15-CT/TW | 2022-08-10 | Ban Bí thư Trung ương Đảng',
      'resolution | 23-NQ/TW | 2008-06-16 | Bộ Chính trị',
      'resolution | 07-NQ/TU | 2022-08-01 | Ban Chấp hành Đảng bộ thành phố',
      'directive | 24-CT/TW | 2008-07-04 | Ban Bí thư Trung ương Đảng',
      'directive | 23-CT/TW | 2018-02-09 | Ban Bí thư',
      'resolution | 22-NQ/TW | 2022-08-30 | Bộ Chính trị',
      'resolution | 35-NQ/TW | 2018-10-22 | Bộ Chính trị',
      'resolution | 23-NQ/TW | 2008-06-16 | Bộ Chính trị',
      'instruction | 08-TT/TU | 2023-01-03 | Ban Thường vụ Thành ủy',
      'directive | 18-CT/TW |  | ',
      'conclusion | 09-KL/TU | 2021-03-04 | Ban Thường vụ Thành ủy',
      'directive | 18-CT/TU | 2023-01-12 | Ban Thường vụ Thành ủy',
      'program | 46-CTr/TU | 2023-03-08 | Ban Thường vụ Thành ủy',
      'resolution | 27-NQ/TW | 2022-11-09 | Ban Chấp hành Trung ương Đảng',
      'regulation | 902-QĐ/TU | 2023-02-02 | Ban Thường vụ Thành ủy',
      'decision | 914-QĐ/TU | 2023-02-15 | ',
      'directive | 31-CT/TU |  | ',
      'decision | 922-QĐ/TU | 2023-03-07 | ',
      'directive | 21-CT/TU |  | ',
      'resolution | 27-NQ/TW | 2022-11-09 | Ban Chấp hành Trung ương Đảng',
      'directive | 31-CT/TU |  | Ban Thường vụ Thành ủy',
      'directive | 35-CT/TW |  | ',
      'directive | 27-CT/TW |  | ',
      'regulation | 11-QĐi/TW |  | Bộ Chính trị',
      'directive | 04-CT/TW | 2021-06-02 | Ban Bí thư',
      'resolution | 08-NQ/TU | 2022-12-06 | Thành ủy',
      'decision | 323/QĐ-TTg | 2023-03-30 | ',
      'resolution | 08-NQ/TU | 2022-12-06 | Thành ủy',
      'conclusion | 01-KL/TW |  | Bộ Chính trị',
      'decision | 1738-QĐ/TU | 2015-01-27 | Ban Thường vụ Thành ủy',
      'decision | 217-QĐ/TW |  | ',
      'decision | 218-QĐ/TW | 2013-12-12 | Bộ Chính trị',
      'resolution | 30-NQ/TW | 2022-11-23 | Bộ Chính trị',
      'resolution | 14/NQ-CP | 2023-02-08 | Chính phủ',
      'resolution | 30-NQ/TW | 2022-11-23 | Bộ Chính trị',
    ]);
  });

  it.each([
    [
      'Chi thị số 31-CT/TU của Ban Thường vụ Thành ủy;',
      'Chi thị số 31-CT/TU của Ban Thường vụ Thành ủy',
    ],
    [
      'Kết luận số 09-KL/TU, ngày 04/3/2021 của Ban Thường vụ Thành ủy⁹.',
      'Kết luận số 09-KL/TU, ngày 04/3/2021 của Ban Thường vụ Thành ủy',
    ],
    ['Quy định 11-QĐi/TW của Bộ Chính trị năm 2022;', 'Quy định 11-QĐi/TW của Bộ Chính trị'],
    ['(Đoàn 914-QĐ/TU, ngày 15/02/2023);', '914-QĐ/TU, ngày 15/02/2023'],
    [
      'ban hành Quyết định kỷ luật số 15-QĐ/UBKTTU, ngày 20/3/2023 của Ủy ban Kiểm tra Thành ủy',
      'Quyết định kỷ luật số 15-QĐ/UBKTTU, ngày 20/3/2023 của Ủy ban Kiểm tra Thành ủy',
    ],
    [
      'theo Thông báo kết luận số 45-TB/TU của Ban Bí thư;',
      'Thông báo kết luận số 45-TB/TU của Ban Bí thư',
    ],
    // Only words of the code's kind extend `raw`: Kế hoạch is not the kind of an NQ code.
    ['theo Kế hoạch số 12-NQ/TW', '12-NQ/TW'],
    ['của Chính phủ ban hành Chương trình', ''],
  ])('%j → %j', (text, raw) => {
    const [first] = findDocumentReferences(text);
    expect(first?.raw ?? '').toBe(raw);
  });

  it.each([
    ['Quyết định kỷ luật số 15-QĐ/UBKTTU', 'decision'],
    ['Thông báo kết luận số 45-TB/TU', 'notice'],
    ['theo Kế hoạch số 12-NQ/TW', 'resolution'],
    // No known abbreviation in the code: the word alone decides.
    ['Văn bản số 3454/VPCP-CN', 'official-letter'],
    ['Công văn số 3454/VPCP-CN', 'official-letter'],
    ['Quy định số 902-QĐ/TU', 'regulation'],
  ] as const)('%j is a %s', (text, kind) => {
    expect(findDocumentReferences(text).map((reference) => reference.kind)).toEqual([kind]);
  });
});

describe('kinds and abbreviations (DOMAIN.md §4)', () => {
  it.each([
    ['NQ', 'party', 'resolution'],
    ['QĐ', 'party', 'decision'],
    ['CT', 'party', 'directive'],
    ['KL', 'party', 'conclusion'],
    ['QĐi', 'party', 'regulation'],
    ['TT', 'party', 'instruction'],
    ['CTr', 'party', 'program'],
    ['KH', 'party', 'plan'],
    ['BC', 'party', 'report'],
    ['TB', 'party', 'notice'],
    ['CV', 'party', 'official-letter'],
    ['HD', 'party', 'guidance'],
    ['ĐA', 'party', 'scheme'],
    ['TTr', 'party', 'submission'],
    ['TT', 'state', 'circular'],
    ['NĐ', 'state', 'decree'],
    ['QĐi', 'state', undefined],
    ['__proto__', 'party', undefined],
    ['constructor', 'state', undefined],
  ] as const)('%s (%s) → %s', (abbreviation, system, kind) => {
    expect(kindOfAbbreviation(abbreviation, system)).toBe(kind);
  });

  it('maps every kind with an abbreviation back to it', () => {
    for (const info of DOCUMENT_KINDS) {
      expect(abbreviationOfKind(info.kind)).toBe(info.abbreviation);
    }
  });
});

describe('codeCutAtHyphen: a code a line wrap cut at its hyphen', () => {
  it.each([
    ['Kết luận số 21-', 'KL/TW, ngày 18/5/2021', true],
    ['Báo cáo số 412/BC-', 'CTK ngày 05/6/2024', true],
    ['Nghị định số 30/2020/NĐ-', 'CP của Chính phủ', true],
    ['Quyết định số 1127-', 'QĐ/HU', true],
    ['phát triển kinh tế -', 'xã hội năm 2024', false],
    ['giai đoạn 2023 -', '2025', false],
    ['giai đoạn 2023-', '2025', false],
    ['ĐẢNG BỘ -', 'HUYỆN', false],
    ['số 21-', 'Kế hoạch', false],
  ] as const)('%s / %s → %s', (before, after, expected) => {
    expect(codeCutAtHyphen(before, after)).toBe(expected);
  });
});
