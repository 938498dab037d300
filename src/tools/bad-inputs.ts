/**
 * The bad-input catalogue: what twenty years of archives hold besides clean reports, each case with
 * the outcome a run must give it. Nothing here is committed as a binary: every case is made from
 * the seed report and a few bytes, at a size the caller picks.
 *
 *   for (const c of badInputs({ seed, full: false })) writeFileSync(join(dir, c.name), c.bytes());
 *     → { name: 'binary/scan.png.md', expect: { status: 'failed', ruleId: 'binary-content' }, … }
 *
 * `full` makes the inherently huge cases full size (a 5 MB line, 100 000 footnote markers, a
 * report just under the default --max-bytes); otherwise they run at a size that still shows the
 * pipeline is linear, so that CI stays fast. The 50 MB file is always 50 MB: it is refused by its
 * size, unread, so it costs only the write.
 */
import { encodeLegacy } from '../read/legacy-vietnamese.js';

export interface BadInput {
  /** Path below the catalogue folder, `/` separators; some names are hostile on purpose. */
  name: string;
  /** What the case is. */
  what: string;
  bytes: () => Uint8Array;
  /** The manifest entry the run must give it (`ruleId` of its error, or of a document diagnostic). */
  expect: { status: 'ok' | 'skipped' | 'failed'; ruleId?: string };
}

export interface CatalogueOptions {
  /** A real report, the material of the report-shaped cases. */
  seed: string;
  full: boolean;
}

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const start = bom ? 1 : 0;
  const bytes = new Uint8Array((text.length + start) * 2);
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) {
    view.setUint16((i + start) * 2, text.charCodeAt(i), littleEndian);
  }
  return bytes;
}

/** A short report of its own (distinct text, so that no case is a duplicate of another). */
function smallReport(title: string): string {
  return `BÁO CÁO\n\n${title}\n\nI. KẾT QUẢ\n\n1. Tổng thu ngân sách đạt 8.132 tỷ đồng, bằng 27,5% dự toán năm.\n\n- Thu nội địa tăng 12,7% so với cùng kỳ.\n`;
}

export function badInputs({ seed, full }: CatalogueOptions): BadInput[] {
  const mb = 1024 * 1024;
  const longLine = full ? 5 * mb : 1 * mb;
  const markers = full ? 100_000 : 20_000;
  const backtrack = full ? 1_000_000 : 200_000;
  const prose = seed.normalize('NFC');
  const cases: BadInput[] = [
    {
      name: 'control/seed.md',
      what: 'a real report, the control',
      bytes: () => utf8(prose),
      expect: { status: 'ok' },
    },
    {
      name: 'empty.md',
      what: 'an empty file',
      bytes: () => new Uint8Array(),
      expect: { status: 'skipped', ruleId: 'no-text' },
    },
    {
      name: 'whitespace.md',
      what: 'white space only',
      bytes: () => utf8(' \n\t\n   \r\n\u00a0\n'),
      expect: { status: 'skipped', ruleId: 'no-text' },
    },
    {
      name: 'binary/scan.png.md',
      what: 'a PNG image saved as .md',
      bytes: () =>
        Uint8Array.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
        ]),
      expect: { status: 'failed', ruleId: 'binary-content' },
    },
    {
      name: 'binary/report.docx.md',
      what: 'a ZIP archive (a DOCX) saved as .md',
      bytes: () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0]),
      expect: { status: 'failed', ruleId: 'binary-content' },
    },
    {
      name: 'binary/scan.pdf.md',
      what: 'a PDF saved as .md',
      bytes: () => utf8('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      expect: { status: 'failed', ruleId: 'binary-content' },
    },
    {
      name: 'encoding/invalid-utf8.md',
      what: 'invalid UTF-8 (Latin-1 bytes in a UTF-8 report)',
      bytes: () => Uint8Array.from([...utf8('BÁO CÁO\nSố: 12\nk'), 0xe1, 0x41, ...utf8(' quả\n')]),
      expect: { status: 'failed', ruleId: 'invalid-utf8' },
    },
    ...(
      [
        ['le-bom', true, true],
        ['be-bom', false, true],
        ['le', true, false],
        ['be', false, false],
      ] as const
    ).map(
      ([kind, littleEndian, bom]): BadInput => ({
        name: `encoding/utf16-${kind}.md`,
        what: `UTF-16 ${littleEndian ? 'LE' : 'BE'} ${bom ? 'with' : 'without'} a byte-order mark`,
        bytes: () => utf16(smallReport(`UTF-16 ${kind}`), littleEndian, bom),
        expect: bom ? { status: 'ok' } : { status: 'ok', ruleId: 'utf16-without-bom' },
      }),
    ),
    {
      name: 'encoding/tcvn3.md',
      what: 'the seed report in TCVN3 (ABC)',
      bytes: () => encodeLegacy(prose, 'tcvn3'),
      expect: { status: 'ok', ruleId: 'legacy-encoding' },
    },
    {
      name: 'encoding/vni.md',
      what: 'the seed report in VNI',
      bytes: () => encodeLegacy(prose, 'vni'),
      expect: { status: 'ok', ruleId: 'legacy-encoding' },
    },
    {
      name: 'size/50mb.md',
      what: 'a 50 MB file (over the default --max-bytes of 20 MiB)',
      bytes: () => repeatTo(utf8(`${prose}\n`), 50 * 1000 * 1000),
      expect: { status: 'failed', ruleId: 'too-large' },
    },
    {
      name: full ? 'size/19mb.md' : 'size/2mb.md',
      what: `${full ? '19' : '2'} MB of reports in one file (under --max-bytes)`,
      bytes: () => repeatTo(utf8(`${prose}\n`), (full ? 19 : 2) * mb),
      expect: { status: 'ok' },
    },
    {
      name: 'size/long-line.md',
      what: `a single line of ${longLine / mb} MB`,
      bytes: () => repeatTo(utf8('Tổng thu ngân sách đạt 8.132 tỷ đồng; '), longLine),
      expect: { status: 'ok' },
    },
    {
      name: 'nesting/lists-10000.md',
      what: '10 000 nested list levels (one line)',
      bytes: () => utf8(`${'- '.repeat(10_000)}a\n`),
      expect: { status: 'failed', ruleId: 'nesting-too-deep' },
    },
    {
      name: 'nesting/lists-indented-1000.md',
      what: '1 000 nested list levels by indentation',
      bytes: () => utf8(Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n')),
      expect: { status: 'failed', ruleId: 'nesting-too-deep' },
    },
    {
      name: 'nesting/quotes-10000.md',
      what: '10 000 nested block quotes',
      bytes: () => utf8(`${'>'.repeat(10_000)} a\n`),
      expect: { status: 'failed', ruleId: 'nesting-too-deep' },
    },
    {
      name: 'nesting/lists-100.md',
      what: '100 nested list levels (at the limit), on 200 lines',
      bytes: () => utf8(`${'- '.repeat(100)}Nội dung\n`.repeat(200)),
      expect: { status: 'ok' },
    },
    {
      name: 'table/1000-columns.md',
      what: 'a table with 1 000 columns',
      bytes: () => {
        const n = 1_000;
        const row = (cell: (i: number) => string) =>
          `| ${Array.from({ length: n }, (_, i) => cell(i)).join(' | ')} |`;
        return utf8(
          `Biểu số 01\n\n${row((i) => (i === 0 ? 'Chỉ tiêu' : `Quý ${i}`))}\n|${'---|'.repeat(n)}\n${row((i) => (i === 0 ? 'Thu nội địa' : String(i)))}\n`,
        );
      },
      expect: { status: 'ok' },
    },
    {
      name: 'footnotes/markers.md',
      what: `${markers.toLocaleString('en')} footnote markers citing 1 000 footnotes`,
      bytes: () => {
        const refs: string[] = [];
        for (let i = 0; i < markers; i++) refs.push(`Ý ${i}[^${(i % 1_000) + 1}]`);
        const definitions = Array.from(
          { length: 1_000 },
          (_, i) => `[^${i + 1}]: Chú thích ${i + 1}.`,
        );
        return utf8(`BÁO CÁO\n\n${refs.join(' ')}\n\n${definitions.join('\n')}\n`);
      },
      expect: { status: 'ok' },
    },
    ...(
      [
        ['digits', '1'],
        ['dots', '.'],
        ['commas', ','],
        ['spaces', ' '],
        ['parentheses', '('],
        ['number-like', '1.234,5 '],
        ['tags', '<a'],
        ['brackets', '[^'],
      ] as const
    ).map(
      ([kind, unit]): BadInput => ({
        name: `backtracking/${kind}.md`,
        what: `a line of ${backtrack.toLocaleString('en')} characters of ${JSON.stringify(unit)}`,
        bytes: () => utf8(`Số: ${unit.repeat(Math.ceil(backtrack / unit.length))}x\n`),
        expect: { status: 'ok' },
      }),
    ),
    {
      name: 'prototype/proto.md',
      what: '__proto__, constructor and prototype as headers, labels and footnotes',
      bytes: () => utf8(PROTO_REPORT),
      expect: { status: 'ok' },
    },
    {
      name: 'html/script.md',
      what: 'HTML and script in the text (kept as text, never run)',
      bytes: () =>
        utf8(
          'BÁO CÁO\n\n<script>globalThis.pwned = 1</script>\n\nNội dung <img src=x onerror="globalThis.pwned=1"> và <b>đậm</b>.\n\n[liên kết](javascript:alert(1))\n',
        ),
      expect: { status: 'ok' },
    },
    {
      name: 'names/báo cáo quý 1 năm 2023.md',
      what: 'a name with spaces and Vietnamese letters',
      bytes: () => utf8(smallReport('tên có dấu cách')),
      expect: { status: 'ok' },
    },
    {
      name: 'names/b\u0301a\u0301o-nfd.md',
      what: 'a name in decomposed (NFD) letters',
      bytes: () => utf8(smallReport('tên NFD')),
      expect: { status: 'ok' },
    },
    {
      name: 'names/dòng\nmới.md',
      what: 'a name with a newline',
      bytes: () => utf8(smallReport('tên có xuống dòng')),
      expect: { status: 'ok' },
    },
    {
      name: 'names/a..b.md',
      what: 'a name with ..',
      bytes: () => utf8(smallReport('tên có hai chấm')),
      expect: { status: 'ok' },
    },
    {
      name: 'names/x..y/z..md',
      what: 'a folder and a name with ..',
      bytes: () => utf8(smallReport('thư mục hai chấm')),
      expect: { status: 'ok' },
    },
  ];
  return cases;
}

/**
 * A report whose headers, labels and footnotes are the names of Object.prototype's properties
 * (`\_` escaped where the text must read `__proto__`: unescaped, `__proto__` is bold `proto`).
 */
const PROTO_REPORT = `BÁO CÁO

\\_\\_proto\\_\\_

I. constructor

1. prototype: Tổng thu ngân sách đạt 8.132 tỷ đồng[^__proto__], tăng 12,7%[^constructor].

- \\_\\_proto\\_\\_: 12 đơn vị
- constructor: 13 đơn vị
- hasOwnProperty: 14 đơn vị

| \\_\\_proto\\_\\_ | constructor | prototype | toString |
| --- | --- | --- | --- |
| \\_\\_proto\\_\\_ | 1 | 2 | 3 |
| constructor | 4 | 5 | 6 |
| prototype | 7 | 8 | 9 |

[^__proto__]: \\_\\_proto\\_\\_ constructor prototype
[^constructor]: prototype
`;

/** `unit` repeated up to `size` bytes (cut at a line end where it can, so the text stays valid). */
function repeatTo(unit: Uint8Array, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += unit.length) bytes.set(unit.subarray(0, size - at), at);
  // Never cut a UTF-8 sequence: end on an ASCII byte.
  let end = size;
  while (end > 0 && (bytes[end - 1] as number) >= 0x80) end--;
  return end === size ? bytes : bytes.subarray(0, end);
}
