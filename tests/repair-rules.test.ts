/** Each repair rule on the smallest input that shows it. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { eachBlock } from '../src/structure/walk.js';

const read = (markdown: string) => extract({ path: 'test.md', bytes: Buffer.from(markdown) });
const texts = async (markdown: string) => {
  const { blocks, sections } = await read(markdown);
  return [...eachBlock(blocks, sections)].map((block) => block.text);
};

describe('footnote syntax', () => {
  it('reads a GFM reference with no definition as a reference, and reports it', async () => {
    const document = await read('Đạt 95%[^9].\n');
    expect(document.blocks[0]).toMatchObject({
      text: 'Đạt 95%.',
      footnoteRefs: [{ number: 9, label: '9', offset: 7 }],
    });
    expect(document.diagnostics).toMatchObject([{ ruleId: 'footnote-undefined', line: 1 }]);
  });

  it('takes a bare superscript number for a stray mark, not a footnote', async () => {
    const document = await read('Đạt kết quả tốt.\n\n²\n');
    expect(document.footnotes).toEqual([]);
    expect(document.stats.coverage).toBe(1);
  });

  it('keeps a superscript number written mid-line as a reference, not a definition', async () => {
    const document = await read('Tăng 5%¹ so với cùng kỳ.\n\n¹ Số liệu ước tính.\n');
    expect(document.footnotes).toMatchObject([{ number: 1, text: 'Số liệu ước tính.' }]);
    expect(document.blocks[0]?.text).toBe('Tăng 5% so với cùng kỳ.');
  });

  it('reads multi-digit and leading-zero markers as numbers', async () => {
    const document = await read('Văn bản<sup>027</sup>.\n\n<sup>027</sup> Kế hoạch số 12.\n');
    expect(document.footnotes).toMatchObject([
      { number: 27, label: '27', citedBy: [expect.any(String)] },
    ]);
  });

  it('reports a footnote defined twice, and numbers out of order', async () => {
    const document = await read('A¹ và B².\n\n¹ Một.\n\n¹ Lại một.\n\n³ Ba.\n');
    expect(document.diagnostics.map((d) => d.ruleId)).toEqual([
      'footnote-duplicate',
      'footnote-order',
      'footnote-undefined',
      'footnote-uncited',
    ]);
    expect(document.footnotes.map((f) => f.id.split(':')[1])).toEqual(['fn1', 'fn1.2', 'fn3']);
  });
});

describe('footnote continuations', () => {
  it('reports a footnote cut on a comma whose continuation cannot be found', async () => {
    const document = await read('Nội dung¹.\n\n¹ Gồm Kế hoạch số 12,\n\nBáo cáo tiếp theo.\n');
    expect(document.diagnostics).toMatchObject([
      { ruleId: 'footnote-continuation-unplaced', severity: 'warning', line: 3 },
    ]);
  });

  it('leaves a lower-case paragraph to the body when the footnote before it ended', async () => {
    const markdown = 'A¹ và B.\n\n¹ Một.\n\nthêm một câu\n\n² Hai.\n';
    const document = await read(markdown);
    expect(document.footnotes[0]?.text).toBe('Một.');
    expect(document.blocks.map((block) => block.text)).toContain('thêm một câu');
  });

  it('gives the first paragraph of a page to the body when both it and the footnote could take it', async () => {
    const markdown = 'Tổng thu đạt¹\n\n¹ Theo số liệu của Cục Thống kê\n\n24.042,91 tỷ đồng.\n';
    expect(await texts(markdown)).toEqual(['Tổng thu đạt 24.042,91 tỷ đồng.']);
  });
});

describe('split paragraphs', () => {
  it('joins across a page number with one space', async () => {
    expect(await texts('Thực hiện các giải pháp cụ\n\n- 3 -\n\nthể để phát triển.\n')).toEqual([
      'Thực hiện các giải pháp cụ thể để phát triển.',
    ]);
  });

  it('joins a paragraph cut twice', async () => {
    expect(await texts('Một câu rất\n\ndài được cắt\n\nhai lần.\n')).toEqual([
      'Một câu rất dài được cắt hai lần.',
    ]);
  });

  it('does not join after a finished sentence, a heading in capitals, or before a marker', async () => {
    expect(await texts('Đã hoàn thành.\n\nthêm ý\n')).toEqual(['Đã hoàn thành.', 'thêm ý']);
    const afterCapitals = await read(
      'Đạt kế hoạch.\n\nTÌNH HÌNH CHUNG\n\nnăm nay tăng trưởng khá\n',
    );
    expect(afterCapitals.sections[0]).toMatchObject({
      title: 'TÌNH HÌNH CHUNG',
      blocks: [{ text: 'năm nay tăng trưởng khá' }],
    });
    const beforeMarker = await read('Các nhiệm vụ gồm\n\na) xây dựng Đảng\n');
    expect(beforeMarker.blocks.map((block) => block.text)).toEqual(['Các nhiệm vụ gồm']);
    expect(beforeMarker.sections[0]).toMatchObject({ label: 'a)', title: 'xây dựng Đảng' });
  });

  it('never joins a figure to a numbered heading set in bold', async () => {
    const document = await read(
      '**I. KẾT QUẢ**\n\n**4. Công tác bảo vệ môi trường**\n\n100% khu công nghiệp có hệ thống xử lý nước thải.\n',
    );
    expect(document.sections[0]?.children[0]).toMatchObject({
      label: '4',
      title: 'Công tác bảo vệ môi trường',
      blocks: [{ text: '100% khu công nghiệp có hệ thống xử lý nước thải.' }],
    });
  });

  it("reads a table's row left as text, numbered, as a paragraph, never a heading", async () => {
    const document = await read(
      '**I. KẾT QUẢ**\n\nI Thu tiền sử dụng đất 420.000 520.000 268.350 63,9 89,0\n\na) Giai đoạn 1 16,000 7,000 5,128 73,3\n',
    );
    expect(document.sections.map((section) => section.label)).toEqual(['I']);
    expect(document.sections[0]?.children).toEqual([]);
  });

  it('keeps the source lines of both halves', async () => {
    const document = await read('- Đạt\n\n¹ Chú thích.\n\n95% kế hoạch.\n');
    expect(document.blocks[0]?.sources).toEqual([
      { startLine: 1, endLine: 1 },
      { startLine: 5, endLine: 5 },
    ]);
  });
});

describe('containers', () => {
  it('does not join a paragraph to a sentence inside a block quote', async () => {
    expect(await texts('> - Thu ngân sách đạt\n\nkế hoạch năm\n')).toEqual([
      'Thu ngân sách đạt',
      'kế hoạch năm',
    ]);
  });
});
