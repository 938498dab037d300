/**
 * unread-table: a table left as text, so its figures are neither cells nor facts: an HTML
 * `<table>` read as a paragraph, lines of numeric columns aligned with runs of spaces (text
 * extraction in layout mode, pandoc's simple and multiline tables in a code block), or a table
 * printed one cell per line (plain text extraction).
 *
 * ok (a GFM table is read as a table):
 * ```markdown
 * | TT | Chỉ tiêu | Kế hoạch | Ước TH |
 * | -- | -------- | -------- | ------ |
 * | 1  | Thu nội địa | 42.500 | 8.132 |
 * ```
 *
 * not-ok (`unread-table` at line 1: rows of aligned figures in a quoted paragraph):
 * ```markdown
 * > Thu nội địa          42.500      8.132      19,13
 * > Thu xuất nhập khẩu   69.900     14.623      20,92
 * > Tổng vốn đầu tư     190.000     35.137      18,49
 * ```
 *
 * not-ok (`unread-table` at line 1: a column's figures joined after its header's words):
 * ```markdown
 * Diện tích Năng suất (ha) (tạ/ha) 742,6 38,5 31,8 46,2 12,0 61,8 52,4 185,0
 * ```
 *
 * not-ok (`unread-table` at line 5: a narrow cell's figures cut, a paragraph a line, by pdf2md):
 * ```markdown
 * Kết quả thực hiện các chỉ tiêu như sau:
 *
 * 185,0
 *
 * ,5
 *
 * 634,2
 *
 * ,0
 *
 * 27,
 *
 * 816,2 29,
 *
 * ,4
 * ```
 */
import type { Block } from '../../schema/document.js';
import { eachSection } from '../../structure/walk.js';
import { blockLines, type Finding, growing, type QualityRule } from './rule.js';

/**
 * A figure as tables print it: `42.500`, `8.132,00`, `85,45`, `(2,5)`, `-12%`, a range `12,7 - 13`,
 * or `-` for none.
 */
const FIGURE = /^[(-]?\d(?:[\d.,]*\d)?%?\)?(?:[ \t]?[-–][ \t]?\d(?:[\d.,]*\d)?%?)?$|^[-–—]$/;
/** What a figure starts with: a digit, `(`, `-`, `–`, `—`. */
function mayBeFigure(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || code === 40 || code === 45 || code === 0x2013 || code === 0x2014
  );
}
/** A figure with digits (not a dash for none). */
const NUMERIC = /\d/;
/**
 * Rows of a table that are apart by at most this many lines (wrapped cell text, labels a reader
 * made blocks of their own) stay one table.
 */
const MAX_GAP = 20;
const ALIGNED_ROWS = 3;
const CELL_LINES = 6;
/** Cells printed one per paragraph (mammoth) have a row's label and unit between its figures. */
const CELL_GAP = 6;

/**
 * A row of a table read as a line of text: cells apart by runs of spaces with two figures or more
 * (layout text), or three figures or more making two in five of the line's tokens (a reader joined
 * a row's cells with single spaces: `Tỷ đồng 4.305 1.024,5 112,4 23,8`). Prose with figures has
 * words between them: `đạt 1.024,5 tỷ đồng, bằng 23,8% dự toán năm`.
 */
function isAlignedRow(text: string, { figures, share, run }: Figures): boolean {
  if (text.includes('  ') || text.includes('\t')) {
    const cells = text.trim().split(/ {2,}|\t+/);
    if (cells.length >= 3 && cells.filter((cell) => FIGURE.test(cell)).length >= 2) return true;
  }
  return (figures >= 3 && share >= 0.4) || run >= 3;
}

/**
 * A line of a table's figures run together: many figures, few words; or a whole table flattened
 * into one line with its labels (pdf2md), more figures than a paragraph of prose ever holds.
 */
function isFigureRun({ figures, share, run, rowRuns }: Figures, text: string): boolean {
  if (ORDER_RUN.test(text)) return false;
  return (
    (figures >= 8 && share >= 0.6) ||
    (figures >= 12 && share >= 0.3) ||
    rowRuns >= ROW_RUNS ||
    run >= COLUMN_RUN
  );
}

/**
 * A column's figures run together after its header's words (`Diện tích Năng suất (ha) (tạ/ha)
 * 742,6 38,5 31,8 46,2 12,0 61,8 52,4 185,0`, pdftotext's blocks joined): prose never lists this
 * many figures with no word between them.
 */
const COLUMN_RUN = 8;

/**
 * Rows of a flattened table in one line, each ending with its figures (`… Tỷ đồng 475 486,7 102,5
 * 2 Thu nhập … 60 62,4 104,0 …`): prose never has this many runs of three figures or more.
 */
const ROW_RUNS = 3;

/**
 * A table's order numbers and bullets alone (`4 5 6 7 - 8 9 10 11 12`), which the plain-text reader
 * keeps after a table it read when it could not give them their rows (and says so): no figures.
 */
const ORDER_RUN = /^(?:\d{1,3}|[-+])(?: (?:\d{1,3}|[-+]))+$/u;

/**
 * How many of a line's tokens are figures, their share, and the most figures with digits in one
 * run of figures (a row's cells after its label: `… trên địa bàn 4.305 1.024,5 112,4 23,8`), and
 * how many such runs of three or more.
 */
interface Figures {
  figures: number;
  share: number;
  run: number;
  /** How many runs of three figures with digits or more. */
  rowRuns: number;
}

function figureShare(text: string): Figures {
  let tokens = 0;
  let figures = 0;
  let run = 0;
  let longest = 0;
  let rowRuns = 0;
  // A scan by character rather than a split: this runs over every line of every document, and
  // words, most tokens, are passed over without a string or a regex.
  let at = 0;
  while (at < text.length) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    const start = at;
    while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
    tokens++;
    if (!mayBeFigure(text.charCodeAt(start)) || !FIGURE.test(text.slice(start, at))) {
      run = 0;
      continue;
    }
    figures++;
    if (!NUMERIC.test(text.slice(start, at))) continue;
    longest = Math.max(longest, ++run);
    if (run === 3) rowRuns++;
  }
  return { figures, share: tokens === 0 ? 0 : figures / tokens, run: longest, rowRuns };
}

/** Space, tab, no-break space, line breaks. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 10 || code === 13 || code === 0x202f;
}

/** A cell printed alone is short. */
const MAX_CELL_LENGTH = 24;

function isCellLine(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length <= MAX_CELL_LENGTH &&
    (FIGURE.test(trimmed) || trimmed.split(' ').every((token) => FIGURE_PIECE.test(token)))
  );
}

/**
 * A figure or a piece of one a narrow cell cut (`18.5`, `,5`, `29,`), as a converter that keeps a
 * cell's lines apart prints them: with a few to a line (`620,0 215,4 34,`), still no word.
 */
const FIGURE_PIECE = /^[-+(]?[\d.,]{0,12}\d[\d.,]{0,12}%?\)?$/;

function hasHtmlTable(lines: readonly string[], block: Block): boolean {
  return block.sources.some(({ startLine, endLine }) =>
    lines.slice(startLine - 1, endLine).some((line) => /<table[\s>]/i.test(line)),
  );
}

/**
 * Runs of lines that pass `test`, each within MAX_GAP lines of the one before (a table's rows are
 * apart by the wrapped text of their cells, or by blank lines that made each row a block).
 */
function runs(
  lines: readonly { text: string; line: number }[],
  test: (index: number) => boolean,
  size: number,
  maxGap: number,
): number[] {
  const starts: number[] = [];
  let count = 0;
  let start = 0;
  let last = -Infinity;
  for (let index = 0; index < lines.length; index++) {
    if (!test(index)) continue;
    const line = lines[index]?.line ?? 0;
    if (line - last > maxGap) {
      count = 0;
      start = line;
    }
    last = line;
    count++;
    if (count === size) starts.push(start);
  }
  return starts;
}

export const unreadTable: QualityRule = {
  ruleId: 'unread-table',
  check(context) {
    const findings: Finding[] = [];
    const prose: { text: string; line: number }[] = [];
    // Most documents hold no HTML table at all: one look at the lines spares a look per block.
    const html = context.lines.some((line) => line.includes('<table') || line.includes('<TABLE'));
    for (const block of context.blocks) {
      if (block.kind === 'table') continue;
      if (html && hasHtmlTable(context.lines, block)) {
        findings.push({
          reason: 'An HTML table is read as text, not as a table',
          line: block.sources[0]?.startLine,
        });
      } else for (const line of blockLines(block)) prose.push(line);
    }
    // A converter that sets a flattened row in large type makes it a heading (pdf2md: `## % 95
    // 92,4`): section titles are read as the lines they are.
    for (const section of eachSection(context.document.sections)) {
      const line = section.sources[0]?.startLine;
      if (line !== undefined && section.title) prose.push({ text: section.title, line });
    }
    prose.sort((a, b) => a.line - b.line);
    // Each line's figures are counted once; both row tests read them.
    const figures = prose.map(({ text }) => figureShare(text));
    const aligned = (index: number) =>
      isAlignedRow(prose[index]?.text ?? '', figures[index] as Figures);
    for (const line of runs(prose, aligned, ALIGNED_ROWS, MAX_GAP)) {
      findings.push({ reason: 'A table is read as text (lines of aligned figures)', line });
    }
    prose.forEach(({ line }, index) => {
      if (isFigureRun(figures[index] as Figures, prose[index]?.text ?? '')) {
        findings.push({ reason: 'A table is read as text (a line of figures run together)', line });
      }
    });
    const cell = (index: number) => isCellLine(prose[index]?.text ?? '');
    for (const line of runs(prose, cell, CELL_LINES, CELL_GAP)) {
      findings.push({ reason: 'A table is read as text (figures one per line)', line });
    }
    return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  },
  penalty: (findings) => growing(findings.length, 0.25, 0.1, 0.45),
};
