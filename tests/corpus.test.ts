/** Every real report in corpus/ extracts to a valid Document with nothing lost. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { eachBlock } from '../src/structure/walk.js';

const reports = readdirSync('corpus')
  .filter((name) => /\.(md|markdown|txt)$/.test(name) && !/^readme\./i.test(name))
  .sort();

describe.each(reports)('corpus/%s', (name) => {
  const path = `corpus/${name}`;
  const bytes = readFileSync(path);

  it('extracts with no text lost and no error', async () => {
    const document = await extract({ path, bytes });
    expect(document.stats.coverage).toBe(1);
    expect(document.diagnostics.filter((d) => d.ruleId === 'text-lost')).toEqual([]);
    expect(document.stats.blocks).toBeGreaterThan(0);
    expect(document.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives the same document on every run', async () => {
    const first = await extract({ path, bytes });
    expect(await extract({ path, bytes })).toEqual(first);
  });

  it('gives the same docId and blocks when saved with a BOM, CRLF and decomposed letters', async () => {
    const original = await extract({ path, bytes });
    const text = bytes.toString('utf8').normalize('NFD').replaceAll('\n', '\r\n');
    const resaved = await extract({
      path,
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    });
    expect(resaved.docId).toBe(original.docId);
    expect(resaved.blocks).toEqual(original.blocks);
    expect(resaved.source.normalizations).toEqual(['strip-bom', 'crlf-to-lf', 'nfc']);
  });

  it('gives the same blocks from UTF-16', async () => {
    const original = await extract({ path, bytes });
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(bytes.toString('utf8'), 'utf16le'),
    ]);
    const decoded = await extract({ path, bytes: utf16 });
    expect(decoded.source.encoding).toBe('utf-16le');
    expect(decoded.blocks).toEqual(original.blocks);
  });
});

describe('the seed report', () => {
  const path = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
  const extractSeed = () => extract({ path, bytes: readFileSync(path) });

  it('has 27 footnotes numbered 1–27, each cited exactly once', async () => {
    const { footnotes, diagnostics } = await extractSeed();
    expect(footnotes.map((footnote) => footnote.number)).toEqual(
      Array.from({ length: 27 }, (_, i) => i + 1),
    );
    for (const footnote of footnotes) expect(footnote.citedBy).toHaveLength(1);
    expect(diagnostics.filter((d) => d.ruleId.startsWith('footnote-'))).toEqual([]);
  });

  it('makes the footnotes that run over a page (2, 14, 19) whole', async () => {
    const { footnotes } = await extractSeed();
    const text = (number: number) => footnotes.find((f) => f.number === number)?.text ?? '';
    expect(text(2)).toContain('thực hiện Chỉ thị số 18-CT/TW, ngày 26/10/2022 của Ban Bí thư');
    expect(text(2)).toMatch(/đến cơ sở$/);
    expect(text(14)).toContain(
      'giao Ban Nội chính hướng dẫn nguyên đơn thực hiện quyền khiếu nại 32 đơn thư',
    );
    expect(text(19)).toContain(
      'Đăng cai tổ chức các giải toàn quốc 2023 tại Hải Phòng: Giải Vô địch',
    );
    expect(footnotes.find((f) => f.number === 14)?.sources).toEqual([
      { startLine: 59, endLine: 59 },
      { startLine: 71, endLine: 71 },
    ]);
  });

  it('makes every paragraph cut by a page break whole', async () => {
    const { blocks, sections } = await extractSeed();
    const texts = [...eachBlock(blocks, sections)].map((block) => block.text);
    for (const joined of [
      'bằng các giải pháp cụ thể để phát triển kinh tế - xã hội',
      'thực hiện thắng lợi chủ đề hành động năm 2023',
      'kết nạp được 54/350 đảng viên mới',
      'năm 2023. Tình hình kinh tế - xã hội thành phố quý I',
      'Tập trung chỉ đạo thực hiện sơ kết giữa nhiệm kỳ kết quả thực hiện Nghị quyết Đại hội',
    ]) {
      expect(texts.filter((text) => text.includes(joined))).toHaveLength(1);
    }
    // No half is left behind as a block of its own.
    expect(texts.filter((text) => /^\p{Ll}/u.test(text))).toEqual([]);
  });

  it('keeps footnote text out of the body', async () => {
    const { blocks, sections, footnotes } = await extractSeed();
    const body = [...eachBlock(blocks, sections)].map((block) => block.text).join('\n');
    for (const footnote of footnotes) {
      for (const paragraph of footnote.text.split('\n')) expect(body).not.toContain(paragraph);
    }
    expect(body).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
  });

  it('reads the body in document order, the appendix table last', async () => {
    const { blocks, sections } = await extractSeed();
    const all = [...eachBlock(blocks, sections)];
    expect(blocks).toEqual([]);
    expect(all.at(-1)).toMatchObject({
      kind: 'table',
      sources: [{ startLine: 226, endLine: 243 }],
    });
    expect(all.at(-1)?.text.split('\n')).toHaveLength(17);
    const lines = all.map((block) => block.sources[0]?.startLine ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('has the sections I (1, 2), II, III (1, 2, 3 ((1), (2))) and the appendix', async () => {
    const { sections } = await extractSeed();
    const outline = (list: typeof sections): unknown[] =>
      list.map((section) => [section.label, section.title, ...outline(section.children)]);
    expect(outline(sections)).toEqual([
      [
        'I',
        'KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ QUÝ I',
        ['1', 'Về công tác xây dựng Đảng, hệ thống chính trị, vận động Nhân dân'],
        ['2', 'Về phát triển kinh tế - xã hội, quốc phòng - an ninh, đối ngoại'],
      ],
      ['II', 'ĐÁNH GIÁ CHUNG'],
      [
        'III',
        'MỘT SỐ NHIỆM VỤ TRỌNG TÂM QUÝ II',
        ['1', 'Về công tác xây dựng Đảng, hệ thống chính trị, vận động Nhân dân'],
        ['2', 'Về phát triển kinh tế - xã hội, quốc phòng - an ninh, đối ngoại'],
        [
          '3',
          'Một số nhiệm vụ cụ thể khác',
          ['(1)', 'Về công tác tổ chức, cán bộ'],
          ['(2)', 'Về công tác cải cách hành chính'],
        ],
      ],
      ['PHỤ LỤC', 'Một số chỉ tiêu kinh tế - xã hội quý I năm 2023'],
    ]);
    const docId = sections[0]?.id.split(':')[0];
    expect(sections[2]?.children[2]?.children[0]?.id).toBe(`${docId}:III/3/(1)`);
    expect(sections[2]?.children[2]?.children[0]?.blocks[0]?.id).toBe(`${docId}:III/3/(1):b1`);
  });

  it('reads the metadata of its head and foot', async () => {
    const { metadata } = await extractSeed();
    expect(metadata).toMatchObject({
      documentType: 'BÁO CÁO',
      title: 'kết quả thực hiện nhiệm vụ quý I; nhiệm vụ, giải pháp trọng tâm quý II năm 2023',
      period: { year: 2023, quarter: 1, from: '2023-01-01', to: '2023-03-31' },
      signer: { name: 'Đỗ Mạnh Hiến', role: null },
      issuer: 'Thành ủy',
      inferred: ['issuer'],
      documentNumber: null,
      issuedOn: null,
    });
    expect(metadata.recipients).toHaveLength(9);
    expect(metadata.recipients.at(-1)).toBe('Lưu Văn phòng Thành ủy');
  });
});

describe('the seed report appendix table', () => {
  const path = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
  const extractSeed = () => extract({ path, bytes: readFileSync(path) });

  it('has its 16 rows typed, with roles and periods read from the header', async () => {
    const { tables } = await extractSeed();
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table?.title).toBe('Một số chỉ tiêu kinh tế - xã hội quý I năm 2023');
    expect(
      table?.columns.map((c) => [
        c.role,
        c.period?.year ?? null,
        c.period?.quarter ?? null,
        c.unit,
      ]),
    ).toEqual([
      ['order', null, null, null],
      ['label', null, null, null],
      ['unit', null, null, null],
      ['plan', 2023, null, null],
      ['estimate', 2023, 1, null],
      ['yoy', 2023, 1, '%'],
      ['share_of_plan', 2023, 1, '%'],
    ]);
    expect(table?.rows).toHaveLength(16);
    const row = (label: string) => table?.rows.find((r) => r.label.startsWith(label));
    expect(row('Tổng thu ngân sách')?.cells[3]).toEqual({
      raw: '116.442,134',
      kind: 'number',
      value: 116442.134,
    });
    expect(row('Tốc độ tăng trưởng')?.cells[3]).toEqual({
      raw: '12,7 - 13',
      kind: 'range',
      min: 12.7,
      max: 13,
    });
    expect(row('Thu hút vốn đầu tư')?.cells[3]).toMatchObject({
      kind: 'range',
      min: 2000,
      max: 2500,
    });
    expect(row('Tốc độ tăng trưởng')?.cells[4]).toEqual({ raw: '-', kind: 'empty' });
    expect(row('Thu nội địa')?.parentId).toBe(row('Tổng thu ngân sách')?.id);
    expect(row('Công nghiệp và xây dựng')?.parentId).toBe(row('Tốc độ tăng trưởng')?.id);
    expect(row('Bao gồm')).toMatchObject({
      kind: 'label',
      parentId: row('Tốc độ tăng trưởng')?.id,
    });
  });

  it('gives one fact per figure, and its consistency checks all pass', async () => {
    const { tables, facts: all, diagnostics } = await extractSeed();
    const facts = all.filter((fact) => fact.origin === 'table');
    const figures = tables[0]?.rows
      .flatMap((r) => r.cells.slice(3))
      .filter((c) => c.kind === 'number' || c.kind === 'range');
    expect(facts).toHaveLength(figures?.length ?? -1);
    expect(facts).toHaveLength(48);
    expect(
      facts.find((f) => f.indicator === 'Thu nội địa' && f.measure === 'estimate'),
    ).toMatchObject({
      indicatorPath: ['Tổng thu ngân sách trên địa bàn, trong đó:', 'Thu nội địa'],
      unit: 'Tỷ đồng',
      period: { year: 2023, quarter: 1 },
      value: 8132,
      raw: '8.132,00',
    });
    expect(diagnostics.filter((d) => d.ruleId.startsWith('table-'))).toEqual([]);
  });
});
