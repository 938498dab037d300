import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/vi/number.js';
import { findQuantities } from '../../src/vi/quantity.js';
import {
  baseAfter,
  cleanIndicator,
  findStatements,
  isPlanLead,
  type StatementFigure,
} from '../../src/vi/statements.js';

/** A figure in one line: `Thu ngân sách › thu nội địa | actual 8132 tỷ đồng`. */
function summary(f: StatementFigure): string {
  const value = f.value ?? `${f.min}…${f.max}`;
  const direction = f.direction === null ? '' : ` ${f.direction}`;
  const planned = f.planned ? ' (year)' : '';
  return `${f.indicatorPath.join(' › ')} | ${f.measure}${direction} ${value}${f.unit === null ? '' : ` ${f.unit}`}${planned}`;
}

const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    // so-y-te-quang-tri (a sixth held-out set): a note listing the year's targets, then what was done.
    'Kế hoạch giao các chỉ tiêu chuyên môn năm 2024: tỷ lệ bao phủ bảo hiểm y tế đạt 94,0% dân số; số giường bệnh đạt 34,5 giường. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,2%.',
    [
      'tỷ lệ bao phủ bảo hiểm y tế | plan 94 % (year)',
      'số giường bệnh | plan 34.5 giường (year)',
      'Tỷ lệ bao phủ bảo hiểm y tế | actual 94.2 %',
    ],
  ],
  [
    'Thu ngân sách nhà nước đạt 24.042,91 tỷ đồng, giảm 9,46% so với cùng kỳ (bằng 20,65% dự toán Hội đồng nhân dân thành phố giao), trong đó, thu nội địa 8.132 tỷ đồng, giảm 14,55% so với cùng kỳ.',
    [
      'Thu ngân sách nhà nước | actual 24042.91 tỷ đồng',
      'Thu ngân sách nhà nước | yoy_change down -9.46 %',
      'Thu ngân sách nhà nước | share_of_plan 20.65 %',
      'Thu ngân sách nhà nước › thu nội địa | actual 8132 tỷ đồng',
      'Thu ngân sách nhà nước › thu nội địa | yoy_change down -14.55 %',
    ],
  ],
  [
    'Tổng sản phẩm trên địa bàn thành phố (GRDP) tăng 9,65% (Kế hoạch năm tăng 12,7% - 13%); Chỉ số sản xuất công nghiệp (IIP) tăng 13,12% so với cùng kỳ (Kế hoạch năm tăng 15%)',
    [
      'Tổng sản phẩm trên địa bàn thành phố (GRDP) | yoy_change up 9.65 %',
      'Tổng sản phẩm trên địa bàn thành phố (GRDP) | plan up 12.7…13 % (year)',
      'Chỉ số sản xuất công nghiệp (IIP) | yoy_change up 13.12 %',
      'Chỉ số sản xuất công nghiệp (IIP) | plan up 15 % (year)',
    ],
  ],
  // `bằng … so với cùng kỳ` is an index, as tables write it.
  [
    'Thu hút đầu tư nước ngoài FDI đạt 465,06 triệu USD, bằng 95,26% so với cùng kỳ (bằng 23,25% Kế hoạch năm).',
    [
      'Thu hút đầu tư nước ngoài FDI | actual 465.06 triệu USD',
      'Thu hút đầu tư nước ngoài FDI | yoy 95.26 %',
      'Thu hút đầu tư nước ngoài FDI | share_of_plan 23.25 %',
    ],
  ],
  [
    'Tính đến 12/4/2023, đã kết nạp được 688/4.100 đảng viên mới (đạt 16,8% kế hoạch); đã thành lập được 20/44 tổ chức đảng (đạt 45,45% kế hoạch)',
    [
      'kết nạp được đảng viên mới | actual 688 đảng viên',
      'kết nạp được đảng viên mới | plan 4100 đảng viên (year)',
      'kết nạp được đảng viên mới | share_of_plan 16.8 %',
      'thành lập được tổ chức đảng | actual 20 tổ chức đảng',
      'thành lập được tổ chức đảng | plan 44 tổ chức đảng (year)',
      'thành lập được tổ chức đảng | share_of_plan 45.45 %',
    ],
  ],
  // Estimates, estimated changes, a part with its own verb, a comma inside a name.
  [
    'Tổng mức bán lẻ hàng hóa ước đạt 25.430 tỷ đồng, tăng 10,5% so với cùng kỳ, trong đó doanh thu dịch vụ lưu trú, ăn uống đạt 3.210 tỷ đồng.',
    [
      'Tổng mức bán lẻ hàng hóa | estimate 25430 tỷ đồng',
      'Tổng mức bán lẻ hàng hóa | yoy_change up 10.5 %',
      'Tổng mức bán lẻ hàng hóa › doanh thu dịch vụ lưu trú, ăn uống | actual 3210 tỷ đồng',
    ],
  ],
  [
    '- Tổng sản phẩm (GRDP) ước tăng 7,2% so với cùng kỳ; khu vực dịch vụ tăng 6,1%, khu vực nông, lâm nghiệp và thủy sản tăng 2,9%.',
    [
      'Tổng sản phẩm (GRDP) | yoy_change up 7.2 %',
      'khu vực dịch vụ | yoy_change up 6.1 %',
      'khu vực nông, lâm nghiệp và thủy sản | yoy_change up 2.9 %',
    ],
  ],
  ['Tỷ lệ tiêm chủng đầy đủ đạt 97,5%.', ['Tỷ lệ tiêm chủng đầy đủ | actual 97.5 %']],
  // A bracket closed after the figure before does not swallow the next indicator.
  [
    'Thu ngân sách đạt 20 tỷ đồng (bằng 5% dự toán giao) Tổng vốn đầu tư đạt 30 tỷ đồng',
    [
      'Thu ngân sách | actual 20 tỷ đồng',
      'Thu ngân sách | share_of_plan 5 %',
      'Tổng vốn đầu tư | actual 30 tỷ đồng',
    ],
  ],
  [
    'Diện tích nhà ở bình quân đạt 26,5m² mỗi người.',
    ['Diện tích nhà ở bình quân | actual 26.5 m²/người'],
  ],
  [
    'Kế hoạch năm giảm 2% - 3%.',
    [], // a target with no indicator before it
  ],
  [
    'Tỷ lệ hộ nghèo giảm 0,5% (Kế hoạch năm giảm 1% - 1,5%).',
    ['Tỷ lệ hộ nghèo | yoy_change down -0.5 %', 'Tỷ lệ hộ nghèo | plan down -1.5…-1 % (year)'],
  ],
  // Figures that are not facts: no statement verb, another base, an approximate or unclear
  // share, a change in a count, dates, document codes, counts of documents, addresses.
  ['Hệ thống đã tiếp nhận 129.136 hồ sơ, tăng 27,52%; 28.938 hồ sơ đã giải quyết.', []],
  ['đón tiếp 37 đoàn khách quốc tế, tăng 29 đoàn so với cùng kỳ.', []],
  ['Sản lượng điện tăng 5% so với tháng trước.', []],
  ['khối lượng trung bình đạt khoảng 90%.', []],
  ['101/157 công trình đã thi công xong và đưa vào sử dụng (đạt 64%).', []],
  ['408/533 công trình đang thi công (đạt 77% tổng số công trình).', []],
  ['đã điều tra, khám phá 38 vụ, đạt tỷ lệ 92,68%.', []],
  ['Đạt 76 giải trong kỳ thi chọn học sinh giỏi quốc gia.', []],
  ['với tổng số tiền là 268,048 tỷ đồng, tăng 4,9% cùng kỳ.', []],
  ['Tính đến hết ngày 31/3/2023, vốn đầu tư công năm 2023 giải ngân 3.664,152 tỷ đồng.', []],
  ['Ban hành 05 nghị quyết, 12 chỉ thị và 03 quyết định của Ban Thường vụ.', []],
  ['Kế hoạch số 15/KH-STC ngày 10/01/2024 về triển khai nhiệm vụ năm 2024.', []],
  ['Trụ sở đặt tại số 18 đường Hoàng Diệu, phường Minh Khai, quận Hồng Bàng.', []],
  ['Nghị quyết số 12-NQ/TW, ngày 16/3/2022 đạt nhiều kết quả.', []],
];

describe('findStatements', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(findStatements(text).map(summary)).toEqual(expected);
  });

  it('gives the period the sentence names before the figure, without inventing its year', () => {
    const [first] = findStatements('Trong quý I, thu ngân sách đạt 2.000 tỷ đồng.');
    expect(first?.period).toEqual({ kind: 'quarter', quarter: 1 });
    const [second] = findStatements('Trong quý I/2023 đã có. Thu ngân sách đạt 2.000 tỷ đồng.');
    expect(second?.period).toBeNull();
  });

  it('keeps offsets into decomposed (NFD) text', () => {
    const text = 'Thu ngân sách đạt 2.000 tỷ đồng, tăng 5% so với cùng kỳ.'.normalize('NFD');
    for (const figure of findStatements(text)) {
      expect(text.slice(figure.start, figure.end)).toBe(figure.raw);
    }
    expect(findStatements(text)).toHaveLength(2);
  });
});

describe('pattern words', () => {
  it.each([
    ['so với cùng kỳ', 'same-period'],
    ['cùng kỳ năm trước', 'same-period'],
    ['so với KH', 'plan'],
    ['dự toán giao', 'plan'],
    ['Kế hoạch năm', 'plan'],
    ['so với tháng trước', 'other'],
    [', trong đó', 'none'],
    ['kế hoạchx', 'none'],
  ] as const)('baseAfter(%j) → %s', (after, base) => {
    const text = `5%${after.startsWith(',') ? '' : ' '}${after}`;
    expect(baseAfter(text.toLowerCase(), 2)).toBe(base);
  });

  it.each([
    ['Kế hoạch năm', true],
    ['KH năm 2023', true],
    ['Mục tiêu cả năm', true],
    ['Kế hoạch vốn', false],
    ['Thu ngân sách', false],
  ] as const)('isPlanLead(%j) → %s', (text, lead) => {
    expect(isPlanLead(text)).toBe(lead);
  });

  it.each([
    ['- Thu ngân sách ', 'Thu ngân sách'],
    ['trong đó, thu nội địa', 'thu nội địa'],
    [' đã kết nạp được ', 'kết nạp được'],
    ['Tổng sản phẩm (GRDP),', 'Tổng sản phẩm (GRDP)'],
  ] as const)('cleanIndicator(%j) → %j', (text, clean) => {
    expect(cleanIndicator(text)).toBe(clean);
  });
});

const INDICATORS = ['Thu ngân sách nhà nước', 'Kim ngạch xuất khẩu', 'Tổng vốn đầu tư toàn xã hội'];

describe('properties', () => {
  it('never throws; every figure slices back and lies within a quantity', () => {
    const parts = [
      ...'0123456789.,%/-() ;:',
      ' đạt ',
      ' tăng ',
      ' giảm ',
      ' bằng ',
      ' ước ',
      ' so với cùng kỳ',
      ' kế hoạch',
      ' dự toán',
      ' trong đó, ',
      ' tỷ đồng',
      ' nghìn lượt',
      'Thu ngân sách',
      'Kế hoạch năm',
      'quý I',
      '. ',
      '\n',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.array(fc.constantFrom(...parts), { maxLength: 40 }).map((p) => p.join('')),
        ),
        (text) => {
          const quantities = findQuantities(text);
          for (const figure of findStatements(text)) {
            expect(text.slice(figure.start, figure.end)).toBe(figure.raw);
            expect(quantities.some((q) => q.start <= figure.start && figure.end <= q.end)).toBe(
              true,
            );
            expect(figure.indicator).not.toBe('');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a generated statement: the value, the signed change and the share of the plan', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATORS),
        fc.integer({ min: 1, max: 99_999_99 }).map((n) => n / 100),
        fc.integer({ min: 1, max: 9_999 }).map((n) => n / 100),
        fc.boolean(),
        fc.integer({ min: 1, max: 9_999 }).map((n) => n / 100),
        (indicator, value, change, up, share) => {
          const text = `${indicator} đạt ${formatNumber(value)} tỷ đồng, ${up ? 'tăng' : 'giảm'} ${formatNumber(change)}% so với cùng kỳ (bằng ${formatNumber(share)}% kế hoạch năm).`;
          expect(findStatements(text).map(summary)).toEqual([
            `${indicator} | actual ${value} tỷ đồng`,
            `${indicator} | yoy_change ${up ? 'up' : 'down'} ${up ? change : -change} %`,
            `${indicator} | share_of_plan ${share} %`,
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
