/**
 * Tables that a text extractor printed a cell or a few to a line, read back when their shape is
 * certain: column by column (pdftotext, `serialTable`) or row by row (a pdf.js dump, `rowTable`).
 *
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
export const indexHeader = /^(?:S|T|TT|STT)$/u;
/** The same, alone or with the next column's header after it (`T Chỉ tiêu`). */
export const indexStart = /^(?:S|T|TT|STT)(?:\s|$)/u;
const orderNumber = /^\d{1,3}$/u;
/** A cell that is a figure: `475`, `7.125,6`, `104,0`, `2,0`, `-`. */
const figure = /^(?:[-–]|\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)$/u;

/** The body's lines cut into runs of text and the tables printed a cell or a few to a line. */
export function serialPieces(lines: readonly Line[]): SerialPiece[] {
  const pieces: SerialPiece[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!indexStart.test(lines[i]?.text ?? '')) continue;
    const found = serialTable(lines, i) ?? rowTable(lines, i);
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
  return { parts: lines.map((line) => part(line, 0, line.text)) };
}

/**
 * A table a pdf.js dump printed row by row (a line per text run): the index header's letters and
 * the indicator's header (`T` / `T Chỉ tiêu`), the other headers a line or two each (`Đơn` / `vị` /
 * `Kế hoạch năm` / `2023` …: a header starts with a capital), then each row: its number and name
 * (`1 Tổng` / `giá trị` / `sản` / `xuất`, going on in lower case), its unit (`Tỷ` / `đồng`), and its
 * figures on one line (`475 486,7 102,5`, or `Tấn 7.000 7.125,6 101,8`). Read only when every row
 * has as many figures, the headers are as many as the unit and figures, and each row a unit.
 */
function rowTable(
  lines: readonly Line[],
  from: number,
): { rows: Array<{ cells: Cell[]; header: boolean }>; end: number } | undefined {
  let at = from;
  const indexLines: Line[] = [];
  let labelHeader: Cell | undefined;
  while (at < lines.length && indexStart.test(lines[at]?.text ?? '')) {
    const line = lines[at] as Line;
    const rest = /^(?:S|T|TT|STT)\s+(\S.*)$/u.exec(line.text);
    if (rest) {
      const offset = line.text.length - (rest[1] as string).length;
      indexLines.push({ ...line, text: line.text.slice(0, offset).trimEnd() });
      labelHeader = { parts: [part(line, offset, rest[1] as string)] };
      at++;
      break;
    }
    indexLines.push(line);
    at++;
  }
  if (!labelHeader) return undefined;
  // A row's first line: its number, then its name from a capital (`1 Tổng`).
  const rowStart = (n: number, line: Line | undefined) => {
    const number = String(n);
    return (
      line?.text.startsWith(number) === true && /^\s+\p{Lu}/u.test(line.text.slice(number.length))
    );
  };
  const headerLines: Line[] = [];
  while (at < lines.length && !rowStart(1, lines[at])) {
    if (lines[at]?.text === '') return undefined;
    headerLines.push(lines[at] as Line);
    at++;
  }
  const headers = splitAtCapitals(headerLines);
  const columns = headers.length;
  if (columns < 2 || headerLines.length === 0) return undefined;
  const rows: Array<{ cells: Cell[]; header: boolean }> = [];
  let figures: number | undefined;
  for (let n = 1; rowStart(n, lines[at]); n++) {
    const start = at;
    // A row runs to the next row's number; the last one to its line of figures.
    let end = start + 1;
    while (end < lines.length && lines[end]?.text !== '' && !rowStart(n + 1, lines[end])) end++;
    if (!rowStart(n + 1, lines[end])) {
      if (figures === undefined) return undefined;
      end = start;
      while (end < lines.length && trailingFigures(lines[end]?.text ?? '').length !== figures) {
        if (lines[end]?.text === '') return undefined;
        end++;
      }
      end++;
    }
    const row = readRow(lines.slice(start, end), n, columns, figures);
    if (!row) return undefined;
    figures = row.figures;
    rows.push({ cells: row.cells, header: false });
    at = end;
  }
  if (rows.length < 2) return undefined;
  const header = [cellOf(indexLines), labelHeader, ...headers.map(cellOf)];
  return { rows: [{ cells: header, header: true }, ...rows], end: at };
}

/** A row of a pdf.js dump: number, name, one text column (the unit), then its figures. */
function readRow(
  rowLines: readonly Line[],
  n: number,
  columns: number,
  expected: number | undefined,
): { cells: Cell[]; figures: number } | undefined {
  const first = rowLines[0];
  const last = rowLines.at(-1);
  if (!first || !last || rowLines.some((line) => line.text === '')) return undefined;
  const tokens = trailingFigures(last.text);
  const figures = tokens.length;
  if (figures === 0 || (expected !== undefined && figures !== expected)) return undefined;
  // One text column between the name and the figures: the unit.
  if (columns - figures !== 1) return undefined;
  const numberText = String(n);
  const nameStart = first.text.slice(numberText.length).search(/\S/) + numberText.length;
  const name: Cell = { parts: [part(first, nameStart, first.text.slice(nameStart))] };
  let k = 1;
  while (k < rowLines.length - 1 && /^\p{Ll}/u.test(rowLines[k]?.text ?? '')) {
    const line = rowLines[k] as Line;
    name.parts.push(part(line, 0, line.text));
    k++;
  }
  const unit: Cell = { parts: [] };
  for (; k < rowLines.length - 1; k++) {
    const line = rowLines[k] as Line;
    unit.parts.push(part(line, 0, line.text));
  }
  const figureStart = tokens[0]?.at ?? 0;
  // The last line: the name's end (a one-line row), the unit's, or only figures.
  const before = last.text.slice(0, figureStart).trim();
  if (rowLines.length === 1) {
    if (before === '' || !isCell([{ ...last, text: before }])) return undefined;
  } else if (before !== '') unit.parts.push(part(last, 0, before));
  if (unit.parts.length === 0 || name.parts[0]?.segment.text === '') return undefined;
  const cells = [
    { parts: [part(first, 0, numberText)] },
    name,
    unit,
    ...tokens.map((token) => ({ parts: [part(last, token.at, token.text)] })),
  ];
  return { cells, figures };
}

/** The figures a line ends with, each with its offset: `Tấn 7.000 7.125,6 101,8` → three. */
function trailingFigures(text: string): Array<{ at: number; text: string }> {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
  let k = tokens.length;
  while (k > 0 && figure.test(tokens[k - 1]?.text ?? '')) k--;
  return tokens.slice(k);
}

function part(line: Line, offset: number, text: string): Cell['parts'][number] {
  return { line, segment: { start: line.indent + offset, text } };
}
