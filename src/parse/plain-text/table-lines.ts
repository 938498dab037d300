/**
 * What the readers of tables printed a cell or a few to a line share (serial-table.ts: pdftotext's
 * column blocks; row-table.ts: a pdf.js dump's rows): the order column's header, a cell's figure or
 * unit, a found table's shape, and the header rows of the table before, which a page may go on.
 */
import { printedCell, printedFigure } from '../../vi/column-arithmetic.js';
import { joinCutYears } from '../../vi/period.js';
import { isFigureCell, isUnitCell } from '../../vi/table-headers.js';
import { type Cell, joint, cellPart as part } from './layout.js';
import type { Line } from './lines.js';

/**
 * The header rows' texts of the table just before (two where its figures' headers are two tiers).
 * A page that repeats them goes on with that table: one row may be all it holds, and where it
 * repeats only the upper tier (a merged cell's row), it is read with both.
 */
export interface TableBefore {
  headers: ReadonlyArray<readonly string[]>;
  /** Its body rows' texts: their arithmetic goes on with the table (src/vi/column-arithmetic.ts). */
  rows?: ReadonlyArray<readonly string[]>;
}

/** The header of the order-number column, whole or cut in its narrow column: `TT`, `STT`, `T`, `S`, `ST`. */
export const indexHeader = /^(?:S|T|TT|STT|ST)$/u;
/** The same, alone or with the next column's header after it (`T Chỉ tiêu`). */
export const indexStart = /^(?:S|T|TT|STT|ST)(?:\s|$)/u;

/** A cell that is one figure (`475`, `7.125,6`, `-`), or a range (`7,0 - 7,5`). */
export const isFigure = (text: string) => isFigureCell(text);

/** A table found in the lines: its rows, where its lines end, and a name it finishes. */
export interface FoundTable {
  rows: Array<{ cells: Cell[]; header: boolean }>;
  /** Where its lines start, when before the order column's header (a header read across). */
  start?: number;
  end: number;
  /** The end of the last row's name on the page before, printed above this page's names. */
  continued?: Line[];
  /** Order numbers that could not be given their rows (some were lost): text after the table. */
  unplaced?: Line[];
  /** Rows short of figures, whose empty cells nothing places: text after the table, each. */
  shortRows?: Line[][];
  /** Rows short of figures right after the table, which end it: text where they stand, said so. */
  endingRows?: Line[][];
  /** The row the reader could not give its cells, after rows it could: it ends the table, as text. */
  unreadRow?: Line[];
  /** Rows whose figures break the arithmetic every other row keeps (misread): text after the table. */
  misreadRows?: Line[][];
  /** A part overleaf with no header of its own: its rows go on under the table before's. */
  headless?: boolean;
  /** Rows whose figures were put in the order their percent column proves: a line of each. */
  reordered?: Line[];
  /** Read with the header tiers of the table before. */
  tiersBefore?: boolean;
  /** The line of the last row, where the page cut its unit. */
  cutUnit?: Line;
}

/** A cell's text that is a figure or a unit (`Tỷ đồng`, `%`, `Người`). */
export function isCellText(text: string): boolean {
  return isFigureCell(text, false) || isUnitCell(text);
}

/** The lines' texts, a space between. */
export function joined(lines: readonly Line[]): string {
  return lines.map((line) => line.text).join(' ');
}

/** A cell of the lines, each whole. */
export function cellOf(lines: readonly Line[]): Cell {
  return { parts: lines.map((line) => part(line, 0, line.text)) };
}

/** The unit column's header inside another's line (`Đơn vị tính năm 2024`: two headers met). */
export const unitHeader = /(?:Đơn vị tính|ĐVT)(?![\p{L}])/u;

/** A cell's parts' texts, a space between. */
export function partsText(parts: Cell['parts']): string {
  return parts.map((piece) => piece.segment.text).join(' ');
}

/** Whether the cells' texts are the texts, spaces aside (`T T` is `TT`, its letters cut). */
export function sameTexts(cells: readonly Cell[], texts: readonly string[]): boolean {
  const words = (text: string) => text.replace(/\s+/gu, '');
  return (
    cells.length === texts.length &&
    cells.every((cell, k) => words(partsText(cell.parts)) === words(texts[k] ?? ''))
  );
}

/** A cell's figure as printed, its pieces joined (`10.486,` / `3`): see printedFigure. */
export const figureOf = (text: string) => printedFigure(text.replace(/\s+/gu, ''));
/** The same, a dash `null` (`printedCell`): a short row's cell. */
export const cellFigureOf = (text: string) => printedCell(text.replace(/\s+/gu, ''));

/** A line in capitals, no figure (a group's name going on: `THAM GIA`, `TIỆN,` / `NGƯỜI LÁI`). */
export function inCapitals(text: string): boolean {
  return /^\p{Lu}{2}/u.test(text) && !/[\p{Ll}\d]/u.test(text);
}

/** A run of lines between blank lines, and the index after its last line. */
export interface Block {
  lines: Line[];
  end: number;
}

/** The block of lines from `from` (blank lines before it skipped) to the next blank line. */
export function block(lines: readonly Line[], from: number): Block | undefined {
  let start = from;
  while (start < lines.length && lines[start]?.text === '') start++;
  let end = start;
  while (end < lines.length && lines[end]?.text !== '') end++;
  return end > start ? { lines: lines.slice(start, end), end } : undefined;
}

/**
 * A text's words that a narrow column broke (`giườ ng`, `BHY T`, `10.0 00`, `khám ,`, `Kế hoạc h`)
 * joined again, as a cell's lines are (`joint`), and a year broken (`quý I/202 4`).
 */
export function mended(text: string): string {
  const words = text.split(' ');
  let value = words[0] ?? '';
  for (let k = 1; k < words.length; k++) {
    const word = words[k] as string;
    const before = words[k - 1] ?? '';
    const broken = before !== '' && word !== '' && joint(before, word) === '';
    value += broken ? word : ` ${word}`;
  }
  return joinCutYears(value);
}
