/**
 * The originals' readers (issue 25) on files made by the real tools (tests/originals/, made by
 * scripts/converters/generate.mjs and scripts/originals/generate.mjs): each Word and HTML original
 * reads as well as the report's clean markdown, measured by the gold checks
 * (src/tools/gold-checks.ts): the share of the markdown's checks the original keeps must be at
 * least the share the markdown keeps of the original's (a reading that passes as many checks).
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toRecords } from '../src/emit/records.js';
import { extract } from '../src/extract.js';
import { ORIGINAL_READERS, type OriginalReader } from '../src/read/original.js';
import { renderDocumentPage } from '../src/review/document-page.js';
import { loadSource } from '../src/review/source.js';
import type { Document } from '../src/schema/document.js';
import { eachBlock } from '../src/structure/walk.js';
import { goldChecks, keptShare } from '../src/tools/gold-checks.js';

const read = (path: string): Promise<Document> => extract({ path, bytes: readFileSync(path) });

/** Each report, its clean markdown (the pandoc source), and the originals made from it. */
const REPORTS = [
  'ubnd-lao-cai_bao-cao_2024-q1',
  'ubnd-quang-tri_bao-cao_2024-q1',
  'huyen-uy-cam-lo_bao-cao_2024-h1',
];
const ORIGINALS = (name: string) => [
  `tests/originals/${name}.docx`,
  `tests/originals/docx-libreoffice/${name}.docx`,
  `tests/originals/html-libreoffice/${name}.html`,
  `tests/originals/html-pandoc/${name}.html`,
];

describe.each(REPORTS)('%s', (name) => {
  it.each(ORIGINALS(name))('%s passes as many gold checks as the clean markdown', async (path) => {
    const gold = await read(`tests/originals/${name}.md`);
    const original = await read(path);
    const { share, missed } = keptShare(gold, original);
    const extra = keptShare(original, gold);
    console.log(
      `${path}: ${goldChecks(gold).length} checks of the markdown, kept ${share.toFixed(3)}; the original's ${goldChecks(original).length}, the markdown keeps ${extra.share.toFixed(3)}`,
      missed,
      extra.missed,
    );
    expect(original.stats.coverage).toBe(1);
    expect(missed).toEqual([]);
  });
});

/** The report LibreOffice wrote (scripts/originals/generate.mjs), as Word and as two HTML pages. */
const NUMBERED = {
  docx: 'tests/fixtures/word-libreoffice-numbering/input.docx',
  libreofficeHtml: 'tests/fixtures/html-libreoffice-numbering/input.html',
  pandocHtml: 'tests/fixtures/html-pandoc-numbering/input.html',
};

const labelPaths = (document: Document): string[] => {
  const out: string[] = [];
  const walk = (sections: Document['sections'], path: string[]) => {
    for (const section of sections) {
      const here = [...path, section.label ?? '∅'];
      out.push(here.join('/'));
      walk(section.children, here);
    }
  };
  walk(document.sections, []);
  return out;
};

describe('a Word report LibreOffice numbered, with merged cells and a continued table', () => {
  it('renders the automatic numbering: I., 1., a), each level restarting under its parent', async () => {
    const document = await read(NUMBERED.docx);
    expect(labelPaths(document)).toEqual([
      'I',
      'I/1',
      'I/1/a)',
      'I/1/b)',
      'I/2',
      'II',
      'II/1',
      'II/2',
      'PHỤ LỤC',
    ]);
    const items = [...eachBlock(document.blocks, document.sections)].map((b) => b.text);
    // A list of its own restarts at a): twice, under 1. and under 2. of part II.
    expect(items.filter((text) => text.startsWith('a) '))).toHaveLength(2);
    expect(items.filter((text) => text.startsWith('b) '))).toHaveLength(2);
  });

  it('reads footnotes, the head and foot tables as metadata, and one appendix table', async () => {
    const document = await read(NUMBERED.docx);
    expect(document.source).toMatchObject({ format: 'docx', dialect: { name: 'docx' } });
    // Three footnotes, then the endnote, numbered on: each cited once.
    expect(document.footnotes.map((f) => [f.number, f.citedBy.length])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
    expect(document.footnotes[3]?.text).toBe(
      'Số liệu của Bảo hiểm xã hội huyện đến ngày 31/3/2024.',
    );
    // The text box's remark follows the paragraph that anchors it.
    const texts = [...eachBlock(document.blocks, document.sections)].map((b) => b.text);
    const anchor = texts.indexOf('Kết quả cụ thể tại Biểu số 01 kèm theo.');
    expect(texts[anchor + 1]).toBe('Số liệu ước tính đến ngày 31/3/2024.');
    expect(document.metadata).toMatchObject({
      documentType: 'BÁO CÁO',
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN HẢI HÀ',
      documentNumber: '142/BC-UBND',
      place: 'Hải Hà',
      issuedOn: '2024-04-08',
      signer: { name: 'Trần Văn Minh' },
    });
    expect(document.metadata.recipients).toHaveLength(3);
    // The merged header: `Quý I năm 2024` over two columns, TT over two rows; continued once.
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table?.columns.map((c) => c.role)).toEqual([
      'order',
      'label',
      'unit',
      'plan',
      'estimate',
      'yoy',
    ]);
    expect(table?.columns[4]?.name).toBe('Quý I năm 2024 / Ước thực hiện');
    expect(table?.rows.map((r) => r.order)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(table?.sources).toHaveLength(2);
    // The running header and the page number are furniture: in no block.
    const text = [...eachBlock(document.blocks, document.sections)].map((b) => b.text).join('\n');
    expect(text).not.toContain('Báo cáo quý I năm 2024');
  });

  it('points every block and footnote back to its paragraph in the Word file', async () => {
    const document = await read(NUMBERED.docx);
    const origins = document.source.origins ?? [];
    const placed = [...eachBlock(document.blocks, document.sections), ...document.footnotes];
    for (const record of placed) {
      const first = record.sources[0]?.startLine ?? 0;
      expect(origins[first - 1]?.paragraph, record.id).toBeGreaterThan(0);
    }
    // The footnote's place is the paragraph that cites it.
    const note = document.footnotes[1];
    const citing = [...eachBlock(document.blocks, document.sections)].find(
      (b) => b.id === note?.citedBy[0],
    );
    expect(origins[(note?.sources[0]?.startLine ?? 0) - 1]).toEqual(
      origins[(citing?.sources[0]?.startLine ?? 0) - 1],
    );
    // The records carry it: a warehouse row names its paragraph; a markdown input's none.
    const records = toRecords(document, { fingerprint: 'test' });
    expect(records.documents[0]?.format).toBe('docx');
    expect(records.blocks.every((b) => (b.origin_paragraph ?? 0) > 0)).toBe(true);
    expect(records.table_rows.every((r) => (r.origin_paragraph ?? 0) > 0)).toBe(true);
    const markdown = toRecords(await read('tests/originals/ubnd-lao-cai_bao-cao_2024-q1.md'), {
      fingerprint: 'test',
    });
    expect(markdown.blocks.every((b) => b.origin_paragraph === null)).toBe(true);
  });

  it.each([
    ['LibreOffice', NUMBERED.libreofficeHtml],
    ['pandoc', NUMBERED.pandocHtml],
  ])('as HTML from %s: the same footnotes, table and metadata', async (_, path) => {
    const word = await read(NUMBERED.docx);
    const page = await read(path);
    expect(page.source).toMatchObject({ format: 'html', dialect: { name: 'html' } });
    expect(page.footnotes.map((f) => [f.number, f.text, f.citedBy.length])).toEqual(
      word.footnotes.map((f) => [f.number, f.text, f.citedBy.length]),
    );
    expect(
      page.facts.filter((f) => f.tableId !== null).map((f) => [f.indicator, f.measure, f.value]),
    ).toEqual(
      word.facts.filter((f) => f.tableId !== null).map((f) => [f.indicator, f.measure, f.value]),
    );
    expect(page.metadata.documentNumber).toBe(word.metadata.documentNumber);
    expect(page.metadata.signer).toEqual(word.metadata.signer);
    expect(page.stats.coverage).toBe(1);
  });
});

describe('originals that cannot be read, and what is never read', () => {
  it('a file named .docx that is no zip fails with original-unreadable, naming it', async () => {
    await expect(
      extract({ path: 'bao-cao.docx', bytes: Buffer.from('not a report') }),
    ).rejects.toMatchObject({ file: 'bao-cao.docx', ruleId: 'original-unreadable' });
  });

  it('a zip without a Word document fails with original-unreadable', async () => {
    const bytes = zipSync({ 'content.xml': strToU8('<office:document/>') });
    const error = await extract({ path: 'x.docx', bytes: Buffer.from(bytes) }).catch((e) => e);
    expect(error).toMatchObject({ file: 'x.docx', ruleId: 'original-unreadable' });
    expect(error.reason).toContain('word/document.xml');
  });

  it('a page keeps its text and tables; scripts, styles and navigation are never read', async () => {
    const html = `<!doctype html><html><head><title>Cổng thông tin</title><style>p{color:red}</style></head>
<body><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
<script>var soLieu = "Thu ngân sách 999 tỷ đồng";</script>
<main><p><b>BÁO CÁO</b></p><p>Thu ngân sách đạt 25,6% dự toán<a href="#fn1" id="r1"><sup>1</sup></a>.</p>
<table><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Thực hiện</th></tr>
<tr><td>1</td><td>Thu ngân sách</td><td>Tỷ đồng</td><td>2.456,8</td></tr></table>
<ol class="notes"><li id="fn1">Theo số liệu ước. <a href="#r1">↩</a></li></ol></main>
<footer>Bản quyền thuộc Cổng thông tin</footer></body></html>`;
    const document = await extract({ path: 'trang.html', bytes: Buffer.from(html) });
    const text = [...eachBlock(document.blocks, document.sections)].map((b) => b.text).join('\n');
    expect(text).not.toMatch(/Trang chủ|999|color|Bản quyền/);
    expect(document.footnotes).toMatchObject([{ number: 1, text: 'Theo số liệu ước.' }]);
    expect(document.footnotes[0]?.citedBy).toHaveLength(1);
    expect(
      document.facts.filter((f) => f.tableId !== null).map((f) => [f.indicator, f.value]),
    ).toEqual([['Thu ngân sách', 2456.8]]);
  });

  it('a markdown run never loads a reader', async () => {
    const calls: string[] = [];
    const saved = { ...ORIGINAL_READERS };
    for (const [format, load] of Object.entries(saved)) {
      ORIGINAL_READERS[format as 'docx'] = async () => {
        calls.push(format);
        return (load as () => Promise<OriginalReader>)();
      };
    }
    try {
      await read('tests/originals/ubnd-lao-cai_bao-cao_2024-q1.md');
      expect(calls).toEqual([]);
      await read(NUMBERED.docx);
      expect(calls).toEqual(['docx']);
    } finally {
      Object.assign(ORIGINAL_READERS, saved);
    }
  });
});

describe('the review page of an original', () => {
  it('shows the reader text, read again from the original, each line with its place in it', async () => {
    const document = await read(NUMBERED.docx);
    const source = await loadSource(document.source);
    expect(source.status).toBe('same');
    expect('lines' in source && source.lines.length).toBe(document.stats.lines + 1);
    const page = parseHTML(renderDocumentPage(document, source)).document;
    const places = [...page.querySelectorAll('pre.src .org')].map((el) => el.textContent);
    expect(places.length).toBeGreaterThan(10);
    expect(places.every((place) => /^¶ \d+$/.test(place ?? ''))).toBe(true);
    // A block's badge names its paragraph in the Word file beside its lines.
    const block = [...eachBlock(document.blocks, document.sections)][0];
    const paragraph = document.source.origins?.[(block?.sources[0]?.startLine ?? 0) - 1]?.paragraph;
    expect(page.querySelector('.blk .org-badge')?.textContent).toBe(`¶ ${paragraph}`);
  });
});
