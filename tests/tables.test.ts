/** Table rules on the smallest inputs that show them. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { TWO_TIER_COLUMNS } from './support/two-tiers.js';

const read = (markdown: string) => extract({ path: 'test.md', bytes: Buffer.from(markdown) });
const table =
  '| TT | Chỉ tiêu | ĐVT | Kế hoạch 2024 |\n|---|---|---|---|\n| 1 | Thu ngân sách | Tỷ đồng | 1.000 |\n';

describe('table titles', () => {
  it('takes a caption line before the table', async () => {
    const { tables } = await read(`Bảng 1. Một số chỉ tiêu chủ yếu\n\n${table}`);
    expect(tables[0]?.title).toBe('Bảng 1. Một số chỉ tiêu chủ yếu');
  });

  it('does not take a sentence that leads into the table', async () => {
    const { tables } = await read(`Kết quả thực hiện các chỉ tiêu chủ yếu như sau:\n\n${table}`);
    expect(tables[0]?.title).toBeNull();
  });

  it('takes an appendix caption, not its label', async () => {
    const { tables } = await read(`PHỤ LỤC II\nCác chỉ tiêu năm 2024\n\n${table}`);
    expect(tables[0]?.title).toBe('Các chỉ tiêu năm 2024');
  });
});

describe('table cells', () => {
  it.each([
    ['1.714', { kind: 'number', value: 1714 }],
    ['24.042,91', { kind: 'number', value: 24042.91 }],
    ['12,7 - 13', { kind: 'range', min: 12.7, max: 13 }],
    ['-', { kind: 'empty' }],
    ['…', { kind: 'empty' }],
    ['', { kind: 'empty' }],
    ['12.34', { kind: 'text' }],
    ['chưa có số liệu', { kind: 'text' }],
  ])('%s', async (raw, expected) => {
    const { tables } = await read(
      `| TT | Chỉ tiêu | Kế hoạch 2024 |\n|---|---|---|\n| 1 | Thu | ${raw} |\n`,
    );
    expect(tables[0]?.rows[0]?.cells[2]).toMatchObject({ raw, ...expected });
  });
});

describe('table headers over two rows', () => {
  // pandoc writes a cell merged over two header rows once, blank elsewhere; docling writes it in
  // every row and column it covers. Both are the same two-tier header.
  const body = '| 1 | Tổng số đảng viên | Đảng viên | 11.846 | 12.050 | 12.014 |\n';
  it.each([
    [
      'blank where merged (pandoc)',
      '| TT | Nội dung | Đơn vị tính | Năm 2022 | Năm 2023 | |\n|---|---|---|---|---|---|\n| | | | Thực hiện | Kế hoạch | Thực hiện |\n',
    ],
    [
      'written in each cell it covers (docling)',
      '| TT | Nội dung | Đơn vị tính | Năm 2022 | Năm 2023 | Năm 2023 |\n|---|---|---|---|---|---|\n| TT | Nội dung | Đơn vị tính | Thực hiện | Kế hoạch | Thực hiện |\n',
    ],
  ])('%s', async (_form, header) => {
    const { tables } = await read(`${header}${body}`);
    expect(tables[0]?.columns.map((column) => [column.name, column.role])).toEqual([
      ...TWO_TIER_COLUMNS,
    ]);
    expect(tables[0]?.rows.map((row) => row.label)).toEqual(['Tổng số đảng viên']);
  });
});

describe("a table's unit", () => {
  it('is the unit line under its caption, which is no title, where rows have no unit of their own', async () => {
    const { tables, facts } = await read(
      `Bảng 2. Kim ngạch xuất khẩu quý II năm 2024\n\n*Đơn vị tính: triệu USD*\n\n| STT | Nhóm hàng | Quý II/2024 |\n|---|---|---|\n| 1 | Gỗ và sản phẩm gỗ | 1.152,6 |\n| 2 | Tỷ trọng hàng chế biến (%) | 71,4 |\n`,
    );
    expect(tables[0]?.title).toBe('Bảng 2. Kim ngạch xuất khẩu quý II năm 2024');
    expect(tables[0]?.rows.map((row) => row.unit)).toEqual(['triệu USD', '%']);
    expect(facts.filter((f) => f.origin === 'table').map((f) => [f.value, f.unit])).toEqual([
      [1152.6, 'triệu USD'],
      [71.4, '%'],
    ]);
  });
});

describe('table headers over three rows', () => {
  // so-khdt-vinh-phuc: a group over two measures, each over its periods.
  const header =
    '| STT | Huyện | Thành lập mới | | | |\n|---|---|---|---|---|---|\n| | | Số doanh nghiệp | | Vốn đăng ký (tỷ đồng) | |\n| | | 9 tháng 2023 | 9 tháng 2024 | 9 tháng 2023 | 9 tháng 2024 |\n| 1 | Vĩnh Yên | 312 | 341 | 2.846,5 | 3.102,8 |\n';

  it('names each column from every tier, a merged cell of any tier given to the columns it covers', async () => {
    const { tables, diagnostics } = await read(header);
    expect(tables[0]?.columns.map((column) => column.name).slice(2)).toEqual([
      'Thành lập mới / Số doanh nghiệp / 9 tháng 2023',
      'Thành lập mới / Số doanh nghiệp / 9 tháng 2024',
      'Thành lập mới / Vốn đăng ký (tỷ đồng) / 9 tháng 2023',
      'Thành lập mới / Vốn đăng ký (tỷ đồng) / 9 tháng 2024',
    ]);
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('table-columns-alike');
  });

  it('says so where figure columns are left with one name, and the grade counts it', async () => {
    // Read as one tier (the middle lost), two columns are each `9 tháng 2024`.
    const document = await read(
      '| STT | Huyện | 9 tháng 2023 | 9 tháng 2024 | 9 tháng 2023 | 9 tháng 2024 |\n|---|---|---|---|---|---|\n| 1 | Vĩnh Yên | 312 | 341 | 2.846,5 | 3.102,8 |\n',
    );
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('table-columns-alike');
    expect(document.quality.signals).toContain('table-cells-unplaced');
  });
});

describe("a header's year a narrow column's wrap cut", () => {
  it('is read as the year (`quý I/202 4`), and the column keeps its period', async () => {
    const { tables, facts } = await read(
      '| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện quý I/202 4 |\n|---|---|---|---|---|\n| 1 | Diện tích giao đất | ha | 1.250,0 | 186,4 |\n',
    );
    expect(tables[0]?.columns[4]?.period).toMatchObject({
      kind: 'quarter',
      year: 2024,
      quarter: 1,
    });
    expect(facts.find((fact) => fact.value === 186.4)?.period).toMatchObject({ quarter: 1 });
  });
});

describe("a `Cùng kỳ` column's period", () => {
  it('is the span the report is on, in the year the header names', async () => {
    const { tables } = await read(
      '**BÁO CÁO**\n\n**Kết quả 6 tháng đầu năm 2024**\n\n| TT | Chỉ tiêu | ĐVT | Thực hiện 6 tháng năm 2024 | Cùng kỳ năm 2023 |\n|---|---|---|---|---|\n| 1 | Doanh thu | Triệu USD | 4.736,2 | 4.215,8 |\n',
    );
    expect(tables[0]?.columns[4]?.period).toMatchObject({ year: 2023, to: '2023-06-30' });
  });
});

describe('the share of plan checked against the figure it divides', () => {
  const shares = (rows: string) =>
    read(
      `| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện 6 tháng | Cùng kỳ năm 2023 | So với KH (%) |\n|---|---|---|---|---|---|---|\n${rows}`,
    ).then((document) =>
      document.diagnostics.filter((d) => d.ruleId === 'table-share-of-plan').map((d) => d.message),
    );

  it('divides the figure that names no other year, not last year’s', async () => {
    // 19 ÷ 40 × 100 = 47,5: the share of `Thực hiện 6 tháng`, not of `Cùng kỳ năm 2023`.
    expect(await shares('| 1 | Dự án cấp mới | Dự án | 40 | 19 | 17 | 47,5 |\n')).toEqual([]);
    expect(await shares('| 1 | Dự án cấp mới | Dự án | 40 | 19 | 17 | 42,5 |\n')).toEqual([
      expect.stringContaining('19 of 40 is 47,50 %'),
    ]);
  });
});

describe('the share of plan where the table has two plans', () => {
  it('is checked against the plan and the figure its rows agree with', async () => {
    // ubnd-xa-tan-phu (held-out): the district's plan, the commune council's, this year's estimate,
    // last year's actual, then the share of the council's plan: not of the first plan, nor of
    // the nearest figure before it.
    const document = await read(
      '| STT | Nội dung | Dự toán huyện giao | Dự toán HĐND xã giao | Ước thực hiện năm 2024 | Thực hiện năm 2023 | So với dự toán HĐND xã (%) |\n|---|---|---|---|---|---|---|\n| 1 | Thu ngân sách xã | 13.105,0 | 13.250,0 | 15.031,9 | 15.242,3 | 113,4 |\n| 2 | Phí, lệ phí | 185,0 | 190,0 | 223,1 | 198,3 | 117,4 |\n| 3 | Thu khác | 150,0 | 160,0 | 244,2 | 162,9 | 152,6 |\n',
    );
    expect(document.diagnostics.filter((d) => d.ruleId === 'table-share-of-plan')).toEqual([]);
    expect(document.quality.signals).not.toContain('table-shares-contradicted');
    // A share that fits no pair is said, against the plan and figure its header names.
    const wrong = await read(
      '| STT | Nội dung | Dự toán huyện giao | Dự toán HĐND xã giao | Ước thực hiện năm 2024 | Thực hiện năm 2023 | So với dự toán HĐND xã (%) |\n|---|---|---|---|---|---|---|\n| 1 | Thu ngân sách xã | 13.105,0 | 13.250,0 | 15.031,9 | 15.242,3 | 150,0 |\n| 2 | Phí, lệ phí | 185,0 | 190,0 | 223,1 | 198,3 | 117,4 |\n| 3 | Thu khác | 150,0 | 160,0 | 244,2 | 162,9 | 152,6 |\n',
    );
    expect(
      wrong.diagnostics.filter((d) => d.ruleId === 'table-share-of-plan').map((d) => d.message),
    ).toEqual([expect.stringContaining('«Thu ngân sách xã»: 15.031,9 of 13.250,0')]);
  });
});

describe('the column that names the rows', () => {
  it('is the names’ and the unit’s header run together, never the notes column', async () => {
    const { facts } = await read(
      '| TT | Chỉ tiêu ĐVT | Kế hoạch năm 2024 | Thực hiện năm 2024 | Ghi chú |\n|---|---|---|---|---|\n| 1 | Tổng lượt khách du lịch | 8.750 | 4.812 | Chủ yếu khách nội địa |\n| 2 | Khách lưu trú | 2.100 | 1.084 | |\n',
    );
    expect([...new Set(facts.map((fact) => fact.indicator))]).toEqual([
      'Tổng lượt khách du lịch',
      'Khách lưu trú',
    ]);
  });
});

describe("an appendix's title", () => {
  // so-tnmt-quang-ngai (held-out set 7) as three converters write its appendix's first lines:
  // the caption wrapped at 72 columns (pandoc), on one line (mammoth), on the label's (pdf2md).
  const caption =
    'Biểu số 01: Một số chỉ tiêu chủ yếu ngành tài nguyên và môi trường quý I năm 2024';
  it.each([
    [
      'pandoc',
      `**PHỤ LỤC**\n\n**Biểu số 01: Một số chỉ tiêu chủ yếu ngành tài nguyên và môi trường quý\nI năm 2024**\n\n${table}`,
    ],
    ['mammoth', `__PHỤ LỤC__\n\n__${caption}__\n\n${table}`],
    ['pdf2md', `Kết quả như sau^1.\n\n(^1) Số liệu ước.\n\n**PHỤ LỤC ${caption}**\n\n${table}`],
  ])('is its table caption however %s writes it', async (_, markdown) => {
    const document = await read(markdown);
    const appendix = document.sections.at(-1);
    expect([appendix?.label, appendix?.title]).toEqual(['PHỤ LỤC', caption]);
  });

  it('is the caption in bold under a label alone, wrapped or not', async () => {
    // thanh-tra-ha-nam (held-out): `**Biểu số 01**`, then its caption in bold over two lines.
    const document = await read(
      `**Biểu số 01**\n\n**Tổng hợp kết quả công tác thanh tra, tiếp công dân, giải quyết khiếu\nnại, tố cáo quý III năm 2024**\n\n*(Kèm theo Báo cáo số 186/BC-TTr ngày 16/9/2024)*\n\n${table}`,
    );
    expect([document.sections.at(-1)?.label, document.sections.at(-1)?.title]).toEqual([
      'Biểu số 01',
      'Tổng hợp kết quả công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo quý III năm 2024',
    ]);
  });

  it('is no wrapped paragraph after a label that is not a table caption', async () => {
    const document = await read(
      `**PHỤ LỤC**\n\nKết quả thực hiện các chỉ tiêu chủ yếu\ncủa ngành trong quý I năm 2024.\n\n${table}`,
    );
    expect(document.sections.at(-1)?.title).toBe('');
  });
});

describe("an appendix's lines that are no headings", () => {
  it('reads the note of what it is attached to and its unit line as text, italic or bold', async () => {
    const document = await read(
      `**PHỤ LỤC**\n\n**Biểu số 01: Thu ngân sách 9 tháng năm 2024**\n\n_(Kèm theo Báo cáo số 412/BC-CCT ngày 30/9/2024 của Chi cục Thuế)_\n\n_Đơn vị tính: triệu đồng_\n\n${table}`,
    );
    const appendix = document.sections.at(-1);
    expect(appendix?.children).toEqual([]);
    expect(appendix?.blocks.map((block) => block.text).slice(0, 2)).toEqual([
      '(Kèm theo Báo cáo số 412/BC-CCT ngày 30/9/2024 của Chi cục Thuế)',
      'Đơn vị tính: triệu đồng',
    ]);
  });
});
