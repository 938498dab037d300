#!/usr/bin/env node
/**
 * Originals made with the real tools for the Word and HTML readers (issue 25). Never run by CI or
 * the tests: they read the committed outputs. Needs Debian `pandoc` and `libreoffice-writer`.
 *
 *   node scripts/originals/generate.mjs && npm run fixtures:update
 *
 * 1. A report written for this as a LibreOffice flat document (`report.fodt`, built below from the
 *    report's parts): headings numbered by a LibreOffice list style (`I.`, `1.`, `a)`: automatic
 *    numbering, the level below restarting under each heading), footnotes, the header and the
 *    Nơi nhận/signature blocks as borderless two-column tables, an endnote, a text box, a running header and a page number
 *    in the footer (page furniture, in Word's header and footer parts), an appendix table whose two-row
 *    header merges cells (`TT`, `Chỉ tiêu` over two rows, `Quý I năm 2024` over two columns),
 *    continued after a page break with its header repeated. LibreOffice writes it as Word
 *    (`--convert-to docx`: numbering.xml, footnotes.xml, gridSpan and vMerge are LibreOffice's)
 *    → tests/fixtures/word-libreoffice-numbering/input.docx; and that Word file as HTML, by
 *    LibreOffice (`--convert-to html`) → tests/fixtures/html-libreoffice-numbering/input.html
 *    and by pandoc (`pandoc -s`) → tests/fixtures/html-pandoc-numbering/input.html.
 * 2. Each Word original of tests/originals/ (pandoc's, made by scripts/converters/generate.mjs)
 *    saved again by LibreOffice as Word and as HTML, and written as HTML by pandoc:
 *    tests/originals/{docx-libreoffice,html-libreoffice,html-pandoc}/<name>.{docx,html}.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const work = mkdtempSync(join(tmpdir(), 'baocao-originals-'));

/** soffice writes `<stem>.<ext>` into --outdir; a private profile keeps parallel runs apart. */
function soffice(input, to, target) {
  const out = join(work, 'out');
  mkdirSync(out, { recursive: true });
  execFileSync('soffice', [
    `-env:UserInstallation=file://${work}/profile`,
    '--headless',
    '--convert-to',
    to,
    '--outdir',
    out,
    input,
  ]);
  const ext = to.split(':')[0];
  const stem = basename(input).replace(/\.[^.]+$/, '');
  mkdirSync(resolve(target, '..'), { recursive: true });
  renameSync(join(out, `${stem}.${ext}`), target);
}

function pandocHtml(input, target) {
  mkdirSync(resolve(target, '..'), { recursive: true });
  // pandoc -s wants a page title; `pagetitle` sets <title> only, no title block in the body.
  const title = basename(input).replace(/\.[^.]+$/, '');
  execFileSync('pandoc', [input, '-s', '--metadata', `pagetitle=${title}`, '-o', target]);
}

// ---- 1. The numbered report, as LibreOffice's flat XML ------------------------------------------

const xmlText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let noteId = 0;
/** Inline text: `[^text]` is a footnote, `[^^text]` an endnote, `**bold**` bold. */
function inline(text) {
  return text
    .split(/(\[\^[^\]]+\]|\*\*[^*]+\*\*)/)
    .map((part) => {
      if (part.startsWith('[^^')) {
        noteId += 1;
        return `<text:note text:id="ftn${noteId}" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p text:style-name="Footnote">${xmlText(part.slice(3, -1))}</text:p></text:note-body></text:note>`;
      }
      if (part.startsWith('[^')) {
        noteId += 1;
        return `<text:note text:id="ftn${noteId}" text:note-class="footnote"><text:note-citation>${noteId}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${xmlText(part.slice(2, -1))}</text:p></text:note-body></text:note>`;
      }
      if (part.startsWith('**'))
        return `<text:span text:style-name="B">${xmlText(part.slice(2, -2))}</text:span>`;
      return xmlText(part);
    })
    .join('');
}
const p = (text, style = 'Body') => `<text:p text:style-name="${style}">${inline(text)}</text:p>`;

/**
 * A heading numbered by LibreOffice's outline numbering (Word: heading styles tied to one
 * multilevel list): level 1 `I.`, 2 `1.`, 3 `a)`, each level restarting under the one above.
 */
const heading = (level, text) =>
  `<text:h text:style-name="Heading_${level}" text:outline-level="${level}">${inline(text)}</text:h>`;

/** A list of its own, numbered `a)`, `b)` by a list style: Word's numPr on each paragraph. */
const letteredList = (items) =>
  `<text:list text:style-name="Letters">${items.map((item) => `<text:list-item>${p(item)}</text:list-item>`).join('')}</text:list>`;

/** A borderless two-column layout table (the head, the foot): each cell its lines. */
function layoutTable(rows) {
  const cell = (lines) =>
    `<table:table-cell table:style-name="NoBorder" office:value-type="string">${lines.map((l) => p(l, 'Cell')).join('')}</table:table-cell>`;
  return `<table:table table:style-name="Layout"><table:table-column table:number-columns-repeated="2"/>${rows
    .map(([a, b]) => `<table:table-row>${cell(a)}${cell(b)}</table:table-row>`)
    .join('')}</table:table>`;
}

/** A data table with the two-row header: TT and Chỉ tiêu and Đơn vị over two rows, the quarter over two columns. */
function appendixTable(rows) {
  const c = (text, extra = '') =>
    `<table:table-cell table:style-name="Ruled"${extra} office:value-type="string">${p(text, 'Cell')}</table:table-cell>`;
  const covered = '<table:covered-table-cell/>';
  const head =
    `<table:table-header-rows><table:table-row>${c('TT', ' table:number-rows-spanned="2"')}${c('Chỉ tiêu', ' table:number-rows-spanned="2"')}${c('Đơn vị tính', ' table:number-rows-spanned="2"')}${c('Kế hoạch năm 2024', ' table:number-rows-spanned="2"')}${c('Quý I năm 2024', ' table:number-columns-spanned="2"')}${covered}</table:table-row>` +
    `<table:table-row>${covered}${covered}${covered}${covered}${c('Ước thực hiện')}${c('So với cùng kỳ (%)')}</table:table-row></table:table-header-rows>`;
  return `<table:table table:style-name="Data"><table:table-column table:number-columns-repeated="6"/>${head}${rows
    .map((row) => `<table:table-row>${row.map((cell) => c(cell)).join('')}</table:table-row>`)
    .join('')}</table:table>`;
}

const body = [
  layoutTable([
    [
      ['**ỦY BAN NHÂN DÂN**', '**HUYỆN HẢI HÀ**', 'Số: 142/BC-UBND'],
      [
        '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
        '**Độc lập - Tự do - Hạnh phúc**',
        'Hải Hà, ngày 08 tháng 4 năm 2024',
      ],
    ],
  ]),
  p('**BÁO CÁO**', 'Center'),
  p(
    '**Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I, nhiệm vụ trọng tâm quý II năm 2024**',
    'Center',
  ),
  p(
    'Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2024 của Ủy ban nhân dân tỉnh[^Kế hoạch số 15/KH-UBND ngày 20/01/2024 của Ủy ban nhân dân tỉnh về thực hiện Nghị quyết số 01/NQ-CP năm 2024.], Ủy ban nhân dân huyện báo cáo kết quả quý I năm 2024 như sau:',
  ),
  heading(1, 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2024'),
  heading(2, 'Về phát triển kinh tế'),
  heading(3, 'Sản xuất nông nghiệp'),
  p(
    'Tổng diện tích gieo trồng vụ Đông Xuân đạt 4.215 ha, bằng 100,4% kế hoạch; tổng đàn gia súc 38.120 con[^Trong đó đàn trâu 9.870 con, đàn bò 6.450 con, đàn lợn 21.800 con.].',
  ),
  heading(3, 'Thương mại, dịch vụ'),
  p('Tổng mức bán lẻ hàng hóa ước đạt 1.245,6 tỷ đồng, tăng 9,8% so với cùng kỳ.'),
  p(
    'Thu ngân sách nhà nước trên địa bàn ước đạt 312,4 tỷ đồng, bằng 27,1% dự toán tỉnh giao[^Thu nội địa ước đạt 298,1 tỷ đồng; thu tiền sử dụng đất ước đạt 14,3 tỷ đồng.].',
  ),
  heading(2, 'Về văn hóa - xã hội'),
  p(
    'Tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%; giải quyết việc làm cho 856 lao động, đạt 26,8% kế hoạch năm[^^Số liệu của Bảo hiểm xã hội huyện đến ngày 31/3/2024.].',
  ),
  // A text box anchored to a paragraph (Word: a drawing's w:txbxContent), holding a remark.
  `<text:p text:style-name="Body">Kết quả cụ thể tại Biểu số 01 kèm theo.<draw:frame draw:name="Box1" text:anchor-type="paragraph" svg:width="3in" svg:height="0.5in"><draw:text-box><text:p text:style-name="Body">Số liệu ước tính đến ngày 31/3/2024.</text:p></draw:text-box></draw:frame></text:p>`,
  heading(1, 'NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024'),
  heading(2, 'Tập trung chỉ đạo sản xuất vụ Hè Thu'),
  letteredList([
    'Hoàn thành gieo cấy vụ Hè Thu đúng khung thời vụ.',
    'Chủ động phòng, chống thiên tai, dịch bệnh trên cây trồng, vật nuôi.',
  ]),
  heading(2, 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công'),
  letteredList([
    'Phấn đấu đến hết quý II giải ngân đạt trên 50% kế hoạch vốn giao.',
    'Kiểm điểm trách nhiệm chủ đầu tư chậm giải ngân.',
  ]),
  layoutTable([
    [
      ['**Nơi nhận:**', '- UBND tỉnh;', '- Thường trực Huyện ủy;', '- Lưu: VT.'],
      ['**TM. ỦY BAN NHÂN DÂN**', '**CHỦ TỊCH**', '', '**Trần Văn Minh**'],
    ],
  ]),
  `<text:p text:style-name="PageBreak"/>`,
  p('**PHỤ LỤC**', 'Center'),
  p('**Biểu số 01: Một số chỉ tiêu kinh tế - xã hội chủ yếu quý I năm 2024**', 'Center'),
  appendixTable([
    ['1', 'Diện tích gieo trồng vụ Đông Xuân', 'Ha', '4.200', '4.215', '100,4'],
    ['2', 'Tổng đàn gia súc', 'Con', '38.000', '38.120', '101,2'],
    ['3', 'Tổng mức bán lẻ hàng hóa', 'Tỷ đồng', '5.000', '1.245,6', '109,8'],
  ]),
  // Continued on the next page with its header repeated, as a report's author breaks a long table.
  `<text:p text:style-name="PageBreak"/>`,
  appendixTable([
    ['4', 'Thu ngân sách nhà nước', 'Tỷ đồng', '1.152', '312,4', '108,5'],
    ['5', 'Lao động được giải quyết việc làm', 'Người', '3.200', '856', '102,3'],
    ['6', 'Tỷ lệ bao phủ bảo hiểm y tế', '%', '96', '95,2', '100,6'],
  ]),
].join('\n');

const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.1in"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Heading_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="PageBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
<text:outline-level-style text:level="3" style:num-format="a" style:num-suffix=")"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
</text:outline-style>
<text:list-style style:name="Letters">
<text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix=")"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Layout" style:family="table"><style:table-properties style:width="6.3in" table:align="center"/></style:style>
<style:style style:name="Data" style:family="table"><style:table-properties style:width="6.3in" table:align="center"/></style:style>
<style:style style:name="NoBorder" style:family="table-cell"><style:table-cell-properties fo:border="none"/></style:style>
<style:style style:name="Ruled" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="8.27in" fo:page-height="11.69in" fo:margin-top="0.79in" fo:margin-bottom="0.79in" fo:margin-left="1.18in" fo:margin-right="0.79in"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:header><text:p text:style-name="Center">UBND huyện Hải Hà - Báo cáo quý I năm 2024</text:p></style:header><style:footer><text:p text:style-name="Center"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;

const fodtPath = join(work, 'hai-ha_bao-cao_2024-q1.fodt');
writeFileSync(fodtPath, fodt);
const fixtures = join(root, 'tests/fixtures');
const docx = join(fixtures, 'word-libreoffice-numbering/input.docx');
soffice(fodtPath, 'docx:MS Word 2007 XML', docx);
soffice(docx, 'html', join(fixtures, 'html-libreoffice-numbering/input.html'));
pandocHtml(docx, join(fixtures, 'html-pandoc-numbering/input.html'));
console.log('tests/fixtures/{word-libreoffice,html-libreoffice,html-pandoc}-numbering');

// ---- 2. The Word originals of tests/originals, through LibreOffice and pandoc -------------------

const originals = join(root, 'tests/originals');
for (const file of readdirSync(originals)
  .filter((f) => f.endsWith('.docx'))
  .sort()) {
  const name = basename(file, '.docx');
  const source = join(originals, file);
  soffice(source, 'docx:MS Word 2007 XML', join(originals, 'docx-libreoffice', `${name}.docx`));
  soffice(source, 'html', join(originals, 'html-libreoffice', `${name}.html`));
  pandocHtml(source, join(originals, 'html-pandoc', `${name}.html`));
  console.log(`${name}: docx-libreoffice, html-libreoffice, html-pandoc`);
}
