/**
 * A table pdftotext printed column by column (its default mode, on a table whose columns are too
 * far apart to read across): the order-number column first, the header's letters stacked (`T` /
 * `T`) and the numbers under them (`1` … `6`); then the indicator column, its header and each
 * name wrapped over lines (`Chỉ tiêu` / `Tổng` / `giá trị` / `sản` / `xuất` / `Thu` …); then the
 * other columns' headers, a block each (`Đơn vị`, `Kế hoạch năm 2023` …); then the cells, a block
 * each, row after row (`Tỷ đồng`, `475`, `486,7`, `102,5`, `Triệu đồng` …).
 *
 * It is read as a table only when every count agrees: the names split at their capitals are as many
 * as the order numbers, the cells are as many as rows × columns, and every row has its figures in
 * the same columns. Anything else (a table over pages, a header that runs across columns, a name
 * that starts in lower case) stays text, as before: a cell never lands in another's row.
 */
import { columnRole } from '../../vi/table-headers.js';
import { readScale, unitTable } from '../../vi/units.js';
import type { Cell } from './layout.js';
import type { Line } from './lines.js';

export type SerialPiece =
  | { kind: 'lines'; lines: Line[] }
  | { kind: 'table'; lines: Line[]; rows: Array<{ cells: Cell[]; header: boolean }> };

/** The header of the order-number column, whole or a letter a line: `TT`, `STT`, `T`, `S`. */
const indexHeader = /^(?:S|T|TT|STT)$/u;
const orderNumber = /^\d{1,3}$/u;
/** A cell that is a figure: `475`, `7.125,6`, `104,0`, `2,0`, `-`. */
const figure = /^(?:[-–]|\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)$/u;

/** The body's lines cut into runs of text and the column-by-column tables among them. */
export function serialPieces(lines: readonly Line[]): SerialPiece[] {
  const pieces: SerialPiece[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!indexHeader.test(lines[i]?.text ?? '')) continue;
    const found = serialTable(lines, i);
    if (!found) continue;
    if (i > from) pieces.push({ kind: 'lines', lines: lines.slice(from, i) });
    pieces.push({ kind: 'table', lines: lines.slice(i, found.end), rows: found.rows });
    from = found.end;
    i = found.end - 1;
  }
  if (from < lines.length) pieces.push({ kind: 'lines', lines: lines.slice(from) });
  return pieces;
}

function serialTable(
  lines: readonly Line[],
  from: number,
): { rows: Array<{ cells: Cell[]; header: boolean }>; end: number } | undefined {
  let at = from;
  const skipBlanks = () => {
    while (at < lines.length && lines[at]?.text === '') at++;
  };
  // The order-number column: its header, then 1, 2, 3 … with blank lines anywhere between.
  const indexLines: Line[] = [];
  while (at < lines.length && indexHeader.test(lines[at]?.text ?? '')) {
    indexLines.push(lines[at] as Line);
    at++;
  }
  const numbers: Line[] = [];
  for (skipBlanks(); at < lines.length; skipBlanks()) {
    const line = lines[at] as Line;
    if (!orderNumber.test(line.text) || Number(line.text) !== numbers.length + 1) break;
    numbers.push(line);
    at++;
  }
  const rowCount = numbers.length;
  if (rowCount < 2) return undefined;
  // The indicator column: one block, its header and each name from a capital.
  const column = block(lines, at);
  if (!column) return undefined;
  const names = splitAtCapitals(column.lines);
  if (names.length !== rowCount + 1) return undefined;
  at = column.end;
  // The other columns' headers, a block each, up to the first cell (a unit or a figure).
  const headers: Line[][] = [];
  for (let next = block(lines, at); next && !isCell(next.lines); next = block(lines, at)) {
    headers.push(next.lines);
    at = next.end;
  }
  const columns = headers.length;
  if (columns === 0) return undefined;
  const cells: Line[][] = [];
  for (let n = 0; n < rowCount * columns; n++) {
    const next = block(lines, at);
    if (!next) return undefined;
    cells.push(next.lines);
    at = next.end;
  }
  // Every row has its figures where the first row has them, and some column holds figures.
  const shape = (row: number) =>
    cells.slice(row * columns, (row + 1) * columns).map((c) => figure.test(joined(c)));
  const first = shape(0);
  if (!first.some(Boolean)) return undefined;
  for (let row = 1; row < rowCount; row++) {
    if (shape(row).some((isFigure, k) => isFigure !== first[k])) return undefined;
  }
  const header = { cells: [cellOf(indexLines), cellOf(names[0] ?? []), ...headers.map(cellOf)] };
  const rows = numbers.map((number, row) => ({
    cells: [
      cellOf([number]),
      cellOf(names[row + 1] ?? []),
      ...cells.slice(row * columns, (row + 1) * columns).map(cellOf),
    ],
    header: false,
  }));
  return { rows: [{ ...header, header: true }, ...rows], end: at };
}

/** The block of lines from `from` (blank lines before it skipped) to the next blank line. */
function block(lines: readonly Line[], from: number): { lines: Line[]; end: number } | undefined {
  let start = from;
  while (start < lines.length && lines[start]?.text === '') start++;
  let end = start;
  while (end < lines.length && lines[end]?.text !== '') end++;
  return end > start ? { lines: lines.slice(start, end), end } : undefined;
}

/** A name starts on a line that starts with a capital; the lines after it go on with it. */
function splitAtCapitals(lines: readonly Line[]): Line[][] {
  const names: Line[][] = [];
  for (const line of lines) {
    if (/^\p{Lu}/u.test(line.text) || names.length === 0) names.push([line]);
    else names.at(-1)?.push(line);
  }
  return names;
}

/** A block that is a cell rather than a header: a figure or a unit (`Tỷ đồng`, `%`, `Người`). */
function isCell(lines: readonly Line[]): boolean {
  const text = joined(lines);
  if (figure.test(text)) return true;
  // A column's header names its role (`Kế hoạch năm 2023`, `Đơn vị tính`); `Đơn vị` alone heads
  // the units too, though `đơn vị` is also a unit a figure counts in.
  if (columnRole(text) !== 'other' || /^(?:đơn vị|đvt)(?![\p{L}])/iu.test(text)) return false;
  const lower = text.toLocaleLowerCase('vi');
  // A scale before the unit: `tỷ đồng`, `triệu USD`, `nghìn lượt`.
  const scale = readScale(lower, 0)?.end ?? 0;
  const from = scale === 0 ? 0 : scale + 1;
  return from <= lower.length && unitTable().read(lower, from)?.end === lower.length;
}

function joined(lines: readonly Line[]): string {
  return lines.map((line) => line.text).join(' ');
}

function cellOf(lines: readonly Line[]): Cell {
  return {
    parts: lines.map((line) => ({ line, segment: { start: line.indent, text: line.text } })),
  };
}
