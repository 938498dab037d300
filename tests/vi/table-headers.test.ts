import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mainPeriod } from '../../src/vi/period.js';
import {
  columnNames,
  columnPeriods,
  columnRole,
  columnSenses,
  cutFigureJoins,
  gluesTiers,
  headerRole,
  headerSense,
  headerTiers,
  headerUnit,
  isCutFigure,
  isFigureCell,
  isFigureRest,
  isLabelOnly,
  isQuantityCell,
  isRateUnit,
  isTotalLabel,
  isUnitCell,
  isWholeFigure,
  measureHeaders,
  namesCount,
  namesFigureColumn,
  namesHeaderNamingNoRole,
  namesPeriod,
  namesRate,
  namesSum,
  ownUnitColumns,
  ratioOrder,
  ratioReorder,
  repeatedTiers,
  rowGroup,
  rowLabel,
  startsTotal,
  tableUnitLine,
  tierSpans,
  trailingFigures,
  twoTiers,
} from '../../src/vi/table-headers.js';

describe('columnRole', () => {
  it.each([
    ['Nguồn vốn', 'label'],
    ['Tên dự án', 'label'],
    ['TT', 'order'],
    ['STT', 'order'],
    // Its letters a narrow column set apart.
    ['S T T', 'order'],
    ['ST T', 'order'],
    ['T T', 'order'],
    ['Chỉ tiêu', 'label'],
    ['Nội dung', 'label'],
    ['Đơn vị tính', 'unit'],
    ['ĐVT', 'unit'],
    ['Kế hoạch năm 2023', 'plan'],
    ['KH 2024', 'plan'],
    ['Dự toán', 'plan'],
    // A target set is a plan, where `Chỉ tiêu` alone heads the names.
    ['Chỉ tiêu giao năm 2023', 'plan'],
    ['Chỉ tiêu được giao', 'plan'],
    ['Chỉ tiêu kế hoạch', 'plan'],
    ['Chỉ tiêu năm 2024', 'plan'],
    ['Chỉ tiêu giao thông', 'label'],
    ['Đạt so với chỉ tiêu (%)', 'share_of_plan'],
    ["U' TH Quý I/ 2023", 'estimate'],
    ['Ước TH quý I/2024', 'estimate'],
    ['Ước thực hiện 6 tháng', 'estimate'],
    ['Thực hiện quý I', 'actual'],
    ['TH 2023', 'actual'],
    ["U' TH Quý I/2023 so với cùng kỳ (%)", 'yoy'],
    ['So với cùng kỳ (%)', 'yoy'],
    ["U' TH Quý I/2023 so với KH 2023 (%)", 'share_of_plan'],
    ['So sánh (%) / So với dự toán', 'share_of_plan'],
    ['So sánh (%) / Dự toán', 'share_of_plan'],
    ['So sánh (%) / Cùng kỳ', 'yoy'],
    ['Ghi chú', 'other'],
  ] as const)('%s → %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });

  it.each([
    ['Đơn vị', true, 'unit'],
    ['đơn  vị', true, 'unit'],
    ['Đơn vị', false, 'other'],
    ['Đơn vị tính', false, 'unit'],
    ['Đơn vị chủ trì', true, 'other'],
    ['Kế hoạch', true, 'plan'],
  ] as const)('headerRole(%s, after the name: %s) → %s', (header, afterName, role) => {
    expect(headerRole(header, afterName)).toBe(role);
  });

  it('reads the unit a header gives', () => {
    expect(headerUnit('so với cùng kỳ (%)')).toBe('%');
    expect(headerUnit('Giá trị (tỷ đồng)')).toBe('tỷ đồng');
    expect(headerUnit('Kế hoạch năm 2023')).toBeUndefined();
    expect(headerUnit('Cột (1)')).toBeUndefined();
  });
});

describe('tableUnitLine', () => {
  it.each([
    ['Đơn vị tính: triệu đồng', 'triệu đồng'],
    ['(ĐVT: tỷ đồng)', 'tỷ đồng'],
    ['Đơn vị: Triệu USD', 'Triệu USD'],
    ['Đơn vị tính: các xã, phường', undefined],
    ['Đơn vị tính triệu đồng trong báo cáo này', undefined],
  ])('%s → %s', (line, unit) => {
    expect(tableUnitLine(line)).toBe(unit);
  });
});

describe('isQuantityCell', () => {
  it.each([
    ['1.246 lượt', true],
    ['18/19 trẻ', true],
    ['93,4%', true],
    ['0 ca', true],
    ['27 người', true],
    ['Trạm Y tế', false],
    ['9 tháng 2024', false],
    ['12,5 Tỷ đồng', false],
  ])('%s → %s', (cell, expected) => {
    expect(isQuantityCell(cell)).toBe(expected);
  });
});

describe('namesCount', () => {
  it.each([
    ['Số trường', true],
    ['Số học sinh (trẻ)', true],
    ['Bình quân học sinh/lớp', true],
    ['Tỷ lệ (%)', true],
    ['Sở Y tế', false],
    ['Loại hình, cấp học', false],
  ])('%s → %s', (header, expected) => {
    expect(namesCount(header)).toBe(expected);
  });
});

describe('namesFigureColumn', () => {
  it.each([
    ['Kế hoạch năm 2024', true],
    ['Quý I/2024', true],
    ['Tăng, giảm (%)', true],
    ['Số trường', true],
    ['Chỉ tiêu', false],
    ['ĐVT', false],
    ['STT', false],
    ['Ghi chú', false],
  ])('%s → %s', (header, expected) => {
    expect(namesFigureColumn(header)).toBe(expected);
  });
});

describe('headerTiers', () => {
  it('reads two tiers, or three, or says the headers are one row', () => {
    const two = ['Năm 2022', 'Năm 2023', 'Thực hiện', 'Kế hoạch', 'Thực hiện'];
    expect(headerTiers(two, two, () => '')).toHaveLength(2);
    const three = ['Khối', 'Số', 'Vốn', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'];
    expect(headerTiers(three, three, () => '')).toHaveLength(3);
    const flat = ['Kế hoạch năm 2024', 'Ước TH quý I/2024', 'So với cùng kỳ (%)'];
    expect(headerTiers(flat, flat, () => '')).toBeUndefined();
  });

  it('reads a period over its measures beside a comparison over what it compares with', () => {
    // phong-ldtbxh: `Năm 2024` over `Kế hoạch` and `Ước TH 9 tháng`, `So sánh (%)` over its bases.
    const headers = [
      'Năm 2024',
      'So sánh (%)',
      'Kế hoạch',
      'Ước TH 9 tháng',
      'So với KH',
      'So với cùng kỳ',
    ];
    expect(headerTiers(headers, headers, () => '')).toEqual([
      ['Năm 2024', '', 'So sánh (%)', ''],
      ['Kế hoạch', 'Ước TH 9 tháng', 'So với KH', 'So với cùng kỳ'],
    ]);
  });
});

describe('namesPeriod', () => {
  it.each([
    ['Tháng 10/2024', true],
    ['Lũy kế 10 tháng', true],
    ['Quý I/2024', true],
    ['9 tháng năm 2023', true],
    ['Năm 2023', true],
    ['Lúa mùa', false],
    ['Nội dung', false],
    ['Cây trồng', false],
    ['Xóm 10', false],
  ])('%s → %s', (header, expected) => {
    expect(namesPeriod(header)).toBe(expected);
  });
});

describe("gluesTiers: a span's header and a measure's run together in one block", () => {
  // pdftotext printed a merged cell and the header under it as one block (phong-ldtbxh).
  it.each([
    ['Năm 2024 Kế hoạch', true],
    ['Năm 2023 Thực hiện', true],
    ['Quý II/2024 Thực hiện', true],
    ['Kế hoạch năm 2024', false],
    ['Năm 2024', false],
    ['Năm 2024 so với năm 2023', false],
    ['Thực hiện năm 2023', false],
    ['So sánh (%)', false],
    ['Năm 2024 kế hoạch', false],
  ] as const)('%s → %s', (header, expected) => {
    expect(gluesTiers(header)).toBe(expected);
  });
});

describe('row labels', () => {
  it.each([
    ['Bao gồm:', 'comprising', true],
    ['Gồm', 'comprising', true],
    ['Chia ra:', 'comprising', true],
    ['Trong đó:', 'of_which', true],
    ['Tổng thu ngân sách trên địa bàn, trong đó:', 'of_which', false],
    ['Thu nội địa', undefined, false],
  ] as const)('%s', (label, group, labelOnly) => {
    expect(rowGroup(label)).toBe(group);
    expect(isLabelOnly(label)).toBe(labelOnly);
  });

  it('takes the bullet off a sub-row label', () => {
    expect(rowLabel('- Thu nội địa')).toEqual({ text: 'Thu nội địa', bullet: '-', mark: null });
    expect(rowLabel('+ Dịch vụ')).toEqual({ text: 'Dịch vụ', bullet: '+', mark: null });
    expect(rowLabel('Kim ngạch xuất khẩu')).toEqual({
      text: 'Kim ngạch xuất khẩu',
      bullet: null,
      mark: null,
    });
    expect(rowLabel('-2,5')).toEqual({ text: '-2,5', bullet: null, mark: null });
    // A sub-row's letter is its order, not its name's first word.
    expect(rowLabel('a) Thu điều tiết')).toEqual({
      text: 'Thu điều tiết',
      bullet: null,
      mark: 'a)',
    });
    expect(rowLabel('đ) Chi khác')).toEqual({ text: 'Chi khác', bullet: null, mark: 'đ)' });
    expect(rowLabel('a)')).toEqual({ text: 'a)', bullet: null, mark: null });
  });
});

describe('mainPeriod', () => {
  it.each([
    [
      'kết quả thực hiện nhiệm vụ quý I; nhiệm vụ, giải pháp trọng tâm quý II năm 2023',
      { year: 2023, quarter: 1 },
    ],
    ['Năm 2024 / Thực hiện 6 tháng đầu năm', { year: 2024, half: 1, months: 6 }],
    ['Kế hoạch 2024', { year: 2024, from: '2024-01-01', to: '2024-12-31' }],
    ["U' TH Quý I/2023 so với KH 2023 (%)", { year: 2023, quarter: 1 }],
    ['Tình hình kinh tế - xã hội 9 tháng năm 2023', { year: 2023, months: 9, to: '2023-09-30' }],
  ])('%s', (text, expected) => {
    expect(mainPeriod(text)).toMatchObject(expected);
  });

  it('takes the first period a title names, not the most precise', () => {
    expect(
      mainPeriod('kết quả công tác năm 2023 và phương hướng nhiệm vụ quý I năm 2024'),
    ).toMatchObject({
      year: 2023,
      from: '2023-01-01',
      to: '2023-12-31',
    });
  });

  it('names no period where the text gives no year, or a part of a year it cannot read', () => {
    expect(mainPeriod('Năm 2024 / Ước thực hiện 6 tháng')).toBeUndefined();
    expect(mainPeriod('Thực hiện quý I')).toBeUndefined();
    expect(mainPeriod('Kết quả đạt được')).toBeUndefined();
    expect(mainPeriod('Thu 1.714 tỷ đồng')).toBeUndefined();
  });
});

describe('row words', () => {
  it.each([
    ['Tổng cộng', true],
    ['TỔNG CỘNG:', true],
    ['Cộng', true],
    ['Tổng số', true],
    ['Toàn tỉnh', true],
    ['Toàn  thành phố', true],
    ['Tổng thu ngân sách', false],
    ['Cộng đồng dân cư', false],
  ])('isTotalLabel(%s) → %s', (label, expected) => {
    expect(isTotalLabel(label)).toBe(expected);
  });

  it.each([
    ['Tổng số thu ngân', true],
    ['Tổng cộng 1.250,0', true],
    ['Cộng 130,600 55,200 34,168 61,9', true],
    ['Cộng', true],
    ['CỘNG:', true],
    ['Toàn tỉnh 12,5', true],
    ['Cộng đồng dân cư', false],
    ['Tổng mức bán lẻ', false],
    ['Tổng thu ngân sách', false],
    ['Tổng sản phẩm', false],
  ])('startsTotal(%s) → %s', (label, expected) => {
    expect(startsTotal(label)).toBe(expected);
  });

  it.each([
    ['TỔNG THU NGÂN SÁCH NHÀ NƯỚC (I + II)', true],
    ['Tổng vốn đầu tư', true],
    ['Tổng', true],
    ['Tổ chức hành chính', false],
    ['Tổng hợp', true],
    ['Y TẾ', false],
    ['A LƯỚI', false],
  ])('namesSum(%s) → %s', (label, expected) => {
    expect(namesSum(label)).toBe(expected);
  });

  it.each([
    [null, true],
    ['%', true],
    ['Chỉ số', true],
    ['Tốc độ tăng (%)', true],
    ['Tỷ lệ', true],
    ['Tỷ đồng', false],
    ['Người', false],
  ])('isRateUnit(%s) → %s', (unit, expected) => {
    expect(isRateUnit(unit)).toBe(expected);
  });
});

describe('cells', () => {
  it.each([
    ['475', true],
    ['7.125,6', true],
    ['6.800.000', true],
    ['-', true],
    ['7,0 - 7,5', true],
    ['7,0', true],
    ['-6', true],
    ['-1.533', true],
    // A rise in a `Tăng (+), giảm (-)` column.
    ['+168', true],
    ['+1,2', true],
    ['+', false],
    ['- 1.533', false],
    ['2024', true],
    ['Tỷ đồng', false],
    ['7.1256', false],
    ['quý I/2024', false],
  ])('isFigureCell(%s) → %s', (text, expected) => {
    expect(isFigureCell(text)).toBe(expected);
  });

  it('reads every figure written the Vietnamese way, a range of two too', () => {
    // `1.234.567,89`: dots between thousands, a comma before the decimals.
    const written = fc
      .tuple(fc.nat({ max: 10_000_000 }), fc.option(fc.nat({ max: 99 }), { nil: undefined }))
      .map(([whole, decimals]) => {
        const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        return decimals === undefined ? grouped : `${grouped},${decimals}`;
      });
    fc.assert(
      fc.property(written, written, (low, high) => {
        expect(isFigureCell(low)).toBe(true);
        expect(isFigureCell(`${low} - ${high}`)).toBe(true);
        expect(isUnitCell(low)).toBe(false);
      }),
    );
  });

  it('reads a range as one figure only when asked', () => {
    expect(isFigureCell('7,0 - 7,5', false)).toBe(false);
  });

  it.each([
    ['Tỷ đồng', true],
    ['Triệu USD', true],
    ['Nghìn lượt', true],
    ['%', true],
    ['Người', true],
    ['Ha', true],
    ['Nghìn con', true],
    ['Triệu cái', true],
    ['Tỷ', false],
    ['Đơn vị tính', false],
    ['Đơn vị', false],
    ['Kế hoạch năm 2024', false],
    ['Tổng mức bán lẻ', false],
    ['tạ/ha', true],
    ['Người/km²', true],
    ['tạ/Kế hoạch', false],
    ['Xuân ha', false],
  ])('isUnitCell(%s) → %s', (text, expected) => {
    expect(isUnitCell(text)).toBe(expected);
  });
});

describe('ratioOrder', () => {
  const columns = [
    'Thực hiện cùng kỳ 2023',
    'Ước thực hiện 9 tháng 2024',
    'So sánh (%)',
    'Kế hoạch năm 2024',
  ];
  it.each([
    [
      'every row’s percent is the estimate over last year',
      [
        ['76.278', '75.318', '98,74', '75.000'],
        ['541.903', '545.126', '100,59', '1.010.000'],
        ['728,2', '743,5', '102,10', '760,0'],
      ],
      'proven',
    ],
    [
      'a row read out of order (the plan printed second)',
      [
        ['76.278', '75.318', '98,74', '75.000'],
        ['541.903', '545.126', '100,59', '1.010.000'],
        ['728,2', '760,0', '743,5', '102,10'],
      ],
      'contradicted',
    ],
    [
      'the percent compares with a figure the table lacks',
      [
        ['65.000', '12.345,6', '107,52', '1'],
        ['38.500', '8.132', '110,4', '2'],
      ],
      'unknown',
    ],
    ['rows without figures prove nothing', [['-', '-', '117,65', '-']], 'unknown'],
  ] as const)('%s → %s', (_, rows, expected) => {
    expect(ratioOrder(columns, rows)).toBe(expected);
  });

  it('puts a row read out of order in the one order its percent allows', () => {
    const rows = [
      ['76.278', '75.318', '98,74', '75.000'],
      ['541.903', '545.126', '100,59', '1.010.000'],
      ['728,2', '760,0', '743,5', '102,10'],
    ];
    // `743,5` / `102,10` × 100 is `728,2` too: the turned-round order puts no percent there.
    expect(ratioReorder(columns, rows)).toEqual([undefined, undefined, [0, 2, 3, 1]]);
  });

  it.each([
    [
      'no order of the row agrees',
      [
        ['76.278', '75.318', '98,74', '75.000'],
        ['541.903', '545.126', '100,59', '1.010.000'],
        ['728,2', '760,0', '743,5', '99,10'],
      ],
    ],
    [
      'the order is proven already',
      [
        ['76.278', '75.318', '98,74', '75.000'],
        ['541.903', '545.126', '100,59', '1.010.000'],
      ],
    ],
    ['no pair of columns gives most rows', [['728,2', '760,0', '743,5', '102,10']]],
    [
      'a percent the report printed wrong (a percent, not another column’s figure)',
      [
        ['76.278', '75.318', '98,74', '75.000'],
        ['541.903', '545.126', '100,59', '1.010.000'],
        ['728,2', '743,5', '95,00', '760,0'],
      ],
    ],
  ] as const)('leaves the rows when %s', (_, rows) => {
    expect(ratioReorder(columns, rows)).toBeUndefined();
  });

  it('reads the disbursement rate over the plan, to its own decimals', () => {
    const rows = [
      ['74,310', '48,562', '65,4'],
      ['92,115', '54,218', '58,9'],
      ['61,800', '33,947', '54,9'],
    ];
    expect(ratioOrder(['Kế hoạch (tỷ đồng)', 'Giải ngân (tỷ đồng)', 'Tỷ lệ (%)'], rows)).toBe(
      'proven',
    );
    const swapped = [
      rows[0],
      ['92,115', '61,800', '54,218'],
      ['58,9', '54,9', '33,947'],
    ] as string[][];
    expect(
      ratioOrder(['Kế hoạch (tỷ đồng)', 'Giải ngân (tỷ đồng)', 'Tỷ lệ (%)'], swapped),
    ).not.toBe('proven');
  });
});

describe('namesHeaderNamingNoRole: a names column headed by what it lists', () => {
  it.each([
    ['Cây trồng', true],
    ['Loại hình, cấp học', true],
    ['Chỉ tiêu', false],
    ['Kế hoạch năm 2024', false],
    ['Kết quả một số chỉ tiêu như sau:', false],
    ['Các cơ sở khám bệnh trong tỉnh đã khám cho nhiều lượt người', false],
  ] as const)('%s → %s', (header, expected) => {
    expect(namesHeaderNamingNoRole(header)).toBe(expected);
  });
});

describe('ownUnitColumns: the figure columns whose header names a unit of its own', () => {
  it.each([
    [
      'a volume beside money and a rate',
      [
        [
          'Khối lượng thực hiện',
          'Kế hoạch vốn (triệu đồng)',
          'Giải ngân (triệu đồng)',
          'Tỷ lệ (%)',
        ],
      ],
      [1, 2, 3],
    ],
    ['none names one', [['Kế hoạch', 'Thực hiện']], []],
    [
      "a merged upper header's unit holds under it",
      [
        ['Khối lượng', 'Vốn (tỷ đồng)', '', 'So sánh (%)'],
        ['', 'Kế hoạch', 'Thực hiện', ''],
      ],
      [1, 2, 3],
    ],
  ] as const)('%s', (_, rows, expected) => {
    expect(ownUnitColumns(rows)).toEqual(expected);
  });
});

describe('measureHeaders: measures side by side on a line', () => {
  it.each([
    ['Kế hoạch Thực hiện', ['Kế hoạch', 'Thực hiện']],
    ['Kế hoạch Ước thực hiện Thực hiện', ['Kế hoạch', 'Ước thực hiện', 'Thực hiện']],
    ['Kế hoạch', undefined],
    ['Kế hoạch năm 2024 Thực hiện', undefined],
    ['Chỉ tiêu Thực hiện', undefined],
  ] as const)('%s', (line, expected) => {
    expect(measureHeaders(line)).toEqual(expected);
  });
});

describe('tierSpans: a header printed in two tiers', () => {
  it.each([
    [
      'a past year over its actual, this year over its plan and actual, a change of its own',
      ['Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-) so với năm 2022'],
      ['Thực hiện', 'Kế hoạch', 'Thực hiện'],
      [1, 2, 0],
    ],
    [
      'two years over their plans and actuals',
      ['Năm 2023', 'Năm 2024'],
      ['Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Ước thực hiện'],
      [2, 2],
    ],
    ['one measure a period', ['Quý II/2023', 'Quý II/2024'], ['Thực hiện', 'Thực hiện'], [1, 1]],
    ['a lower tier that is no measure', ['Năm 2023'], ['Số lượng', 'Tỷ lệ (%)'], undefined],
    ['runs not one a period', ['Năm 2022', 'Năm 2023'], ['Kế hoạch', 'Thực hiện'], undefined],
    ['no period above', ['Kế hoạch năm 2024'], ['Thực hiện'], undefined],
    ['one period: a flat header reads as well', ['Năm 2023'], ['Kế hoạch', 'Thực hiện'], undefined],
    [
      'a comparison over what it compares with, the headers before it over both tiers',
      ['Dự toán năm 2024', 'Ước thực hiện 10 tháng', 'So sánh (%)'],
      ['Dự toán', 'Cùng kỳ'],
      [0, 0, 2],
    ],
    ['a comparison over one base: flat', ['Ước thực hiện', 'So sánh (%)'], ['Dự toán'], undefined],
    [
      'a comparison that names its base',
      ['Ước thực hiện', 'So với dự toán (%)'],
      ['Dự toán', 'Cùng kỳ'],
      undefined,
    ],
    [
      'a period over its measures beside a comparison over what it compares with',
      ['Năm 2024', 'So sánh (%)'],
      ['Kế hoạch', 'Ước TH 9 tháng', 'So với KH', 'So với cùng kỳ'],
      [2, 2],
    ],
    [
      'a period and a comparison side by side, a base written alone',
      ['6 tháng 2024', 'So sánh (%)'],
      ['Kế hoạch', 'Thực hiện', 'So với KH', 'CK'],
      [2, 2],
    ],
    [
      'a period and a comparison, a lower header neither measure nor base',
      ['Năm 2024', 'So sánh (%)'],
      ['Kế hoạch', 'Ước TH 9 tháng', 'So với KH', 'Ghi chú'],
      undefined,
    ],
    [
      'a period and a comparison, a measure with a percent under the period',
      ['Năm 2024', 'So sánh (%)'],
      ['Kế hoạch', 'Thực hiện (%)', 'So với KH'],
      undefined,
    ],
    [
      'a plan over both tiers, a measure over its periods, a comparison over its bases',
      ['Kế hoạch năm 2024', 'Thực hiện', 'So sánh 9 tháng (%)'],
      ['Quý III năm 2024', '9 tháng năm 2024', 'So với KH năm', 'So với cùng kỳ'],
      [0, 2, 2],
    ],
    [
      'a measure that names its period over periods: no tiers',
      ['Kế hoạch năm 2024', 'Thực hiện năm 2024', 'So sánh (%)'],
      ['Quý III năm 2024', '9 tháng năm 2024', 'So với KH', 'So với cùng kỳ'],
      undefined,
    ],
  ] as const)('%s', (_, top, lower, expected) => {
    expect(tierSpans(top, lower)).toEqual(expected);
  });

  it.each([
    ['rows that hold one figure a measure: tiers', 3, [2, 0]],
    ['rows that hold one figure a header: flat', 4, undefined],
    ['rows that hold some other count', 2, undefined],
  ] as const)('one period over measures, %s', (_, columns, expected) => {
    const top = ['6 tháng đầu năm 2024', 'Thực hiện so với kế hoạch (%)'];
    expect(tierSpans(top, ['Kế hoạch', 'Thực hiện'], columns)).toEqual(expected);
  });
});

describe('repeatedTiers: a lowest tier repeated under each header of the tier above', () => {
  const periods = ['9 tháng 2023', '9 tháng 2024', 'So sánh (%)'];
  it('puts a header over the repeated tier, and one of its own over every tier', () => {
    const headers = [
      'Doanh nghiệp giải thể 9 tháng 2024',
      'Doanh nghiệp thành lập mới',
      'Số doanh nghiệp',
      'Vốn đăng ký (tỷ đồng)',
      ...periods,
      ...periods,
    ];
    expect(repeatedTiers(headers, headers, () => '')).toEqual([
      ['Doanh nghiệp giải thể 9 tháng 2024', 'Doanh nghiệp thành lập mới', '', '', '', '', ''],
      ['', 'Số doanh nghiệp', '', '', 'Vốn đăng ký (tỷ đồng)', '', ''],
      ['', ...periods, ...periods],
    ]);
  });

  it('reads two tiers where nothing stands over the tier above', () => {
    const headers = ['Khối tỉnh', 'Khối huyện', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'];
    expect(repeatedTiers(headers, headers, () => '')).toEqual([
      ['Khối tỉnh', '', 'Khối huyện', ''],
      ['Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'],
    ]);
  });

  it.each([
    ['no repeated tier', ['Kế hoạch năm 2024', 'Ước TH quý I/2024', 'So với cùng kỳ (%)']],
    // Two upper headers could each stand over the repeated tier: nothing says which.
    ['two that could span', ['Thành lập mới', 'Giải thể', 'Số', 'Vốn', ...periods, ...periods]],
    ['a tier above short of headers', ['Số doanh nghiệp', ...periods, ...periods]],
  ])('says nothing of %s', (_, headers) => {
    expect(repeatedTiers(headers, headers, () => '')).toBeUndefined();
  });

  it('keeps every header, in its tier, once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('Kế hoạch', 'Thực hiện', 'Ước TH', 'So sánh (%)'), {
          minLength: 2,
        }),
        fc.integer({ min: 2, max: 4 }),
        (run, times) => {
          const middle = Array.from({ length: times }, (_, k) => `Khối ${k + 1}`);
          const headers = [...middle, ...Array.from({ length: times }, () => run).flat()];
          const rows = repeatedTiers(headers, headers, () => '');
          expect(rows?.flat().filter((h) => h !== '')).toEqual(headers);
          for (const row of rows ?? []) expect(row).toHaveLength(run.length * times);
        },
      ),
    );
  });
});

describe('twoTiers: headers listed tier after tier, as two header rows', () => {
  it('puts each period over its measures, a blank where it spans more or under a header of its own', () => {
    const headers = [
      'Năm 2022',
      'Năm 2023',
      'Tăng (+), giảm (-)',
      'Thực hiện',
      'Kế hoạch',
      'Thực hiện',
    ];
    expect(twoTiers(headers, headers, () => '')).toEqual({
      upper: ['Năm 2022', 'Năm 2023', '', 'Tăng (+), giảm (-)'],
      lower: ['Thực hiện', 'Kế hoạch', 'Thực hiện', ''],
    });
  });

  it('says nothing of a flat header', () => {
    const headers = ['Kế hoạch năm 2024', 'Ước TH quý I/2024', 'So với cùng kỳ (%)'];
    expect(twoTiers(headers, headers, () => '')).toBeUndefined();
  });
});

describe('figures a narrow column wrapped', () => {
  it.each([
    // After its decimal comma, a thousands group short of its three digits, a bracket left open,
    // a negative's sign alone.
    ['10.486,', true],
    ['286.4', true],
    ['26.33', true],
    ['-1.5', true],
    ['(17.21', true],
    ['(', true],
    ['-', true],
    ['–', true],
    // Whole figures: a decimal, a full thousands group, a bracketed negative closed.
    ['70,3', false],
    ['286.450', false],
    ['1.533', false],
    ['475', false],
    ['(17.218)', false],
    ['2022 -', false],
    ['Người', false],
  ])('isCutFigure(%s) → %s', (text, expected) => {
    expect(isCutFigure(text)).toBe(expected);
  });

  it.each([
    ['50', true],
    ['3', true],
    ['8)', true],
    ['1.533', true],
    ['6)', true],
    [',6', true],
    ['-376', false],
    ['(7)', false],
    ['đồng', false],
    ['', false],
    [',', false],
  ])('isFigureRest(%s) → %s', (text, expected) => {
    expect(isFigureRest(text)).toBe(expected);
  });

  it.each([
    ['286.4', '50', true],
    ['10.486,', '3', true],
    ['(17.21', '8)', true],
    // The wrap fell before the decimal comma.
    ['35.214', ',6', true],
    ['46', ',8', true],
    ['(17.218', ',5)', true],
    // A whole figure goes on with no digits; decimals take no more decimals.
    ['286.450', '3', false],
    ['70,3', '5', false],
    ['70,3', ',5', false],
    ['35.21', ',6', false],
    // Or before a thousands dot (`8.750` / `.000`), never a group short of its three digits.
    ['8.750', '.000', true],
    ['1.050', '.000', true],
    ['8.750', '.00', false],
    ['8,7', '.500', false],
  ])('cutFigureJoins(%s, %s) → %s', (first, rest, expected) => {
    expect(cutFigureJoins(first, rest)).toBe(expected);
  });

  it.each([
    ['286.450', true],
    ['10.486,3', true],
    ['-1.533', true],
    ['(17.218)', true],
    ['(6)', true],
    ['(1,88)', true],
    // A group of four digits, two decimal commas: no figure is written so.
    ['286.4500', false],
    ['10.486,3,9', false],
    ['(17.218', false],
    ['7,0 - 7,5', false],
  ])('isWholeFigure(%s) → %s', (text, expected) => {
    expect(isWholeFigure(text)).toBe(expected);
  });

  it('makes a figure cut inside its last thousands group whole again, whichever digit it was cut after', () => {
    // `286.4` / `50`: the column wrapped the figure one to two digits into its last group.
    const cut = fc
      .tuple(fc.integer({ min: 1_000, max: 999_999_999 }), fc.integer({ min: 1, max: 2 }))
      .map(([whole, at]) => {
        const written = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const split = written.length - 3 + at;
        return [written, written.slice(0, split), written.slice(split)] as const;
      });
    fc.assert(
      fc.property(cut, fc.boolean(), ([written, head, rest], negative) => {
        const sign = negative ? '-' : '';
        expect(isCutFigure(sign + head)).toBe(true);
        expect(isFigureRest(rest)).toBe(true);
        expect(isWholeFigure(sign + head + rest)).toBe(true);
        // The whole figure is no cut one: nothing joins it to the next cell's.
        expect(isCutFigure(sign + written)).toBe(false);
      }),
    );
  });
});

describe("trailingFigures: a table row's cells after its name", () => {
  it.each([
    ['Thu tiền sử dụng đất 420.000 520.000 268.350 63,9 89,0', 5],
    ['Giai đoạn 1 16,000 7,000 5,128 73,3', 5],
    ['Tổ chức cơ sở đảng 52 50 50 -2', 4],
    ['Kết quả thực hiện nhiệm vụ năm 2024', 1],
    ['Công tác bảo vệ môi trường', 0],
  ] as const)('%s → %i', (text, count) => {
    expect(trailingFigures(text)).toBe(count);
  });
});

describe('headerSense: how much a header read from scattered words makes sense', () => {
  it.each([
    ['So với KH (%)', 2],
    ['So với KH năm (%)', 2],
    ['So với cùng kỳ (%)', 2],
    ['So với năm cùng kỳ (%)', 1],
    ['Thực hiện 6 tháng đầu năm 2024', 2],
    ['Thực hiện 6 tháng đầu 2024', 1],
    ['Tăng (+), giảm (-) so với năm 2023', 3],
    ['Tăng (+), giảm so với năm 2023', 2],
    ['So (-) với KH (%)', 1],
    ['Kế thực hoạch', 0],
  ])('%j → %d', (header, sense) => {
    expect(headerSense(header)).toBe(sense);
  });
});

describe('columnSenses: what figure columns’ headers say of them', () => {
  it('reads roles and periods through tiers, a merged upper cell over the columns after it', () => {
    expect(
      columnSenses([
        ['Kế hoạch năm 2024', 'Thực hiện', '', 'So sánh 9 tháng (%)', ''],
        ['', 'Quý III năm 2024', '9 tháng năm 2024', 'So với KH năm', 'So với cùng kỳ'],
      ]),
    ).toEqual([
      { role: 'plan', period: { from: '2024-01-01', to: '2024-12-31' } },
      { role: 'actual', period: { from: '2024-07-01', to: '2024-09-30' } },
      { role: 'actual', period: { from: '2024-01-01', to: '2024-09-30' } },
      { role: 'share_of_plan' },
      { role: 'yoy' },
    ]);
  });

  it('gives a quarter with no year of its own the year of the others', () => {
    const [, quarter] = columnSenses([['Kế hoạch năm 2024', 'Thực hiện quý I']]);
    expect(quarter).toEqual({ role: 'actual', period: { from: '2024-01-01', to: '2024-03-31' } });
  });

  it('tells the base a comparison is made with: last year’s, or an earlier year’s actual', () => {
    expect(
      columnSenses([['Thực hiện 6 tháng năm 2024', 'Cùng kỳ năm 2023', 'So với cùng kỳ (%)']]).map(
        (sense) => sense.base ?? false,
      ),
    ).toEqual([false, true, false]);
    expect(
      columnSenses([
        ['Kế hoạch năm 2024', 'Thực hiện 6 tháng năm 2023', 'Thực hiện 6 tháng năm 2024'],
      ]).map((sense) => sense.base ?? false),
    ).toEqual([false, true, false]);
    // A later period of the same year is no base's: the nine months beside a quarter's estimate.
    expect(
      columnSenses([['Thực hiện 9 tháng năm 2024', 'Ước thực hiện quý IV năm 2024']]).map(
        (sense) => sense.base ?? false,
      ),
    ).toEqual([false, false]);
  });

  it.each([
    ['Tỷ lệ hộ nghèo', true],
    ['Tỉ lệ hộ nghèo', true],
    ['Tốc độ tăng trưởng GRDP', true],
    ['Tăng trưởng kinh tế', true],
    ['Chỉ số giá tiêu dùng (CPI)', true],
    ['Giáo viên đạt chuẩn (%)', true],
    ['Thu hồi khoản chi năm trước', false],
    ['Số hộ thoát nghèo', false],
  ])('namesRate(%j) → %j', (name, expected) => {
    expect(namesRate(name)).toBe(expected);
  });
});

describe('columnNames and columnPeriods: columns from their header tiers', () => {
  it('joins tiers, gives a merged upper cell to the columns under it, and drops column numbers', () => {
    expect(
      columnNames([
        ['Kế hoạch năm 2024', 'Thực hiện', '', 'So sánh (%)'],
        ['', 'Quý III', '9 tháng', 'So sánh (%)'],
        ['(1)', '(2)', '(3)', '(4)=(3)/(1)'],
      ]),
    ).toEqual(['Kế hoạch năm 2024', 'Thực hiện / Quý III', 'Thực hiện / 9 tháng', 'So sánh (%)']);
  });

  it("gives a period with no year the table's one year, and none where the years differ", () => {
    const [, quarter] = columnPeriods(['Kế hoạch năm 2024', 'Thực hiện quý I']);
    expect(quarter?.from).toBe('2024-01-01');
    const [, , none] = columnPeriods(['Năm 2023', 'Năm 2024', 'Thực hiện quý I']);
    expect(none).toBeUndefined();
  });
});
