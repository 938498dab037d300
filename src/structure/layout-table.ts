/**
 * Layout tables: the head (issuer and number | motto, place and date) and the foot (`Nơi nhận` |
 * signature) of a document laid out in a two-column table, read column by column. They hold
 * metadata, not data.
 *
 * A GFM pipe table comes from remark as a `table`; a pandoc grid table (what `pandoc -t markdown`
 * writes for a Word table whose cells hold several paragraphs) is no markdown remark knows, so it
 * comes as one paragraph of `+---+` and `| … |` lines:
 *
 * ```markdown
 * +-----------------------------------+-----------------------------------+
 * | **ĐẢNG BỘ TỈNH BẮC GIANG**        | **ĐẢNG CỘNG SẢN VIỆT NAM**        |
 * |                                   |                                   |
 * | **ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN     | *Bắc Giang, ngày 12 tháng 6 năm   |
 * | TỈNH**                            | 2024*                             |
 * +-----------------------------------+-----------------------------------+
 * ```
 * → columns `['ĐẢNG BỘ TỈNH BẮC GIANG', 'ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH']` and
 * `['ĐẢNG CỘNG SẢN VIỆT NAM', 'Bắc Giang, ngày 12 tháng 6 năm 2024']`: a cell's lines wrapped by
 * the table are one paragraph again, a blank cell line parts paragraphs, and the markdown inside
 * (`**`, `\-`) is read by remark, never stripped by pattern.
 */
import type { RootContent, TableCell } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { plainText } from '../mdast/plain-text.js';

const BORDER = /^\+(?:[-=:]+\+)+$/;

/** The columns of a layout table node (pipe or grid), each as its lines of text; else undefined. */
export function layoutColumns(node: RootContent, source: string): string[][] | undefined {
  if (node.type === 'table') {
    const columns: string[][] = [];
    for (const row of node.children) {
      row.children.forEach((cell, index) => {
        const column = columns[index] ?? [];
        for (const line of cellLines(cell)) column.push(line);
        columns[index] = column;
      });
    }
    return columns;
  }
  if (node.type === 'paragraph') return gridColumns(sourceOf(node, source));
  return undefined;
}

function sourceOf(node: RootContent, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

/** A pipe table cell's lines: `<br>` breaks a line. */
function cellLines(cell: TableCell): string[] {
  const parts: string[] = [''];
  for (const child of cell.children) {
    if (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value)) parts.push('');
    else parts[parts.length - 1] += plainText(child).text;
  }
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

const inline = unified().use(remarkParse);

/** Markdown of one cell paragraph → its plain text. */
function cellText(markdown: string): string {
  const tree = inline.parse(markdown);
  return tree.children
    .map((child) => plainText(child).text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A pandoc grid table's columns, or undefined when the text is not one. */
export function gridColumns(text: string): string[][] | undefined {
  const lines = text.split('\n').map((line) => line.trim());
  const [first] = lines;
  if (first === undefined || !BORDER.test(first) || lines.length < 3) return undefined;
  const width = first.split('+').length - 2;
  const columns: string[][] = Array.from({ length: width }, () => []);
  const pending: string[][] = Array.from({ length: width }, () => []);
  const flush = (index: number) => {
    const part = pending[index] ?? [];
    if (part.length > 0) columns[index]?.push(cellText(part.join('\n')));
    pending[index] = [];
  };
  for (const line of lines) {
    if (BORDER.test(line)) {
      for (let c = 0; c < width; c++) flush(c);
      continue;
    }
    const cells = line.split('|');
    if (cells.length !== width + 2 || cells[0] !== '' || cells.at(-1) !== '') return undefined;
    cells.slice(1, -1).forEach((cell, c) => {
      const content = cell.trim();
      if (content === '') flush(c);
      else pending[c]?.push(content);
    });
  }
  for (let c = 0; c < width; c++) flush(c);
  return columns.map((column) => column.filter((line) => line !== ''));
}
