/**
 * Plain text from PDF extraction read as a report (issue 20). The fixtures are real tools' output
 * (scripts/plain-text/generate.sh): the same reports as pdftotext, pdftotext -layout, a pdf.js dump
 * and tesseract OCR text, and pdftotext text with the page markers pipelines add. Each reading is
 * measured against the report's clean markdown: the share of its checks (src/tools/gold-checks.ts)
 * the text keeps, with a floor per kind of text; no footnote may be invented from a figure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { plainLayout } from '../src/parse/plain-text/index.js';
import { joint } from '../src/parse/plain-text/layout.js';
import type { Document, Section } from '../src/schema/document.js';
import { eachBlock } from '../src/structure/walk.js';
import { keptShare } from '../src/tools/gold-checks.js';
import { TWO_TIER_COLUMNS } from './support/two-tiers.js';

const fixtures = new URL('./fixtures/', import.meta.url);

/** Each report and its clean markdown: the pandoc source where it is GFM, else pandoc's GFM output. */
const REPORTS: Record<string, string> = {
  'ubnd-lao-cai_bao-cao_2024-q1': 'tests/originals/ubnd-lao-cai_bao-cao_2024-q1.md',
  'ubnd-quang-tri_bao-cao_2024-q1': 'tests/converters/pandoc-gfm/ubnd-quang-tri_bao-cao_2024-q1.md',
  'huyen-uy-cam-lo_bao-cao_2024-h1':
    'tests/converters/pandoc-gfm/huyen-uy-cam-lo_bao-cao_2024-h1.md',
  // Written for this test alone (scripts/plain-text/reports/), measured before the reader was
  // changed for them (the closing note of issue 20 has both figures).
  'so-y-te-nghe-an_bao-cao_2024-h1': 'tests/plain-text-gold/so-y-te-nghe-an_bao-cao_2024-h1.md',
  'dang-uy-yen-thang_bao-cao_2023': 'tests/plain-text-gold/dang-uy-yen-thang_bao-cao_2023.md',
  'bo-nong-nghiep_bao-cao_2024-9t': 'tests/plain-text-gold/bo-nong-nghiep_bao-cao_2024-9t.md',
  // A second held-out set (roman group rows, empty cells, a table in the body, a table over
  // pages), measured likewise before the reader was changed for them.
  'cuc-thong-ke-thai-binh_bao-cao_2024-9t':
    'tests/plain-text-gold/cuc-thong-ke-thai-binh_bao-cao_2024-9t.md',
  'ubnd-huyen-dak-mil_bao-cao_2024-q3':
    'tests/plain-text-gold/ubnd-huyen-dak-mil_bao-cao_2024-q3.md',
  'so-gddt-ha-tinh_bao-cao_2023-2024': 'tests/plain-text-gold/so-gddt-ha-tinh_bao-cao_2023-2024.md',
  // A third held-out set (a header over two tiers, a Ghi chú column, negative changes, a group's
  // capital letter, a 27-row appendix over three pages), measured likewise.
  'huyen-uy-tan-yen_bao-cao_2023': 'tests/plain-text-gold/huyen-uy-tan-yen_bao-cao_2023.md',
  'so-cong-thuong-binh-duong_bao-cao_2024-q2':
    'tests/plain-text-gold/so-cong-thuong-binh-duong_bao-cao_2024-q2.md',
  'ubnd-phuong-dinh-cong_bao-cao_2024-h1':
    'tests/plain-text-gold/ubnd-phuong-dinh-cong_bao-cao_2024-h1.md',
};

/** Smaller sources made into one kind of text only, for one layout each (see generate.sh). */
const SOURCES: Record<string, string> = {
  'word-lists': 'scripts/plain-text/word-lists.md',
};

/**
 * The least share of the clean markdown's checks each kind of text keeps, held at what is measured
 * (the issue asks 0.85, OCR 0.6). Layout text and pdf.js dumps are held on all checks; pdftotext's
 * default text and OCR, whose tables in other shapes stay text, on the checks other than table cells.
 */
const FLOORS: Record<string, number> = {
  pdftotext: 0.85,
  layout: 0.85,
  pdfjs: 0.85,
  ocr: 0.74,
  marker: 0.85,
};
const ALL_CHECKS = new Set(['layout', 'pdfjs']);
/**
 * Readings of the third held-out set still short of their kind's floor, held at what they keep now
 * (a regression floor, not the target): OCR misreads their footnote marks and headings, and a
 * pdftotext table with a notes column stays text.
 */
const SHORT: Record<string, number> = {
  'plain-pdftotext-so-cong-thuong-binh-duong_bao-cao_2024-q2': 0.82,
  'plain-ocr-huyen-uy-tan-yen_bao-cao_2023': 0.65,
  'plain-ocr-so-cong-thuong-binh-duong_bao-cao_2024-q2': 0.7,
  'plain-ocr-ubnd-phuong-dinh-cong_bao-cao_2024-h1': 0.67,
};

/** Each file is extracted once for all the tests that measure it (the test time is budgeted). */
const readings = new Map<string, Promise<Document>>();

async function read(path: string): Promise<Document> {
  let reading = readings.get(path);
  if (!reading) {
    reading = extract({ path, bytes: readFileSync(path) });
    readings.set(path, reading);
  }
  return reading;
}

const cases = readdirSync(fixtures)
  .filter((name) => name.startsWith('plain-'))
  .sort()
  .map((name) => {
    const flavour = name.split('-')[1] as string;
    const report =
      flavour === 'marker'
        ? 'ubnd-lao-cai_bao-cao_2024-q1'
        : name.slice(`plain-${flavour}-`.length);
    return { name, flavour, report };
  });

describe('plain text from PDF extraction', () => {
  it('has a fixture of each kind for each report', () => {
    for (const report of Object.keys(REPORTS)) {
      for (const flavour of ['pdftotext', 'layout', 'pdfjs', 'ocr']) {
        expect(existsSync(new URL(`plain-${flavour}-${report}/input.txt`, fixtures))).toBe(true);
      }
    }
  });

  it.each(cases)('$name keeps its share of the clean markdown checks', async (c) => {
    const gold = await read((REPORTS[c.report] ?? SOURCES[c.report]) as string);
    const text = await read(`tests/fixtures/${c.name}/input.txt`);
    const all = keptShare(gold, text);
    const prose = keptShare(gold, text, (check) => !check.startsWith('cell:'));
    console.log(
      `${c.name}: ${(all.share * 100).toFixed(1)}% of all checks, ${(prose.share * 100).toFixed(1)}% without table cells; missed ${prose.missed.join(' · ')}`,
    );
    expect(ALL_CHECKS.has(c.flavour) ? all.share : prose.share).toBeGreaterThanOrEqual(
      SHORT[c.name] ?? (FLOORS[c.flavour] as number),
    );
    // The quality grade tells the reading apart without the gold: a text that misses more than a
    // third of the checks is never `good`, one that keeps nine tenths is.
    if (all.share < 2 / 3) expect(text.quality.grade).not.toBe('good');
    if (all.share >= 0.9) expect(text.quality.grade).toBe('good');
  });

  it.each(cases)('$name invents no footnote from a figure', async (c) => {
    const gold = await read((REPORTS[c.report] ?? SOURCES[c.report]) as string);
    const text = await read(`tests/fixtures/${c.name}/input.txt`);
    const goldCitations = new Map(gold.footnotes.map((f) => [f.number, f.citedBy.length]));
    for (const footnote of text.footnotes) {
      // Every note read is one of the report's, cited no more often than the report cites it.
      expect(goldCitations.has(footnote.number)).toBe(true);
      expect(footnote.citedBy.length).toBeLessThanOrEqual(goldCitations.get(footnote.number) ?? 0);
    }
  });

  // OCR's marks say no number: a mark may only cite a note where the report cites that note.
  it.each(cases.filter((c) => c.flavour === 'ocr'))(
    '$name cites no note where the report does not',
    async (c) => {
      const gold = await read(REPORTS[c.report] as string);
      const text = await read(`tests/fixtures/${c.name}/input.txt`);
      const section = (block: string) => block.split(':').slice(1, -1).join(':');
      for (const footnote of text.footnotes) {
        const where = gold.footnotes.find((f) => f.number === footnote.number)?.citedBy ?? [];
        for (const block of footnote.citedBy) {
          expect([footnote.number, where.map(section)]).toEqual([
            footnote.number,
            expect.arrayContaining([section(block)]),
          ]);
        }
      }
    },
  );

  it.each(cases)('$name is told as plain text of its kind', (c) => {
    const layout = plainLayout(readFileSync(`tests/fixtures/${c.name}/input.txt`, 'utf8'));
    expect(layout?.kind).toBe(c.flavour === 'marker' ? 'pdftotext' : c.flavour);
  });
});

describe('a title wrapped before the dash of a compound', () => {
  it('goes on past `- xã hội`: a dash before a word in lower case is no bullet', async () => {
    // ban-dan-toc-ha-giang (a fifth held-out set): the title cut at its line break before `- xã hội`.
    const document = await extract({
      path: 'title.txt',
      bytes: Buffer.from(
        [
          'BAN DÂN TỘC TỈNH HÀ GIANG',
          'Số: 215/BC-BDT',
          '',
          'BÁO CÁO',
          'Kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế',
          '- xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2024',
          '',
          'Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt',
          'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số',
          'và miền núi giai đoạn 2021 - 2030, Ban Dân tộc tỉnh báo cáo kết quả thực hiện như sau:',
          '- Tổng vốn giao năm 2024 là 1.250 tỷ đồng;',
          '- Đã giải ngân 1.010 tỷ đồng.',
          '\f',
        ].join('\n'),
      ),
    });
    expect(document.metadata.title).toBe(
      'Kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2024',
    );
    // A bullet before a capital still starts its item.
    const items = [...eachBlock(document.blocks, document.sections)]
      .filter((block) => block.kind === 'item')
      .map((block) => `${block.marker} ${block.text}`);
    expect(items).toEqual([
      '- Tổng vốn giao năm 2024 là 1.250 tỷ đồng;',
      '- Đã giải ngân 1.010 tỷ đồng.',
    ]);
  });
});

describe('a title the body runs on from', () => {
  it("ends where the body's opening words start a line (`Thực hiện Công văn số …`)", async () => {
    // phong-gddt-trieu-son (a fifth held-out set): pdftotext lost the title's centring and the
    // blank line after it; the one-line title is near the text's width.
    const head = ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 276/BC-PGDĐT', '', 'BÁO CÁO'];
    const body = [
      'Thực hiện Công văn số 2843/SGDĐT-KHTC ngày 26/8/2024 của Sở Giáo dục',
      'và Đào tạo Thanh Hóa về việc báo cáo công tác chuẩn bị năm học mới,',
      'Phòng Giáo dục và Đào tạo huyện Triệu Sơn báo cáo như sau:',
      'I. QUY MÔ TRƯỜNG, LỚP, HỌC SINH',
      'Năm học 2024 - 2025, toàn huyện có 89 trường, cơ sở giáo dục mầm non và',
      'phổ thông với 1.164 lớp, nhóm lớp và 34.308 học sinh, trẻ em.',
      '\f',
    ];
    const read = (title: string[]) =>
      extract({ path: 'title.txt', bytes: Buffer.from([...head, ...title, ...body].join('\n')) });
    const one = await read(['Công tác chuẩn bị và tình hình khai giảng năm học 2024 - 2025']);
    expect(one.metadata.title).toBe(
      'Công tác chuẩn bị và tình hình khai giảng năm học 2024 - 2025',
    );
    const opening = [...eachBlock(one.blocks, one.sections)][0]?.text ?? '';
    expect(opening.startsWith('Thực hiện Công văn số 2843/SGDĐT-KHTC')).toBe(true);
    // A title's own next line goes on in lower case, or with a name: still the title.
    const two = await read(['Công tác chuẩn bị năm học mới', 'theo Chỉ thị số 17/CT-BGDĐT']);
    expect(two.metadata.title).toBe('Công tác chuẩn bị năm học mới theo Chỉ thị số 17/CT-BGDĐT');
  });
});

describe('footnotes in plain text', () => {
  const page = (lines: string[]) => `${lines.join('\n')}\n\f`;
  const read = (text: string) => extract({ path: 'notes.txt', bytes: Buffer.from(text) });

  it('never reads a figure glued to a word as a note when no zone proves it', async () => {
    const text = page([
      'Không để xảy ra dịch cúm gia cầm H5N1 trên địa bàn; nồng độ CO2 và bụi PM2 trong',
      'giới hạn cho phép; không có ca mắc mới COVID-19, phủ sóng 4G tại 100% thôn, bản',
      'năm 2023, tỷ lệ hộ có cáp quang đạt 78,5% so với cùng kỳ năm trước đạt1.',
      '2 tháng đầu năm, tổng lượt khách du lịch ước đạt 1.387,1 nghìn lượt khách.',
    ]);
    const document = await read(text + text);
    expect(document.footnotes).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a note whose wrapped line starts with a figure (`120 m). …`) as the note it goes on', async () => {
    // so-nnptnt-dong-thap (a fifth held-out set, pdf.js text): taken for a note numbered 120, the
    // line hid the page's notes 1 and 2.
    const document = await read(
      page([
        'Đã cấp mới 18 mã số vùng trồng phục vụ xuất khẩu1, nâng tổng số mã số vùng',
        'trồng lên 142. Sạt lở bờ sông xảy ra tại 14 điểm, ảnh hưởng 37 căn nhà2; các địa',
        'phương đã di dời khẩn cấp 21 hộ ra khỏi khu vực nguy hiểm.',
        '1 Gồm 11 mã số vùng trồng xoài xuất khẩu sang thị trường Hàn Quốc, Nhật Bản.',
        '2 Tập trung tại thành phố Hồng Ngự (5 điểm, 412 m) và huyện Lấp Vò (2 điểm,',
        '120 m). Ủy ban nhân dân tỉnh đã công bố tình huống khẩn cấp sạt lở.',
      ]),
    );
    expect(document.footnotes.map((f) => [f.number, f.citedBy.length])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(document.footnotes[1]?.text).toBe(
      'Tập trung tại thành phố Hồng Ngự (5 điểm, 412 m) và huyện Lấp Vò (2 điểm, 120 m). Ủy ban nhân dân tỉnh đã công bố tình huống khẩn cấp sạt lở.',
    );
    expect(document.stats.coverage).toBe(1);
  });

  it('takes the note number the zone defines, in sequence, past codes and figures', async () => {
    const document = await read(
      page([
        'Không để xảy ra dịch cúm H5N1 trên địa bàn. Phủ sóng 4G tại 100% thôn, bản và',
        'hoàn thành kế hoạch năm 20231, tăng 7,5% so với cùng kỳ2. Các chính sách an sinh',
        'xã hội được thực hiện đầy đủ.',
        '1 Kế hoạch số 12-KH/UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh.',
        '2 Trong đó khu vực dịch vụ tăng 7,9%.',
      ]),
    );
    expect(document.footnotes.map((f) => [f.number, f.citedBy.length])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    const block = document.blocks[0] ?? document.sections[0]?.blocks[0];
    expect(block?.text).toContain('H5N1');
    expect(block?.text).toContain('năm 2023, tăng');
    expect(document.stats.coverage).toBe(1);
  });

  it('leaves a note whose reference was not read as text, said so, and reads the notes after it', async () => {
    // ubnd-xa-hai-minh: `xóm 53.` is xóm 5 and note 3's mark, which no rule may take apart.
    const document = await read(
      page([
        'Toàn xã đã thu hoạch xong 781,1 ha lúa mùa, đạt 100% diện tích gieo cấy1. Năng',
        'suất lúa mùa bình quân đạt 61,8 tạ/ha, tăng 1,4 tạ/ha so với vụ mùa năm trước.',
        '1 Theo Kế hoạch số 45/KH-UBND ngày 10/5/2024 của Ủy ban nhân dân xã.',
      ]) +
        page([
          'Thu tiền sử dụng đất mới đạt 46,5% kế hoạch do chưa tổ chức được phiên đấu giá',
          '12 lô đất tại khu dân cư xóm 52. Công tác thu thuế phi nông nghiệp đạt 91,2%.',
          '2 Quyết định số 3385/QĐ-UBND ngày 14/8/2024 của Ủy ban nhân dân huyện.',
        ]) +
        page([
          'Các trường học ổn định nề nếp năm học mới với tổng số 1.318 học sinh3. Trạm Y',
          'tế xã duy trì khám, chữa bệnh thường xuyên cho nhân dân trong tháng.',
          '3 Trường đạt 5/5 tiêu chuẩn của trường chuẩn quốc gia mức độ 2.',
        ]),
    );
    expect(document.footnotes.map((f) => [f.number, f.citedBy.length])).toEqual([
      [1, 1],
      [3, 1],
    ]);
    const text = [...eachBlock(document.blocks, document.sections)].map((b) => b.text).join('\n');
    expect(text).toContain('xóm 52.');
    expect(text).toContain('Quyết định số 3385/QĐ-UBND');
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('footnote-skipped');
    expect(document.quality.signals).toContain('footnote-skipped');
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a reference glued to a date', () => {
  it("is read after the date's year when the zone defines it, and a date alone stays a date", async () => {
    const page = (lines: string[]) => `${lines.join('\n')}\n\f`;
    const document = await extract({
      path: 'date.txt',
      bytes: Buffer.from(
        page([
          'Thực hiện Công điện số 97/CĐ-TTg ngày 02/10/20241. Huyện đã chỉ đạo các xã rà soát',
          'khu dân cư ven suối; đến ngày 15/10/2024 đã di dời 112 hộ dân ra khỏi vùng nguy hiểm.',
          'Các lực lượng tại chỗ được bố trí trực 24/24 giờ trong suốt mùa mưa lũ năm 2024.',
          '1 Công điện về chủ động ứng phó mưa lũ tại các tỉnh Tây Nguyên.',
        ]),
      ),
    });
    expect(document.footnotes.map((f) => [f.number, f.citedBy.length])).toEqual([[1, 1]]);
    const block = document.blocks[0] ?? document.sections[0]?.blocks[0];
    expect(block?.text).toContain('ngày 02/10/2024.');
    expect(block?.text).toContain('ngày 15/10/2024 đã');
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a page's first note run on from the body", () => {
  const read = (lines: string[]) =>
    extract({ path: 'notes.txt', bytes: Buffer.from(`${lines.join('\n')}\n\f`) });

  it("starts after the body's last reference to a note of the page", async () => {
    // so-gddt-ha-tinh: the body's last line cites note 3; note 1's text follows it directly.
    const document = await read([
      'b) Giáo dục phổ thông: tỷ lệ học sinh tiểu học hoàn thành chương trình',
      'lớp học đạt 99,6%; học sinh trung học cơ sở xếp loại học tập Tốt và',
      'Khá đạt 72,3%1. Kỳ thi tốt nghiệp trung học phổ thông năm 2024 có',
      '18.954 thí sinh dự thi; điểm trung bình đạt 6,93 điểm, xếp thứ 11/63 tỉnh2.',
      'Chỉ thị số 2516/CT-BGDĐT ngày 24/8/2023 của Bộ trưởng Bộ Giáo dục và',
      'Đào tạo về nhiệm vụ năm học 2023 - 2024.',
      '1',
      '',
      'Năm 2023 tỷ lệ đỗ tốt nghiệp đạt 99,31%.',
      '2',
      '',
    ]);
    expect(document.footnotes.map((f) => [f.number, f.text, f.citedBy.length])).toEqual([
      [
        1,
        'Chỉ thị số 2516/CT-BGDĐT ngày 24/8/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2023 - 2024.',
        1,
      ],
      [2, 'Năm 2023 tỷ lệ đỗ tốt nghiệp đạt 99,31%.', 1],
    ]);
  });

  it("starts at a document's reference after a name the page end cut, not at a province's name", async () => {
    // so-tai-chinh-quang-ngai: the body breaks off at `Công ty cổ phần Lọc`; note 1 opens with
    // `Nghị quyết số 85/NQ-HĐND` and wraps before `Quảng Ngãi`.
    const document = await read([
      'Tổng thu ước đạt 24.158.642 triệu đồng, bằng 95,2% dự toán1; 11/16 khoản thu đạt tiến độ2.',
      'a) Thu từ doanh nghiệp nhà nước trung ương ước đạt 14.126.455 triệu đồng,',
      'bằng 95,1% dự toán, tăng 9,3% so với cùng kỳ; riêng Công ty cổ phần Lọc',
      'Nghị quyết số 85/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh',
      'Quảng Ngãi khóa XIII, kỳ họp thứ 21 giao tổng thu ngân sách nhà nước.',
      '1',
      '',
      'Các khoản thu đạt thấp so với tiến độ gồm thu tiền sử dụng đất.',
      '2',
      '',
    ]);
    expect(document.footnotes.map((f) => f.text)).toEqual([
      'Nghị quyết số 85/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh Quảng Ngãi khóa XIII, kỳ họp thứ 21 giao tổng thu ngân sách nhà nước.',
      'Các khoản thu đạt thấp so với tiến độ gồm thu tiền sử dụng đất.',
    ]);
  });

  it('does not start where a line finishes a proper name the line before began', async () => {
    // cuc-thong-ke-thai-binh: the body breaks off mid-sentence at the page end.
    const document = await read([
      'Chỉ số giá tiêu dùng bình quân 9 tháng tăng 3,86% so với cùng kỳ năm 20231;',
      'lạm phát cơ bản bình quân tăng 2,71%. Nhóm giáo dục tăng 7,95% do thực',
      'hiện lộ trình điều chỉnh học phí; nhóm bưu chính, viễn thông giảm 0,74%.',
      'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 7.815,3 tỷ đồng,',
      'bằng 68,7% dự toán năm, tăng 6,2% so với cùng kỳ; trong đó thu nội địa đạt',
      'Các xã Thụy Trình, Thái Thọ (huyện Thái Thụy) và xã Vũ Lễ (huyện Kiến',
      'Xương); tổng số lợn tiêu hủy 412 con với trọng lượng 26.380 kg.',
      '1',
      '',
    ]);
    expect(document.footnotes.map((f) => f.text)).toEqual([
      'Các xã Thụy Trình, Thái Thọ (huyện Thái Thụy) và xã Vũ Lễ (huyện Kiến Xương); tổng số lợn tiêu hủy 412 con với trọng lượng 26.380 kg.',
    ]);
  });
});

describe('a foot cut by a page end', () => {
  it('reads the recipients and the signer across the notes of the page', async () => {
    // As pdftotext prints a Nơi nhận | signature table a page end cut (so-gddt-ha-tinh).
    const text = [
      'Trên đây là báo cáo tổng kết năm học 2023 - 2024 của Sở Giáo dục và Đào tạo1./.',
      'Nơi nhận:',
      '',
      'GIÁM ĐỐC',
      '',
      'Trong đó mầm non thiếu 612 giáo viên, tiểu học thiếu 371 giáo viên.',
      '1',
      '',
      '\f- Bộ Giáo dục và Đào tạo (b/c);',
      '- UBND tỉnh (b/c);',
      '- Lưu: VT, KHTC.',
      '',
      'Trần Thị Mai Phương',
      '',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'foot.txt', bytes: Buffer.from(text) });
    expect(document.metadata.recipients).toEqual([
      'Bộ Giáo dục và Đào tạo (b/c)',
      'UBND tỉnh (b/c)',
      'Lưu: VT, KHTC',
    ]);
    expect(document.metadata.signer).toEqual({ name: 'Trần Thị Mai Phương', role: 'GIÁM ĐỐC' });
    expect(document.footnotes.map((f) => f.number)).toEqual([1]);
  });
});

describe('a two-column foot a page end cut, in layout text', () => {
  it('reads the recipients and the signer from its lines on both pages', async () => {
    // As pdftotext -layout prints a Nơi nhận | signature table whose first line ends a page, the
    // page's notes under it (held-out so-tu-phap).
    const text = [
      'UBND TỈNH QUẢNG NAM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '   SỞ TƯ PHÁP                                Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 2187/BC-STP                        Quảng Nam, ngày 18 tháng 9 năm 2024',
      '',
      '                                      BÁO CÁO',
      '                     Kết quả công tác tư pháp 9 tháng năm 2024',
      '',
      'Trên đây là báo cáo kết quả công tác tư pháp 9 tháng năm 2024 của Sở Tư pháp1./.',
      '',
      'Nơi nhận:                                 KT. GIÁM ĐỐC',
      '1',
      ' Số liệu tổng hợp từ báo cáo của 19 sở, ban, ngành và 18 huyện, thị xã.',
      '\f- Bộ Tư pháp (b/c);                           PHÓ GIÁM ĐỐC',
      '- UBND tỉnh (b/c);',
      '- Lưu: VT, VP.                                Lê Thị Minh Thư',
      '',
      'Phụ lục',
      'Biểu số 01',
      'Số liệu thống kê một số chỉ tiêu chủ yếu công tác tư pháp 9 tháng năm 2024',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'foot.txt', bytes: Buffer.from(text) });
    expect(document.source.dialect.evidence[0]).toBe('layout text');
    expect(document.metadata.recipients).toEqual([
      'Bộ Tư pháp (b/c)',
      'UBND tỉnh (b/c)',
      'Lưu: VT, VP',
    ]);
    expect(document.metadata.signer).toEqual({
      name: 'Lê Thị Minh Thư',
      role: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
    });
    expect(document.footnotes.map((f) => f.number)).toEqual([1]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a numbered heading's line in plain text", () => {
  it('ends before a share that starts the paragraph under it, not before its wrapped year', async () => {
    const text = [
      'PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN TỘC NĂM',
      '2023',
      'I. KẾT QUẢ',
      '5. Chuyển đổi số và cải cách hành chính',
      '100% cơ sở giáo dục sử dụng phần mềm quản lý trường học, sổ điểm điện tử; 98,2% học sinh',
      'có mã định danh và hồ sơ học bạ số.',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'report.txt', bytes: Buffer.from(text) });
    expect(document.sections[0]?.title).toBe('KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN TỘC NĂM 2023');
    expect(document.sections[0]?.children[0]?.children[0]).toMatchObject({
      label: '5',
      title: 'Chuyển đổi số và cải cách hành chính',
    });
  });
});

describe('a recipient a narrow column wrapped', () => {
  it('goes on with its rest, and the list and the signer after it are read', async () => {
    // As a pdf.js dump prints the Nơi nhận column (held-out chi-cuc-thue): the rest of an item on
    // a line of its own, from a capital.
    const text = [
      'Trên đây là báo cáo kết quả thực hiện công tác thuế 9 tháng đầu năm 2024',
      'của Chi cục Thuế khu vực Đức Trọng - Lâm Hà./.',
      'Nơi nhận:',
      '- Cục Thuế tỉnh Lâm Đồng (b/c);',
      '- TT Huyện ủy, HĐND, UBND huyện',
      'Đức Trọng (b/c);',
      '- TT Huyện ủy, HĐND, UBND huyện',
      'Lâm Hà (b/c);',
      '- Lãnh đạo Chi cục;',
      '- Lưu: VT, NVDTPC.',
      'KT. CHI CỤC TRƯỞNG',
      'PHÓ CHI CỤC TRƯỞNG',
      'Phạm Thị Thu Hà',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'foot.txt', bytes: Buffer.from(text) });
    expect(document.metadata.recipients).toEqual([
      'Cục Thuế tỉnh Lâm Đồng (b/c)',
      'TT Huyện ủy, HĐND, UBND huyện Đức Trọng (b/c)',
      'TT Huyện ủy, HĐND, UBND huyện Lâm Hà (b/c)',
      'Lãnh đạo Chi cục',
      'Lưu: VT, NVDTPC',
    ]);
    expect(document.metadata.signer).toEqual({
      name: 'Phạm Thị Thu Hà',
      role: 'KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG',
    });
    expect(document.sections).toEqual([]);
  });
});

describe("pdftotext's mixed note order", () => {
  it('reads notes numbered after their text and the last one numbered before it', async () => {
    const document = await extract({
      path: 'mixed.txt',
      bytes: Buffer.from(
        [
          'Ban Thường vụ Đảng ủy lãnh đạo thực hiện các nghị quyết của cấp trên1, tổ chức',
          'hội nghị quán triệt cho cán bộ, đảng viên đạt tỷ lệ 97,2%; kết nạp 12 đảng viên',
          'mới2, trong đó có 04 đảng viên là người có đạo3.',
          '',
          'Kế hoạch số 112-KH/ĐU ngày 20/02/2024 của Đảng ủy xã.',
          '1',
          '',
          'Trong đó đoàn viên thanh niên 11 đồng chí.',
          '2',
          '',
          '3',
          '',
          'Cùng kỳ năm 2023 kết nạp 02 đảng viên là người có đạo.',
          '',
          '\f',
        ].join('\n'),
      ),
    });
    expect(document.footnotes.map((f) => [f.number, f.text, f.citedBy.length])).toEqual([
      [1, 'Kế hoạch số 112-KH/ĐU ngày 20/02/2024 của Đảng ủy xã.', 1],
      [2, 'Trong đó đoàn viên thanh niên 11 đồng chí.', 1],
      [3, 'Cùng kỳ năm 2023 kết nạp 02 đảng viên là người có đạo.', 1],
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("pdftotext's note run on from the body's last lines", () => {
  const read = (lines: string[]) =>
    extract({ path: 'notes.txt', bytes: Buffer.from(lines.join('\n')) });

  it('leaves the body a sentence the page end cut, where the next page goes on with it', async () => {
    // bql-kcn-ha-nam: after a table, the body's last paragraph and the note in one block, the
    // note's number after it; the sentence goes on overleaf (`đồng. Tổng vốn …`).
    const document = await read([
      'Ban đã cấp mới giấy chứng nhận đăng ký đầu tư cho 19 dự án theo kế hoạch1 như sau:',
      '',
      'Khu công nghiệp Đồng Văn I 2 dự án 18,5 triệu USD',
      '819,9',
      '',
      'Ngoài ra, Ban đã điều chỉnh tăng vốn cho 11 lượt dự án FDI với số vốn tăng',
      'thêm 67,5 triệu USD và 04 lượt dự án DDI với số vốn tăng thêm 242,5 tỷ',
      'Kế hoạch số 118/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân tỉnh Hà',
      'Nam về kế hoạch phát triển kinh tế - xã hội năm 2024.',
      '1',
      '',
      '\fđồng. Tổng vốn FDI đăng ký mới và tăng thêm đạt 318,6 triệu USD.',
    ]);
    expect(document.footnotes.map((f) => f.text)).toEqual([
      'Kế hoạch số 118/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân tỉnh Hà Nam về kế hoạch phát triển kinh tế - xã hội năm 2024.',
    ]);
    const text = [...eachBlock(document.blocks, document.sections)].map((b) => b.text).join('\n');
    expect(text).toContain('với số vốn tăng thêm 242,5 tỷ đồng. Tổng vốn FDI');
    expect(document.stats.coverage).toBe(1);
  });

  it("keeps a note whole after the body's cut sentence and a blank line", async () => {
    // huyen-uy-cam-lo: the body ends above a blank line; the note lists several documents.
    const document = await read([
      'Công tác phát triển đảng viên được quan tâm theo các văn bản của cấp trên1; 6 tháng kết nạp',
      '54/90 đảng viên mới, đạt 60%',
      '',
      'Chỉ thị số 23-CT/TW, ngày 25/5/2023 của Ban Bí thư; Kết luận số 01-KL/TW,',
      'ngày 18/5/2021 của Bộ Chính trị; Kế hoạch số 112-KH/TU, ngày 16/01/2024 của',
      'Tỉnh ủy về thực hiện Nghị quyết Hội nghị Trung ương tám.',
      '1',
      '',
      '\fkế hoạch năm.',
    ]);
    expect(document.footnotes.map((f) => f.text)).toEqual([
      'Chỉ thị số 23-CT/TW, ngày 25/5/2023 của Ban Bí thư; Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị; Kế hoạch số 112-KH/TU, ngày 16/01/2024 của Tỉnh ủy về thực hiện Nghị quyết Hội nghị Trung ương tám.',
    ]);
  });

  it("gives a note's rest overleaf back to it, not to the next note", async () => {
    // chi-cuc-thue: note 1 stops at the page end (`… Công ty TNHH Vật liệu`); its rest opens the
    // next page's note block, above note 2's text, whose number comes after it.
    const document = await read([
      'Thu tiền sử dụng đất từ các doanh nghiệp1 đạt thấp so với kế hoạch năm.',
      '',
      'Gồm Công ty Chè Cầu Đất 12.880 triệu đồng và Công ty TNHH Vật liệu',
      '1',
      '',
      '\fKế hoạch đấu giá quyền sử dụng đất được triển khai2 trong quý IV.',
      '',
      'xây dựng Lâm Viên 8.115 triệu đồng.',
      'Năm 2024 kế hoạch đấu giá 14 khu đất với tổng diện tích 21,6 ha.',
      '2',
      '',
    ]);
    expect(document.footnotes.map((f) => f.text)).toEqual([
      'Gồm Công ty Chè Cầu Đất 12.880 triệu đồng và Công ty TNHH Vật liệu xây dựng Lâm Viên 8.115 triệu đồng.',
      'Năm 2024 kế hoạch đấu giá 14 khu đất với tổng diện tích 21,6 ha.',
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it("leaves an appendix's heading and caption out of the note below them", async () => {
    // so-noi-vu-phu-tho: the appendix opens at the page's foot, above the last note.
    const document = await read([
      'Toàn tỉnh có 412 cơ sở tôn giáo được công nhận1.',
      '',
      'PHỤ LỤC',
      'Biểu số 01: Một số chỉ tiêu chủ yếu công tác nội vụ năm 2023',
      'Gồm 298 cơ sở Phật giáo, 102 cơ sở Công giáo và 12 cơ sở Tin Lành.',
      '1',
      '',
      '\fSTT Chỉ tiêu ĐVT Năm 2022 Năm 2023',
    ]);
    const notes = document.footnotes.map((f) => f.text);
    expect(notes).toEqual(['Gồm 298 cơ sở Phật giáo, 102 cơ sở Công giáo và 12 cơ sở Tin Lành.']);
  });
});

describe("a note's rest at the end of the next page's body", () => {
  it('goes to the note, not to the heading above it', async () => {
    // ban-dan-toc-ha-giang (a fifth held-out set), pdf.js text: note 2 stops at `riêng` on page 1;
    // its rest ends page 2's body, under a heading wrapped in lower case (`đời` / `sống`).
    const document = await extract({
      path: 'rest.txt',
      bytes: Buffer.from(
        [
          'Tổng kế hoạch vốn năm 2024 là 542.400 triệu đồng; đến ngày 31/01/2025 đã',
          'giải ngân 436.291 triệu đồng, đạt 80,4%1 kế hoạch. Trong đó, vốn đầu tư',
          'phát triển giải ngân 312.580 triệu đồng, đạt 86,2%2; vốn sự nghiệp giải',
          'ngân 123.711 triệu đồng.',
          '1 Theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính',
          'phủ.',
          '2 Bao gồm 362.600 triệu đồng vốn đầu tư phát triển và 179.800 triệu đồng',
          'vốn sự nghiệp; riêng',
          '\f',
          'c) Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững',
          'Hỗ trợ khoán bảo vệ 86.420 ha rừng tự nhiên cho cộng đồng dân cư và hộ',
          'gia đình; thực hiện 27 dự án hỗ trợ phát triển sản xuất theo chuỗi giá',
          'trị3.',
          'd) Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu, phục vụ sản xuất, đời',
          'sống',
          'vốn năm 2023 kéo dài sang năm 2024 giải ngân đạt 91,4%.',
          '3 Tiêu biểu: chè Shan tuyết, cam sành, mật ong bạc hà.',
          '\f',
        ].join('\n'),
      ),
    });
    expect(document.footnotes[1]?.text).toBe(
      'Bao gồm 362.600 triệu đồng vốn đầu tư phát triển và 179.800 triệu đồng vốn sự nghiệp; riêng vốn năm 2023 kéo dài sang năm 2024 giải ngân đạt 91,4%.',
    );
    const texts = [...eachBlock(document.blocks, document.sections)].map((block) => block.text);
    expect(texts.some((text) => text.includes('91,4'))).toBe(false);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a note moved to the next page', () => {
  it('is cited where its reference stands, at the end of the page before', async () => {
    const document = await extract({
      path: 'moved.txt',
      bytes: Buffer.from(
        [
          'Tổng số lượt khám bệnh toàn tỉnh đạt 3.412.587 lượt1, tăng 8,6% so với cùng kỳ2;',
          'số lượt điều trị nội trú đạt 276.431 lượt3. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,7%',
          'dân số. Phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 94,5% dân số vào cuối năm4.',
          '',
          'Trong đó tuyến tỉnh 1.412.005 lượt.',
          '1',
          '',
          'Cùng kỳ năm 2023 đạt 3.142.110 lượt.',
          '2',
          '',
          '3',
          '',
          'Công suất sử dụng giường bệnh bình quân 92,4%.',
          '',
          '\f',
          'PHỤ LỤC',
          'Biểu số 01: Một số chỉ tiêu y tế chủ yếu 6 tháng đầu năm 2024',
          '',
          'Chỉ tiêu được giao tại Nghị quyết số 23/NQ-HĐND ngày 08/12/2023 của Hội đồng',
          'nhân dân tỉnh.',
          '4',
          '',
          '\f',
        ].join('\n'),
      ),
    });
    expect(
      document.footnotes.map((f) => [f.number, f.text.slice(0, 24), f.citedBy.length]),
    ).toEqual([
      [1, 'Trong đó tuyến tỉnh 1.41', 1],
      [2, 'Cùng kỳ năm 2023 đạt 3.1', 1],
      [3, 'Công suất sử dụng giường', 1],
      [4, 'Chỉ tiêu được giao tại N', 1],
    ]);
    // Note 4 is cited on the first page, where `năm4.` stands.
    expect(document.footnotes[3]?.citedBy).toEqual(document.footnotes[0]?.citedBy);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a table pdftotext printed column by column', () => {
  const table = (names: string[]) =>
    [
      'Đảng bộ xã hoàn thành các chỉ tiêu chủ yếu của năm 2023 như sau, theo biểu dưới đây.',
      '',
      'PHỤ LỤC',
      'Biểu số 02: Một số chỉ tiêu chủ yếu năm 2023',
      'T',
      'T',
      '1',
      '',
      '2',
      '',
      '3',
      '',
      'Chỉ tiêu',
      ...names,
      '',
      'Đơn',
      'vị',
      '',
      'Kế hoạch năm',
      '2023',
      '',
      'Thực hiện năm',
      '2023',
      '',
      'Tỷ',
      'đồng',
      '',
      '475',
      '',
      '486,7',
      '',
      'Tấn',
      '',
      '7.000',
      '',
      '7.125,6',
      '',
      '%',
      '',
      '2,0',
      '',
      '1,86',
      '',
      '\f',
    ].join('\n');
  const read = (text: string) => extract({ path: 'table.txt', bytes: Buffer.from(text) });

  it('reads it as the table it was, when every count agrees', async () => {
    const document = await read(
      table(['Tổng', 'giá trị', 'sản xuất', 'Sản lượng', 'lương', 'thực', 'Tỷ lệ hộ', 'nghèo']),
    );
    const [found] = document.tables;
    expect(found?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Tổng giá trị sản xuất', 'Tỷ đồng', '475', '486,7'],
      ['2', 'Sản lượng lương thực', 'Tấn', '7.000', '7.125,6'],
      ['3', 'Tỷ lệ hộ nghèo', '%', '2,0', '1,86'],
    ]);
    // The figures are typed in their row's unit: 7.000 tonnes is seven thousand.
    expect(document.facts.find((fact) => fact.raw === '7.000')?.value).toBe(7000);
    expect(document.stats.coverage).toBe(1);
  });

  it('leaves it as text when the names do not split into as many rows', async () => {
    // `sản Lượng` starts a fourth name: no row may take another's cells.
    const document = await read(
      table(['Tổng', 'giá trị', 'sản xuất', 'Sản', 'Lượng', 'lương thực', 'Tỷ lệ hộ', 'nghèo']),
    );
    expect(document.tables).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a table pdftotext printed a block per column, its cells wrapped', () => {
  // As pdftotext prints a table whose names wrap (ubnd-lao-cai, ubnd-quang-tri): the order
  // numbers, the names run together, the headers (the unit's sharing a line with the plan's), then
  // each row's unit and figures.
  const page = (blocks: string[][]) =>
    `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n\f`;
  const header = [
    ['Kế hoạch', 'Đơn vị tính năm 2024'],
    ['Ước TH', 'quý I/2024'],
    ['So với', 'cùng kỳ', '(%)'],
  ];
  const first = page([
    ['PHỤ LỤC', 'Biểu số 01: Một số chỉ tiêu chủ yếu quý I năm 2024'],
    ['TT'],
    ['Chỉ tiêu'],
    ['1'],
    ['Tổng sản', 'phẩm trên', 'địa bàn', 'Diện tích', 'gieo trồng', 'vụ Đông', 'Xuân', 'Tổng mức'],
    ['2', '3'],
    ...header,
    ['Tỷ đồng'],
    ['65.000'],
    ['12.345,6'],
    ['107,52'],
    ['Ha'],
    ['36.080'],
    ['36.512'],
    ['100,8'],
    ['Tỷ đồng'],
    ['41.200'],
    ['9.876,5'],
    ['111,2'],
  ]);
  // The next page: the last name's end, then rows whose bullets pdftotext lost (one `-` of two).
  const second = (figures: string[]) =>
    page([
      ['TT'],
      ['4'],
      ['-'],
      ['5'],
      [
        'Chỉ tiêu',
        'bán lẻ',
        'hàng hóa',
        'Thu ngân',
        'sách',
        'Thu nội',
        'địa',
        'Thu từ',
        'xuất nhập',
        'khẩu',
        'Chi ngân',
        'sách',
      ],
      ...header,
      ['Tỷ đồng'],
      ['10.500'],
      ['2.456,8'],
      ['112,3'],
      ['Tỷ đồng'],
      ['7.800'],
      ['1.876,4'],
      ['109,8'],
      ['Tỷ đồng'],
      ['2.700'],
      ['580,4'],
      ['121,5'],
      ['Tỷ đồng'],
      ...figures.map((figure) => [figure]),
    ]);
  const read = (text: string) => extract({ path: 'table.txt', bytes: Buffer.from(text) });

  it('reads the rows over both pages as one table, a name finished on the next page', async () => {
    const document = await read(first + second(['19.900', '4.321,5', '104,6']));
    expect(document.tables).toHaveLength(1);
    const rows = document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw));
    expect(rows?.slice(0, 3)).toEqual([
      ['1', 'Tổng sản phẩm trên địa bàn', 'Tỷ đồng', '65.000', '12.345,6', '107,52'],
      // `Xuân` finishes the proper name `Đông Xuân`: no fourth name.
      ['2', 'Diện tích gieo trồng vụ Đông Xuân', 'Ha', '36.080', '36.512', '100,8'],
      ['3', 'Tổng mức bán lẻ hàng hóa', 'Tỷ đồng', '41.200', '9.876,5', '111,2'],
    ]);
    expect(document.tables[0]?.columns.map((column) => column.name)).toEqual([
      'TT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kế hoạch năm 2024',
      'Ước TH quý I/2024',
      'So với cùng kỳ (%)',
    ]);
    // Three order numbers for four rows: none is placed, and the reader says so.
    expect(rows?.slice(3).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['', 'Thu ngân sách', '10.500'],
      ['', 'Thu nội địa', '7.800'],
      ['', 'Thu từ xuất nhập khẩu', '2.700'],
      ['', 'Chi ngân sách', '19.900'],
    ]);
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('table-order-unplaced');
    expect(document.quality.signals).not.toContain('unread-table');
    expect(document.stats.coverage).toBe(1);
  });

  it('leaves a page as text when its figures are not as many as rows × columns', async () => {
    const document = await read(first + second(['19.900', '4.321,5']));
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows).toHaveLength(3);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads numbers at the start of the names, words cut by a narrow column and a group row', async () => {
    const document = await read(
      page([
        ['PHỤ LỤC', 'Biểu số 01: Một số chỉ tiêu y tế chủ yếu', 'T Chỉ', 'T tiêu'],
        ['Đơn vị', 'tính'],
        ['Kế hoạch', 'năm 2024'],
        ['So với', 'KH (%)'],
        [
          '1 Số',
          'lượt',
          'khám',
          ',',
          'chữa',
          'bệnh',
          'BHY',
          'T',
          'Bao',
          'gồm:',
          '+',
          'Tuyế',
          'n',
          'tỉnh',
          '2 Số',
          'bác',
          'sĩ',
          'trên',
          '10.0',
          '00',
          'dân',
        ],
        ['Lượt'],
        ['6.800.000'],
        ['50,2'],
        ['Lượt'],
        ['540.000'],
        ['51,2'],
        ['12'],
        ['98,3'],
        ['Bác sĩ'],
      ]),
    );
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Số lượt khám, chữa bệnh BHYT', 'Lượt', '6.800.000', '50,2'],
      ['', 'Bao gồm:', '', '', ''],
      ['', '+ Tuyến tỉnh', 'Lượt', '540.000', '51,2'],
      ['2', 'Số bác sĩ trên 10.000 dân', 'Bác sĩ', '12', '98,3'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a table pdftotext printed a block per column, two tiers of its header glued', () => {
  // phong-ldtbxh (held-out set 7): `So sánh (%)` printed first, `Năm 2024` and `Kế hoạch` run
  // together in one block. Which figure is whose cannot be told: the table stays text.
  const page = (blocks: string[][]) =>
    `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n\f`;
  const text = page([
    ['PHỤ LỤC', 'Biểu số 01: Một số chỉ tiêu về lao động, việc làm 9 tháng năm 2024'],
    ['TT'],
    ['Chỉ tiêu'],
    ['1'],
    [
      'Số lao động',
      'được tạo',
      'việc làm',
      'Số người',
      'được đào',
      'tạo nghề',
      'Số hộ',
      'thoát nghèo',
    ],
    ['2', '3'],
    ['Đơn vị tính'],
    ['So sánh', '(%)'],
    ['Năm 2024 Kế hoạch'],
    ['Ước TH', '9 tháng'],
    ...[['Người'], ['2.600'], ['2.035'], ['78,3']],
    ...[['Người'], ['3.200'], ['2.710'], ['84,7']],
    ...[['Hộ'], ['450'], ['392'], ['87,1']],
  ]);

  it('stays text, no figure filed under a measure not its own', async () => {
    const document = await extract({ path: 'table.txt', bytes: Buffer.from(text) });
    expect(document.tables).toEqual([]);
    // Before, 2.035 (the estimate) was filed as the plan and 78,3 (a share) as the estimate.
    const plans = document.facts.filter((fact) => fact.measure === 'plan');
    expect(plans.map((fact) => fact.value)).not.toContain(2035);
    expect(document.facts.filter((fact) => fact.measure === 'estimate')).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a table pdftotext printed a block per run of close rows', () => {
  // Where rows are one line each, pdftotext prints a column's cells for a run of them as one block
  // (`92,115` / `61,800`), the cells of columns it read across on one line (`541.903 545.126
  // 100,59`), and runs the unit's header into the next one's lines (`Đơn vị cùng kỳ` / `tính`), as
  // in the held-out statistics and district reports.
  const page = (blocks: string[][]) =>
    `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n\f`;
  const read = (text: string) => extract({ path: 'table.txt', bytes: Buffer.from(text) });
  const rowsOf = (document: Awaited<ReturnType<typeof read>>) =>
    document.tables.map((table) => table.rows.map((row) => row.cells.map((c) => c.raw)));

  it('reads a group row with a roman number, a unit header run into the next, and figures across', async () => {
    const document = await read(
      page([
        ['PHỤ LỤC', 'Biểu số 01: Một số chỉ tiêu sản xuất chủ yếu'],
        ['S', 'T', 'T', 'I', '1', '2', '3'],
        [
          'Chỉ tiêu',
          'Nông, lâm nghiệp và',
          'thủy sản',
          'Diện tích gieo trồng',
          'lúa vụ mùa',
          'Sản lượng lúa',
          'Tổng đàn lợn',
        ],
        ['Thực', 'hiện', 'Đơn vị cùng kỳ', 'tính', '2023'],
        ['Ước', 'thực hiện', '2024'],
        ['So sánh', '(%)'],
        ['Ha'],
        ['76.278'],
        ['75.318'],
        ['98,74'],
        ['Tấn'],
        ['541.903 545.126 100,59'],
        ['Nghìn', 'con'],
        ['728,2'],
        ['743,5'],
        ['102,10'],
      ]),
    );
    expect(rowsOf(document)).toEqual([
      [
        ['I', 'Nông, lâm nghiệp và thủy sản', '', '', '', ''],
        ['1', 'Diện tích gieo trồng lúa vụ mùa', 'Ha', '76.278', '75.318', '98,74'],
        ['2', 'Sản lượng lúa', 'Tấn', '541.903', '545.126', '100,59'],
        ['3', 'Tổng đàn lợn', 'Nghìn con', '728,2', '743,5', '102,10'],
      ],
    ]);
    expect(document.tables[0]?.columns.map((column) => column.name)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Thực hiện cùng kỳ 2023',
      'Ước thực hiện 2024',
      'So sánh (%)',
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  const disbursement = (runs: string[][]) =>
    page([
      ['Bảng 1. Kết quả giải ngân theo nguồn vốn'],
      ['T', 'T', '1', '2'],
      [
        'Nguồn vốn',
        'Vốn ngân sách tỉnh hỗ trợ có mục',
        'tiêu',
        'Vốn ngân sách huyện',
        'a) Nguồn thu tiền sử dụng đất',
      ],
      ['Kế hoạch', 'năm 2024', '(tỷ đồng)'],
      ['Giải ngân', 'đến', '30/9/2024', '(tỷ đồng)'],
      ['Tỷ lệ', '(%)'],
      ['74,310'],
      ['48,562'],
      ['65,4'],
      ...runs,
    ]);

  it('reads a run of rows a block per column, and a sub-row with no order number', async () => {
    const document = await read(
      disbursement([
        ['92,115', '61,800'],
        ['54,218', '33,947'],
        ['58,9', '54,9'],
      ]),
    );
    expect(rowsOf(document)).toEqual([
      [
        ['1', 'Vốn ngân sách tỉnh hỗ trợ có mục tiêu', '74,310', '48,562', '65,4'],
        ['2', 'Vốn ngân sách huyện', '92,115', '54,218', '58,9'],
        ['', 'a) Nguồn thu tiền sử dụng đất', '61,800', '33,947', '54,9'],
      ],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('leaves it as text where a run of blocks does not make whole rows', async () => {
    const document = await read(
      disbursement([['92,115', '61,800'], ['54,218'], ['33,947'], ['58,9', '54,9']]),
    );
    expect(document.tables).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads sub-rows lettered in the order column, and headers that name only a period', async () => {
    // A commune's budget table: `a)` in the order column, a row's name wrapped (`cấp` / `trên`),
    // `Tháng 10/2024` and `Lũy kế 10 tháng` headers that name no role, a run of rows a block each.
    const document = await read(
      page([
        ['Kết quả thu, chi ngân sách xã đến ngày 20/10/2024:'],
        ['TT'],
        ['Nội dung'],
        ['1', 'a)', 'b)', '2', 'a)'],
        [
          'Tổng thu ngân sách xã',
          'Thu điều tiết',
          'Thu bổ sung từ ngân sách cấp',
          'trên',
          'Tổng chi ngân sách xã',
          'Chi thường xuyên',
        ],
        ['Tháng', '10/2024'],
        ['Lũy kế', '10', 'tháng'],
        ['Dự toán', 'năm', '2024'],
        ['412,6', '54,1', '272,2'],
        ['5.186,4', '631,2', '3.812,4'],
        ['6.250,0', '740,0', '4.600,0'],
        ['398,2', '278,2'],
        ['4.702,9', '3.352,9'],
        ['6.250,0', '4.450,0'],
      ]),
    );
    expect(rowsOf(document)).toEqual([
      [
        ['1', 'Tổng thu ngân sách xã', '412,6', '5.186,4', '6.250,0'],
        ['a)', 'Thu điều tiết', '54,1', '631,2', '740,0'],
        ['b)', 'Thu bổ sung từ ngân sách cấp trên', '272,2', '3.812,4', '4.600,0'],
        ['2', 'Tổng chi ngân sách xã', '398,2', '4.702,9', '6.250,0'],
        ['a)', 'Chi thường xuyên', '278,2', '3.352,9', '4.450,0'],
      ],
    ]);
    const [table] = document.tables;
    expect(table?.columns.map((column) => column.role)).toEqual([
      'order',
      'label',
      'other',
      'other',
      'plan',
    ]);
    // The sub-rows hang from their numbered rows.
    const parent = (label: string) =>
      table?.rows.find((row) => row.id === table.rows.find((r) => r.label === label)?.parentId)
        ?.label;
    expect(parent('Thu bổ sung từ ngân sách cấp trên')).toBe('Tổng thu ngân sách xã');
    expect(parent('Chi thường xuyên')).toBe('Tổng chi ngân sách xã');
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a table pdftotext printed a block per cell, out of order', () => {
  // pdftotext can print a row's cells out of column order (a held-out statistics report: `728,2`
  // / `760,0` / `743,5` / `102,10`, the plan second). The count agrees all the same; the percent
  // column, one figure over another × 100 in the other rows, tells.
  const text = (third: string[]) =>
    `${[
      ['PHỤ LỤC', 'Biểu số 01: Kết quả giải ngân đến ngày 30/9/2024'],
      ['TT'],
      ['Chỉ tiêu'],
      ['1'],
      ['Vốn ngân sách tỉnh', 'hỗ trợ', 'Vốn ngân sách', 'huyện', 'Vốn chương trình', 'mục tiêu'],
      ['2', '3'],
      ['Kế hoạch', 'Đơn vị tính năm 2024'],
      ['Ước TH', 'quý III/2024'],
      ['So với', 'KH (%)'],
      ['Tỷ đồng'],
      ['74.310'],
      ['48.562'],
      ['65,4'],
      ['Tỷ đồng'],
      ['92.115'],
      ['54.218'],
      ['58,9'],
      ['Tỷ đồng'],
      ...third.map((figure) => [figure]),
    ]
      .map((lines) => lines.join('\n'))
      .join('\n\n')}\n\f`;
  const read = (source: string) => extract({ path: 'table.txt', bytes: Buffer.from(source) });

  it('reads it where every row agrees with its percent', async () => {
    const document = await read(text(['20.000', '10.157', '50,8']));
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Vốn ngân sách tỉnh hỗ trợ', 'Tỷ đồng', '74.310', '48.562', '65,4'],
      ['2', 'Vốn ngân sách huyện', 'Tỷ đồng', '92.115', '54.218', '58,9'],
      ['3', 'Vốn chương trình mục tiêu', 'Tỷ đồng', '20.000', '10.157', '50,8'],
    ]);
  });

  it('puts a row that does not in the one order its percent allows, and says so', async () => {
    const document = await read(text(['20.000', '50,8', '10.157']));
    expect(document.tables[0]?.rows.at(-1)?.cells.map((c) => c.raw)).toEqual([
      '3',
      'Vốn chương trình mục tiêu',
      'Tỷ đồng',
      '20.000',
      '10.157',
      '50,8',
    ]);
    expect(document.diagnostics.map((problem) => problem.ruleId)).toContain(
      'table-cells-reordered',
    );
  });

  it('leaves it as text where no order of the row agrees', async () => {
    const document = await read(text(['20.000', '50,8', '11.000']));
    expect(document.tables).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a table pdftotext printed a block per cell, row after row', () => {
  // so-khdt-vinh-phuc: where a table's cells stand apart, each is a block of its own.
  const page = (blocks: string[][]) =>
    `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n\f`;
  const read = (text: string) => extract({ path: 'table.txt', bytes: Buffer.from(text) });
  const rowsOf = (document: Awaited<ReturnType<typeof read>>) =>
    document.tables.map((table) => table.rows.map((row) => row.cells.map((c) => c.raw)));
  const periods = [
    ['9', 'tháng', '2023'],
    ['9 tháng', '2024'],
    ['So', 'sánh', '(%)'],
  ];
  const upper = [
    ['STT'],
    ['Huyện,', 'thành phố'],
    ['Doanh', 'nghiệp', 'thành', 'lập', 'mới'],
    ['Doanh', 'nghiệp', 'giải thể', '9 tháng', '2024'],
  ];
  const header = [...upper, ['Số', 'doanh', 'nghiệp'], ['Vốn', 'đăng ký'], ...periods, ...periods];
  const row = (mark: string, name: string[], figures: string[]) => [
    ...(mark === '' ? [] : [[mark]]),
    name,
    ...figures.map((figure) => [figure]),
  ];

  it('reads the headers in tiers, then each row, and a page that repeats only the upper tier', async () => {
    const document = await read(
      `${page([
        ['PHỤ LỤC'],
        ...header,
        ...row('', ['Tổng số'], ['1.020', '1.086', '106,5', '9.518,8', '9.596,5', '100,8', '183']),
        ...row(
          '1',
          ['Thành phố', 'Vĩnh Yên'],
          ['312', '341', '109,3', '2.846,5', '3.102,8', '109,0', '58'],
        ),
      ])}${page([
        ...upper,
        ...row(
          '2',
          ['Huyện', 'Bình Xuyên'],
          ['176', '158', '89,8', '2.984,6', '2.415,3', '80,9', '21'],
        ),
      ])}`,
    );
    expect(rowsOf(document)).toEqual([
      [
        ['', 'Tổng số', '1.020', '1.086', '106,5', '9.518,8', '9.596,5', '100,8', '183'],
        ['1', 'Thành phố Vĩnh Yên', '312', '341', '109,3', '2.846,5', '3.102,8', '109,0', '58'],
        ['2', 'Huyện Bình Xuyên', '176', '158', '89,8', '2.984,6', '2.415,3', '80,9', '21'],
      ],
    ]);
    expect(document.tables[0]?.columns.map((column) => column.name)[4]).toBe(
      'Doanh nghiệp thành lập mới / Số doanh nghiệp / So sánh (%)',
    );
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a table printed in two halves: names and units, then the figures', async () => {
    const document = await read(
      page([
        ['Bảng 1. Kết quả thu hút đầu tư 9 tháng đầu năm 2024'],
        ['STT'],
        ['Chỉ tiêu'],
        ['ĐVT'],
        ...[['I'], ['Đầu tư trực tiếp nước ngoài (FDI)']],
        ...[['1'], ['Dự án cấp mới'], ['Dự án']],
        ...[['2'], ['Vốn đăng ký cấp mới'], ['Triệu USD']],
        ...[
          ['9 tháng', 'năm 2023'],
          ['9 tháng', 'năm 2024'],
          ['Tăng', '(+),', 'giảm (-)', '(%)'],
        ],
        ...[['42'], ['37'], ['-11,9'], ['612,4'], ['835,7'], ['+36,5']],
      ]),
    );
    expect(rowsOf(document)).toEqual([
      [
        ['I', 'Đầu tư trực tiếp nước ngoài (FDI)', '', '', '', ''],
        ['1', 'Dự án cấp mới', 'Dự án', '42', '37', '-11,9'],
        ['2', 'Vốn đăng ký cấp mới', 'Triệu USD', '612,4', '835,7', '+36,5'],
      ],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads the headers printed above the order column, and a total printed figures first', async () => {
    // phong-gddt-trieu-son (a fifth held-out set): `Số trường` … above `TT`; `89` … `Tổng cộng`.
    const document = await read(
      page([
        ['Bảng 1. Quy mô trường, lớp, học sinh năm học 2024 - 2025'],
        ['Số trường'],
        ['Số lớp', '(nhóm lớp)'],
        ['Bình quân', 'học', 'sinh/lớp'],
        ['TT'],
        ['Loại hình, cấp học'],
        ...row('1', ['Mầm non'], ['24', '298', '26,3']),
        ...row('2', ['Tiểu học'], ['28', '512', '28,1']),
        ...[['52'], ['810'], ['27,5'], ['Tổng cộng']],
        ['Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%; sĩ số bình quân tăng so với năm học trước.'],
      ]),
    );
    expect(rowsOf(document)).toEqual([
      [
        ['1', 'Mầm non', '24', '298', '26,3'],
        ['2', 'Tiểu học', '28', '512', '28,1'],
        ['', 'Tổng cộng', '52', '810', '27,5'],
      ],
    ]);
    expect(document.tables[0]?.columns.map((column) => column.name)[2]).toBe('Số trường');
    expect(document.stats.coverage).toBe(1);
  });

  it("reads the first header above the order column run on from the caption's last line", async () => {
    // ban-tuyen-giao-thach-ha (a sixth held-out set): no blank line between `Huyện ủy)` and
    // `Số hội` / `nghị,` / `lớp`.
    const document = await read(
      page([
        [
          '(Kèm theo Báo cáo số 58-BC/BTGHU ngày 15/12/2023 của Ban Tuyên giáo',
          'Huyện ủy)',
          'Số hội',
          'nghị,',
          'lớp',
        ],
        ['Số cán', 'bộ, đảng', 'viên phải', 'tham gia'],
        ['Tỷ lệ', '(%)'],
        ['TT'],
        ['Nội dung'],
        ...row('1', ['Học tập, quán triệt Nghị quyết'], ['42', '6.846', '96,0']),
        ...row('a)', ['Cấp huyện'], ['2', '412', '98,5']),
        ['Nơi nhận:'],
      ]),
    );
    expect(document.tables[0]?.columns.map((column) => column.name)).toEqual([
      'TT',
      'Nội dung',
      'Số hội nghị, lớp',
      'Số cán bộ, đảng viên phải tham gia',
      'Tỷ lệ (%)',
    ]);
    expect(rowsOf(document)[0]).toHaveLength(2);
    expect(document.stats.coverage).toBe(1);
  });

  it('leaves it as text where a row has a figure more than the headers have columns', async () => {
    const document = await read(
      page([
        ['STT'],
        ['Huyện,', 'thành phố'],
        ['Số doanh nghiệp'],
        ['Vốn đăng ký', '(tỷ đồng)'],
        ...row('1', ['Thành phố', 'Vĩnh Yên'], ['312', '341', '109,3']),
        ...row('2', ['Huyện', 'Bình Xuyên'], ['176', '158', '89,8']),
      ]),
    );
    expect(document.tables).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a table a pdf.js dump printed row by row', () => {
  const dump = (lastRow: string[]) =>
    [
      'Đảng bộ xã hoàn thành các chỉ tiêu chủ yếu của năm 2023 như sau, theo biểu dưới đây.',
      'PHỤ LỤC',
      'Biểu số 02: Một số chỉ tiêu chủ yếu năm 2023',
      'T',
      'T Chỉ tiêu',
      'Đơn',
      'vị',
      'Kế hoạch năm',
      '2023',
      'Thực hiện năm',
      '2023',
      '1 Tổng',
      'giá trị',
      'Tỷ',
      'đồng',
      '475 486,7',
      '2 Sản',
      'lượng',
      'Tấn 7.000 7.125,6',
      ...lastRow,
      '\f',
    ].join('\n');
  const read = (text: string) => extract({ path: 'dump.txt', bytes: Buffer.from(text) });

  it('reads it as the table it was, when every row has its unit and as many figures', async () => {
    const document = await read(dump(['3 Tỷ lệ hộ', 'nghèo', '% 2,0 1,86']));
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Tổng giá trị', 'Tỷ đồng', '475', '486,7'],
      ['2', 'Sản lượng', 'Tấn', '7.000', '7.125,6'],
      ['3', 'Tỷ lệ hộ nghèo', '%', '2,0', '1,86'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads ranges, one-line rows, group rows and a name finished on the next page', async () => {
    // As a pdf.js dump prints the tables of ubnd-lao-cai and so-y-te-nghe-an.
    const header = [
      'TT Chỉ tiêu Đơn vị tính',
      'Kế hoạch',
      'năm 2024',
      'Ước TH quý',
      'I/2024',
      'So với',
      'KH (%)',
    ];
    const text = [
      'PHỤ LỤC',
      'Biểu số 01: Một số chỉ tiêu chủ yếu quý I năm 2024',
      ...header,
      '1 Tốc độ',
      'tăng trưởng',
      '% 7,0 - 7,5 6,12 -',
      '2 Tổng mức Tỷ đồng 41.200 9.876,5 23,8',
      '3 Số hợp tác',
      'xã thành lập',
      'Hợp tác xã 80 17 21,3',
      '4 Tổng chi',
      'khám bệnh',
      'Tỷ',
      'đồng',
      '3.812,5 1.876,4 49,2',
      '\f',
      ...header,
      'bảo hiểm y tế',
      'Bao',
      'gồm:',
      '+',
      'Tuyến tỉnh',
      'Tỷ đồng 2.104,3 1.032,7 49,1',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.columns.map((column) => column.name)).toEqual([
      'TT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kế hoạch năm 2024',
      'Ước TH quý I/2024',
      'So với KH (%)',
    ]);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Tốc độ tăng trưởng', '%', '7,0 - 7,5', '6,12', '-'],
      ['2', 'Tổng mức', 'Tỷ đồng', '41.200', '9.876,5', '23,8'],
      // `xã` is a unit too: the short name alone in the unit column is the whole unit.
      ['3', 'Số hợp tác xã thành lập', 'Hợp tác xã', '80', '17', '21,3'],
      ['4', 'Tổng chi khám bệnh bảo hiểm y tế', 'Tỷ đồng', '3.812,5', '1.876,4', '49,2'],
      ['', 'Bao gồm:', '', '', '', ''],
      ['', '+ Tuyến tỉnh', 'Tỷ đồng', '2.104,3', '1.032,7', '49,1'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it("reads a group's capital letter and the unit's header in capitals (`A KINH TẾ`, `ĐVT`)", async () => {
    // ubnd-phuong-dinh-cong: `STT Chỉ tiêu ĐVT` on one line, groups lettered `A`, `B`.
    const text = [
      'PHỤ LỤC',
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024',
      'STT Chỉ tiêu ĐVT',
      'Kế',
      'hoạch',
      'năm',
      '2024',
      'Thực',
      'hiện 6',
      'tháng',
      '2024',
      'A KINH TẾ',
      '1 Thu ngân sách',
      'trên địa bàn',
      'Triệu',
      'đồng',
      '34.500 18.426,5',
      'B VĂN HÓA - XÃ HỘI',
      '2 Hộ kinh doanh Hộ 160 86',
      // A dash that joins the group's name over its lines is no figure.
      'C QUỐC PHÒNG -',
      'AN NINH',
      '3 Số hộ nghèo Hộ 3 3',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['A', 'KINH TẾ', '', '', ''],
      ['1', 'Thu ngân sách trên địa bàn', 'Triệu đồng', '34.500', '18.426,5'],
      ['B', 'VĂN HÓA - XÃ HỘI', '', '', ''],
      ['2', 'Hộ kinh doanh', 'Hộ', '160', '86'],
      ['C', 'QUỐC PHÒNG - AN NINH', '', '', ''],
      ['3', 'Số hộ nghèo', 'Hộ', '3', '3'],
    ]);
    expect(document.tables[0]?.columns.map((column) => column.role)).toEqual([
      'order',
      'label',
      'unit',
      'plan',
      'actual',
    ]);
  });

  it('takes no name that starts with one capital for a group (`Y TẾ`)', async () => {
    const document = await read(dump(['Y TẾ Giường 120 130']));
    expect(document.tables[0]?.rows.map((row) => row.cells[0]?.raw)).not.toContain('Y');
    expect(document.stats.coverage).toBe(1);
  });

  // huyen-uy-tan-yen: the page's last row prints `Tổ`, and `chức` tops the next page.
  const cutRow = ['3 Số chi bộ', 'cơ sở', 'Tổ 25 25'];
  const nextPage = [
    'T',
    'T Chỉ tiêu',
    'Đơn',
    'vị',
    'Kế hoạch năm',
    '2023',
    'Thực hiện năm',
    '2023',
  ];

  it('reads a row whose unit the page cut (`Tổ` of `Tổ chức`) with its rest from the next page', async () => {
    const text = `${dump(cutRow)}\n${[...nextPage, 'chức', '4 Số đảng viên', 'Người 120 131', '\f'].join('\n')}`;
    const document = await read(text);
    expect(document.tables.map((table) => table.rows.map((row) => row.cells[2]?.raw))).toEqual([
      ['Tỷ đồng', 'Tấn', 'Tổ chức', 'Người'],
    ]);
    expect(document.diagnostics.map((d) => d.ruleId)).not.toContain('table-unit-cut');
    expect(document.stats.coverage).toBe(1);
  });

  it('says so when no next page finishes a unit the page cut', async () => {
    const document = await read(dump(cutRow));
    expect(document.tables[0]?.rows.at(-1)?.cells.map((c) => c.raw)).toEqual([
      '3',
      'Số chi bộ cơ sở',
      'Tổ',
      '25',
      '25',
    ]);
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('table-unit-cut');
  });

  it('ends the table before a row whose unit is cut within the page', async () => {
    const document = await read(dump([...cutRow, '4 Số đảng viên', 'Người 120 131']));
    expect(document.tables[0]?.rows.map((row) => row.cells[1]?.raw)).toEqual([
      'Tổng giá trị',
      'Sản lượng',
    ]);
    const text = [...eachBlock(document.blocks, document.sections)].map((b) => b.text).join('\n');
    expect(text).toContain('Tổ 25 25');
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a page that repeats only the upper tier of a two-tier header with both tiers', async () => {
    // huyen-uy-tan-yen: page 2 repeats `Năm 2022` / `Năm 2023` but not `Thực hiện` / `Kế hoạch`.
    const header = ['TT Nội dung', 'Đơn vị', 'tính', 'Năm', '2022', 'Năm', '2023', 'Tăng (+),'];
    const text = [
      'Biểu 1. Một số chỉ tiêu về tổ chức cơ sở đảng và đảng viên năm 2023',
      ...header,
      ...['giảm (-)', 'so với', 'năm 2022', 'Thực', 'hiện', 'Kế', 'hoạch', 'Thực', 'hiện'],
      ...['1 Tổng số tổ chức', 'cơ sở đảng', 'Tổ', 'chức', '52 50 50 -2'],
      ...['2 Chi bộ trực thuộc', 'đảng ủy cơ sở', 'Chi bộ 412 398 401 -11', ''],
      ...header,
      ...['giảm (-)', 'so với', 'năm 2022'],
      ...['3 Tổng số đảng', 'viên', 'Đảng', 'viên', '11.846 12.050 12.014 +168'],
      ...['4 Kết nạp đảng', 'viên mới', 'Đảng', 'viên', '287 300 312 +25', ''],
    ].join('\n');
    const document = await read(text);
    // One table, its columns the two tiers', the second page's rows in them.
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.columns.map((column) => column.name).slice(3)).toEqual([
      'Năm 2022 / Thực hiện',
      'Năm 2023 / Kế hoạch',
      'Năm 2023 / Thực hiện',
      'Tăng (+), giảm (-) so với năm 2022',
    ]);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw).slice(2))).toEqual([
      ['Tổ chức', '52', '50', '50', '-2'],
      ['Chi bộ', '412', '398', '401', '-11'],
      ['Đảng viên', '11.846', '12.050', '12.014', '+168'],
      ['Đảng viên', '287', '300', '312', '+25'],
    ]);
  });

  it('reads counts headed beside the names (`TT Loại hình, cấp học Số trường`), a count after a name', async () => {
    // phong-gddt-trieu-son (a fifth held-out set): headers that name counts and an average, no
    // role; `Mầm non 24 298 …` is 24 schools and 298 classes, not a name's number.
    const text = [
      'Bảng 1. Quy mô trường, lớp, học sinh năm học 2024 - 2025',
      'TT Loại hình, cấp học Số trường',
      ...['Số lớp', '(nhóm lớp)', 'Số học', 'sinh (trẻ)', 'Bình quân', 'học', 'sinh/lớp'],
      'I Công lập 77 1.134 33.680 29,7',
      '1 Mầm non 24 298 7.842 26,3',
      '2 Tiểu học 28 512 14.365 28,1',
      'Tổng cộng 89 1.164 34.308 29,5',
      'Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 38,6%, trẻ mẫu giáo đạt 99,2%, riêng trẻ 5 tuổi đạt 100%.',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.columns.map((column) => column.name).slice(1)).toEqual([
      'Loại hình, cấp học',
      'Số trường',
      'Số lớp (nhóm lớp)',
      'Số học sinh (trẻ)',
      'Bình quân học sinh/lớp',
    ]);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['I', 'Công lập', '77', '1.134', '33.680', '29,7'],
      ['1', 'Mầm non', '24', '298', '7.842', '26,3'],
      ['2', 'Tiểu học', '28', '512', '14.365', '28,1'],
      ['', 'Tổng cộng', '89', '1.164', '34.308', '29,5'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a table without an order column over two pages, its names first', async () => {
    // so-tai-chinh-quang-ngai: `Nội dung` heads the names; `Trong đó:` rows; a name the page cut
    // (`Chi trả nợ lãi các khoản do` / `chính quyền địa phương vay`); a row with an empty cell.
    const header = ['Nội dung', 'Dự toán năm', '2024 (triệu', 'đồng)', 'Ước thực hiện'];
    const more = ['10 tháng', '(triệu đồng)', 'Ước thực', 'hiện so', 'với dự', 'toán (%)'];
    const text = [
      'Phụ lục II',
      ...header,
      ...more,
      ...['Tổng chi ngân sách địa', 'phương', '18.642.500 13.215.870 70,9'],
      'Chi đầu tư phát triển 6.120.000 3.842.615 62,8',
      'Trong đó:',
      ...['- Chi đầu tư từ nguồn thu tiền', 'sử dụng đất', '2.000.000 1.120.430 56,0'],
      'Chi trả nợ lãi các khoản do 12.400 8.150 65,7',
      `\f${header[0]}`,
      ...header.slice(1),
      ...more,
      'chính quyền địa phương vay',
      'Dự phòng ngân sách 356.000',
      ...['Chi tạo nguồn cải cách tiền', 'lương', '307.600 65.450 21,3'],
      '',
    ].join('\n');
    const document = await read(text);
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.columns.map((column) => [column.name, column.role])).toEqual([
      ['Nội dung', 'label'],
      ['Dự toán năm 2024 (triệu đồng)', 'plan'],
      ['Ước thực hiện 10 tháng (triệu đồng)', 'estimate'],
      ['Ước thực hiện so với dự toán (%)', 'share_of_plan'],
    ]);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['Tổng chi ngân sách địa phương', '18.642.500', '13.215.870', '70,9'],
      ['Chi đầu tư phát triển', '6.120.000', '3.842.615', '62,8'],
      ['Trong đó:', '', '', ''],
      ['- Chi đầu tư từ nguồn thu tiền sử dụng đất', '2.000.000', '1.120.430', '56,0'],
      ['Chi trả nợ lãi các khoản do chính quyền địa phương vay', '12.400', '8.150', '65,7'],
      ['Chi tạo nguồn cải cách tiền lương', '307.600', '65.450', '21,3'],
    ]);
    // The row with an empty cell stays text, said so.
    expect(document.diagnostics.map((problem) => problem.ruleId)).toContain('table-row-unplaced');
    expect(document.stats.coverage).toBe(1);
  });

  it("reads one period over its measures, the units' header beside the names', a unit after a proper name", async () => {
    // so-nnptnt-dong-thap: `Chỉ tiêu ĐVT` on a line; `6 tháng đầu năm 2024` over `Kế hoạch
    // Thực hiện` (a line), the comparison over both tiers; the rows hold 3 figures, so the header
    // is in tiers. A unit after a season's name (`Đông Xuân ha`), a scale cut from its unit.
    const text = [
      'Biểu số 01',
      'MỘT SỐ CHỈ TIÊU CHỦ YẾU NGÀNH NÔNG NGHIỆP',
      ...['Chỉ tiêu ĐVT', '6 tháng', 'đầu năm', '2024', 'Thực hiện', 'so với kế', 'hoạch (%)'],
      'Kế hoạch Thực hiện',
      'Diện tích gieo trồng lúa Đông Xuân ha 183.500 184.126 100,3',
      'Năng suất lúa Đông Xuân tạ/ha 71,5 72,8 101,8',
      'Sản lượng xoài tấn - 142.560 -',
      ...['Tổng đàn gia cầm nghìn', 'con', '6.200 6.386 103,0'],
      '',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.columns.map((column) => [column.name, column.role])).toEqual([
      ['Chỉ tiêu', 'label'],
      ['ĐVT', 'unit'],
      ['6 tháng đầu năm 2024 / Kế hoạch', 'plan'],
      ['6 tháng đầu năm 2024 / Thực hiện', 'actual'],
      ['Thực hiện so với kế hoạch (%)', 'share_of_plan'],
    ]);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['Diện tích gieo trồng lúa Đông Xuân', 'ha', '183.500', '184.126', '100,3'],
      ['Năng suất lúa Đông Xuân', 'tạ/ha', '71,5', '72,8', '101,8'],
      ['Sản lượng xoài', 'tấn', '-', '142.560', '-'],
      ['Tổng đàn gia cầm', 'nghìn con', '6.200', '6.386', '103,0'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a table whose names header names no role, alone on its line', async () => {
    // ubnd-xa-hai-minh: `Cây trồng` heads the names, each figure header its unit in brackets.
    const text = [
      'a) Trồng trọt',
      'Cây trồng',
      ...['Diện tích', '(ha)', 'Năng suất', '(tạ/ha)', 'Sản lượng', '(tấn)', 'So cùng', 'kỳ (%)'],
      'Lúa mùa 742,6 61,8 4.589,3 102,4',
      'Lúa nếp 38,5 52,4 201,7 97,6',
      'Toàn xã đã thu hoạch xong 781,1 ha lúa mùa, đạt 100% diện tích gieo cấy.',
      '',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.columns.map((column) => column.name)).toEqual([
      'Cây trồng',
      'Diện tích (ha)',
      'Năng suất (tạ/ha)',
      'Sản lượng (tấn)',
      'So cùng kỳ (%)',
    ]);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['Lúa mùa', '742,6', '61,8', '4.589,3', '102,4'],
      ['Lúa nếp', '38,5', '52,4', '201,7', '97,6'],
    ]);
    expect(document.stats.coverage).toBe(1);
    // A line of prose in the same shape opens no table.
    const prose = await read(
      'Kết quả\nDiện tích (ha) gieo cấy đạt kế hoạch.\nLúa mùa 742,6 61,8\n',
    );
    expect(prose.tables).toEqual([]);
  });

  it("reads headers printed side by side on one line, and a note after a row's figures", async () => {
    // phong-gddt-trieu-son: the last header lines run together (`định mức Hiện có Còn thiếu Ghi
    // chú`); the first row's three figures say how many columns the headers make.
    const text = [
      'Bảng 2. Giáo viên các môn chuyên biệt cấp tiểu học còn thiếu',
      'Môn học',
      ...['Số giáo', 'viên theo', 'định mức Hiện có Còn thiếu Ghi chú'],
      'Tiếng Anh 42 31 11 Đã hợp đồng 6 giáo viên',
      'Tin học 28 17 11',
      'Âm nhạc 24 20 4 Dạy liên trường',
      'Cộng 94 68 26',
      'Để khắc phục, Phòng đã tham mưu Ủy ban nhân dân huyện điều động 23 giáo viên.',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.columns.map((column) => column.name)).toEqual([
      'Môn học',
      'Số giáo viên theo định mức',
      'Hiện có',
      'Còn thiếu',
      'Ghi chú',
    ]);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['Tiếng Anh', '42', '31', '11', 'Đã hợp đồng 6 giáo viên'],
      ['Tin học', '28', '17', '11', ''],
      ['Âm nhạc', '24', '20', '4', 'Dạy liên trường'],
      ['Cộng', '94', '68', '26', ''],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it("reads count headers that start mid-header, the units' header beside a period's, a unit alone on the figures' line", async () => {
    // ban-tuyen-giao-thach-ha and so-ldtbxh-binh-dinh (a sixth held-out set): `Số hội` / `nghị,`
    // / `lớp` then `Số cán` / `bộ, …`: a count's header starts one; `TT Chỉ tiêu ĐVT Năm 2023` on
    // one line; a unit no table knows (`thẻ`) alone before the figures, the name on lines above.
    const counts = [
      'TT Nội dung',
      ...['Số hội', 'nghị,', 'lớp', 'Số cán', 'bộ, đảng', 'viên phải', 'tham gia', 'Tỷ lệ', '(%)'],
      ...['1 Học tập, quán triệt Nghị quyết Hội nghị', 'lần thứ tám', '42 6.846 96,0'],
      'a) Cấp huyện 2 412 98,5',
      'b) Cấp cơ sở 40 6.434 95,8',
      '\f',
    ].join('\n');
    const one = await read(counts);
    expect(one.tables[0]?.columns.map((column) => column.name)).toEqual([
      'TT',
      'Nội dung',
      'Số hội nghị, lớp',
      'Số cán bộ, đảng viên phải tham gia',
      'Tỷ lệ (%)',
    ]);
    expect(one.tables[0]?.rows).toHaveLength(3);
    const units = [
      'TT Chỉ tiêu ĐVT Năm 2023',
      ...['9 tháng', 'năm 2024', 'Kế hoạch Thực hiện Kế hoạch Ước thực', 'hiện'],
      'a) Trong tỉnh người 26.000 27.012 26.500 20.875',
      ...['b) Số thẻ bảo', 'hiểm y tế cấp', 'thẻ 190.000 194.362 185.000 186.540'],
      '\f',
    ].join('\n');
    const two = await read(units);
    expect(two.tables[0]?.columns.map((column) => column.name)).toEqual([
      'TT',
      'Chỉ tiêu',
      'ĐVT',
      'Năm 2023 / Kế hoạch',
      'Năm 2023 / Thực hiện',
      '9 tháng năm 2024 / Kế hoạch',
      '9 tháng năm 2024 / Ước thực hiện',
    ]);
    expect(two.tables[0]?.rows.map((row) => row.cells.slice(0, 3).map((c) => c.raw))).toEqual([
      ['', 'a) Trong tỉnh', 'người'],
      ['', 'b) Số thẻ bảo hiểm y tế cấp', 'thẻ'],
    ]);
  });

  it('reads rows without a unit in the columns that name one, and sub-rows lettered alone', async () => {
    // ban-dan-toc-ha-giang: `Tổng số` and each project's row sum money only, their unit and volume
    // empty; sub-rows `a`, `b` without a bracket.
    const text = [
      'PHỤ LỤC',
      'TT Tên dự án, công trình ĐVT',
      ...['Khối', 'lượng', 'thực', 'hiện', 'Kế hoạch', 'vốn năm', '2024', '(triệu', 'đồng)'],
      ...['Tỷ lệ', 'giải', 'ngân', '(%)'],
      'Tổng số 96.400 84,3',
      ...['1 Dự án 1: Giải quyết tình', 'trạng thiếu đất ở', '96.400 84,3'],
      'a Hỗ trợ nhà ở Hộ 1.205 48.200 93,1',
      ...['b Công trình nước sinh hoạt', 'tập trung', 'Công', 'trình', '9 48.200 61,1'],
      '',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['', 'Tổng số', '', '', '96.400', '84,3'],
      ['1', 'Dự án 1: Giải quyết tình trạng thiếu đất ở', '', '', '96.400', '84,3'],
      ['a', 'Hỗ trợ nhà ở', 'Hộ', '1.205', '48.200', '93,1'],
      ['b', 'Công trình nước sinh hoạt tập trung', 'Công trình', '9', '48.200', '61,1'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a header in three tiers whose lines run together, over two pages', async () => {
    // so-khdt-vinh-phuc: `Doanh nghiệp thành lập mới` over `Số doanh nghiệp` and `Vốn đăng ký`,
    // each over the same periods (`9` / `tháng` / `2023` where the column is narrow), beside a
    // column of its own; the names' header names no role; page 2 repeats only the upper tier.
    const upper = ['STT', 'Huyện,', 'thành phố', 'Doanh', 'nghiệp', 'thành', 'lập', 'mới'];
    const own = ['Doanh', 'nghiệp', 'giải thể', '9 tháng', '2024'];
    const periods = ['9', 'tháng', '2023', '9 tháng', '2024'];
    const text = [
      'PHỤ LỤC',
      ...[...upper, ...own, 'Số', 'doanh', 'nghiệp', 'Vốn', 'đăng ký', '(tỷ đồng)'],
      ...[...periods, ...periods],
      'Tổng số 1.020 1.086 9.518,8 9.596,5 183',
      ...['1 Thành phố', 'Vĩnh Yên', '312 341 2.846,5 3.102,8 58'],
      `\f${upper[0]}`,
      ...[...upper.slice(1), ...own],
      ...['2 Huyện', 'Bình Xuyên', '176 158 2.984,6 2.415,3 31', ''],
    ].join('\n');
    const document = await read(text);
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.columns.map((column) => column.name).slice(1)).toEqual([
      'Huyện, thành phố',
      'Doanh nghiệp thành lập mới / Số doanh nghiệp / 9 tháng 2023',
      'Doanh nghiệp thành lập mới / Số doanh nghiệp / 9 tháng 2024',
      'Doanh nghiệp thành lập mới / Vốn đăng ký (tỷ đồng) / 9 tháng 2023',
      'Doanh nghiệp thành lập mới / Vốn đăng ký (tỷ đồng) / 9 tháng 2024',
      'Doanh nghiệp giải thể 9 tháng 2024',
    ]);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['', 'Tổng số', '1.020', '1.086', '9.518,8', '9.596,5', '183'],
      ['1', 'Thành phố Vĩnh Yên', '312', '341', '2.846,5', '3.102,8', '58'],
      ['2', 'Huyện Bình Xuyên', '176', '158', '2.984,6', '2.415,3', '31'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a notes column (`Ghi chú`) after the figures, and headers that name only periods', async () => {
    // so-cong-thuong-binh-duong: `Tăng, giảm so với quý I (%)` and `Ghi chú` share a line, and a
    // note's first words follow the row's figures.
    const text = [
      'Bảng 2. Kim ngạch xuất khẩu một số nhóm hàng chủ yếu quý II năm 2024',
      ...['STT Nhóm hàng', 'Quý', 'I/2024', 'Quý', 'II/2024', 'Tăng,', 'giảm so', 'với quý'],
      'I (%) Ghi chú',
      '1 Gỗ và sản phẩm gỗ 1.085,4 1.152,6 6,2',
      '2 Hàng dệt, may 612,8 598,3 -2,4',
      ...['3 Máy móc, thiết bị,', 'dụng cụ, phụ tùng', '896,1 937,4 4,6'],
      ...['4 Sắt thép các loại 214,7 188,5 -12,2 Giá thép thế', 'giới giảm'],
      '5 Hàng hóa khác 2.318,6 2.475,9 6,8 Ước tính',
      'Kim ngạch xuất khẩu tăng ở hầu hết các nhóm hàng chủ yếu của tỉnh trong quý.',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables.map((table) => table.rows.map((row) => row.cells.at(-1)?.raw))).toEqual([
      ['', '', '', 'Giá thép thế giới giảm', 'Ước tính'],
    ]);
    expect(document.tables[0]?.rows[3]?.cells.map((c) => c.raw).slice(0, 5)).toEqual([
      '4',
      'Sắt thép các loại',
      '214,7',
      '188,5',
      '-12,2',
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  describe('a notes column, a fall in brackets, a cut figure on one line', () => {
    // ban-dan-toc (held-out set 7): each ended the table at its row, the rows after it left text.
    const head = [
      'Bảng 2. Kim ngạch xuất khẩu một số nhóm hàng chủ yếu quý II năm 2024',
      ...['STT Nhóm hàng', 'Quý', 'I/2024', 'Quý', 'II/2024', 'Tăng,', 'giảm so', 'với quý'],
      'I (%) Ghi chú',
    ];
    const after = 'Kim ngạch xuất khẩu tăng ở hầu hết các nhóm hàng chủ yếu của tỉnh trong quý.';
    const rows = async (lines: string[]) => rowsOf(await read([...head, ...lines].join('\n')));

    it('reads a note on lines of its own, or going on over a code, and never the text after the table', async () => {
      const text = [
        '1. Xuất khẩu',
        ...head,
        '1 Gỗ và sản phẩm gỗ 1.085,4 1.152,6 6,2',
        ...['2 Hàng dệt, may 612,8 598,3 -2,4', 'Số liệu đến', '30/11/2023'],
        ...['3 Sắt thép các loại 214,7 188,5 -12,2 Theo Quyết', 'định số', '12/2018/QĐ', '-TTg'],
        '4 Hàng hóa khác 2.318,6 2.475,9 6,8',
        '2. Thương mại nội địa',
        'Tổng mức bán lẻ hàng hóa tăng khá so với cùng kỳ.',
        '\f',
      ].join('\n');
      const document = await read(text);
      expect(rowsOf(document)[0]?.map((row) => [row[0], row.at(-1)])).toEqual([
        ['1', ''],
        ['2', 'Số liệu đến 30/11/2023'],
        ['3', 'Theo Quyết định số 12/2018/QĐ -TTg'],
        ['4', ''],
      ]);
      // The heading after the last row is no note of it.
      expect(document.sections.map((section) => section.title)).toEqual([
        'Xuất khẩu',
        'Thương mại nội địa',
      ]);
      expect(document.stats.coverage).toBe(1);
    });

    it('reads a fall written in brackets as a figure', async () => {
      expect(
        await rows([
          '1 Gỗ và sản phẩm gỗ 1.085,4 1.152,6 6,2',
          '2 Hàng dệt, may 612,8 598,3 (6)',
          '3 Sắt thép các loại 214,7 188,5 -12,2',
          after,
          '\f',
        ]),
      ).toEqual([
        [
          ['1', 'Gỗ và sản phẩm gỗ', '1.085,4', '1.152,6', '6,2', ''],
          ['2', 'Hàng dệt, may', '612,8', '598,3', '(6)', ''],
          ['3', 'Sắt thép các loại', '214,7', '188,5', '-12,2', ''],
        ],
      ]);
    });

    it('reads a cut figure and its rest on one line as one figure', async () => {
      // `1.250,` `0`: a converter set the narrow column's two lines on one.
      expect(
        (
          await rows([
            '1 Gỗ và sản phẩm gỗ 1.250, 0 1.152,6 6,2',
            '2 Hàng dệt, may 612,8 598,3 -2,4',
            '3 Sắt thép các loại 214,7 188,5 -12,2',
            after,
            '\f',
          ])
        )[0]?.[0],
      ).toEqual(['1', 'Gỗ và sản phẩm gỗ', '1.250,0', '1.152,6', '6,2', '']);
    });
  });

  it('reads a total in capitals first, lettered groups with figures, decimal sub-rows and a comparison over its bases', async () => {
    // so-tai-chinh-quang-ngai: `So sánh (%)` over `Dự toán` and `Cùng kỳ`; page 2 repeats the upper
    // tier only.
    const header = ['STT Nội dung', 'Dự toán năm', '2024', 'Ước thực', 'hiện 10', 'tháng năm'];
    const text = [
      'Phụ lục I',
      'ƯỚC THỰC HIỆN THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN 10 THÁNG ĐẦU NĂM 2024',
      'Đơn vị tính: triệu đồng',
      ...header,
      ...['2024', 'So', 'sánh', '(%)', 'Dự', 'toán', 'Cùng', 'kỳ'],
      ...['TỔNG THU', 'NSNN TRÊN ĐỊA', 'BÀN', '25.370.000 24.158.642 95,2 107,6'],
      'A Thu nội địa 23.170.000 21.962.318 94,8 106,9',
      ...['1 Thu từ doanh', 'nghiệp nhà nước', 'trung ương', '14.850.000 14.126.455 95,1 109,3'],
      ...['1.1 Công ty cổ phần', 'Lọc hóa dầu Bình', 'Sơn', '13.900.000 13.318.207 95,8 110,2'],
      ...['1.2 Các doanh nghiệp', 'nhà nước trung', 'ương khác', '950.000 808.248 85,1 96,8'],
      '\f',
      ...header,
      ...['2024', 'So', 'sánh', '(%)'],
      ...['2 Thuế thu nhập cá', 'nhân', '620.000 574.826 92,7 112,5'],
      ...['B Thu từ hoạt động', 'xuất khẩu, nhập', 'khẩu', '2.200.000 2.196.324 99,8 115,2'],
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables).toHaveLength(1);
    const table = document.tables[0];
    expect(table?.columns.map((column) => [column.name, column.role])).toEqual([
      ['STT', 'order'],
      ['Nội dung', 'label'],
      ['Dự toán năm 2024', 'plan'],
      ['Ước thực hiện 10 tháng năm 2024', 'estimate'],
      ['So sánh (%) / Dự toán', 'share_of_plan'],
      ['So sánh (%) / Cùng kỳ', 'yoy'],
    ]);
    expect(table?.rows.map((row) => [row.order, row.label, row.cells.at(-1)?.raw])).toEqual([
      [null, 'TỔNG THU NSNN TRÊN ĐỊA BÀN', '107,6'],
      ['A', 'Thu nội địa', '106,9'],
      ['1', 'Thu từ doanh nghiệp nhà nước trung ương', '109,3'],
      ['1.1', 'Công ty cổ phần Lọc hóa dầu Bình Sơn', '110,2'],
      ['1.2', 'Các doanh nghiệp nhà nước trung ương khác', '96,8'],
      ['2', 'Thuế thu nhập cá nhân', '112,5'],
      ['B', 'Thu từ hoạt động xuất khẩu, nhập khẩu', '115,2'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('starts a header that names its role after one that names none (`Lũy kế 10 tháng` / `Dự toán`)', async () => {
    // ubnd-xa-hai-minh: the two ran together, a column short, and each row's first figure was
    // taken into its name.
    const text = [
      'Kết quả thu, chi ngân sách xã đến ngày 20/10/2024 (đơn vị tính: triệu đồng):',
      ...['TT Nội dung', 'Tháng', '10/2024', 'Lũy kế', '10', 'tháng', 'Dự toán', 'năm', '2024'],
      ...['So với', 'dự', 'toán', '(%)'],
      '1 Tổng thu ngân sách xã 412,6 5.186,4 6.250,0 83,0',
      'a) Thu ngân sách xã hưởng 100% 86,3 742,8 910,0 81,6',
      '2 Tổng chi ngân sách xã 398,2 4.702,9 6.250,0 75,2',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.columns.map((column) => [column.name, column.role])).toEqual([
      ['TT', 'order'],
      ['Nội dung', 'label'],
      ['Tháng 10/2024', 'other'],
      ['Lũy kế 10 tháng', 'other'],
      ['Dự toán năm 2024', 'plan'],
      ['So với dự toán (%)', 'share_of_plan'],
    ]);
    expect(document.tables[0]?.rows.map((row) => row.cells[3]?.raw)).toEqual([
      '5.186,4',
      '742,8',
      '4.702,9',
    ]);
  });

  it('starts a header at a span of months (`9 tháng` / `năm 2023`), and keeps a scale with its unit', async () => {
    // so-khdt-vinh-phuc: `ĐVT` then `9 tháng`, which ran together; `Triệu USD` after the name.
    const text = [
      'Bảng 1. Kết quả thu hút đầu tư 9 tháng đầu năm 2024',
      ...['STT Chỉ tiêu ĐVT', '9 tháng', 'năm 2023', '9 tháng', 'năm 2024', 'Tăng', '(+),'],
      ...['giảm (-)', '(%)', 'I Đầu tư trực tiếp nước ngoài (FDI)'],
      '1 Dự án cấp mới Dự án 42 37 -11,9',
      '2 Vốn đăng ký cấp mới Triệu USD 612,4 835,7 +36,5',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.columns.map((column) => column.name).slice(2)).toEqual([
      'ĐVT',
      '9 tháng năm 2023',
      '9 tháng năm 2024',
      'Tăng (+), giảm (-) (%)',
    ]);
    expect(document.tables[0]?.rows.map((row) => [row.label, row.unit])).toEqual([
      ['Đầu tư trực tiếp nước ngoài (FDI)', null],
      ['Dự án cấp mới', 'Dự án'],
      ['Vốn đăng ký cấp mới', 'Triệu USD'],
    ]);
  });

  it('leaves it as text when a row has a figure more or less', async () => {
    const document = await read(dump(['3 Tỷ lệ hộ', 'nghèo', '% 2,0 1,86 -']));
    expect(document.tables).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });

  // Lines cut from pdf.js dumps of three held-out reports (a district's investment report, a
  // statistics office's, an education department's).
  const rowsOf = (document: Document) =>
    document.tables.map((table) => table.rows.map((row) => row.cells.map((c) => c.raw)));

  it('reads a lower tier the dump ran into one header, each figure under its own measure', async () => {
    // chi-cuc-thue (held-out set 8): `Tỉnh giao Huyện` / `giao` / `So với` / `dự` / … are two
    // lower headers under `Dự toán năm 2024` and one under `So sánh (%)`; the first row's name
    // and figures on lines of their own.
    const text = [
      'Biểu số 01: Kết quả thu ngân sách nhà nước 9 tháng năm 2024',
      'ST',
      'T Nội dung',
      ...['Dự toán', 'năm 2024', 'Thực', 'hiện 9', 'tháng', 'năm', '2024', 'So', 'sánh', '(%)'],
      ...[
        'Tỉnh giao Huyện',
        'giao',
        'So với',
        'dự',
        'toán',
        'tỉnh',
        'giao',
        'So với',
        'cùng',
        'kỳ',
      ],
      ...['I Thu tiền sử', 'dụng đất', '420.000 520.000 268.350 63,9 89,0'],
      ...['II Thu nội địa', '730.000 760.000 695.298 95,2 113,4'],
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.columns.map((column) => [column.name, column.role])).toEqual([
      ['STT', 'order'],
      ['Nội dung', 'label'],
      ['Dự toán năm 2024 / Tỉnh giao', 'plan'],
      ['Dự toán năm 2024 / Huyện giao', 'plan'],
      ['Thực hiện 9 tháng năm 2024', 'actual'],
      ['So sánh (%) / So với dự toán tỉnh giao', 'share_of_plan'],
      ['So sánh (%) / So với cùng kỳ', 'yoy'],
    ]);
    expect(document.quality.signals).not.toContain('table-shares-contradicted');
  });

  it("reads a group's roman number alone on its line, its name in capitals on the next", async () => {
    // so-noi-vu (held-out set 8, pdf2md's lines): `I` / `TỔ CHỨC BỘ MÁY, BIÊN CHẾ`.
    const text = [
      'Biểu số 01: Một số chỉ tiêu chủ yếu công tác nội vụ năm 2023',
      ...['S', 'T', 'T', 'Chỉ tiêu', 'ĐVT', 'Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)'],
      ...['I', 'TỔ CHỨC BỘ MÁY, BIÊN CHẾ', '1 Cơ quan chuyên môn Cơ quan 20 19 -1'],
      '2 Đơn vị sự nghiệp công lập Đơn vị 1.012 968 -44',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(rowsOf(document)[0]?.map((row) => row.slice(0, 3))).toEqual([
      ['I', 'TỔ CHỨC BỘ MÁY, BIÊN CHẾ', ''],
      ['1', 'Cơ quan chuyên môn', 'Cơ quan'],
      ['2', 'Đơn vị sự nghiệp công lập', 'Đơn vị'],
    ]);
  });

  it("never gives a row the next row's figures: a row short of figures ends the table", async () => {
    const text = [
      'PHỤ LỤC',
      'Chi tiết giải ngân một số dự án trọng điểm đến ngày 30/9/2024',
      'S',
      'T',
      'T Tên dự án',
      'Tổng',
      'mức đầu',
      'tư (tỷ',
      'đồng)',
      'Kế hoạch',
      'vốn năm',
      '2024 (tỷ',
      'đồng)',
      'Giải ngân',
      'đến',
      '30/9/202',
      '4 (tỷ',
      'đồng)',
      'Tỷ lệ',
      'giải',
      'ngân',
      '(%)',
      '1 Đường giao thông liên xã',
      'Đức Mạnh - Đắk Lao',
      '45,000 18,500 12,306 66,5',
      '2 Trường Trung học cơ sở',
      'Nguyễn Du, hạng mục nhà',
      'học bộ môn',
      '12,800 6,200 4,915 79,3',
      '3 Kè chống sạt lở suối Đắk',
      'Sắk',
      '28,500 11,000',
      'a) Giai đoạn 1 16,000 7,000 5,128 73,3',
      'b) Giai đoạn 2 12,500 4,000 0,000 0,0',
      '\f',
    ].join('\n');
    const document = await read(text);
    // The indicator's header beside the order column's letters is whole, whatever its words; the
    // figure columns' headers name a plan, or no role, each ended by its unit in brackets.
    expect(document.tables[0]?.columns.map((column) => column.name)).toEqual([
      'STT',
      'Tên dự án',
      'Tổng mức đầu tư (tỷ đồng)',
      'Kế hoạch vốn năm 2024 (tỷ đồng)',
      'Giải ngân đến 30/9/2024 (tỷ đồng)',
      'Tỷ lệ giải ngân (%)',
    ]);
    // Row 3 has two figures of four, and nothing tells which cells are empty: the table ends
    // before it, its lines and the sub-rows stay text (never `5,128` as row 3's).
    expect(rowsOf(document)).toEqual([
      [
        ['1', 'Đường giao thông liên xã Đức Mạnh - Đắk Lao', '45,000', '18,500', '12,306', '66,5'],
        [
          '2',
          'Trường Trung học cơ sở Nguyễn Du, hạng mục nhà học bộ môn',
          '12,800',
          '6,200',
          '4,915',
          '79,3',
        ],
      ],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('leaves a row short of figures as text after the table, and reads the rows after it', async () => {
    // The row's one figure of two may be either column's: its lines stay text, said so.
    const document = await read(
      dump(['3 Số hợp tác xã', 'Hợp tác xã 94', '4 Tỷ lệ hộ', 'nghèo', '% 2,0 1,86']),
    );
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Tổng giá trị', 'Tỷ đồng', '475', '486,7'],
      ['2', 'Sản lượng', 'Tấn', '7.000', '7.125,6'],
      ['4', 'Tỷ lệ hộ nghèo', '%', '2,0', '1,86'],
    ]);
    const text = [...eachBlock(document.blocks, document.sections)].map((b) => b.text).join('\n');
    expect(text).toContain('3 Số hợp tác xã Hợp tác xã 94');
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('table-row-unplaced');
    expect(document.quality.signals).toContain('table-cells-unplaced');
    expect(document.stats.coverage).toBe(1);
  });

  it('reads on over a few short rows in sequence, where a readable row follows them', async () => {
    // huyen-uy-tan-yen: rows 3 and 4 lost their empty cells; row 5 is whole, and the table goes on.
    const short = ['3 Số hợp tác xã', 'Hợp tác xã 94', '4 Số trang trại', 'Trang trại 12'];
    const document = await read(dump([...short, '5 Tỷ lệ hộ', 'nghèo', '% 2,0 1,86']));
    expect(rowsOf(document)[0]?.map((row) => row[0])).toEqual(['1', '2', '5']);
    const unplaced = document.diagnostics.filter((d) => d.ruleId === 'table-row-unplaced');
    expect(unplaced).toHaveLength(2);
    expect(document.stats.coverage).toBe(1);
  });

  it('ends the table before more than four short rows in sequence', async () => {
    // Five rows short of figures: no longer a few cells lost, the table ends at row 2.
    const short = ['Hợp tác xã 94', 'Trang trại 12', 'Hộ 31', 'Người 270', 'Tổ 8'];
    const rows = short.flatMap((line, k) => [`${k + 3} Số cơ sở`, line]);
    const document = await read(dump([...rows, '8 Tỷ lệ hộ', 'nghèo', '% 2,0 1,86']));
    expect(rowsOf(document)[0]?.map((row) => row[0])).toEqual(['1', '2']);
  });

  it("reads on after a first row short of figures, whatever the length of the next row's line", async () => {
    // A short row's lines are a narrow column's; the next row, on one line, may be long.
    const text = [
      'PHỤ LỤC',
      'Biểu số 02: Một số chỉ tiêu chủ yếu năm 2023',
      'TT Chỉ tiêu',
      'Đơn vị',
      'tính',
      'Kế hoạch năm',
      '2023',
      'Thực hiện năm',
      '2023',
      '1 Số hợp tác xã',
      'Hợp tác xã 94',
      '2 Tổng giá trị sản xuất nông nghiệp trên địa bàn toàn xã Tỷ đồng 475 486,7',
      '3 Sản lượng lương thực Tấn 7.000 7.125,6',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(rowsOf(document)).toEqual([
      [
        ['2', 'Tổng giá trị sản xuất nông nghiệp trên địa bàn toàn xã', 'Tỷ đồng', '475', '486,7'],
        ['3', 'Sản lượng lương thực', 'Tấn', '7.000', '7.125,6'],
      ],
    ]);
    const texts = [...eachBlock(document.blocks, document.sections)].map((b) => b.text);
    expect(texts).toContain('1 Số hợp tác xã Hợp tác xã 94');
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('table-row-unplaced');
    expect(document.stats.coverage).toBe(1);
  });

  it('ends a table at a row it cannot give its cells, keeping the rows read, and says so', async () => {
    // Row 3 has its figures but no unit: the rows before it stand; it and the rest are text.
    const text = [
      'PHỤ LỤC',
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024',
      ...['STT Chỉ tiêu ĐVT', 'Kế hoạch', 'năm 2024', 'Thực hiện', '6 tháng', 'So với', 'KH (%)'],
      '1 Hộ kinh doanh Hộ 160 86 53,8',
      '2 Doanh nghiệp thành lập mới Doanh nghiệp 40 22 55,0',
      '3 Lao động có việc làm 1.200 600 50,0',
      '4 Tỷ lệ hộ nghèo % 0,5 0,4 80,0',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(rowsOf(document)).toEqual([
      [
        ['1', 'Hộ kinh doanh', 'Hộ', '160', '86', '53,8'],
        ['2', 'Doanh nghiệp thành lập mới', 'Doanh nghiệp', '40', '22', '55,0'],
      ],
    ]);
    const texts = [...eachBlock(document.blocks, document.sections)].map((b) => b.text);
    expect(texts.join('\n')).toContain('3 Lao động có việc làm 1.200 600 50,0');
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('table-row-unplaced');
    expect(document.quality.signals).toContain('table-cells-unplaced');
    expect(document.stats.coverage).toBe(1);
  });

  it('keeps a row without its unit whose name ends with a unit and a figure as text, and reads on', async () => {
    // ubnd-phuong-dinh-cong's pdf2md: `Số hộ nghèo Hộ 3 3 75,0`, an empty cell's `-` dropped. Read
    // as a row without a unit, its last figures would fall in the columns that name `(%)`.
    const text = [
      'PHỤ LỤC',
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024',
      'STT Chỉ tiêu ĐVT',
      'Kế hoạch',
      'năm 2024',
      'Thực hiện',
      '6 tháng',
      'So với',
      'cùng kỳ',
      '(%)',
      'So với',
      'KH (%)',
      '5 Hộ kinh doanh Hộ 160 86 107,5 53,8',
      '6 Số hộ nghèo Hộ 3 3 75,0',
      '7 Tỷ lệ hộ nghèo % 0,5 0,4 80,0 80,0',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(rowsOf(document)).toEqual([
      [
        ['5', 'Hộ kinh doanh', 'Hộ', '160', '86', '107,5', '53,8'],
        ['7', 'Tỷ lệ hộ nghèo', '%', '0,5', '0,4', '80,0', '80,0'],
      ],
    ]);
    // No fact of the short row: never `3 %` or `75 %` for `Số hộ nghèo Hộ 3`.
    expect(document.facts.map((fact) => fact.indicator)).not.toContain('Số hộ nghèo Hộ 3');
    const texts = [...eachBlock(document.blocks, document.sections)].map((b) => b.text);
    expect(texts).toContain('6 Số hộ nghèo Hộ 3 3 75,0');
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('table-row-unplaced');
    expect(document.stats.coverage).toBe(1);
  });

  it('joins a figure a narrow column wrapped inside its thousands group (`286.4` / `50`)', async () => {
    // ban-dan-toc-soc-trang (a seventh held-out set): each figure's item, then its rest's.
    const text = [
      'PHỤ LỤC',
      'Biểu số 01: Kết quả thực hiện chính sách dân tộc năm 2023',
      'TT Chỉ tiêu',
      'Đơn vị',
      'tính',
      'Năm 2022',
      'Năm 2023',
      'Tăng,',
      'giảm',
      '1 Vốn đã giải ngân Triệu',
      'đồng',
      '286.4',
      '50',
      '312.1',
      '96',
      '25.74',
      '6',
      '2 Tỷ lệ giải ngân % 70,3 79,0 8,7',
      '3 Đoàn kiểm tra Đoàn 18 21 3',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(rowsOf(document)).toEqual([
      [
        ['1', 'Vốn đã giải ngân', 'Triệu đồng', '286.450', '312.196', '25.746'],
        ['2', 'Tỷ lệ giải ngân', '%', '70,3', '79,0', '8,7'],
        ['3', 'Đoàn kiểm tra', 'Đoàn', '18', '21', '3'],
      ],
    ]);
    expect(document.facts.find((fact) => fact.indicator === 'Vốn đã giải ngân')?.value).toBe(
      286450,
    );
    expect(document.stats.coverage).toBe(1);
  });

  it('reads headers that name no role after the unit, units it does not know, and a fall cut after its sign', async () => {
    const text = [
      'PHỤ LỤC',
      'Biểu số 01: Quy mô trường, lớp, học sinh và đội ngũ năm học 2023 -',
      '2024',
      'TT Chỉ tiêu',
      'Đơn vị',
      'tính',
      'Năm học',
      '2022 -',
      '2023',
      'Năm học',
      '2023 -',
      '2024',
      'Tăng,',
      'giảm',
      '1 Số trường Trường 653 647 -6',
      '- Mầm non Trường 263 261 -2',
      '2 Số nhóm, lớp Lớp 9.781 9.842 61',
      '- Mầm non Nhóm,',
      'lớp',
      '2.914 2.896 -18',
      '3 Số trẻ em, học sinh Người 279.289 282.415 3.126',
      '- Mầm non Người 71.406 69.873 -',
      '1.533',
      '+ Nhà trẻ Người 9.118 8.742 -376',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.columns.map((column) => column.name)).toEqual([
      'TT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Năm học 2022 - 2023',
      'Năm học 2023 - 2024',
      'Tăng, giảm',
    ]);
    expect(rowsOf(document)).toEqual([
      [
        ['1', 'Số trường', 'Trường', '653', '647', '-6'],
        ['', '- Mầm non', 'Trường', '263', '261', '-2'],
        ['2', 'Số nhóm, lớp', 'Lớp', '9.781', '9.842', '61'],
        ['', '- Mầm non', 'Nhóm, lớp', '2.914', '2.896', '-18'],
        ['3', 'Số trẻ em, học sinh', 'Người', '279.289', '282.415', '3.126'],
        ['', '- Mầm non', 'Người', '71.406', '69.873', '-1.533'],
        ['', '+ Nhà trẻ', 'Người', '9.118', '8.742', '-376'],
      ],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads roman group rows with cells or none, a total row, and a number or figure cut in its column', async () => {
    const header = [
      'S',
      'T',
      'T Chỉ tiêu',
      'Đơn vị',
      'tính',
      'Thực',
      'hiện',
      'cùng kỳ',
      '2023',
      'Ước',
      'thực',
      'hiện 9',
      'tháng',
      '2024',
      'So sánh',
      '(%)',
      'Kế hoạch',
      'năm 2024',
    ];
    const text = [
      'PHỤ LỤC',
      'Biểu số 01: Một số chỉ tiêu sản xuất chủ yếu 9 tháng năm 2024',
      ...header,
      'Tổng số thu ngân',
      'sách nhà nước trên',
      'địa bàn',
      'Tỷ',
      'đồng',
      '7.359,0 7.815,3 106,20 11.376,0',
      'I Nông, lâm nghiệp và',
      'thủy sản',
      '1 Diện tích gieo trồng',
      'lúa vụ mùa',
      'Ha 76.278 75.318 98,74 75.000',
      '2 Điện sản xuất Triệu',
      'kWh',
      '5.214,6 6.493,2 124,52 8.500,0',
      'II Thu nội địa Tỷ',
      'đồng',
      '6.041,2 6.420,8 106,28 9.476,0',
      'II',
      'I',
      'Tổng chi ngân sách',
      'địa phương',
      'Tỷ',
      'đồng',
      '10.486,',
      '3',
      '11.263,',
      '9',
      '107,42 15.820,0',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(document.tables[0]?.columns.map((column) => column.role)).toEqual([
      'order',
      'label',
      'unit',
      'actual',
      'estimate',
      'other',
      'plan',
    ]);
    expect(rowsOf(document)).toEqual([
      [
        [
          '',
          'Tổng số thu ngân sách nhà nước trên địa bàn',
          'Tỷ đồng',
          '7.359,0',
          '7.815,3',
          '106,20',
          '11.376,0',
        ],
        ['I', 'Nông, lâm nghiệp và thủy sản', '', '', '', '', ''],
        ['1', 'Diện tích gieo trồng lúa vụ mùa', 'Ha', '76.278', '75.318', '98,74', '75.000'],
        ['2', 'Điện sản xuất', 'Triệu kWh', '5.214,6', '6.493,2', '124,52', '8.500,0'],
        ['II', 'Thu nội địa', 'Tỷ đồng', '6.041,2', '6.420,8', '106,28', '9.476,0'],
        [
          'III',
          'Tổng chi ngân sách địa phương',
          'Tỷ đồng',
          '10.486,3',
          '11.263,9',
          '107,42',
          '15.820,0',
        ],
      ],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('ends the table at a last row short of figures, the paragraph after it text', async () => {
    const text = [
      'Bảng 1. Kết quả giải ngân theo nguồn vốn đến ngày 30/9/2024',
      'T',
      'T Nguồn vốn',
      'Kế hoạch',
      'năm 2024',
      '(tỷ đồng)',
      'Giải ngân',
      'đến',
      '30/9/2024',
      '(tỷ đồng)',
      'Tỷ lệ',
      '(%)',
      'b) Nguồn cân đối ngân sách 30,315 20,271 66,9',
      '3 Vốn chương trình mục tiêu quốc',
      'gia',
      '20,000 10,157 50,8',
      '4 Vốn kéo dài năm 2023 12,684',
      'Nguồn vốn ngân sách huyện giải ngân chậm chủ yếu do nguồn thu tiền sử',
      'dụng đất đạt thấp, đến ngày 30/9/2024 mới thu được 35,12 tỷ đồng, bằng',
      '56,8% dự toán; Ủy ban nhân dân huyện đã chỉ đạo rà soát, tạm dừng khởi',
      'công mới 04 công trình chưa bảo đảm nguồn vốn 1 2 3',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(rowsOf(document)).toEqual([
      [
        ['', 'b) Nguồn cân đối ngân sách', '30,315', '20,271', '66,9'],
        ['3', 'Vốn chương trình mục tiêu quốc gia', '20,000', '10,157', '50,8'],
      ],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('never takes a number that may end the name for a row short of a figure', async () => {
    // `Vốn kéo dài năm 2023 12,684` in a table of two figure columns: `2023` may be the name's
    // (one figure of two, nothing telling which) or a figure; the table ends before the row.
    const text = [
      'Bảng 1. Kết quả giải ngân theo nguồn vốn đến ngày 30/9/2024',
      'T',
      'T Nguồn vốn',
      'Kế hoạch',
      'năm 2024',
      '(tỷ đồng)',
      'Tỷ lệ',
      '(%)',
      '1 Vốn ngân sách tỉnh hỗ trợ 74,310 65,4',
      '2 Vốn ngân sách huyện 92,115 58,9',
      '3 Vốn kéo dài năm 2023 12,684',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(rowsOf(document)).toEqual([
      [
        ['1', 'Vốn ngân sách tỉnh hỗ trợ', '74,310', '65,4'],
        ['2', 'Vốn ngân sách huyện', '92,115', '58,9'],
      ],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('takes a roman number cut in its column only as the next group', async () => {
    // `II` / `I` after group I would be III, out of order: the table ends before it.
    const text = [
      'PHỤ LỤC',
      'T',
      'T Chỉ tiêu',
      'Đơn vị',
      'tính',
      'Kế hoạch',
      'năm 2024',
      'Thực hiện',
      'năm 2024',
      'I Thu nội địa Tỷ đồng 6.041,2 6.420,8',
      '1 Thu tiền sử dụng đất Tỷ đồng 2.317,5 2.409,1',
      'II',
      'I',
      'Tổng chi Tỷ đồng 10.486,3 11.263,9',
      '\f',
    ].join('\n');
    const document = await read(text);
    expect(rowsOf(document)).toEqual([
      [
        ['I', 'Thu nội địa', 'Tỷ đồng', '6.041,2', '6.420,8'],
        ['1', 'Thu tiền sử dụng đất', 'Tỷ đồng', '2.317,5', '2.409,1'],
      ],
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a pdf.js dump's table whose next page's part ends with the next group", () => {
  // As a pdf.js dump prints chi-cuc-thue-duc-trong's appendix (held-out set 8): the part overleaf
  // repeats the header and ends with group `B`, its figures short of the columns and a dash.
  const header = [
    'STT Nội dung',
    'Dự toán',
    'năm 2024',
    'Thực hiện 9',
    'tháng năm 2024',
    'So với dự',
    'toán (%)',
    'So với',
    'cùng kỳ (%)',
  ];
  const text = [
    'Kết quả thu ngân sách 9 tháng năm 2024 như biểu dưới đây.',
    'PHỤ LỤC',
    'Biểu số 01: Thu ngân sách nhà nước 9 tháng năm 2024',
    ...header,
    'A TỔNG THU NGÂN SÁCH NHÀ NƯỚC (I + II)',
    '1.150.000 963.648 83,8 105,4',
    'I Thu tiền sử dụng đất 420.000 268.350 63,9 89,0',
    'II Thu nội địa 730.000 695.298 95,2 113,4',
    '1 Thu từ doanh nghiệp nhà nước 18.000 15.236 84,6 108,0',
    '\f',
    ...header,
    '2 Thu từ khu vực ngoài quốc doanh 352.000 331.845 94,3 111,1',
    '3 Thuế thu nhập cá nhân 96.000 82.374 85,8 108,4',
    '4 Thu hồi khoản chi năm trước 1.230 125,5',
    'B NỢ THUẾ ĐẾN',
    'NGÀY 30/9/2024',
    '86.412 - 112,6',
    '- Nợ khó thu 25.374 - 118,9',
    '\f',
  ].join('\n');

  it("reads the group's row and the rows under it, and places the short row by the headers", async () => {
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(text) });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows.slice(-3).map((row) => row.cells.map((c) => c.raw))).toEqual([
      // The nine months and their growth: the plan empty, so its share.
      ['4', 'Thu hồi khoản chi năm trước', '', '1.230', '', '125,5'],
      // `B` after the page before's `A`: the next group's letter, not a name's first word.
      ['B', 'NỢ THUẾ ĐẾN NGÀY 30/9/2024', '', '86.412', '-', '112,6'],
      ['', '- Nợ khó thu', '', '25.374', '-', '118,9'],
    ]);
    expect(document.diagnostics.filter((d) => d.ruleId === 'table-row-unplaced')).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a pdf.js dump's small table, its first row's name on lines of its own", () => {
  // As a pdf.js dump prints so-tnmt-quang-ngai's table of districts (held-out set 7): `1 Thành
  // phố` is a row's number and name, no figure and a note; its figures come two lines down.
  it("counts the first row's figures past its number, and cuts the headers to as many", async () => {
    const text = [
      'Kết quả cấp giấy chứng nhận lần đầu tại một số địa phương như sau:',
      'TT Địa phương',
      'Số giấy chứng',
      'nhận cấp lần',
      'đầu Diện tích (ha)',
      '1 Thành phố',
      'Quảng Ngãi',
      '412 38,6',
      '2 Thị xã Đức',
      'Phổ',
      '287 52,1',
      '3 Huyện Bình',
      'Sơn',
      '358 61,4',
      'Tổng cộng 1.057 152,1',
      'Tiến độ cấp giấy chứng nhận tại các huyện miền núi còn chậm.',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(text) });
    const [table] = document.tables;
    expect(table?.columns.map((column) => column.name)).toEqual([
      'TT',
      'Địa phương',
      'Số giấy chứng nhận cấp lần đầu',
      'Diện tích (ha)',
    ]);
    expect(table?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Thành phố Quảng Ngãi', '412', '38,6'],
      ['2', 'Thị xã Đức Phổ', '287', '52,1'],
      ['3', 'Huyện Bình Sơn', '358', '61,4'],
      ['', 'Tổng cộng', '1.057', '152,1'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a pdf.js dump's row ending in a dash before a number its column wrapped", () => {
  // As a pdf.js dump prints so-vhttdl-ninh-binh's appendix (held-out set 9): row 9's growth is
  // `-`, and row 10's number stands a digit a line in the narrow order column (`1` / `0`).
  it('reads the dash as an empty cell and the digits as the next row, not a fall of 1', async () => {
    const text = [
      'Kết quả thực hiện các chỉ tiêu thể dục, thể thao 6 tháng đầu năm 2024 như sau.',
      'PHỤ LỤC',
      'Biểu số 01: Kết quả thực hiện một số chỉ tiêu 6 tháng đầu năm 2024',
      'STT Chỉ tiêu ĐVT',
      'Kế hoạch',
      'năm 2024',
      'Thực hiện',
      '6 tháng 2024',
      'So với',
      'KH (%)',
      'So với',
      'cùng kỳ (%)',
      '8 Sách luân chuyển Bản 85.000 46.830 55,1 113,5',
      '9 Tỷ lệ dân số tập',
      'luyện thường xuyên',
      '% 38,5 37,4 97,1 -',
      '1',
      '0',
      'Giải thể thao',
      'cấp tỉnh',
      'Giải 45 23 51,1 121,1',
      '1',
      '1',
      'Huy chương quốc gia Huy chương 60 34 56,7 125,9',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(text) });
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['8', 'Sách luân chuyển', 'Bản', '85.000', '46.830', '55,1', '113,5'],
      ['9', 'Tỷ lệ dân số tập luyện thường xuyên', '%', '38,5', '37,4', '97,1', '-'],
      ['10', 'Giải thể thao cấp tỉnh', 'Giải', '45', '23', '51,1', '121,1'],
      ['11', 'Huy chương quốc gia', 'Huy chương', '60', '34', '56,7', '125,9'],
    ]);
  });
});

describe("a pdf.js dump's rows short of figures, placed by the table's arithmetic", () => {
  // As a pdf.js dump prints bql-kcn-ha-nam's and phong-ldtbxh's appendices: an empty cell leaves
  // nothing, so a row of three figures in five columns says which are empty only by the
  // arithmetic the table's whole rows keep.
  const header = [
    'STT Chỉ tiêu ĐVT',
    'Kế hoạch',
    'năm 2024',
    'Thực hiện',
    '6 tháng',
    'Cùng kỳ',
    'năm 2023',
    'So với',
    'KH (%)',
    'So với',
    'cùng kỳ (%)',
  ];
  const text = [
    'Kết quả thu hút đầu tư và sản xuất kinh doanh 6 tháng đầu năm như biểu dưới đây.',
    'PHỤ LỤC',
    'Biểu số 01: Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2024',
    ...header,
    'I THU HÚT ĐẦU TƯ',
    '1 Dự án cấp mới Dự án 40 19 17 47,5 111,8',
    '2 Vốn FDI đăng ký Triệu USD 600,0 318,6 274,5 53,1 116,1',
    '+ Vốn đăng ký mới Triệu USD 251,1 198,3 126,6',
    '3 Doanh thu Triệu USD 9.800,0 4.736,2 4.215,8 48,3 112,3',
    'II LAO ĐỘNG, XÃ HỘI',
    '\f',
    ...header,
    '4 Kinh phí chi trả trợ',
    'cấp ưu đãi',
    'Triệu đồng 46.800 35.214',
    ',6 28.101,0 75,2 125,3',
    '5 Lao động nữ Người 57.325 54.120 105,9',
    '6 Người có công hưởng trợ cấp Người 1.742 97,9',
    '7 Giá trị xuất khẩu Triệu USD 7.200,0 3.518,7 3.102,4 48,9 113,4',
    '\f',
  ].join('\n');
  const read = () => extract({ path: 'dump.txt', bytes: Buffer.from(text) });

  it('places the figures the arithmetic proves, and leaves the rest text, said so', async () => {
    const document = await read();
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['I', 'THU HÚT ĐẦU TƯ', '', '', '', '', '', ''],
      ['1', 'Dự án cấp mới', 'Dự án', '40', '19', '17', '47,5', '111,8'],
      ['2', 'Vốn FDI đăng ký', 'Triệu USD', '600,0', '318,6', '274,5', '53,1', '116,1'],
      // 251,1 ÷ 198,3 × 100 = 126,6: the figure, the year before's and their ratio.
      ['', '+ Vốn đăng ký mới', 'Triệu USD', '', '251,1', '198,3', '', '126,6'],
      ['3', 'Doanh thu', 'Triệu USD', '9.800,0', '4.736,2', '4.215,8', '48,3', '112,3'],
      // The group that ends the page heads the next page's rows, under the same header.
      ['II', 'LAO ĐỘNG, XÃ HỘI', '', '', '', '', '', ''],
      // A figure cut before its decimals (`35.214` / `,6`) is whole again.
      [
        '4',
        'Kinh phí chi trả trợ cấp ưu đãi',
        'Triệu đồng',
        '46.800',
        '35.214,6',
        '28.101,0',
        '75,2',
        '125,3',
      ],
      // The page before's rows prove the ratio here too.
      ['5', 'Lao động nữ', 'Người', '', '57.325', '54.120', '', '105,9'],
      ['7', 'Giá trị xuất khẩu', 'Triệu USD', '7.200,0', '3.518,7', '3.102,4', '48,9', '113,4'],
    ]);
    // Row 6's two figures keep no relation: nothing says whose they are.
    const unplaced = document.diagnostics.filter((d) => d.ruleId === 'table-row-unplaced');
    expect(unplaced.map((d) => d.message)).toEqual([expect.stringContaining('6 Người có công')]);
    const text = [...eachBlock(document.blocks, document.sections)].map((b) => b.text).join('\n');
    expect(text).toContain('Người có công hưởng trợ cấp');
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a short row the arithmetic places after short rows it cannot', async () => {
    // phong-ldtbxh's pdf2md: `7 … 6.318 101,7`, `8 … 4,20 4,65` stay text; `9 Số hộ thoát nghèo
    // Hộ 520 386 74,2` (386 of 520 is 74,2 % of the plan) is read.
    const rows = [
      'PHỤ LỤC',
      ...header,
      '1 Dự án cấp mới Dự án 40 19 17 47,5 111,8',
      '2 Vốn FDI đăng ký Triệu USD 600,0 318,6 274,5 53,1 116,1',
      '3 Doanh thu Triệu USD 9.800,0 4.736,2 4.215,8 48,3 112,3',
      '4 Người có công hưởng trợ cấp Người 1.742 97,9',
      '5 Tỷ lệ hộ nghèo % 4,20 4,65',
      '6 Số hộ thoát nghèo Hộ 520 386 74,2',
      '7 Giá trị xuất khẩu Triệu USD 7.200,0 3.518,7 3.102,4 48,9 113,4',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(rows) });
    expect(
      document.tables[0]?.rows.map((row) => [row.order, ...row.cells.slice(3).map((c) => c.raw)]),
    ).toEqual([
      ['1', '40', '19', '17', '47,5', '111,8'],
      ['2', '600,0', '318,6', '274,5', '53,1', '116,1'],
      ['3', '9.800,0', '4.736,2', '4.215,8', '48,3', '112,3'],
      ['6', '520', '386', '', '74,2', ''],
      ['7', '7.200,0', '3.518,7', '3.102,4', '48,9', '113,4'],
    ]);
  });

  it('goes on overleaf after a short row and a group that end the page', async () => {
    const pages = [
      'Kết quả thực hiện các chỉ tiêu lao động và người có công như biểu dưới đây.',
      ...header,
      '1 Dự án cấp mới Dự án 40 19 17 47,5 111,8',
      '2 Vốn FDI đăng ký Triệu USD 600,0 318,6 274,5 53,1 116,1',
      '3 Tỷ lệ lao động qua đào tạo % 68,5 67,9',
      'II LAO ĐỘNG, XÃ HỘI',
      '\f',
      ...header,
      '4 Doanh thu Triệu USD 9.800,0 4.736,2 4.215,8 48,3 112,3',
      '5 Giá trị xuất khẩu Triệu USD 7.200,0 3.518,7 3.102,4 48,9 113,4',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(pages) });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows.map((row) => row.cells[0]?.raw)).toEqual([
      '1',
      '2',
      'II',
      '4',
      '5',
    ]);
    const unplaced = document.diagnostics.filter((d) => d.ruleId === 'table-row-unplaced');
    expect(unplaced.map((d) => d.message)).toEqual([expect.stringContaining('3 Tỷ lệ lao động')]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads no table whose rows hold more figures than its headers say', async () => {
    // The upper tier alone (`Năm 2024`, `So sánh (%)`) read as a header of two columns: a row's
    // four figures run over its lines (`46.800 35.214` / `,6` / `75,2 103,4`), never two of them
    // filed under two headers.
    const page = [
      'Kết quả thực hiện chính sách người có công như biểu dưới đây.',
      'STT Chỉ tiêu',
      'Đơn vị',
      'tính',
      'Năm',
      '2024',
      'So',
      'sánh',
      '(%)',
      '4 Người có công và thân nhân Người 1.742 97,9',
      '5 Kinh phí chi trả trợ cấp',
      'Triệu đồng',
      '46.800 35.214',
      ',6',
      '75,2 103,4',
      '6 Nhà ở được hỗ trợ Nhà 40 28',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(page) });
    expect(document.facts.map((fact) => fact.value)).not.toContain(35214);
    expect(document.facts.map((fact) => fact.value)).not.toContain(46800);
  });

  it('reads a group overleaf whose numbers go on from the page before', async () => {
    // bhxh-quang-tri: the part overleaf starts with sub-rows, then `III …` and row 8.
    const pages = [
      'Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024 như biểu dưới đây.',
      ...header,
      '1 Dự án cấp mới Dự án 40 19 17 47,5 111,8',
      '2 Vốn FDI đăng ký Triệu USD 600,0 318,6 274,5 53,1 116,1',
      `\f${header[0]}`,
      ...header.slice(1),
      '+ Vốn đăng ký mới Triệu USD 300,0 251,1 198,3 83,7 126,6',
      'II LAO ĐỘNG',
      '3 Lao động nữ Người 60.000 57.325 54.120 95,5 105,9',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(pages) });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows.map((row) => row.cells[0]?.raw)).toEqual([
      '1',
      '2',
      '',
      'II',
      '3',
    ]);
  });

  it("takes a cut figure's decimals at a line's start for no note reference", async () => {
    // `,2` glued to nothing: before, it cited note 2 and made rows 2 and 3 the page's notes.
    const page = [
      'Công tác người có công được triển khai theo kế hoạch1.',
      '1 Kế hoạch số 27/KH-UBND ngày 19/01/2024 của Ủy ban nhân dân huyện.',
      '\f',
      'Biểu số 02: Kết quả thực hiện chính sách người có công',
      ...header,
      '1 Kinh phí chi trả Triệu đồng 46.800 35.214',
      ',2 28.101,0 75,2 125,3',
      '2 Nhà ở được hỗ trợ Nhà 40 28 32 70,0 87,5',
      '3 Xây mới Nhà 15 11 12 73,3 91,7',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(page) });
    expect(document.footnotes.map((note) => note.label)).toEqual(['1']);
    expect(document.tables[0]?.rows.map((row) => row.cells[1]?.raw)).toEqual([
      'Kinh phí chi trả',
      'Nhà ở được hỗ trợ',
      'Xây mới',
    ]);
  });
});

describe("a pdf.js dump's table in narrow columns", () => {
  // As a pdf.js dump prints so-tnmt-quang-ngai's appendix: each figure and the order numbers past 9
  // wrapped in their narrow columns, a decimal's last digit alone on the next line.
  const text = [
    'Kết quả thực hiện một số chỉ tiêu chủ yếu quý I năm 2024 như sau:',
    'S',
    'T',
    'T Chỉ tiêu ĐVT',
    'Kế',
    'hoạch',
    'năm',
    '2024',
    'Thực',
    'hiện',
    'quý I',
    'Cùng',
    'kỳ',
    'năm',
    '2023',
    'Tăng',
    '(+),',
    'giảm (-) Ghi chú',
    '8 Diện tích giao',
    'đất',
    'ha 1.250,',
    '0',
    '186,4 212,7 -26,3',
    '9 Thu tiền sử dụng',
    'đất',
    'Tỷ đồng 2.150,',
    '0',
    '312,8',
    '4',
    '405,1',
    '7',
    '-92,33 Thị trường',
    'trầm lắng',
    '1',
    '0',
    'Giấy phép khai',
    'thác khoáng sản',
    'Giấy 15 3 5 -2',
    'Công tác quản lý đất đai được tăng cường trong quý, nhất là việc giao đất và thu ngân sách.',
    '\f',
  ].join('\n');

  it('joins a decimal and its last digit, and reads a number wrapped a digit a line', async () => {
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(text) });
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['8', 'Diện tích giao đất', 'ha', '1.250,0', '186,4', '212,7', '-26,3', ''],
      // Not 312,8 and 4, 405,1 a change: the row's figures go on to its note.
      [
        '9',
        'Thu tiền sử dụng đất',
        'Tỷ đồng',
        '2.150,0',
        '312,84',
        '405,17',
        '-92,33',
        'Thị trường trầm lắng',
      ],
      ['10', 'Giấy phép khai thác khoáng sản', 'Giấy', '15', '3', '5', '-2', ''],
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a pdf.js dump's total group row, a cut unit and the rows that end a table", () => {
  // As a pdf.js dump prints chi-cuc-thue's and bql-kcn's appendices.
  const header = [
    'STT Chỉ tiêu ĐVT',
    'Kế hoạch',
    'năm 2024',
    'Thực hiện',
    '6 tháng',
    'Cùng kỳ',
    'năm 2023',
    'So với',
    'KH (%)',
    'So với',
    'cùng kỳ (%)',
  ];
  const read = (rows: string[]) =>
    extract({
      path: 'dump.txt',
      bytes: Buffer.from(
        [
          'Kết quả thu ngân sách và sản xuất kinh doanh 6 tháng đầu năm như biểu dưới đây.',
          'Biểu số 01: Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2024',
          ...header,
          ...rows,
          '\f',
        ].join('\n'),
      ),
    });
  const raw = (document: Awaited<ReturnType<typeof read>>) =>
    document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw));
  const whole = [
    '1 Dự án cấp mới Dự án 40 19 17 47,5 111,8',
    '2 Vốn FDI đăng ký Triệu USD 600,0 318,6 274,5 53,1 116,1',
  ];

  it("reads a group's capital letter before a total's name with figures as a row", async () => {
    const document = await read([
      'A TỔNG THU NGÂN',
      'SÁCH (I + II)',
      'Tỷ đồng 1.150 963 1.012 83,7 95,2',
      ...whole,
    ]);
    expect(raw(document)?.[0]).toEqual([
      'A',
      'TỔNG THU NGÂN SÁCH (I + II)',
      'Tỷ đồng',
      '1.150',
      '963',
      '1.012',
      '83,7',
      '95,2',
    ]);
  });

  it('places a short last row before the text after the table, its unit cut a syllable a line', async () => {
    const document = await read([
      ...whole,
      '3 Doanh nghiệp bị xử',
      'phạt vi phạm',
      'Doan',
      'h',
      'nghiệ',
      'p',
      '4 7 57,1',
      'Ghi chú: Số liệu thực hiện 6 tháng là số ước thực hiện đến hết ngày 30/6/2024.',
    ]);
    expect(raw(document)?.at(-1)).toEqual([
      '3',
      'Doanh nghiệp bị xử phạt vi phạm',
      'Doanh nghiệp',
      '',
      '4',
      '7',
      '',
      '57,1',
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('says so of short rows that end the table, and keeps their text once', async () => {
    const document = await read([
      ...whole,
      '3 Thu hồi khoản chi',
      'năm trước',
      'Tỷ đồng 1.230 125,5',
      'B NỢ THUẾ ĐẾN NGÀY 30/9',
      'Tỷ đồng 86.412 - 112,6',
      'Công tác thu nợ được đẩy mạnh trong các tháng cuối năm theo chỉ đạo của cấp trên.',
    ]);
    expect(raw(document)).toHaveLength(2);
    const unplaced = document.diagnostics.filter((d) => d.ruleId === 'table-row-unplaced');
    expect(unplaced.map((d) => d.message)).toEqual([
      expect.stringContaining('3 Thu hồi khoản chi'),
    ]);
    expect(document.quality.signals).toContain('table-cells-unplaced');
    const text = [...eachBlock(document.blocks, document.sections)].map((b) => b.text).join('\n');
    expect(text.match(/Thu hồi khoản chi/gu)).toHaveLength(1);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a pdf.js dump's narrow table: thousands wrapped, a note a word a line, a row cut by the page", () => {
  // As a pdf.js dump prints so-vhttdl-ninh-binh's appendix (held-out set 9).
  const text = [
    'Kết quả thực hiện một số chỉ tiêu du lịch 6 tháng đầu năm 2024 như sau:',
    'STT Chỉ tiêu ĐVT',
    'Kế hoạch',
    'năm 2024',
    'Thực hiện',
    '6 tháng',
    'năm 2024',
    'So với',
    'KH (%) Ghi chú',
    '1 Tổng lượt',
    'khách du lịch',
    'Lượt 8.750',
    '.000',
    '4.812',
    '.360',
    '55,0',
    'a) Khách quốc',
    'tế',
    'Lượt 1.050',
    '.000',
    '486.9',
    '40',
    '46,4 Chủ',
    'yếu từ',
    'Hàn',
    'Quốc,',
    'Đức',
    'b) Khách nội',
    'địa',
    'Lượt 7.700',
    '.000',
    '4.325',
    '.420',
    '56,2',
    '2 Tổng thu từ Tỷ 8.500 4.283 50,4 Số ước',
    '\fdu lịch đồng ,0 ,7 thực',
    'hiện',
    'Công tác quản lý nhà nước về du lịch được tăng cường trong 6 tháng đầu năm.',
    '\f',
  ].join('\n');

  it('reads each row whole, its figures, its note and the rests overleaf', async () => {
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(text) });
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Tổng lượt khách du lịch', 'Lượt', '8.750.000', '4.812.360', '55,0', ''],
      ['', 'a) Khách quốc tế', 'Lượt', '1.050.000', '486.940', '46,4', 'Chủ yếu từ Hàn Quốc, Đức'],
      ['', 'b) Khách nội địa', 'Lượt', '7.700.000', '4.325.420', '56,2', ''],
      ['2', 'Tổng thu từ du lịch', 'Tỷ đồng', '8.500,0', '4.283,7', '50,4', 'Số ước thực hiện'],
    ]);
    expect(document.diagnostics.map((d) => d.ruleId)).not.toContain('table-unit-cut');
  });
});

describe("a pdf.js dump's units after a scale's word", () => {
  it("reads the scale with the unit it heads, on the name's line or its own", async () => {
    // so-gtvt-bac-giang: `Nghìn HK`, `Triệu tấn.km`, a unit the tables do not know.
    const text = [
      'Kết quả thực hiện một số chỉ tiêu vận tải 9 tháng năm 2024 như sau:',
      'STT Chỉ tiêu ĐVT',
      'Kế hoạch',
      'năm 2024',
      'Thực hiện',
      '9 tháng 2024',
      'So với',
      'KH (%)',
      '1 Vận chuyển hành khách Nghìn HK',
      '21.500 15.836 73,7',
      '- Đường bộ Nghìn',
      'HK',
      '20.800 15.318 73,6',
      '- Đường thủy nội địa',
      'Nghìn',
      'HK',
      '700 518 74,0',
      '2 Luân chuyển hàng hóa Triệu tấn.km',
      '2.410,0 1.846,7 76,6',
      // The unit a syllable a line, cut after its dot's letter: `HK.k` / `m` is `HK.km`.
      '3 Luân chuyển',
      'hành khách',
      'Triệu',
      'HK.k',
      'm',
      '1.295,0 958,2 74,0',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(text) });
    expect(document.tables[0]?.rows.map((row) => row.cells.slice(1, 3).map((c) => c.raw))).toEqual([
      ['Vận chuyển hành khách', 'Nghìn HK'],
      ['- Đường bộ', 'Nghìn HK'],
      ['- Đường thủy nội địa', 'Nghìn HK'],
      ['Luân chuyển hàng hóa', 'Triệu tấn.km'],
      ['Luân chuyển hành khách', 'Triệu HK.km'],
    ]);
  });
});

describe("a pdf.js dump's group name the page cut, its rest after the header repeated", () => {
  it("finishes the group's name with the lines in capitals after the two-tier header", async () => {
    // so-gtvt-bac-giang (held-out set 9): `III PHƯƠNG` ends a page; overleaf the header's two
    // tiers repeated, then `TIỆN,` / `NGƯỜI LÁI` / … the rest of the group's name.
    const header = [
      'S',
      'T',
      'T Chỉ tiêu ĐVT',
      'Kế hoạch',
      'năm 2024',
      'Thực',
      'hiện',
      'So sánh',
      '(%)',
      'Quý III',
      'năm 2024',
      '9 tháng',
      'năm 2024',
      'So với',
      'KH năm',
      'So với',
      'cùng kỳ',
    ];
    const text = [
      'PHỤ LỤC',
      ...header,
      '1 Vận chuyển hành khách Nghìn HK 21.500 5.412 15.836 73,7 108,2',
      '2 Vận chuyển hàng hóa Nghìn tấn 38.600 10.254 29.475 76,4 111,5',
      'III PHƯƠNG',
      '\f',
      ...header,
      'TIỆN,',
      'NGƯỜI LÁI',
      'VÀ AN TOÀN',
      '3 Kiểm định phương tiện Lượt 80.000 28.614 83.942 104,9 109,8',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(text) });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows.map((row) => [row.order, row.label])).toEqual([
      ['1', 'Vận chuyển hành khách'],
      ['2', 'Vận chuyển hàng hóa'],
      ['III', 'PHƯƠNG TIỆN, NGƯỜI LÁI VÀ AN TOÀN'],
      ['3', 'Kiểm định phương tiện'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a pdf.js dump's table overleaf without its header repeated", () => {
  it("reads the page's rows under the table before's header, as one table", async () => {
    // so-vhttdl-ninh-binh (held-out set 9): Word repeats no header row, so the next page starts
    // with the rest of the last row's cells, then rows.
    const text = [
      'PHỤ LỤC',
      'STT Chỉ tiêu ĐVT',
      'Kế hoạch',
      'năm 2024',
      'Thực hiện',
      '6 tháng 2023',
      'Thực hiện',
      '6 tháng 2024',
      'So với',
      'KH (%)',
      'So với',
      'cùng kỳ (%)',
      'A DU LỊCH',
      '1 Khách lưu trú Lượt 2.100.000 936.420 1.084.615 51,6 115,8',
      '2 Tổng thu từ du lịch Tỷ đồng 8.500,0 3.615,4 4.283,7 50,4 118,5',
      '\f',
      'B VĂN HÓA, GIA ĐÌNH',
      '3 Di tích được tu bổ Di tích 12 4 7 58,3 175,0',
      '4 Sách luân chuyển Bản 85.000 41.260 46.830 55,1 113,5',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(text) });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows.map((row) => [row.order, row.label])).toEqual([
      ['A', 'DU LỊCH'],
      ['1', 'Khách lưu trú'],
      ['2', 'Tổng thu từ du lịch'],
      ['B', 'VĂN HÓA, GIA ĐÌNH'],
      ['3', 'Di tích được tu bổ'],
      ['4', 'Sách luân chuyển'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a pdf.js dump's table of one row on its page, the rest overleaf", () => {
  // As a pdf.js dump prints so-noi-vu-phu-tho's first table: headers that name no role, a date's
  // year the column cut, one row before the page's notes, and the next page repeating the header
  // with that row's last word after it.
  const header = [
    'TT Khối cơ quan',
    'Biên chế',
    'được giao',
    'Có mặt',
    'đến',
    '31/12/20',
    '23',
    'Chưa sử',
    'dụng',
  ];
  const text = [
    'Tình hình sử dụng biên chế công chức đến ngày 31/12/2023 như sau:',
    ...header,
    '1 Cơ quan chuyên môn thuộc UBND 1.186 1.142 44',
    '\f',
    ...header,
    'tỉnh',
    '2 Tổ chức hành chính khác thuộc',
    'UBND tỉnh',
    '74 71 3',
    'Tổng cộng 1.260 1.213 47',
    'Công tác tinh giản biên chế được thực hiện theo đúng quy định của Trung ương và của tỉnh.',
    '\f',
  ].join('\n');

  it('reads the row before the page end and goes on with the table overleaf', async () => {
    const document = await extract({ path: 'dump.txt', bytes: Buffer.from(text) });
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table?.columns.map((column) => column.name)).toEqual([
      'TT',
      'Khối cơ quan',
      'Biên chế được giao',
      'Có mặt đến 31/12/2023',
      'Chưa sử dụng',
    ]);
    expect(table?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Cơ quan chuyên môn thuộc UBND tỉnh', '1.186', '1.142', '44'],
      ['2', 'Tổ chức hành chính khác thuộc UBND tỉnh', '74', '71', '3'],
      ['', 'Tổng cộng', '1.260', '1.213', '47'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a table OCR read across the page', () => {
  // As tesseract reads a table (dang-uy-yen-thang, ubnd-lao-cai): the header's lines across, then
  // each row's number, name start, unit and figures on one line, the name's rest below.
  const read = (rows: string[]) =>
    extract({
      path: 'ocr.txt',
      bytes: Buffer.from(
        [
          'Biểu số 02: Một số chỉ tiêu chủ yếu năm 2023',
          '',
          'So với',
          'Kế hoạch Ước TH cùng kỳ',
          'TT Chỉ tiêu Đơn vị tính năm 2024 quý I/2024 (%)',
          ...rows,
          '\f',
        ].join('\n'),
      ),
    });

  it("reads the header's columns and each row, a unit the column wrapped included", async () => {
    const document = await read([
      '1 Tổng sản Tỷ đồng 65.000 12.345,6 107,52',
      'phẩm trên',
      'địa bàn',
      '2 Thu Triệu 60 62,4 104,0',
      'nhập đồng',
      'bình quân',
      '3 Kết nạp Đảng 14 15 107,1',
      'đảng viên',
    ]);
    const [table] = document.tables;
    expect(table?.columns.map((column) => [column.name, column.role])).toEqual([
      ['TT', 'order'],
      ['Chỉ tiêu', 'label'],
      ['Đơn vị tính', 'unit'],
      ['Kế hoạch năm 2024', 'plan'],
      ['Ước TH quý I/2024', 'estimate'],
      ['So với cùng kỳ (%)', 'yoy'],
    ]);
    expect(table?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Tổng sản phẩm trên địa bàn', 'Tỷ đồng', '65.000', '12.345,6', '107,52'],
      ['2', 'Thu nhập bình quân', 'Triệu đồng', '60', '62,4', '104,0'],
      ['3', 'Kết nạp đảng', 'Đảng viên', '14', '15', '107,1'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('leaves it as text when a row ends with a figure less', async () => {
    const document = await read([
      '1 Tổng sản Tỷ đồng 65.000 12.345,6 107,52',
      '2 Thu Triệu 60 62,4',
      'nhập đồng',
    ]);
    expect(document.tables).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("a table OCR read across the page, its header's words stacked a word a line", () => {
  // bhxh-quang-tri and bql-kcn-ha-nam (held-out sets 9 and 8): narrow columns, so tesseract reads
  // each header a word a line across the page; the order column's line holds every column's last.
  it("reads each column's header from the words above its own, and the rows under it", async () => {
    const text = [
      'PHỤ LỤC',
      'Biểu số 01: Một số chỉ tiêu chủ yếu năm 2024',
      '',
      'Tăng',
      '(+),',
      '',
      'Ước giảm',
      'Thực Kế thực So (-) SO',
      'S hiện hoạch hiện với với',
      'T năm năm năm KH năm',
      'T Chỉtiêu ĐVT 2023 2024 2024 (%) 2023',
      'II ĐỐI TƯỢNG',
      'THAM GIA',
      '1 Người tham Người 48.215 49.800 49.962 100,3 1.747',
      'gia BHXH bắt',
      'buộc',
      '2 Người tham Người 25.630 28.000 27.184 97,1 1.554',
      'gia BHXH tự',
      'nguyện',
      '- Tỷ lệ bao % 93,8 94,5 94,6 100,1 0,8',
      'phủ BHYT',
      'II THU, CHÍ',
      '5_ Tổng số thu Tỷ 1.4863 1.590,0  1.602,7 100,8 116,4',
      'đồng',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'ocr.txt', bytes: Buffer.from(text) });
    const [table] = document.tables;
    expect(table?.columns.map((column) => [column.name, column.role])).toEqual([
      ['STT', 'order'],
      // (OCR ran the name's header together: no role is read from it, the rows' names are.)
      ['Chỉtiêu', 'other'],
      ['ĐVT', 'unit'],
      ['Thực hiện năm 2023', 'actual'],
      ['Kế hoạch năm 2024', 'plan'],
      ['Ước thực hiện năm 2024', 'estimate'],
      ['So với KH (%)', 'share_of_plan'],
      ['Tăng (+), giảm (-) SO với năm 2023', 'other'],
    ]);
    expect(table?.rows.map((row) => row.cells.slice(0, 4).map((c) => c.raw))).toEqual([
      ['II', 'ĐỐI TƯỢNG THAM GIA', '', ''],
      ['1', 'Người tham gia BHXH bắt buộc', 'Người', '48.215'],
      ['2', 'Người tham gia BHXH tự nguyện', 'Người', '25.630'],
      ['', '- Tỷ lệ bao phủ BHYT', '%', '93,8'],
    ]);
    // The row whose figure OCR misread (`1.4863`) ends the table: it and its group stay text.
    const texts = [...eachBlock(document.blocks, document.sections)].map((b) => b.text);
    expect(texts.join('\n')).toContain('1.4863');
    expect(document.stats.coverage).toBe(1);
  });

  it('reads on over rows OCR garbled, each left as text after the table and said so', async () => {
    const text = [
      'PHỤ LỤC',
      'Thực Kế Ước So Tăng,',
      'S hiện hoạch thực với giảm',
      'T năm năm hiện KH so với',
      'T Chỉtiêu ĐVT 2023 2024 2024 (%) 2023',
      '1 Người tham Người 48.215 49.800 49.962 100,3 1.747',
      'gia BHXH',
      '2 Người tham Người 25.630 28.000 27.184 97,1 1.554',
      'gia BHXH tự nguyện',
      '3 Người tham Người 41.308 42.500 42.615 100,3 1.307',
      'gia BHTN',
      // `1.4863` for 1.486,3; `8462` for 846,2 (it breaks the change every other row keeps).
      '4_ Tổng số thu Tỷ 1.4863 1.590,0 1.602,7 100,8 116,4',
      'đồng',
      '-ThuBHXH Tỷ 8462 905,0 918,4 101,5 72,2',
      'bắt buộc đồng',
      '- Thu bảo Tỷ 41,6 44,0 44,8 101,8 3,2',
      'hiểm thất đồng',
      'nghiệp',
      // Marks read as `:` and `Ð` among the figures; then a row short of its plan and share.
      '5 Số tiền chậm Tỷ 58,6 : 52,1 : -6,Ð',
      'đóng đồng',
      '6 Tổng số chi Tỷ 2.645,8 2.812,4 166,6',
      'đồng',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'ocr.txt', bytes: Buffer.from(text) });
    expect(document.tables[0]?.rows.map((row) => row.label)).toEqual([
      'Người tham gia BHXH',
      'Người tham gia BHXH tự nguyện',
      'Người tham gia BHTN',
      'Thu bảo hiểm thất nghiệp',
      'Tổng số chi',
    ]);
    expect(
      document.tables[0]?.rows
        .at(-1)
        ?.cells.slice(3)
        .map((c) => c.raw),
    ).toEqual(['2.645,8', '', '2.812,4', '', '166,6']);
    expect(document.facts.map((fact) => fact.value)).not.toContain(8462);
    const unplaced = document.diagnostics.filter((d) => d.ruleId === 'table-row-unplaced');
    expect(unplaced.map((d) => d.line)).toEqual([12, 14, 19]);
    expect(document.stats.coverage).toBe(1);
  });

  it('splits a word and a figure OCR ran together, reads on over blank lines, leaves a misread row as text', async () => {
    const text = [
      'PHỤ LỤC',
      '',
      'Thực SO',
      '',
      'Kế hiện6 Cùng So với',
      '',
      'S hoạch tháng kỳ với cùng',
      '',
      'T năm năm năm KH kỳ',
      '',
      'T Chỉtiêu ĐVT 2024 2024 2023 (%) (%)',
      'A_ THU HỨT ĐẦU TƯ',
      '',
      '1 Dự án cấp mới Dự án 40 19 17 47,5 111,8',
      '',
      '+ Dự án FDI Dự án 25 13 11 52,0 118,2',
      '+ Dự án DDI Dự án 15 6 6 40,0 100,0',
      // OCR dropped the comma of 318,6: 3186 is no 53,1 % of 600,0, as every other row's is.
      '2 Vốn FDI đăng ký mới Triệu 600,0 3186 274,5 53,1 116,1',
      'và tăng thêm USD',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'ocr.txt', bytes: Buffer.from(text) });
    const texts = [...eachBlock(document.blocks, document.sections)].map((b) => b.text);
    expect(texts.join('\n')).toContain('3186');
    expect(document.facts.map((fact) => fact.value)).not.toContain(3186);
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('table-row-unplaced');
    expect(document.stats.coverage).toBe(1);
    const [table] = document.tables;
    expect(table?.columns.slice(3).map((column) => [column.name, column.role])).toEqual([
      ['Kế hoạch năm 2024', 'plan'],
      ['Thực hiện 6 tháng năm 2024', 'actual'],
      ['Cùng kỳ năm 2023', 'actual'],
      ['So với KH (%)', 'share_of_plan'],
      ['SO với cùng kỳ (%)', 'yoy'],
    ]);
    expect(table?.rows.map((row) => [row.order, row.label])).toEqual([
      ['A', 'THU HỨT ĐẦU TƯ'],
      ['1', 'Dự án cấp mới'],
      [null, 'Dự án FDI'],
      [null, 'Dự án DDI'],
    ]);
  });

  it("places a short row's figures where the table's arithmetic proves them", async () => {
    // bhxh-quang-tri's OCR: `7 Tổng số chi Tỷ 2.645,8 2.812,4 166,6`, its plan and share empty.
    const text = [
      'PHỤ LỤC',
      'Thực Kế Ước So Tăng,',
      'S hiện hoạch thực với giảm',
      'T năm năm hiện KH so với',
      'T Chỉtiêu ĐVT 2023 2024 2024 (%) 2023',
      '1 Tổng số thu Tỷ 1.486,3 1.590,0 1.602,7 100,8 116,4',
      'đồng',
      '2 Thu BHXH Tỷ 846,2 905,0 918,4 101,5 72,2',
      'đồng',
      '3 Thu BHYT Tỷ 539,8 575,0 574,6 99,9 34,8',
      'đồng',
      '4 Tổng số chi Tỷ 2.645,8 2.812,4 166,6',
      'đồng',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'ocr.txt', bytes: Buffer.from(text) });
    expect(document.tables[0]?.rows.at(-1)?.cells.map((c) => c.raw)).toEqual([
      '4',
      'Tổng số chi',
      'Tỷ đồng',
      '2.645,8',
      '',
      '2.812,4',
      '',
      '166,6',
    ]);
  });

  it("reads a part overleaf under its header repeated, its short rows placed by the part before's rows", async () => {
    const header = [
      'Thực Kế Ước So Tăng,',
      'S hiện hoạch thực với giảm',
      'T năm năm hiện KH so với',
      'T Chỉtiêu ĐVT 2023 2024 2024 (%) 2023',
    ];
    const text = [
      'PHỤ LỤC',
      ...header,
      '1 Tổng số thu Tỷ đồng 1.486,3 1.590,0 1.602,7 100,8 116,4',
      '2 Thu BHXH Tỷ đồng 846,2 905,0 918,4 101,5 72,2',
      '3 Thu bảo hiểm Tỷ đồng 539,8 575,0 574,6 99,9 34,8',
      // The name's last words alone after a blank line, the page's last.
      '',
      'y tế',
      '\f',
      ...header,
      '4 Tổng số chi Tỷ đồng 2.645,8 2.812,4 166,6',
      '5 Chi lương hưu Tỷ đồng 1.702,5 1.789,3 86,8',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'ocr.txt', bytes: Buffer.from(text) });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows.map((row) => row.cells.slice(3).map((c) => c.raw))).toEqual([
      ['1.486,3', '1.590,0', '1.602,7', '100,8', '116,4'],
      ['846,2', '905,0', '918,4', '101,5', '72,2'],
      ['539,8', '575,0', '574,6', '99,9', '34,8'],
      ['2.645,8', '', '2.812,4', '', '166,6'],
      ['1.702,5', '', '1.789,3', '', '86,8'],
    ]);
    expect(document.tables[0]?.rows[2]?.label).toBe('Thu bảo hiểm y tế');
  });

  it('reads no header where its words fit more than one way equally', async () => {
    // Two words over two open columns of four, nothing to tell which: no table.
    const text = [
      'PHỤ LỤC',
      'Ghi Mức',
      'S năm năm năm năm',
      'T Chỉtiêu ĐVT 2022 2023 2024 2025',
      '1 Số hộ Hộ 40 19 17 15',
      '2 Số người Người 25 13 11 10',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'ocr.txt', bytes: Buffer.from(text) });
    expect(document.tables).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('layout text: order numbers a narrow column wrapped a digit a line', () => {
  it('reads 10 and 11 whole, their names not cut', async () => {
    // so-gtvt-bac-giang and so-tnmt-quang-ngai: `1` / `0` beside a name wrapped in lower case.
    const text = [
      'Kết quả thực hiện các chỉ tiêu an toàn giao thông 9 tháng năm 2024 như sau:',
      '',
      'TT  Chỉ tiêu        ĐVT     Thực hiện    Thực hiện    So với',
      '                            quý III      9 tháng      cùng kỳ',
      '                            năm 2024     năm 2024     (%)',
      '9   Kiểm định       Lượt    28.614       83.942       109,8',
      '    phương tiện',
      '1   Tai nạn giao    Vụ      52           148          91,9',
      '0   thông',
      '1   Tiền xử phạt    Triệu   6.845        19.372       124,6',
      '1   vi phạm hành    đồng',
      '    chính',
      '',
      'Công tác bảo đảm trật tự an toàn giao thông được tăng cường trong quý.',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'layout.txt', bytes: Buffer.from(text) });
    expect(document.tables[0]?.rows.map((row) => row.cells.slice(0, 3).map((c) => c.raw))).toEqual([
      ['9', 'Kiểm định phương tiện', 'Lượt'],
      ['10', 'Tai nạn giao thông', 'Vụ'],
      ['11', 'Tiền xử phạt vi phạm hành chính', 'Triệu đồng'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe("layout text: a name that runs to one place before its row's first figure", () => {
  it("parts the names from the plan where the plan's header shows the column", async () => {
    // so-tai-chinh (held-out), as pdftotext -layout prints it: `khai thác 75,0`, `kiến  30,0` one
    // and two places apart, the order numbers 10 to 14 a digit a line.
    const text = [
      'Tình hình thực hiện thu ngân sách 9 tháng năm 2024 như sau:',
      '',
      'S                                   Dự toán    Thực      So với    So với',
      'T                                   năm        hiện 9    dự toán   cùng kỳ',
      'T    Nội dung                       2024       tháng     (%)       (%)',
      'I    Thu nội địa                    6.181,0    3.727,5   60,3      95,1',
      '1    Thu từ doanh nghiệp nhà        320,0      241,6     75,5      105,8',
      '     nước trung ương',
      '2    Thu từ doanh nghiệp nhà        95,0       70,3      74,0      105,2',
      '     nước địa phương',
      '3    Thu từ doanh nghiệp có vốn     48,0       39,7      82,7      127,2',
      '     đầu tư nước ngoài',
      '4    Thu từ khu vực kinh tế ngoài   1.350,0    1.012,4   75,0      106,7',
      '     quốc doanh',
      '5    Thuế thu nhập cá nhân          260,0      214,5     82,5      113,1',
      '6    Thuế bảo vệ môi trường         520,0      371,8     71,5      92,5',
      '7    Lệ phí trước bạ                230,0      158,9     69,1      106,5',
      '8    Thu phí, lệ phí                160,0      132,7     82,9      112,1',
      '9    Thuế sử dụng đất phi nông      8,0        5,1       63,8      91,1',
      '     nghiệp',
      '1    Thu tiền cho thuê đất, thuê    150,0      126,4     84,3      129,9',
      '0    mặt nước',
      '1    Thu tiền sử dụng đất           2.800,0    1.138,5   40,7      76,6',
      '1',
      '1    Thu từ hoạt động xổ số kiến  30,0         24,6      82,0      111,3',
      '2    thiết',
      '1    Thu tiền cấp quyền khai thác 75,0         48,2      64,3      89,4',
      '3    khoáng sản',
      '',
      'Công tác quản lý thu ngân sách tiếp tục được tăng cường trong quý.',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'layout.txt', bytes: Buffer.from(text) });
    const [table] = document.tables;
    expect(table?.columns.map((c) => c.name)).toEqual([
      'STT',
      'Nội dung',
      'Dự toán năm 2024',
      'Thực hiện 9 tháng',
      'So với dự toán (%)',
      'So với cùng kỳ (%)',
    ]);
    const row = (order: string) => table?.rows.find((r) => r.cells[0]?.raw === order);
    expect(row('13')?.cells.map((c) => c.raw)).toEqual([
      '13',
      'Thu tiền cấp quyền khai thác khoáng sản',
      '75,0',
      '48,2',
      '64,3',
      '89,4',
    ]);
  });
});

describe("layout text: a table's next page without its header", () => {
  // As `pdftotext -layout` prints so-vhttdl-ninh-binh's narrow appendix: page 4 repeats no header
  // and opens with the rest of the row the page end cut (`du lịch  đồng  ,0  ,4  ,7`).
  const pages = (second: string[]) =>
    [
      'Kết quả thực hiện các chỉ tiêu du lịch 6 tháng đầu năm 2024 như sau:',
      '',
      'TT   Chỉ tiêu          ĐVT      Kế hoạch     Thực hiện     So với',
      '                                năm 2024     6 tháng       KH (%)',
      '1    Tổng lượt khách   Lượt     8.750.000    4.812.360     55,0',
      '2    Khách lưu trú     Lượt     2.100.000    1.084.615     51,6',
      '3    Tổng thu từ       Tỷ       8.500        4.283         50,4',
      `\f${second[0]}`,
      ...second.slice(1),
      '',
      'Công tác quản lý nhà nước về du lịch tiếp tục được tăng cường trong 6 tháng đầu năm.',
      '\f',
    ].join('\n');

  const rows = [
    '4    Cơ sở lưu trú     Cơ sở                 648           105,9',
    '5    Di tích tu bổ     Di tích  12           7             58,3',
    '6    Lễ hội            Lễ hội   90           86            95,6',
    '7    Sách luân chuyển  Bản      85.000       46.830        55,1',
  ];

  it("puts a row's rest back in its row, and reads the page's rows under the header before", async () => {
    const document = await extract({
      path: 'layout.txt',
      bytes: Buffer.from(pages(['     du lịch           đồng     ,0           ,7', ...rows])),
    });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Tổng lượt khách', 'Lượt', '8.750.000', '4.812.360', '55,0'],
      ['2', 'Khách lưu trú', 'Lượt', '2.100.000', '1.084.615', '51,6'],
      ['3', 'Tổng thu từ du lịch', 'Tỷ đồng', '8.500,0', '4.283,7', '50,4'],
      ['4', 'Cơ sở lưu trú', 'Cơ sở', '', '648', '105,9'],
      ['5', 'Di tích tu bổ', 'Di tích', '12', '7', '58,3'],
      ['6', 'Lễ hội', 'Lễ hội', '90', '86', '95,6'],
      ['7', 'Sách luân chuyển', 'Bản', '85.000', '46.830', '55,1'],
    ]);
    expect(document.quality.signals).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads no header from a rest that finishes no figure of the row above, and says so', async () => {
    // `,5` under `50,4`: no figure it makes whole, so the lines are no rest of that row.
    const document = await extract({
      path: 'layout.txt',
      bytes: Buffer.from(
        pages(['     du lịch           đồng     ,0           ,7           ,5', ...rows]),
      ),
    });
    const names = document.tables.flatMap((table) => table.columns.map((column) => column.name));
    expect(names.filter((name) => /^[,.]\d/u.test(name) || /^\d/u.test(name))).toEqual([]);
    // The rows under no header stay text, said so; none is filed under a row's cells.
    expect(document.facts.filter((fact) => fact.indicator === '')).toEqual([]);
    expect(document.tables[0]?.rows.at(-1)?.cells[4]?.raw).toBe('4.283');
    expect(document.quality.signals).toContain('unread-table');
    expect(document.stats.coverage).toBe(1);
  });
});

describe('layout text: a part of one row before the page end, its order header a space from the names', () => {
  // so-noi-vu-phu-tho's table of agencies (held-out set 8): page 1 holds the header and row 1,
  // `TT Khối cơ quan` one space apart; page 2 repeats the header with the rest of row 1's name.
  it('parts the order column from the names and reads both pages as one table', async () => {
    const header = [
      '                                                         đến',
      '                                         Biên chế   31/12/20    Chưa sử',
      'TT Khối cơ quan                         được giao         23      dụng',
    ];
    const text = [
      'Tình hình sử dụng biên chế công chức đến ngày 31/12/2023 như sau:',
      ...header,
      '1   Cơ quan chuyên môn thuộc UBND           1.186      1.142          44',
      `\f${header[0] ?? ''}`,
      ...header.slice(1),
      '    tỉnh',
      '2   Tổ chức hành chính khác thuộc               74          71           3',
      '    UBND tỉnh',
      '    Tổng cộng                                1.260       1.213          47',
      '',
      'Biên chế chưa sử dụng chủ yếu do đang chờ kết quả thi tuyển công chức năm 2023.',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'layout.txt', bytes: Buffer.from(text) });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.rows.map((row) => row.cells.map((c) => c.raw))).toEqual([
      ['1', 'Cơ quan chuyên môn thuộc UBND tỉnh', '1.186', '1.142', '44'],
      ['2', 'Tổ chức hành chính khác thuộc UBND tỉnh', '74', '71', '3'],
      ['', 'Tổng cộng', '1.260', '1.213', '47'],
    ]);
  });
});

describe('an aligned table in layout text', () => {
  // Lines cut out of real `pdftotext -layout` texts (a district's and a statistics office's reports).
  const layout = (rows: string[]) =>
    [
      'Đến ngày 30/9/2024, tổng giá trị giải ngân đạt 112,937 tỷ đồng, bằng 60,6%',
      'kế hoạch vốn năm, cao hơn mức bình quân chung của tỉnh (54,2%). Kết quả',
      'giải ngân theo từng nguồn vốn như sau:',
      '',
      ...rows,
      '',
      'Nguồn vốn ngân sách huyện giải ngân chậm chủ yếu do nguồn thu tiền sử',
      'dụng đất đạt thấp.',
      '\f',
    ].join('\n');
  const cellsOf = async (rows: string[]) => {
    const document = await extract({ path: 'layout.txt', bytes: Buffer.from(layout(rows)) });
    return document.tables.map((t) => t.rows.map((row) => row.cells.map((c) => c.raw)));
  };

  const columnsOf = async (rows: string[]) => {
    const document = await extract({ path: 'layout.txt', bytes: Buffer.from(layout(rows)) });
    return document.tables[0]?.columns.map((column) => [column.name, column.role]);
  };

  it("reads a column's tall header, its words alone on the lines above the others", async () => {
    // so-ldtbxh-binh-dinh (a sixth held-out set): `Tăng (+), giảm (-) so với cùng kỳ (%)` a word
    // or two a line, from five lines above the row of `TT Chỉ tiêu`.
    const header = [
      '                                                                                  Tăng',
      '                                                                                    (+),',
      '                                                                                  giảm',
      '                                                                                  (-) so',
      '                                                                                     với',
      '                                                           9 tháng                cùng',
      'TT    Chỉ tiêu           ĐVT     Năm 2023                năm 2024                kỳ (%)',
      '                                 Kế hoạch    Thực hiện   Kế hoạch    Ước thực',
      '                                                                         hiện',
    ];
    const rows = [
      'I     Lao động,',
      '      việc làm',
      '1     Tổng số lao        người     30.000      31.246      31.000      24.318       3,6',
      '      động được giải',
      'a)    Trong tỉnh         người     26.000      27.012      26.500      20.875       2,9',
    ];
    const document = await extract({
      path: 'layout.txt',
      bytes: Buffer.from(layout([...header, ...rows])),
    });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.columns.at(-1)?.name).toBe('Tăng (+), giảm (-) so với cùng kỳ (%)');
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a table without an order column, its rows short of figures at their end', async () => {
    // ubnd-xa-hai-minh: the names first; two crops have only an area, their other cells empty; the
    // headers centred and run together (`Diện tích Năng suất` over two columns).
    const rows = [
      '                             Diện tích Năng suất     Sản lượng     So cùng',
      'Cây trồng                         (ha)    (tạ/ha)         (tấn)     kỳ (%)',
      'Lúa mùa                         742,6         61,8     4.589,3       102,4',
      'Rau màu các loại                 31,8        185,0       588,3       104,1',
      'Ngô đông                         46,2',
      'Khoai tây đông                   12,0',
    ];
    expect(await cellsOf(rows)).toEqual([
      [
        ['Lúa mùa', '742,6', '61,8', '4.589,3', '102,4'],
        ['Rau màu các loại', '31,8', '185,0', '588,3', '104,1'],
        ['Ngô đông', '46,2', '', '', ''],
        ['Khoai tây đông', '12,0', '', '', ''],
      ],
    ]);
    expect((await columnsOf(rows))?.map(([name]) => name)).toEqual([
      'Cây trồng',
      'Diện tích (ha)',
      'Năng suất (tạ/ha)',
      'Sản lượng (tấn)',
      'So cùng kỳ (%)',
    ]);
  });

  it('reads a table without an order column over two pages, a name the page cut made whole', async () => {
    // so-tai-chinh-quang-ngai: names first, `Trong đó:` rows, bullets, wrapped names; the page
    // cuts `Chi trả nợ lãi các khoản do` / `chính quyền địa phương vay` under its header; a row's
    // empty cells placed by where its figure stands.
    const head = (indent: number) => [
      `${' '.repeat(indent + 22)}Ước thực`,
      `${' '.repeat(indent)}Dự toán năm Ước thực hiện    hiện so`,
      `${' '.repeat(indent + 1)}2024 (triệu     10 tháng     với dự`,
      `Nội dung${' '.repeat(indent - 8)}đồng)  (triệu đồng)   toán (%)`,
    ];
    const document = await extract({
      path: 'layout.txt',
      bytes: Buffer.from(
        [
          'Phụ lục II',
          ...head(36),
          'Tổng chi ngân sách địa               18.642.500     13.215.870            70,9',
          'phương',
          'Trong đó:',
          '- Chi đầu tư từ nguồn thu tiền         2.000.000      1.120.430            56,0',
          'sử dụng đất',
          'Chi trả nợ lãi các khoản do              12.400          8.150            65,7',
          '\f',
          ...head(30),
          'chính quyền địa phương vay',
          'Chi bổ sung quỹ dự trữ tài          1.200         1.200     100,0',
          'chính',
          'Dự phòng ngân sách                356.000',
          'Chi tạo nguồn cải cách tiền       307.600        65.450       21,3',
          'lương',
          '\f',
        ].join('\n'),
      ),
    });
    expect(document.tables.map((t) => t.rows.map((row) => row.cells.map((c) => c.raw)))).toEqual([
      [
        ['Tổng chi ngân sách địa phương', '18.642.500', '13.215.870', '70,9'],
        ['Trong đó:', '', '', ''],
        ['- Chi đầu tư từ nguồn thu tiền sử dụng đất', '2.000.000', '1.120.430', '56,0'],
        ['Chi trả nợ lãi các khoản do chính quyền địa phương vay', '12.400', '8.150', '65,7'],
        ['Chi bổ sung quỹ dự trữ tài chính', '1.200', '1.200', '100,0'],
        ['Dự phòng ngân sách', '356.000', '', ''],
        ['Chi tạo nguồn cải cách tiền lương', '307.600', '65.450', '21,3'],
      ],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a table with names and units first, a period over two measures, under a wrapped caption', async () => {
    // so-nnptnt-dong-thap (a fifth held-out set): no order column, a unit column; `6 tháng đầu năm
    // 2024` over `Kế hoạch` and `Thực hiện`; the caption's wrapped end right above the header.
    const document = await extract({
      path: 'layout.txt',
      bytes: Buffer.from(
        [
          '(Kèm theo Báo cáo số 412/BC-SNN ngày 20/6/2024 của Sở Nông nghiệp và',
          'Phát triển nông thôn)',
          '                                                6 tháng               Thực hiện',
          '                                               đầu năm                 so với kế',
          'Chỉ tiêu                              ĐVT          2024               hoạch (%)',
          '                                              Kế hoạch    Thực hiện',
          'Diện tích gieo trồng lúa Đông Xuân    ha       183.500     184.126        100,3',
          'Năng suất lúa Đông Xuân               tạ/ha        71,5        72,8       101,8',
          '\f',
        ].join('\n'),
      ),
    });
    expect(document.tables[0]?.columns.map((column) => [column.name, column.period?.kind])).toEqual(
      [
        ['Chỉ tiêu', undefined],
        ['ĐVT', undefined],
        ['6 tháng đầu năm 2024 / Kế hoạch', 'half'],
        ['6 tháng đầu năm 2024 / Thực hiện', 'half'],
        ['Thực hiện so với kế hoạch (%)', undefined],
      ],
    );
    expect(document.stats.coverage).toBe(1);
  });

  it('takes no figure from a lower tier of the header (`9  9  So` / `tháng  tháng  sánh`)', async () => {
    // so-khdt-vinh-phuc: three tiers; the months' numbers stand alone in their cells.
    const rows = await cellsOf([
      '                    Doanh                                                     Doanh',
      '                   nghiệp                                                   giải thể',
      '      Huyện,       thành lập                                                  9 tháng',
      'STT   thành phố        mới                                                      2024',
      '                        Số                           Vốn',
      '                     doanh                       đăng ký',
      '                    nghiệp                     (tỷ đồng)',
      '                         9        9       So    9 tháng    9 tháng      So',
      '                     tháng    tháng     sánh       2023       2024    sánh',
      '                      2023     2024      (%)                           (%)',
      '      Tổng số        1.020    1.086    106,5   9.518,8     9.596,5   100,8      183',
      '1     Thành phố        312      341    109,3    2.846,5    3.102,8   109,0        58',
      '      Vĩnh Yên',
      '2     Thành phố        148      163    110,1    1.210,4    1.386,2   114,5        27',
      '      Phúc Yên',
    ]);
    expect(rows[0]?.map((row) => row[1])).toEqual([
      'Tổng số',
      'Thành phố Vĩnh Yên',
      'Thành phố Phúc Yên',
    ]);
  });

  it('reads a header over two columns from the two tiers of its lines', async () => {
    // `Năm 2023` over `Kế hoạch` and `Thực hiện`; the change's header centred over its figures.
    const columns = await columnsOf([
      '                                                                    Tăng (+),',
      '                                                                      giảm (-)',
      '                          Đơn vị       Năm        Năm                   so với',
      'TT   Nội dung             tính         2022       2023              năm 2022',
      '                                       Thực         Kế       Thực',
      '                                       hiện      hoạch       hiện',
      '1    Tổng số tổ chức      Tổ              52         50        50             -2',
      '     cơ sở đảng           chức',
      '2    Chi bộ trực thuộc    Chi bộ         412        398       401            -11',
      '     đảng ủy cơ sở',
    ]);
    expect(columns).toEqual([...TWO_TIER_COLUMNS, ['Tăng (+), giảm (-) so với năm 2022', 'other']]);
  });

  it("gives a header's word in a gap to the column whose header stands there", async () => {
    // `KH` of `So với KH năm (%)`, one space from `đầu năm` of the column before; `A` heads a group.
    const columns = await columnsOf([
      '                                                 Thực',
      '                                        Kế      hiện 6',
      '                                     hoạch      tháng  So với       So với',
      '                                       năm    đầu năm KH năm      cùng kỳ',
      'STT   Chỉ tiêu            ĐVT         2024       2024     (%)         (%)',
      'A     KINH TẾ',
      '1     Thu ngân sách       Triệu      34.500   18.426,5     53,4     112,3',
      '      trên địa bàn        đồng',
      '2     Chi ngân sách       Triệu      12.860    5.914,7     46,0     104,2',
      '      phường              đồng',
    ]);
    expect(columns).toEqual([
      ['STT', 'order'],
      ['Chỉ tiêu', 'label'],
      ['ĐVT', 'unit'],
      ['Kế hoạch năm 2024', 'plan'],
      ['Thực hiện 6 tháng đầu năm 2024', 'actual'],
      ['So với KH năm (%)', 'share_of_plan'],
      ['So với cùng kỳ (%)', 'yoy'],
    ]);
  });

  it('cuts a notes column no gap parted from the figures before it', async () => {
    // so-cong-thuong-binh-duong: `Ghi chú` one space after `I (%)`, each note one after its figure.
    const document = await extract({
      path: 'layout.txt',
      bytes: Buffer.from(
        layout([
          '                                                      Tăng,',
          '                                                    giảm so',
          '                                  Quý         Quý   với quý',
          'STT   Nhóm hàng                I/2024     II/2024      I (%) Ghi chú',
          '1     Gỗ và sản phẩm gỗ       1.085,4     1.152,6       6,2',
          '2     Hàng dệt, may             612,8       598,3      -2,4',
          '3     Sắt thép các loại         214,7       188,5     -12,2 Giá thép thế',
          '                                                           giới giảm',
        ]),
      ),
    });
    const [table] = document.tables;
    expect(table?.columns.map((column) => [column.name, column.unit])).toEqual([
      ['STT', null],
      ['Nhóm hàng', null],
      ['Quý I/2024', null],
      ['Quý II/2024', null],
      ['Tăng, giảm so với quý I (%)', '%'],
      ['Ghi chú', null],
    ]);
    expect(table?.rows.map((row) => row.cells.slice(4).map((c) => c.raw))).toEqual([
      ['6,2', ''],
      ['-2,4', ''],
      ['-12,2', 'Giá thép thế giới giảm'],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('leaves a range in the last column whole, with no notes column to cut', async () => {
    const document = await extract({
      path: 'layout.txt',
      bytes: Buffer.from(
        layout([
          'STT   Chỉ tiêu               Năm 2023    Năm 2024    Kế hoạch Ghi chú',
          '1     Tăng trưởng GRDP           6,8         7,1    7,0 - 7,5',
          '2     Thu nhập bình quân         62,4        68,0   70 - 72 Ước tính',
        ]),
      ),
    });
    const cells = document.tables[0]?.rows.map((row) => row.cells.at(-1)?.raw) ?? [];
    expect(cells).not.toContain('7,0');
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a line with an empty order column but figures of its own as a row of its own', async () => {
    const tables = await cellsOf([
      '                                                     Giải ngân',
      '                                         Kế hoạch           đến',
      'T                                       năm 2024     30/9/2024     Tỷ lệ',
      'T   Nguồn vốn                            (tỷ đồng)    (tỷ đồng)     (%)',
      '1   Vốn ngân sách tỉnh hỗ trợ có mục       74,310       48,562      65,4',
      '    tiêu',
      '2   Vốn ngân sách huyện                    92,115       54,218      58,9',
      '    a) Nguồn thu tiền sử dụng đất          61,800       33,947      54,9',
      '    b) Nguồn cân đối ngân sách             30,315       20,271      66,9',
      '3   Kè chống sạt lở suối Đắk               28,500       11,000',
      '    Sắk',
      '    a) Giai đoạn 1                         16,000        7,000      73,3',
      '    Cộng                                  130,600       55,200      61,9',
    ]);
    expect(tables).toEqual([
      [
        ['1', 'Vốn ngân sách tỉnh hỗ trợ có mục tiêu', '74,310', '48,562', '65,4'],
        ['2', 'Vốn ngân sách huyện', '92,115', '54,218', '58,9'],
        ['', 'a) Nguồn thu tiền sử dụng đất', '61,800', '33,947', '54,9'],
        ['', 'b) Nguồn cân đối ngân sách', '30,315', '20,271', '66,9'],
        ['3', 'Kè chống sạt lở suối Đắk Sắk', '28,500', '11,000', ''],
        ['', 'a) Giai đoạn 1', '16,000', '7,000', '73,3'],
        ['', 'Cộng', '130,600', '55,200', '61,9'],
      ],
    ]);
  });

  it('ends the header at a first row with figures but no order number', async () => {
    const [table] = await cellsOf([
      '                                              Ước',
      '                                   Thực       thực',
      'S                                  hiện       hiện 9',
      'T                           Đơn vị cùng kỳ    tháng     So sánh   Dự toán',
      'T    Chỉ tiêu               tính   2023       2024      (%)       năm 2024',
      '     Tổng số thu ngân       Tỷ      7.359,0   7.815,3   106,20    11.376,0',
      '     sách nhà nước trên     đồng',
      '     địa bàn',
      'I    Thu nội địa          Tỷ        6.041,2   6.420,8   106,28    9.476,0',
      '                          đồng',
      'II   Thu từ hoạt động     Tỷ        1.317,8   1.394,5   105,82    1.900,0',
      '     xuất nhập khẩu       đồng',
    ]);
    expect(table?.map((row) => row.slice(0, 4))).toEqual([
      ['', 'Tổng số thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', '7.359,0'],
      ['I', 'Thu nội địa', 'Tỷ đồng', '6.041,2'],
      ['II', 'Thu từ hoạt động xuất nhập khẩu', 'Tỷ đồng', '1.317,8'],
    ]);
  });

  it('goes on with the table over a page: the repeated header dropped, the last name finished', async () => {
    const header = (indent: string) => [
      `${indent}                                         Ước`,
      `${indent}                              Thực       thực`,
      `S${indent}                             hiện       hiện 9`,
      `T${indent}                      Đơn vị cùng kỳ    tháng     So sánh   Dự toán`,
      `T${indent}   Chỉ tiêu           tính   2023       2024      (%)       năm 2024`,
    ];
    const [table] = await cellsOf([
      ...header('      '),
      'II         Thu từ hoạt động     Tỷ        1.317,8   1.394,5   105,82    1.900,0',
      '           xuất nhập khẩu       đồng',
      'I          Tổng mức bán lẻ      Tỷ        44.648,   49.318,   110,46    66.000,0',
      'V          hàng hóa và doanh    đồng      4         7',
      '\f                                      Ước',
      '                              Thực      thực',
      'S                             hiện      hiện 9',
      'T                      Đơn vị cùng kỳ   tháng    So sánh   Dự toán',
      'T   Chỉ tiêu           tính   2023      2024     (%)       năm 2024',
      '    thu dịch vụ tiêu',
      '    dùng',
    ]);
    expect(table).toEqual([
      [
        'II',
        'Thu từ hoạt động xuất nhập khẩu',
        'Tỷ đồng',
        '1.317,8',
        '1.394,5',
        '105,82',
        '1.900,0',
      ],
      [
        'IV',
        'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
        'Tỷ đồng',
        '44.648,4',
        '49.318,7',
        '110,46',
        '66.000,0',
      ],
    ]);
  });

  it('reads a group label a narrow name column wrapped under a row as a row of its own', async () => {
    const [table] = await cellsOf([
      'T Chỉ     Đơn vị    Kế hoạch   Thực hiện 6   So với cùng    So với',
      'T tiêu    tính     năm 2024    tháng 2024         kỳ (%)   KH (%)',
      '6 Tổng    Tỷ         3.812,5      1.876,4         109,1      49,2',
      '  chi     đồng',
      '  khám',
      '  ,',
      '  chữa',
      '  bệnh',
      '  BHY',
      '  T',
      '  Bao',
      '  gồm:',
      '  +       Tỷ         2.104,3      1.032,7         111,4      49,1',
      '  Tuyế    đồng',
      '  n',
      '  tỉnh',
      '7 Tỷ lệ   %             94,5         93,7         100,9      99,2',
    ]);
    expect(table?.map((row) => row.slice(0, 4))).toEqual([
      ['6', 'Tổng chi khám, chữa bệnh BHYT', 'Tỷ đồng', '3.812,5'],
      ['', 'Bao gồm:', '', ''],
      ['', '+ Tuyến tỉnh', 'Tỷ đồng', '2.104,3'],
      ['7', 'Tỷ lệ', '%', '94,5'],
    ]);
  });

  it('keeps the columns numbers in the header, and a sub-row under dashes its own row', async () => {
    const [table] = await cellsOf([
      'STT  Tên dự án                      Tổng mức     Kế hoạch     Giải ngân',
      '                                    đầu tư       năm 2024     đến 30/9',
      'A    B                              1            2            3',
      '1    Kè chống sạt lở suối Đắk Sắk   -            -            -',
      '     a) Giai đoạn 1                 16,000       7,000        5,128',
      '2    Trường Trung học cơ sở         12,800       6,200        4,915',
    ]);
    expect(table).toEqual([
      ['1', 'Kè chống sạt lở suối Đắk Sắk', '-', '-', '-'],
      ['', 'a) Giai đoạn 1', '16,000', '7,000', '5,128'],
      ['2', 'Trường Trung học cơ sở', '12,800', '6,200', '4,915'],
    ]);
  });

  it('parts figures one space apart by the columns the other rows show', async () => {
    const [table] = await cellsOf([
      '                                  Thực       Ước',
      'S                         Đơn vị  cùng kỳ    thực hiện So sánh   Kế hoạch',
      'T   Chỉ tiêu              tính    2023       2024      (%)       năm 2024',
      'I   Nông, lâm nghiệp và',
      '    thủy sản',
      '1   Diện tích gieo trồng   Ha      76.278    75.318   98,74     75.000',
      '    lúa vụ mùa',
      '2   Sản lượng lúa vụ       Tấn     541.903 545.126 100,59       1.010.000',
      '    chiêm xuân',
      '3   Tổng đàn lợn thời      Nghìn   728,2     743,5    102,10    760,0',
      '    điểm cuối tháng 9      con',
    ]);
    expect(table?.slice(1)).toEqual([
      ['1', 'Diện tích gieo trồng lúa vụ mùa', 'Ha', '76.278', '75.318', '98,74', '75.000'],
      ['2', 'Sản lượng lúa vụ chiêm xuân', 'Tấn', '541.903', '545.126', '100,59', '1.010.000'],
      [
        '3',
        'Tổng đàn lợn thời điểm cuối tháng 9',
        'Nghìn con',
        '728,2',
        '743,5',
        '102,10',
        '760,0',
      ],
    ]);
  });

  it('keeps a group name over merged cells whole where other rows show columns', async () => {
    const [table] = await cellsOf([
      'S                         Đơn vị  cùng kỳ    thực hiện So sánh   Kế hoạch',
      'T   Chỉ tiêu              tính    2023       2024      (%)       năm 2024',
      'I   Nông, lâm nghiệp và thủy sản của toàn tỉnh',
      '1   Diện tích gieo trồng   Ha      76.278    75.318   98,74     75.000',
      '2   Sản lượng lúa vụ       Tấn     541.903 545.126 100,59       1.010.000',
      '3   Tổng đàn lợn thời      Nghìn   728,2     743,5    102,10    760,0',
      '    điểm cuối tháng 9      con',
    ]);
    expect(table?.map((row) => row.slice(0, 4))).toEqual([
      ['I', 'Nông, lâm nghiệp và thủy sản của toàn tỉnh', '', ''],
      ['1', 'Diện tích gieo trồng', 'Ha', '76.278'],
      ['2', 'Sản lượng lúa vụ', 'Tấn', '541.903'],
      ['3', 'Tổng đàn lợn thời điểm cuối tháng 9', 'Nghìn con', '728,2'],
    ]);
  });

  it('parts a name and its unit one space apart by the columns the other rows show', async () => {
    const [table] = await cellsOf([
      'T                           Đơn vị cùng kỳ    thực hiện So sánh   Dự toán',
      'T    Chỉ tiêu               tính   2023       2024      (%)       năm 2024',
      'I    Thu nội địa          Tỷ        6.041,2   6.420,8   106,28    9.476,0',
      '                          đồng',
      '1    Thu từ doanh nghiệp Tỷ         812,4     873,6     107,53    1.250,0',
      '     nhà nước trung ương đồng',
      '     và địa phương',
      '2    Thu tiền sử dụng đất Tỷ        2.317,5   2.409,1   103,95    3.800,0',
      '                          đồng',
      'II   Thu từ hoạt động     Tỷ        1.317,8   1.394,5   105,82    1.900,0',
      '     xuất nhập khẩu       đồng',
    ]);
    expect(table?.map((row) => row.slice(0, 4))).toEqual([
      ['I', 'Thu nội địa', 'Tỷ đồng', '6.041,2'],
      ['1', 'Thu từ doanh nghiệp nhà nước trung ương và địa phương', 'Tỷ đồng', '812,4'],
      ['2', 'Thu tiền sử dụng đất', 'Tỷ đồng', '2.317,5'],
      ['II', 'Thu từ hoạt động xuất nhập khẩu', 'Tỷ đồng', '1.317,8'],
    ]);
  });

  it('parts a name and its unit at one empty place where the header parts their columns', async () => {
    // As `pdftotext -layout` prints so-vhttdl-ninh-binh's narrow appendix: no row leaves two
    // places empty between the names and the units (`a) Khách quốc Lượt`), the header does.
    const [table] = await cellsOf([
      'S                           hoạch   6 tháng 6 tháng   So',
      'T   Chỉ tiêu        ĐVT     2024    2023    2024      với KH',
      'A   DU LỊCH',
      '1   Tổng lượt     Lượt      8.750   4.126   4.812     55,0',
      '    khách du lịch           .000    .480    .360',
      '    a) Khách quốc Lượt      1.050   398.2   486.9     46,4',
      '    tế                      .000    15      40',
      '    b) Khách nội    Lượt    7.700   3.728   4.325     56,2',
      '    địa                     .000    .265    .420',
      '2   Khách lưu trú   Lượt    2.100   936.4   1.084     51,6',
      '                            .000    20      .615',
    ]);
    expect(table?.map((row) => row.slice(0, 4))).toEqual([
      ['A', 'DU LỊCH', '', ''],
      ['1', 'Tổng lượt khách du lịch', 'Lượt', '8.750.000'],
      ['', 'a) Khách quốc tế', 'Lượt', '1.050.000'],
      ['', 'b) Khách nội địa', 'Lượt', '7.700.000'],
      ['2', 'Khách lưu trú', 'Lượt', '2.100.000'],
    ]);
  });

  it('parts no names that share a first word where a centred header stands after their space', async () => {
    // Only a units' header parts a name from what follows at one empty place.
    const [table] = await cellsOf([
      'TT      Đơn vị          Số hộ       Số hộ nghèo   Tỷ lệ (%)',
      '1    Xã Tân An          2.845       120           4,2',
      '2    Xã Tân Bình        2.390       98            4,1',
      '3    Xã Phú Mỹ          2.698       143           5,3',
      '4    Xã An Hòa          2.900       87            3,0',
    ]);
    expect(table?.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Xã Tân An', '2.845'],
      ['2', 'Xã Tân Bình', '2.390'],
      ['3', 'Xã Phú Mỹ', '2.698'],
      ['4', 'Xã An Hòa', '2.900'],
    ]);
  });

  it('leaves the table as text when no row shows where figures one space apart part', async () => {
    const rows = [
      'TT   Chỉ tiêu                 Đơn vị   Thực hiện 2023  Ước 2024   Kế hoạch',
      '1    Diện tích gieo trồng     Ha       76.278 75.318   98,74      75.000',
      '2    Sản lượng lúa vụ         Tấn      541.903 545.126 100,59     1.010.000',
      '3    Tổng đàn lợn             Con      728,2 743,5     102,10     760,0',
    ];
    expect(await cellsOf(rows)).toEqual([]);
    const document = await extract({ path: 'layout.txt', bytes: Buffer.from(layout(rows)) });
    // No figure lost: the rows stay text.
    expect(document.stats.coverage).toBe(1);
  });

  it('joins what the wrap cut: a negative, a decimal, a roman order number', async () => {
    const [table] = await cellsOf([
      'TT   Chỉ tiêu                        Đơn vị   Năm học   Năm học   Tăng,',
      '                                     tính     2022      2023      giảm',
      'I    Số trẻ em, học sinh             Người    279.289   282.415   3.126',
      '     - Mầm non                       Người    71.406    69.873    -',
      '                                                                  1.533',
      'II   Tổng chi ngân sách              Tỷ       10.486,   11.263,   107,42',
      'I    địa phương                      đồng     3         9',
      'I    Tổng mức bán lẻ                 Tỷ       44.648,   49.318,   110,46',
      'V    hàng hóa và doanh thu           đồng     4         7',
    ]);
    expect(table).toEqual([
      ['I', 'Số trẻ em, học sinh', 'Người', '279.289', '282.415', '3.126'],
      ['', '- Mầm non', 'Người', '71.406', '69.873', '-1.533'],
      ['III', 'Tổng chi ngân sách địa phương', 'Tỷ đồng', '10.486,3', '11.263,9', '107,42'],
      ['IV', 'Tổng mức bán lẻ hàng hóa và doanh thu', 'Tỷ đồng', '44.648,4', '49.318,7', '110,46'],
    ]);
  });

  it('reads each figure under its column where one row crosses the gap from its unit with one space', async () => {
    // ban-dan-toc-soc-trang (a seventh held-out set): `Người 412` runs over the gap, and with a
    // note that row counts as many cells as the rows without one; the rows with a note show it.
    const [table] = await cellsOf([
      '                                Đơn                     Tăng,',
      '                                vị      Năm     Năm     giảm',
      'TT    Nội dung                  tính    2022    2023    (-)      Ghi chú',
      '1     Hộ được hỗ trợ đất ở      Hộ      1.136   1.420   284      Theo Đề án',
      '                                                                 số 05',
      '      + Hỗ trợ đất sản xuất     Hộ      412     538     126',
      '2     Người có uy tín được      Người 412       405     (7)      Theo Quyết',
      '      công nhận                                                  định số 12',
      '3     Học sinh được hỗ trợ      Học     9.874   10.215  341',
      '      chi phí học tập           sinh',
      '4     Đoàn kiểm tra, giám sát   Đoàn    18      21      3        Liên ngành',
      '5     Tỷ lệ hộ nghèo            %       7,82    5,94    (1,88)',
    ]);
    expect(table).toEqual([
      ['1', 'Hộ được hỗ trợ đất ở', 'Hộ', '1.136', '1.420', '284', 'Theo Đề án số 05'],
      ['', '+ Hỗ trợ đất sản xuất', 'Hộ', '412', '538', '126', ''],
      [
        '2',
        'Người có uy tín được công nhận',
        'Người',
        '412',
        '405',
        '(7)',
        'Theo Quyết định số 12',
      ],
      ['3', 'Học sinh được hỗ trợ chi phí học tập', 'Học sinh', '9.874', '10.215', '341', ''],
      ['4', 'Đoàn kiểm tra, giám sát', 'Đoàn', '18', '21', '3', 'Liên ngành'],
      ['5', 'Tỷ lệ hộ nghèo', '%', '7,82', '5,94', '(1,88)', ''],
    ]);
  });

  it('joins a figure the column wrapped inside its thousands group or in its brackets', async () => {
    // `286.4` / `50` is 286.450, `(17.21` / `8)` is (17.218): no whole figure is written so.
    const [table] = await cellsOf([
      '                                Đơn                     Tăng,',
      '                                vị      Năm     Năm     giảm',
      'TT    Nội dung                  tính    2022    2023    (-)      Ghi chú',
      '1     Vốn giải ngân             Triệu   286.4   312.1   25.74    Đến ngày',
      '                                đồng    50      96      6        30/11/2023',
      '2     Tỷ lệ giải ngân           %       70,3    79,0    8,7',
      '3     Thẻ bảo hiểm y tế cấp     Thẻ     215.6   198.4   (17.21   Giảm do hộ',
      '      cho người dân tộc                 30      12      8)       thoát nghèo',
      '4     Đoàn kiểm tra, giám sát   Đoàn    18      21      3',
    ]);
    expect(table).toEqual([
      ['1', 'Vốn giải ngân', 'Triệu đồng', '286.450', '312.196', '25.746', 'Đến ngày 30/11/2023'],
      ['2', 'Tỷ lệ giải ngân', '%', '70,3', '79,0', '8,7', ''],
      [
        '3',
        'Thẻ bảo hiểm y tế cấp cho người dân tộc',
        'Thẻ',
        '215.630',
        '198.412',
        '(17.218)',
        'Giảm do hộ thoát nghèo',
      ],
      ['4', 'Đoàn kiểm tra, giám sát', 'Đoàn', '18', '21', '3', ''],
    ]);
  });

  it('joins a figure the wrap cut as one (`286.4` / `50`, `(17.21` / `8)`), and nothing else', () => {
    const cases: [string, string, string][] = [
      ['286.4', '50', ''],
      ['10.486,', '3', ''],
      ['10.0', '00', ''],
      ['-', '1.533', ''],
      ['(17.21', '8)', ''],
      ['(', '6)', ''],
      // A sign after a year is a span's dash (`Năm học 2022 -` / `2023`); a whole figure, a cell's.
      ['2022 -', '2023', ' '],
      // A decimal's digits on the next line of its figure's cell go on it; in a name, not.
      ['312,8', '4', ''],
      ['Tỷ lệ 70,3', '5 xã', ' '],
      ['286.450', '12', ' '],
    ];
    for (const [before, after, glue] of cases)
      expect([before, after, joint(before, after)]).toEqual([before, after, glue]);
  });
});

describe('no note from a number', () => {
  const read = (text: string) => extract({ path: 'notes.txt', bytes: Buffer.from(text) });

  it('never cites a note with the digits after a decimal comma or a numbering dot', async () => {
    const document = await read(
      [
        '1. Tăng trưởng toàn ngành',
        '1.1. Trồng trọt: tổng đàn lợn ước đạt 26,3 triệu con, giá trị ước 28.765,4 tỷ đồng,',
        'tăng 3,2% so với cùng kỳ; kim ngạch xuất khẩu nông sản trên 1 tỷ USD1.',
        '1.2. Chăn nuôi ổn định, không để xảy ra dịch bệnh lớn trên đàn gia súc2.',
        '1 Theo số liệu của Tổng cục Thống kê.',
        '2 Trừ dịch tả lợn châu Phi ở một số địa phương.',
        '\f',
      ].join('\n'),
    );
    expect(document.footnotes.map((f) => f.number)).toEqual([1, 2]);
    const text = [...eachBlock(document.blocks, document.sections)].map((b) => b.text).join('\n');
    expect(text).toContain('26,3 triệu con');
    expect(text).toContain('28.765,4 tỷ đồng');
    // `USD1.`: a currency's code is a word of the sentence, and the note is cited after it.
    expect(text).toContain('trên 1 tỷ USD.');
    // The numbering keeps its dots: no `1..` left where a note was taken out.
    expect(text).not.toMatch(/\d\.\./);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('a head OCR read across its two columns', () => {
  it('reads issuer, number, place and date from lines that ran the columns together', async () => {
    const text = [
      'ĐẢNG BỘ HUYỆN YÊN MÔ ĐẢNG CỘNG SẢN VIỆT NAM',
      '',
      'ĐẢNG ỦY XÃ YÊN THẮNG Yên Thắng, ngày 18 tháng 12 năm',
      '',
      'Số 36-BC/ĐU 2023',
      '',
      'BÁO CÁO',
      'tổng kết công tác xây dựng Đảng năm 2023, phương hướng, nhiệm',
      'vụ năm 2024',
      '',
      'I. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ NĂM 2023',
      '',
      'Đảng ủy đã tổ chức quán triệt, triển khai kịp thời các chỉ thị, nghị quyết của',
      'Trung ương, của Tỉnh ủy và Huyện ủy đến 100% chi bộ trong toàn Đảng bộ xã.',
      '',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'scan.txt', bytes: Buffer.from(text) });
    expect(document.metadata).toMatchObject({
      issuer: 'ĐẢNG BỘ HUYỆN YÊN MÔ ĐẢNG ỦY XÃ YÊN THẮNG',
      documentNumber: '36-BC/ĐU',
      place: 'Yên Thắng',
      issuedOn: '2023-12-18',
    });
    expect(document.sections.map((section) => section.label)).toEqual(['I']);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a place the wrap began on the motto line, and a date whose năm OCR misread', async () => {
    // bo-nong-nghiep (pdftotext and OCR alike), cuc-thong-ke-thai-binh (`nắm`).
    const text = [
      'BỘ NÔNG NGHIỆP CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
      '',
      'VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM',
      '',
      'Số: 6789/BC-BNN-KH Độc lập - Tự do - Hạnh phúc Hà',
      'Nội, ngày 30 tháng 9 nắm 2024',
      '',
      'BÁO CÁO',
      'Tình hình thực hiện kế hoạch 9 tháng năm 2024',
      '',
      'I. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2024',
      '',
      'Giá trị gia tăng toàn ngành 9 tháng ước tăng 3,20% so với cùng kỳ năm',
      '2023; giá trị sản xuất toàn ngành tăng 3,35%.',
      '',
      '\f',
    ].join('\n');
    const document = await extract({ path: 'scan.txt', bytes: Buffer.from(text) });
    expect(document.metadata).toMatchObject({
      issuer: 'BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      documentNumber: '6789/BC-BNN-KH',
      place: 'Hà Nội',
      issuedOn: '2024-09-30',
    });
    expect(document.stats.coverage).toBe(1);
  });
});

describe('footnotes in OCR text', () => {
  // Tesseract's page: paragraphs apart by blank lines, raised note numbers misread as marks.
  const page = (lines: string[]) => `${lines.join('\n')}\n\f`;
  const read = (text: string) => extract({ path: 'scan.txt', bytes: Buffer.from(text) });
  const body = [
    'Ban Thường vụ đã lãnh đạo triển khai thực hiện các nghị quyết của Tỉnh ủy! đến',
    'cán bộ, đảng viên bằng nhiều hình thức phù hợp, đạt tỷ lệ 96,5%.',
    '',
    'Công tác tuyên truyền được đẩy mạnh theo khẩu hiệu “Dân vận khéo”. Tổ chức',
    'điều tra dư luận xã hội về các vấn đề được quan tâm?. Kết nạp 54 đảng viên',
    'mới, đạt 60% kế hoạch năm°.',
    '',
  ];

  it('reads notes whose numbers OCR misread as marks, and their references', async () => {
    const document = await read(
      page([
        ...body,
        '! Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư về công tác học tập,',
        'quán triệt nghị quyết.',
        '',
        '2 Điều tra dư luận về chính sách bảo hiểm xã hội và giá điện.',
        '',
        '# Trong đó 41 đồng chí là đoàn viên thanh niên.',
      ]),
    );
    expect(document.source.dialect?.evidence[0]).toBe('ocr text');
    expect(document.footnotes.map((f) => [f.number, f.text, f.citedBy.length])).toEqual([
      [
        1,
        'Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư về công tác học tập, quán triệt nghị quyết.',
        1,
      ],
      [2, 'Điều tra dư luận về chính sách bảo hiểm xã hội và giá điện.', 1],
      [3, 'Trong đó 41 đồng chí là đoàn viên thanh niên.', 1],
    ]);
    const text = document.blocks.map((block) => block.text).join('\n');
    // The quote closes what it opened: it stays, and the marks that were notes are gone.
    expect(text).toContain('“Dân vận khéo”.');
    expect(text).toContain('của Tỉnh ủy đến');
    expect(text).toContain('kế hoạch năm.');
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a first note whose number OCR lost when its reference is found', async () => {
    const document = await read(
      page([
        'Thực hiện Nghị quyết số 01/NQ-CP của Chính phủ về dự toán ngân sách năm 20241,',
        'Ủy ban nhân dân tỉnh báo cáo tình hình kinh tế - xã hội quý I như sau: cơ cấu',
        'kinh tế chuyển dịch đúng hướng”. Sản xuất nông nghiệp ổn định; không để xảy ra',
        'cháy rừng trong mùa khô hanh". Giá trị sản xuất công nghiệp tăng 10,4%, đạt kế',
        '',
        'Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về những nhiệm vụ, giải',
        'pháp chủ yếu năm 2024.',
        '',
        '? Tỷ trọng khu vực dịch vụ chiếm 38,6%.',
        '',
        '3 Thành lập 1.120 tổ đội quản lý bảo vệ rừng ở thôn, bản.',
      ]),
    );
    expect(
      document.footnotes.map((f) => [f.number, f.text.slice(0, 30), f.citedBy.length]),
    ).toEqual([
      [1, 'Nghị quyết số 01/NQ-CP ngày 05', 1],
      [2, 'Tỷ trọng khu vực dịch vụ chiếm', 1],
      [3, 'Thành lập 1.120 tổ đội quản lý', 1],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('keeps the block above the notes as text when no reference proves it the lost note', async () => {
    const document = await read(
      page([
        'Ủy ban nhân dân tỉnh báo cáo tình hình kinh tế - xã hội quý I như sau: cơ cấu',
        'kinh tế chuyển dịch đúng hướng. Sản xuất nông nghiệp ổn định; không để xảy ra',
        'cháy rừng trong mùa khô hanh". Giá trị sản xuất công nghiệp tăng 10,4%.',
        '',
        'Tổng vốn đầu tư toàn xã hội ước đạt 2.150 tỷ đồng, tăng 8,2% so với cùng kỳ.',
        '',
        '3 Thành lập 1.120 tổ đội quản lý bảo vệ rừng ở thôn, bản.',
      ]),
    );
    expect(document.footnotes).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });

  it('numbers the notes in sequence when OCR misread one digit or put a mark after one', async () => {
    const numbered = await read(
      page([
        ...body,
        '1 Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư.',
        '',
        '2? Trong đó 41 đồng chí là đoàn viên thanh niên.',
        '',
        '2 Số liệu tổng hợp của 26 xã, thị trấn đến ngày 20/9/2024.',
      ]),
    );
    expect(
      numbered.footnotes.map((f) => [f.number, f.text.slice(0, 20), f.citedBy.length]),
    ).toEqual([
      [1, 'Chỉ thị số 23-CT/TW ', 1],
      [2, 'Trong đó 41 đồng chí', 1],
      [3, 'Số liệu tổng hợp của', 1],
    ]);
    expect(numbered.stats.coverage).toBe(1);
  });

  it('reads no note from marks alone under a block that may be a note OCR did not read', async () => {
    // ubnd-phuong-dinh-cong: note 4's number read as `+`, note 5's as `°`, and the only mark on
    // the page is note 6's (`thấpô°.`, its note on the next page): no digit says which is which,
    // so the notes stay text and no mark cites one, here or on the next page.
    const first = page([
      'Giải quyết việc làm cho 412 lượt người; toàn phường còn 03 hộ nghèo, 11 hộ',
      'cận nghèo.',
      '',
      '- Thu ngân sách từ khu vực ngoài quốc doanh còn phụ thuộc vào một số doanh',
      'nghiệp lớn, tỷ lệ hộ nộp thuế khoán qua hình thức điện tử còn thấpô°.',
      '',
      '+ Theo Quyết định số 1024/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân quận.',
      '',
      '° Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ.',
    ]);
    const second = page([
      'Phương hướng 6 tháng cuối năm được triển khai đồng bộ.',
      '',
      'Đến ngày 31/5/2024, toàn phường có 1.284 hộ kinh doanh nộp thuế khoán.',
    ]);
    const document = await read(first + second);
    expect(document.footnotes).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });

  it("takes a unit's power for no reference (`m3`, `km2`)", async () => {
    // so-cong-thuong-binh-duong: a table row's unit `m3` above the page's note 3.
    const document = await read(
      page([
        'Sở đã triển khai kế hoạch của tỉnh1. Kim ngạch đạt 6.133,9 triệu USD2;',
        'gỗ và sản phẩm từ gỗ đạt 312,4 nghìn m3 xuất khẩu, giảm 4,4% so với cùng',
        'kỳ; diện tích 2,5 km2 đất được giao.',
        '',
        '1 Kế hoạch số 08/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh.',
        '2 Số liệu của Cục Thống kê tỉnh.',
        '3 Theo Kế hoạch số 5890/KH-UBND ngày 06/12/2023 của Ủy ban nhân dân tỉnh.',
      ]),
    );
    expect(
      document.footnotes.map((footnote) => [footnote.number, footnote.citedBy.length]),
    ).toEqual([
      [1, 1],
      [2, 1],
      [3, 0],
    ]);
    expect(document.stats.coverage).toBe(1);
  });

  it('reads the notes below a table row OCR wrote with a mark, and a mark glued to a year', async () => {
    // ubnd-huyen-dak-mil: `2_` is a table's row, above the notes `!` and `?`; note 1 is cited
    // after a year (`năm 2024'`), note 2 after a word (`đồng”.`).
    const document = await read(
      page([
        "Căn cứ Nghị quyết số 28/NQ-HĐND của Hội đồng nhân dân huyện về kế hoạch năm 2024' và",
        'Quyết định số 3318/QĐ-UBND ngày 22/12/2023 của Ủy ban nhân dân huyện.',
        '',
        'Ngoài ra, vốn kéo dài từ năm 2023 sang năm 2024 là 12,684 tỷ đồng”.',
        '',
        '1 Vốn ngân sách tỉnh hỗ trợ có mục tiêu 74,310 48,562 65,4',
        '',
        '2_ Vốn ngân sách huyện 92,115 54,218 58,9',
        'a) Nguồn thu tiền sử dụng đất 61,800 33,947 54,9',
        '',
        '! Nghị quyết số 28/NQ-HĐND ngày 19/12/2023 của Hội đồng nhân dân huyện.',
        '',
        '? Vốn kéo dài theo Quyết định số 1015/QĐ-UBND ngày 18/4/2024.',
      ]),
    );
    expect(document.footnotes.map((f) => [f.number, f.text.slice(0, 20), f.citedBy])).toEqual([
      [1, 'Nghị quyết số 28/NQ-', [expect.stringMatching(/:b1$/)]],
      [2, 'Vốn kéo dài theo Quy', [expect.stringMatching(/:b2$/)]],
    ]);
    const text = document.blocks.map((block) => block.text).join('\n');
    expect(text).toContain('kế hoạch năm 2024 và');
    expect(text).toContain('2_ Vốn ngân sách huyện 92,115');
    expect(document.stats.coverage).toBe(1);
  });

  it('reads no note from a table row that goes on from the row above it', async () => {
    // so-gddt-ha-tinh: the appendix's row 4 at a page's foot, the note 4 still awaited.
    const document = await read(
      page([
        ...body,
        '! Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư.',
        '',
        '2 Điều tra dư luận về chính sách bảo hiểm xã hội và giá điện.',
        '',
        '# Trong đó 41 đồng chí là đoàn viên thanh niên.',
      ]) +
        page([
          'Toàn tỉnh vẫn thiếu 1.146 giáo viên so với định mức°.',
          '',
          '- Tiểu học Người 104.512 106.208 1.696',
          '- Trung học phổ thông Người 30.541 32.232 1.691',
          '4 Số cán bộ quản lý, giáo viên, Người 19.487 19.615 128',
          'nhân viên',
        ]),
    );
    expect(document.footnotes.map((f) => f.number)).toEqual([1, 2, 3]);
    expect(document.stats.coverage).toBe(1);
  });

  it('cites no note by a mark when a reference of the zone was lost', async () => {
    // dang-uy-yen-thang, bo-nong-nghiep: note 3's reference lost, so that `tấn!` would have cited
    // note 3 in place of 4. The notes are read; which note each mark stands for is not said.
    const document = await read(
      page([
        'Đảng bộ hiện có 21 chi bộ trực thuộc với 612 đảng viên, tỷ lệ 32,1%.',
        '',
        'Năng suất lúa bình quân cả năm đạt 64,8 tạ/ha, sản lượng lương thực đạt',
        '7.125,6 tấn!. Tỷ lệ hộ nghèo giảm còn 1,86%.',
        '',
        'Hoàn thành các tiêu chí xã nông thôn mới kiểu mẫu°?.',
        '',
        '1 Tỷ lệ cán bộ trẻ dưới 40 tuổi trong quy hoạch đạt 39,3%.',
        '',
        '* Vụ Đông Xuân năng suất đạt 67,2 tạ/ha.',
        '',
        '3 Theo Quyết định số 1345/QĐ-UBND ngày 12/9/2022 của Ủy ban nhân dân tỉnh.',
      ]),
    );
    expect(document.footnotes.map((f) => [f.number, f.citedBy.length])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    expect(document.diagnostics.map((d) => d.ruleId)).toContain('ocr-reference-lost');
    expect(document.stats.coverage).toBe(1);
    // With every reference read (`°?` is one), each mark cites its note.
    const all = await read(
      page([
        'Đảng bộ hiện có 21 chi bộ trực thuộc với 612 đảng viên!.',
        '',
        'Năng suất lúa bình quân cả năm đạt 64,8 tạ/ha, sản lượng lương thực đạt',
        '7.125,6 tấn!. Tỷ lệ hộ nghèo giảm còn 1,86%.',
        '',
        'Hoàn thành các tiêu chí xã nông thôn mới kiểu mẫu°?.',
        '',
        '1 Tỷ lệ cán bộ trẻ dưới 40 tuổi trong quy hoạch đạt 39,3%.',
        '',
        '* Vụ Đông Xuân năng suất đạt 67,2 tạ/ha.',
        '',
        '3 Theo Quyết định số 1345/QĐ-UBND ngày 12/9/2022 của Ủy ban nhân dân tỉnh.',
      ]),
    );
    expect(all.footnotes.map((f) => [f.number, f.citedBy.length])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect(all.blocks.map((block) => block.text).join(' ')).toContain('kiểu mẫu.');
  });

  it('reads a note OCR marked `+` only beside notes whose digits it read', async () => {
    // so-gddt-ha-tinh: notes 4, 5, 6 read `+`, `5`, `8`, under the foot's first line.
    const notes = [
      '+ Trong đó mầm non thiếu 612 giáo viên, tiểu học thiếu 371 giáo viên.',
      '',
      '5 Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX.',
      '',
      '8 Năm học 2022 - 2023 Hà Tĩnh có 71 giải, xếp thứ 4 toàn quốc.',
    ];
    const firstPage = page([
      ...body,
      '! Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư.',
      '',
      '2 Điều tra dư luận về chính sách bảo hiểm xã hội và giá điện.',
      '',
      '# Trong đó 41 đồng chí là đoàn viên thanh niên.',
    ]);
    const secondBody = [
      'Tỷ lệ trường đạt chuẩn quốc gia đạt 88,6%, vượt chỉ tiêu Nghị quyết đề ra°.',
      '',
      'Nơi nhận: GIÁM ĐỐC',
      '',
    ];
    const document = await read(firstPage + page([...secondBody, ...notes]));
    expect(document.footnotes.map((f) => [f.number, f.text.slice(0, 12)])).toEqual([
      [1, 'Chỉ thị số 2'],
      [2, 'Điều tra dư '],
      [3, 'Trong đó 41 '],
      [4, 'Trong đó mầm'],
      [5, 'Nghị quyết Đ'],
      [6, 'Năm học 2022'],
    ]);
    expect(document.stats.coverage).toBe(1);
    // Bullets `+` with no note's digits beside them are a list, whatever marks the page holds.
    const bullets = await read(
      firstPage +
        page([
          ...secondBody,
          '+ Trong đó mầm non thiếu 612 giáo viên, tiểu học thiếu 371 giáo viên.',
          '',
          '+ Năm học 2022 - 2023 Hà Tĩnh có 71 giải, xếp thứ 4 toàn quốc.',
        ]),
    );
    expect(bullets.footnotes.map((f) => f.number)).toEqual([1, 2, 3]);
    expect(bullets.stats.coverage).toBe(1);
  });

  it('reads a letter no Vietnamese word has, glued to a word, as a mark', async () => {
    // bo-nong-nghiep: `bất hợp phápŠ.` cites note 8.
    const document = await read(
      page([
        'Ban Thường vụ đã lãnh đạo triển khai thực hiện các nghị quyết của Tỉnh ủy! đến',
        'các chi bộ; hoàn thành các khuyến nghị về chống khai thác hải sản bất hợp phápŠ.',
        '',
        '! Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư.',
        '',
        '2 Chỉ thị số 32/CT-TTg ngày 10/12/2023 của Thủ tướng Chính phủ.',
      ]),
    );
    expect(document.footnotes.map((f) => [f.number, f.citedBy.length])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(document.blocks.map((block) => block.text).join(' ')).toContain('bất hợp pháp.');
  });

  it('keeps a mark at the foot of a page as text when no reference proves it a note', async () => {
    const document = await read(
      page([
        'Công tác tuyên truyền được đẩy mạnh theo khẩu hiệu “Dân vận khéo”. Tổ chức',
        'điều tra dư luận xã hội về các vấn đề được nhân dân quan tâm.',
        '',
        'Kết nạp 54 đảng viên mới, đạt 60% kế hoạch năm; trao Huy hiệu Đảng đúng hạn.',
        '',
        '* Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra.',
        '',
      ]),
    );
    expect(document.footnotes).toEqual([]);
    expect(document.blocks.map((block) => block.text).join(' ')).toContain('Các chỉ tiêu chủ yếu');
    expect(document.stats.coverage).toBe(1);
  });
});

describe('the foot in OCR text', () => {
  it('reads the signature and recipients past specks and misread fixed forms', async () => {
    // ubnd-huyen-dak-mil: the two columns run together, a speck before `TỊCH`, `(b/C)`, `VI`.
    const lines = [
      'Trên đây là báo cáo tình hình thực hiện kế hoạch đầu tư công quý III và 9',
      'tháng năm 2024 của Ủy ban nhân dân huyện Đắk Mil./.',
      '',
      'Nơi nhận: TM. ỦY BAN NHÂN DÂN',
      '- Sở Kế hoạch và Đầu tư tỉnh (b/c); KT. CHỦ ,TỊCH',
      '- Sở Tài chính tỉnh (b/C); PHÓ CHỦ TỊCH',
      '',
      '- CT, các PCT UBND huyện;',
      '- Lưu: VI, TCKH. Lê Văn Thành',
    ];
    const document = await extract({
      path: 'scan.txt',
      bytes: Buffer.from(`${lines.join('\n')}\n\f`),
    });
    expect(document.metadata.signer).toEqual({
      name: 'Lê Văn Thành',
      role: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
    });
    expect(document.metadata.recipients).toEqual([
      'Sở Kế hoạch và Đầu tư tỉnh (b/c)',
      'Sở Tài chính tỉnh (b/c)',
      'CT, các PCT UBND huyện',
      'Lưu: VT, TCKH',
    ]);
    expect(document.stats.coverage).toBe(1);
  });
});

describe('section numbers in OCR text', () => {
  const page = (lines: string[]) => `${lines.join('\n')}\n\f`;
  const read = (lines: string[]) =>
    extract({ path: 'scan.txt', bytes: Buffer.from(page(lines) + page(['Trang cuối.'])) });
  const paragraph = [
    'Tổng sản phẩm trên địa bàn tỉnh ước tăng 6,8% so với cùng kỳ năm trước, cao hơn',
    'mức tăng của cùng kỳ các năm gần đây; khu vực dịch vụ tăng 7,2%.',
    '',
  ];
  const labels = (sections: readonly Section[]) => sections.map((section) => section.label);

  it('puts right the roman numbers OCR misread, from their sequence', async () => {
    // cuc-thong-ke-thai-binh (`H.`, `HI.`), bo-nong-nghiep (`HII.`), huyen-uy-cam-lo (`II.` twice).
    const document = await read([
      'I. TĂNG TRƯỞNG KINH TẾ',
      ...paragraph,
      'H. SẢN XUẤT NÔNG, LÂM NGHIỆP VÀ THỦY SẢN',
      ...paragraph,
      'HI. SẢN XUẤT CÔNG NGHIỆP',
      ...paragraph,
      'IV. THƯƠNG MẠI, DỊCH VỤ VÀ GIÁ CẢ',
      ...paragraph,
      'IV. THU, CHI NGÂN SÁCH',
      ...paragraph,
      'VH. MỘT SỐ VẤN ĐỀ XÃ HỘI',
      ...paragraph,
    ]);
    expect(labels(document.sections)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(document.sections[2]?.title).toBe('SẢN XUẤT CÔNG NGHIỆP');
    const warned = document.diagnostics.filter((d) => d.ruleId === 'ocr-section-number');
    expect(warned.map((d) => d.line)).toEqual([5, 9, 17, 21]);
    expect(document.stats.coverage).toBe(1);
  });

  it('takes an arabic heading in capitals for no misread roman (`1.` under `I.`)', async () => {
    const document = await read([
      'I. TĂNG TRƯỞNG KINH TẾ',
      ...paragraph,
      '1. CÔNG NGHIỆP',
      ...paragraph,
      'II. THƯƠNG MẠI, DỊCH VỤ',
      ...paragraph,
    ]);
    expect(labels(document.sections)).toEqual(['I', 'II']);
    expect(document.diagnostics.map((d) => d.ruleId)).not.toContain('ocr-section-number');
  });

  it('leaves a number that is no misreading, and a letter after its ladder', async () => {
    const document = await read([
      'I. TĂNG TRƯỞNG KINH TẾ',
      ...paragraph,
      'G. CÔNG NGHIỆP',
      ...paragraph,
      'H. XÂY DỰNG',
      ...paragraph,
      'IV. THƯƠNG MẠI',
      ...paragraph,
      'PHẦN II',
      ...paragraph,
      'I. NHIỆM VỤ',
      ...paragraph,
      'HA. GIẢI PHÁP',
      ...paragraph,
      'II. Kiến nghị với các bộ, ngành',
      ...paragraph,
    ]);
    expect(labels(document.sections)).toEqual(['I', 'IV', 'I', 'II']);
    expect(labels(document.sections[0]?.children ?? [])).toEqual(['G', 'H']);
    expect(document.sections[2]?.children[0]?.title).toBe('HA. GIẢI PHÁP');
    expect(document.diagnostics.map((d) => d.ruleId)).not.toContain('ocr-section-number');
    expect(document.stats.coverage).toBe(1);
  });
});

describe('telling plain text from markdown', () => {
  it('takes a closing quote before a full stop for no OCR mark', () => {
    const text = [
      'Ủy ban nhân dân phường tổ chức phát động phong trào thi đua với chủ đề',
      'năm nay là "Dân vận khéo". Các tổ dân phố đã triển khai thực hiện nghiêm túc',
      'các nội dung của kế hoạch và báo cáo kết quả về Ủy ban nhân dân phường.',
      '\f',
      'Trang sau tiếp tục với các nội dung của báo cáo, được trình bày theo thứ tự',
      'các lĩnh vực công tác trong kỳ báo cáo của phường.',
    ].join('\n');
    // Told by its lines, whatever kind: never by the quote taken for a misread mark.
    expect(plainLayout(text)?.evidence.join(' ')).not.toMatch(/misread/u);
  });

  it('reads no markdown fixture, converter output or corpus file as plain text', () => {
    const files = [
      ...readdirSync(fixtures)
        .filter((name) => existsSync(new URL(`${name}/input.md`, fixtures)))
        .map((name) => `tests/fixtures/${name}/input.md`),
      ...readdirSync('tests/converters', { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .flatMap((converter) =>
          readdirSync(`tests/converters/${converter}`).map(
            (name) => `tests/converters/${converter}/${name}`,
          ),
        ),
      ...readdirSync('corpus').map((name) => `corpus/${name}`),
      ...Object.values(REPORTS),
    ];
    for (const file of files) {
      expect([file, plainLayout(readFileSync(file, 'utf8'))]).toEqual([file, undefined]);
    }
  });
});

describe('plain text at scale', () => {
  it('reads a page of 10 000 aligned lines and a line of spaces, losing nothing', async () => {
    const aligned = Array.from({ length: 10_000 }, (_, i) => `${i % 30} a   b   c`).join('\n');
    const text = `Số: ${' '.repeat(100_000)}x\n${aligned}\fTrang 2 kết thúc.\n`;
    const document = await extract({ path: 'scale.txt', bytes: Buffer.from(text) });
    expect(document.stats.coverage).toBe(1);
  });
});
