/**
 * Issue 19: pdf2md (a pdf.js-based converter) joins a page's lines into paragraphs by spacing
 * alone, so headings run into the text around them. Before this repair the real pdf2md output of
 * the Cẩm Lộ report (tests/converters/pdf2md) kept 0.25 of its clean markdown's checks: no section
 * and two body blocks of ten were read. The repair cuts such a paragraph back into its lines, in
 * that dialect only.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Document } from '../src/schema/document.js';
import { eachBlock, eachSection } from '../src/structure/walk.js';

async function read(text: string): Promise<Document> {
  return extract({ path: 'pdf2md.md', bytes: Buffer.from(text) });
}

const sectionsOf = (document: Document) =>
  [...eachSection(document.sections)].map((section) => `${section.label} ${section.title}`);
const blocksOf = (document: Document) =>
  [...eachBlock(document.blocks, document.sections)].map((block) => block.text);

/** What pdf2md writes: bold runs merged into paragraphs, `^N` marks and `(^N)` notes. */
const PDF2MD = `## HUYỆN ỦY CAM LỘ 

Số 112-BC/HU 

_Cam Lộ, ngày 28 tháng 6 năm 2024_ **BÁO CÁO sơ kết công tác 6 tháng đầu năm 2024 I. CÔNG TÁC XÂY DỰNG ĐẢNG** 

**1. Công tác chính trị, tư tưởng** Ban Thường vụ đã quán triệt các nghị quyết^1 đến cán bộ, đảng viên. Tổ chức 02 hội nghị, đạt tỷ lệ 96,5%.     a) Công tác tuyên truyền được đẩy mạnh.     b) Công tác nắm bắt tư tưởng được duy trì^2. 

**2. Công tác kiểm tra, giám sát** Cấp ủy đã kiểm tra 24 tổ chức đảng^3. **II. LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI** 

- Tổng giá trị sản xuất ước đạt 3.428,6 tỷ đồng. 

- Công tác xây dựng nông thôn mới được đẩy mạnh. **III. PHƯƠNG HƯỚNG, NHIỆM VỤ** 

1. Tiếp tục lãnh đạo thực hiện Nghị quyết Đại hội. **_Nơi nhận:_** 

- Lưu Văn phòng Huyện ủy. 

(^1) Chỉ thị số 23-CT/TW. (^2) Điều tra dư luận xã hội. (^3) Hai đảng viên thuộc Đảng bộ xã Cam Thành. 
`;

describe('lines pdf2md ran together', () => {
  it('are read as the headings, paragraphs and items they were', async () => {
    const document = await read(PDF2MD);
    expect(document.source.dialect.name).toBe('pdf2md');
    expect(sectionsOf(document)).toEqual([
      'I CÔNG TÁC XÂY DỰNG ĐẢNG',
      '1 Công tác chính trị, tư tưởng',
      '2 Công tác kiểm tra, giám sát',
      'II LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI',
      'III PHƯƠNG HƯỚNG, NHIỆM VỤ',
    ]);
    const blocks = blocksOf(document);
    expect(blocks).toContain(
      'Ban Thường vụ đã quán triệt các nghị quyết đến cán bộ, đảng viên. Tổ chức 02 hội nghị, đạt tỷ lệ 96,5%.',
    );
    expect(blocks).toContain('a) Công tác tuyên truyền được đẩy mạnh.');
    expect(blocks).toContain('b) Công tác nắm bắt tư tưởng được duy trì.');
    expect(blocks).toContain('Công tác xây dựng nông thôn mới được đẩy mạnh.');
    expect(blocks).toContain('Tiếp tục lãnh đạo thực hiện Nghị quyết Đại hội.');
    expect(document.metadata.title).toMatch(/^sơ kết công tác 6 tháng đầu năm 2024$/i);
    expect(document.metadata.recipients).toEqual(['Lưu Văn phòng Huyện ủy']);
    // Every footnote is still cited from the piece its mark stands in.
    for (const footnote of document.footnotes) expect(footnote.citedBy).toHaveLength(1);
    expect(document.stats.coverage).toBe(1);
  });

  it('each piece keeps the source line it came from', async () => {
    const document = await read(PDF2MD);
    const item = [...eachBlock(document.blocks, document.sections)].find((block) =>
      block.text.startsWith('a) Công tác'),
    );
    expect(item?.sources).toEqual([{ startLine: 7, endLine: 7 }]);
  });

  it('leave a run-in heading of any other converter as the author wrote it', async () => {
    const gfm = `**BÁO CÁO**

**Tình hình quý I năm 2024**

I. KẾT QUẢ

**1. Về nông nghiệp** Sản xuất ổn định[^1].

[^1]: Theo số liệu ước.
`;
    const document = await read(gfm);
    expect(document.source.dialect.name).not.toBe('pdf2md');
    expect(sectionsOf(document)).toEqual(['I KẾT QUẢ']);
    expect(blocksOf(document)).toContain('1. Về nông nghiệp Sản xuất ổn định.');
  });

  it('are a heading and its first item where an item follows the bold run with one space', async () => {
    // so-tnmt-quang-ngai (held-out set 7): `**2. Lĩnh vực đất đai** a) Giao đất …`; an item opens
    // no sentence of the heading's, indented or not.
    const text = `**I. KẾT QUẢ** 

**1. Công tác tham mưu** Đã tham mưu ban hành 12 văn bản^1. 

**2. Lĩnh vực đất đai** a) Giao đất cho 23 tổ chức với tổng diện tích 186,4 ha. b) Cấp 1.427 giấy chứng nhận. 

(^1) Gồm các quyết định và kế hoạch. 
`;
    const document = await read(text);
    expect(sectionsOf(document)).toEqual([
      'I KẾT QUẢ',
      '1 Công tác tham mưu',
      '2 Lĩnh vực đất đai',
    ]);
    expect(blocksOf(document)).toContain(
      'a) Giao đất cho 23 tổ chức với tổng diện tích 186,4 ha. b) Cấp 1.427 giấy chứng nhận.',
    );
  });

  it('keep bold inside a sentence, and a run-in heading ending in a colon', async () => {
    const text = `Thu ngân sách đạt 1.714 tỷ đồng^1, trong đó **2. nguồn thu** tăng mạnh. 

**a) Về nông nghiệp:** Sản xuất ổn định^2. 

(^1) Số liệu ước. (^2) Theo Sở Nông nghiệp. 
`;
    const document = await read(text);
    expect(document.source.dialect.name).toBe('pdf2md');
    expect(blocksOf(document)).toEqual([
      'Thu ngân sách đạt 1.714 tỷ đồng, trong đó 2. nguồn thu tăng mạnh.',
      'a) Về nông nghiệp: Sản xuất ổn định.',
    ]);
  });
});
