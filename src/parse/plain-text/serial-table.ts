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
import { columnRole, isFigureCell, isLabelOnly, isUnitCell } from '../../vi/table-headers.js';
import { acrossTable } from './across-table.js';
import type { Cell } from './layout.js';
import type { Line } from './lines.js';

export type SerialPiece =
  | { kind: 'lines'; lines: Line[] }
  | {
      kind: 'table';
      lines: Line[];
      rows: Array<{ cells: Cell[]; header: boolean }>;
      /** The end of the last row's name on the page before, printed above this page's names. */
      continued: Line[];
      /** Order numbers the reader could not give their rows: text after the table. */
      unplaced: Line[];
    };

/** The header of the order-number column, whole or a letter a line: `TT`, `STT`, `T`, `S`. */
export const indexHeader = /^(?:S|T|TT|STT)$/u;
/** The same, alone or with the next column's header after it (`T Chỉ tiêu`). */
export const indexStart = /^(?:S|T|TT|STT)(?:\s|$)/u;
const orderNumber = /^\d{1,3}$/u;
/** A cell that is one figure (`475`, `7.125,6`, `-`), or a range (`7,0 - 7,5`). */
const isFigure = (text: string) => isFigureCell(text);

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
}

/** The body's lines cut into runs of text and the tables printed a cell or a few to a line. */
export function serialPieces(lines: readonly Line[]): SerialPiece[] {
  const pieces: SerialPiece[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!indexStart.test(lines[i]?.text ?? '')) continue;
    const found =
      serialTable(lines, i) ??
      blockTable(lines, i) ??
      rowTable(lines, i) ??
      acrossTable(lines, i, trailingFigures);
    if (!found) continue;
    // A table read across (OCR) starts with the header's lines above the order column's.
    const start = Math.max(from, found.start ?? i);
    if (start > from) pieces.push({ kind: 'lines', lines: lines.slice(from, start) });
    pieces.push({
      kind: 'table',
      lines: lines.slice(start, found.end),
      rows: found.rows,
      continued: found.continued ?? [],
      unplaced: found.unplaced ?? [],
    });
    from = found.end;
    i = found.end - 1;
  }
  // Blank lines after a table are no text of their own.
  const rest = lines.slice(from);
  if (rest.some((line) => line.text !== '')) pieces.push({ kind: 'lines', lines: rest });
  return pieces;
}

function serialTable(lines: readonly Line[], from: number): FoundTable | undefined {
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
    cells.slice(row * columns, (row + 1) * columns).map((c) => isFigureCell(joined(c), false));
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
  return isCellText(joined(lines));
}

function isCellText(text: string): boolean {
  return isFigureCell(text, false) || isUnitCell(text);
}

function joined(lines: readonly Line[]): string {
  return lines.map((line) => line.text).join(' ');
}

function cellOf(lines: readonly Line[]): Cell {
  return { parts: lines.map((line) => part(line, 0, line.text)) };
}

/**
 * A table a pdf.js dump printed row by row (a line per text run): the headers a line or a few each
 * (`T` / `T` / `Chỉ` / `tiêu` / `Đơn vị` / `tính` / `Kế hoạch` / `năm 2024` …, or `TT Chỉ tiêu Đơn
 * vị tính` on one line: a header starts at a capitalised word once the one before names its role), then each
 * row: its number or bullet and name (`1 Tổng sản`, `- Thu`, `+`), the name going on in lower case,
 * its unit (`Triệu` / `USD`, or before the figures), and its figures ending a line (`Tỷ đồng 65.000
 * 12.345,6 107,52`); a short row is one line (`3 Tổng mức Tỷ đồng 41.200 9.876,5 111,2`). A row
 * that heads a group has no cells (`Bao` / `gồm:`); lines in lower case after the headers finish
 * the last name of the page before. Read only when every row has as many figures as there are
 * figure headers, its number in sequence, and a unit where the table has a unit column.
 */
function rowTable(lines: readonly Line[], from: number): FoundTable | undefined {
  let at = from;
  const headerLines: Line[] = [];
  while (at < lines.length && !rowStart(lines[at])) {
    if (lines[at]?.text === '') return undefined;
    headerLines.push(lines[at] as Line);
    at++;
  }
  // A group's row (`Bao` / `gồm:`) can come before the first numbered one.
  const group = [3, 2, 1].find(
    (size) => size < headerLines.length && isLabelOnly(joined(headerLines.slice(-size))),
  );
  if (group !== undefined) {
    headerLines.length -= group;
    at -= group;
  }
  const head = rowHeaders(headerLines);
  if (!head) return undefined;
  const { cells: header, unit: hasUnit, figures: count, continued } = head;
  const rows: FoundTable['rows'] = [{ cells: header, header: true }];
  const blank = () => header.slice(2).map((): Cell => ({ parts: [] }));
  let expected: number | undefined;
  let end = at;
  while (at < lines.length) {
    // A row that heads a group: its lines up to the next row's start say only that.
    let stop = at;
    while (
      stop < lines.length &&
      stop - at < 4 &&
      lines[stop]?.text !== '' &&
      !rowStart(lines[stop])
    ) {
      stop++;
    }
    if (stop > at) {
      const group = lines.slice(at, stop);
      if (!rowStart(lines[stop]) || !isLabelOnly(joined(group))) break;
      rows.push({ cells: [{ parts: [] }, cellOf(group), ...blank()], header: false });
      at = stop;
      continue;
    }
    const first = lines[at] as Line;
    if (!rowStart(first)) break;
    const number = /^\d{1,3}/u.exec(first.text)?.[0];
    if (number !== undefined && expected !== undefined && Number(number) !== expected) break;
    // The row runs to the line its figures end. One without them (a blank line or another row's
    // start first) ends the table before it: the lines from it stay text.
    let last = at;
    while (last < lines.length && !trailingFigures(lines[last]?.text ?? '', count)) {
      const stop = lines[last]?.text === '' || (last > at && rowStart(lines[last]));
      last = stop ? lines.length : last + 1;
    }
    if (last >= lines.length) break;
    const row = rowCells(lines.slice(at, last + 1), count, hasUnit);
    if (!row) return undefined;
    if (number !== undefined) expected = Number(number) + 1;
    rows.push({ cells: row, header: false });
    at = last + 1;
    end = at;
  }
  if (rows.length < 3) return undefined;
  return { rows, end, continued };
}

/** A row's first line: its number or bullet, then its name from a capital (`1 Tổng`, `- Thu`), or a bullet alone. */
function rowStart(line: Line | undefined): boolean {
  return line !== undefined && /^(?:(?:\d{1,3}|[-–+])\s+\p{Lu}|[-–+]$)/u.test(line.text);
}

/**
 * The headers of a row-by-row table: the order column's letters, the indicator's, the unit's and
 * the figures', each from a capital once the one before names its role (`So với` / `KH (%)` stays
 * one); `TT Chỉ tiêu Đơn vị tính` on one line is three. The lines in lower case after a header that
 * ended (`(%)`, a year) finish the page before's last name.
 */
function rowHeaders(
  lines: readonly Line[],
): { cells: Cell[]; unit: boolean; figures: number; continued: Line[] } | undefined {
  const order: Cell = { parts: [] };
  let k = 0;
  for (; k < lines.length && indexStart.test(lines[k]?.text ?? ''); k++) {
    const line = lines[k] as Line;
    const letters = /^\S+/u.exec(line.text)?.[0] ?? '';
    order.parts.push(part(line, 0, letters));
    const rest = line.text.slice(letters.length).trimStart();
    if (rest !== '') {
      // The other headers go on on this line: read them from it as from a line of their own.
      const offset = line.text.length - rest.length;
      return headersFrom(order, [
        { ...line, column: line.column + offset, indent: line.indent + offset, text: rest },
        ...lines.slice(k + 1),
      ]);
    }
  }
  if (order.parts.length === 0) return undefined;
  return headersFrom(order, lines.slice(k));
}

function headersFrom(
  order: Cell,
  lines: readonly Line[],
): { cells: Cell[]; unit: boolean; figures: number; continued: Line[] } | undefined {
  // The lines in lower case after the last header that ended finish the page before's last name.
  let cut = lines.length;
  while (cut > 0 && /^\p{Ll}/u.test(lines[cut - 1]?.text ?? '')) cut--;
  const ended = cut > 0 && /(?:\)|\d{4}|%)$/u.test(lines[cut - 1]?.text ?? '');
  if (!ended) cut = lines.length;
  const groups: Cell[] = [];
  let current: Cell['parts'] = [];
  const close = () => {
    if (current.length > 0) groups.push({ parts: current });
    current = [];
  };
  for (const line of lines.slice(0, cut)) {
    // Two headers on one line: the unit's after another's (`Chỉ tiêu Đơn vị tính`).
    const unit = unitHeader.exec(line.text);
    const before = unit ? line.text.slice(0, unit.index).trimEnd() : '';
    const pieces =
      unit && before !== '' && columnRole(before) !== 'other'
        ? [part(line, 0, before), part(line, unit.index, line.text.slice(unit.index))]
        : [part(line, 0, line.text)];
    for (const piece of pieces) {
      const text = partsText(current);
      const role = /^đơn vị$/iu.test(text) ? 'unit' : columnRole(text);
      // A header starts with a word (`Kế`, `Ước`, `So`), not a period's numeral (`I/2024`).
      if (/^\p{Lu}\p{Ll}/u.test(piece.segment.text) && current.length > 0 && role !== 'other')
        close();
      current.push(piece);
    }
  }
  close();
  // `Đơn vị` alone heads the units when it stands where the unit's header does, after the name's.
  const roles = groups.map((cell, k) => {
    const text = partsText(cell.parts);
    return k === 1 && /^đơn vị$/iu.test(text) ? 'unit' : columnRole(text);
  });
  if (roles[0] !== 'label' || roles.includes('other') || roles.slice(1).includes('label'))
    return undefined;
  const units = roles.filter((role) => role === 'unit').length;
  if (units > 1 || (units === 1 && roles[1] !== 'unit')) return undefined;
  const figures = groups.length - 1 - units;
  if (figures < 2) return undefined;
  return { cells: [order, ...groups], unit: units === 1, figures, continued: lines.slice(cut) };
}
/**
 * A row's cells from its lines: the number (to the order column; a bullet stays with the name), the
 * name, the unit (the last line or two that make a known unit, the words before the figures, or a
 * short name alone there: `Bác sĩ`), then the figures that end its last line.
 */
function rowCells(rowLines: readonly Line[], count: number, hasUnit: boolean): Cell[] | undefined {
  const first = rowLines[0] as Line;
  const last = rowLines.at(-1) as Line;
  const tokens = trailingFigures(last.text, count) ?? [];
  const figureStart = tokens[0]?.at ?? 0;
  const number = /^(\d{1,3})\s+/u.exec(first.text);
  const index: Cell = number ? { parts: [part(first, 0, number[1] as string)] } : { parts: [] };
  // The row's text in pieces, a line's each: the name's, then the unit's.
  const pieces: Cell['parts'] = [];
  rowLines.forEach((line, k) => {
    const from = k === 0 && number ? number[0].length : 0;
    const to = k === rowLines.length - 1 ? figureStart : line.text.length;
    const text = line.text.slice(from, to).trimEnd();
    if (text !== '') pieces.push(part(line, from, text));
  });
  const figures = tokens.map((token) => ({ parts: [part(last, token.at, token.text)] }));
  if (!hasUnit) return pieces.length > 0 ? [index, { parts: pieces }, ...figures] : undefined;
  const unit = unitPieces(pieces);
  if (!unit || unit.name.length === 0) return undefined;
  return [index, { parts: unit.name }, { parts: unit.unit }, ...figures];
}

/** The unit at the end of a row's pieces, and the name before it. */
function unitPieces(
  pieces: Cell['parts'],
): { name: Cell['parts']; unit: Cell['parts'] } | undefined {
  const known = (parts: Cell['parts']) =>
    isCellText(partsText(parts)) && !isFigure(partsText(parts));
  for (const size of [2, 1]) {
    const unit = pieces.slice(-size);
    if (pieces.length > size && known(unit)) return { name: pieces.slice(0, -size), unit };
  }
  const lastPiece = pieces.at(-1);
  if (!lastPiece) return undefined;
  // A short name alone in the unit column after the name's lines, from its capital (`Bác sĩ`,
  // `Đảng` / `viên`, `Hợp tác xã`: not `xã` alone, a unit too).
  let from = pieces.length - 1;
  while (from > 1 && !/^\p{Lu}/u.test(pieces[from]?.segment.text ?? '')) from--;
  const unit = pieces.slice(from);
  if (from >= 1 && /^[\p{Lu}%][\p{L}%/]*(?: [\p{L}/]+){0,2}$/u.test(partsText(unit))) {
    return { name: pieces.slice(0, from), unit };
  }
  // A known unit ending the last piece (`Tổng mức Tỷ đồng`), the name's words before it.
  const words = [...lastPiece.segment.text.matchAll(/\S+/gu)];
  for (const size of [3, 2, 1]) {
    const start = words[words.length - size]?.index;
    if (start === undefined || start === 0) continue;
    const text = lastPiece.segment.text.slice(start);
    if (!isCellText(text) || isFigure(text)) continue;
    const offset = lastPiece.segment.start - lastPiece.line.indent;
    const name = [
      ...pieces.slice(0, -1),
      part(lastPiece.line, offset, lastPiece.segment.text.slice(0, start).trimEnd()),
    ];
    return { name, unit: [part(lastPiece.line, offset + start, text)] };
  }
  return undefined;
}

function partsText(parts: Cell['parts']): string {
  return parts.map((piece) => piece.segment.text).join(' ');
}

/**
 * The `count` figures a line ends with, each with its offset: `Tấn 7.000 7.125,6 101,8` → three. A
 * range is one figure (`% 7,0 - 7,5 6,12 - -` → `7,0 - 7,5`, `6,12`, `-`, `-`); undefined unless
 * the figures at the line's end make exactly `count` one way only.
 */
function trailingFigures(
  text: string,
  count: number,
): Array<{ at: number; text: string }> | undefined {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
  let k = tokens.length;
  while (k > 0 && isFigureCell(tokens[k - 1]?.text ?? '', false)) k--;
  const run = tokens.slice(k);
  const number = (at: number) => /\d/u.test(run[at]?.text ?? '');
  const dash = (at: number) => /^[-–]$/u.test(run[at]?.text ?? '');
  // The ways the run's tokens from `at` make `left` figures: one token, or a range of three.
  const ways = (at: number, left: number): Array<Array<{ at: number; text: string }>> => {
    if (at === run.length) return left === 0 ? [[]] : [];
    if (left === 0) return [];
    const one = ways(at + 1, left - 1).map((rest) => [
      run[at] as { at: number; text: string },
      ...rest,
    ]);
    if (!(number(at) && dash(at + 1) && number(at + 2))) return one;
    const first = run[at] as { at: number; text: string };
    const range = {
      at: first.at,
      text: text.slice(first.at, (run[at + 2]?.at ?? 0) + (run[at + 2]?.text.length ?? 0)),
    };
    return [...one, ...ways(at + 3, left - 1).map((rest) => [range, ...rest])];
  };
  // The figures end the line; the run may start with tokens that are the row's own words.
  const found: Array<Array<{ at: number; text: string }>> = [];
  for (let start = 0; start < run.length && found.length < 2; start++) {
    if (start > 0 && found.length > 0) break;
    for (const way of ways(start, count)) found.push(way);
  }
  return found.length === 1 ? found[0] : undefined;
}

function part(line: Line, offset: number, text: string): Cell['parts'][number] {
  return { line, segment: { start: line.indent + offset, text } };
}

/** An order number or a row's bullet alone on a line: `1`, `12`, `-`, `+`. */
const indexToken = /^(?:\d{1,3}|[-–+])$/u;
/** A name that starts with its row's number (`1 Số`) or bullet (`- Thu`, `+` alone). */
const gluedIndex = /^(?:(\d{1,3})\s+(?=\S)|[-–+](?:\s+(?=\S)|$))/u;
/** The unit column's header inside another's line (`Đơn vị tính năm 2024`: two headers met). */
const unitHeader = /(?:Đơn vị tính|ĐVT)(?![\p{L}])/u;

/**
 * A table pdftotext printed a column's block at a time, where its cells wrap (the default mode): the
 * order column (`TT`, then its numbers, a block for each run of close rows), the indicator column's
 * header and every name run together in one block (`Chỉ tiêu` / `Tổng sản` / `phẩm trên` /
 * `địa bàn` / `Giá trị sản` …), the other columns' headers a block each (the unit's header can
 * share a line with the next one: `Kế hoạch` / `Đơn vị tính năm 2024`), then the cells: each row's
 * unit (a line or two: `Tỷ` / `đồng`) and figures, in row order, some units after all the figures.
 * In a narrower table the numbers stand at the start of the names (`1 Tốc` / `độ` / `- Thu`), and
 * the first row's cells can end the headers' blocks (`Kế hoạch` / `năm 2024` / `180`).
 *
 * The rows are counted three ways, and the table is read only when they agree: the figures are as
 * many as rows × figure columns, the units one a row, the names (each from a capital, or from its
 * number, in sequence) one a row but for a row that only heads the rows under it (`Bao gồm:`), and
 * the order numbers one a named row. A name's first lines in lower case finish the last row of the
 * page before (`bán lẻ` / `hàng hóa`): `continued`. Anything else stays text.
 */
function blockTable(lines: readonly Line[], from: number): FoundTable | undefined {
  let at = from;
  // The order column's header: `TT`, `STT`, a letter a line, maybe with the indicator's header
  // after it (`T Chỉ` / `T tiêu`).
  const indexLines: Line[] = [];
  const labelHeader: Cell = { parts: [] };
  while (at < lines.length && indexStart.test(lines[at]?.text ?? '')) {
    const line = lines[at] as Line;
    const letters = /^\S+/u.exec(line.text)?.[0] ?? '';
    indexLines.push({ ...line, text: letters });
    const rest = line.text.slice(letters.length).trimStart();
    if (rest !== '') labelHeader.parts.push(part(line, line.text.length - rest.length, rest));
    at++;
  }
  // The blocks before the first cell: order numbers, the names, the other columns' headers.
  const indexTokens: Line[] = [];
  const nameLines: Line[] = [];
  const headerBlocks: Line[][] = [];
  for (let next = block(lines, at); ; next = block(lines, at)) {
    if (!next) return undefined;
    // The cells come after the headers; a number before them is an order number.
    const first = next.lines[0] as Line;
    const cell =
      isFigure(first.text) || (unitAt(next.lines, 0, true) && !isHeaderBlock(next.lines));
    if (cell && headerBlocks.length > 0) break;
    const into = next.lines.every((line) => indexToken.test(line.text))
      ? indexTokens
      : isHeaderBlock(next.lines)
        ? undefined
        : nameLines;
    if (into) for (const line of next.lines) into.push(line);
    else headerBlocks.push(next.lines);
    at = next.end;
  }
  // The indicator's header, when it heads the names' block (`Chỉ tiêu`, `Chỉ` / `tiêu`).
  if (labelHeader.parts.length === 0) {
    const take = [1, 2].find(
      (n) => n <= nameLines.length && columnRole(joined(nameLines.slice(0, n))) === 'label',
    );
    if (take === undefined) return undefined;
    for (const line of nameLines.splice(0, take)) labelHeader.parts.push(part(line, 0, line.text));
  }
  const headers = headerCells(headerBlocks);
  if (!headers) return undefined;
  const figureColumns = headers.cells.length - (headers.unit ? 1 : 0);
  if (figureColumns < 1) return undefined;
  // The cells: figures and units, in row order, to the first line that is neither.
  const figures: Line[] = [];
  const units: Line[][] = [];
  let end = at;
  for (; at < lines.length; ) {
    const line = lines[at] as Line;
    if (line.text === '') {
      at++;
      continue;
    }
    if (isFigure(line.text)) {
      figures.push(line);
      at++;
      end = at;
      continue;
    }
    const unit = headers.unit ? unitAt(lines, at, false) : undefined;
    if (!unit) break;
    units.push(unit);
    at += unit.length;
    end = at;
  }
  // The first row's cells, where they end the headers' blocks.
  const firstRow = headers.firstRow;
  if (figures.length % figureColumns !== 0) return undefined;
  const cellRows = figures.length / figureColumns + (firstRow ? 1 : 0);
  if (headers.unit && units.length + (firstRow ? 1 : 0) !== cellRows) return undefined;
  // The names, and the order numbers where they stand apart.
  const names = splitNames(nameLines, indexTokens.length > 0, cellRows);
  if (!names) return undefined;
  const named = names.list.filter((name) => !name.headsGroup);
  if (named.length !== cellRows || cellRows < 2) return undefined;
  // pdftotext can drop a bullet alone in the order column (`-` under `-`): with fewer order
  // numbers than rows, none can be placed for sure, and they stay text after the table.
  if (indexTokens.length > named.length) return undefined;
  const placed = indexTokens.length === named.length ? indexTokens : [];
  const rows: FoundTable['rows'] = [
    {
      cells: [cellOf(indexLines), labelHeader, ...headers.cells],
      header: true,
    },
  ];
  let row = 0;
  for (const name of names.list) {
    if (name.headsGroup) {
      rows.push({
        cells: [name.index, name.cell, ...headers.cells.map(() => ({ parts: [] }))],
        header: false,
      });
      continue;
    }
    const index = placed[row] ? cellOf([placed[row] as Line]) : name.index;
    const own =
      firstRow && row === 0
        ? firstRow
        : (() => {
            const at = row - (firstRow ? 1 : 0);
            const unit = headers.unit ? [cellOf(units[at] ?? [])] : [];
            const cells = figures
              .slice(at * figureColumns, (at + 1) * figureColumns)
              .map((line) => cellOf([line]));
            return [...unit, ...cells];
          })();
    rows.push({ cells: [index, name.cell, ...own], header: false });
    row++;
  }
  const unplaced = placed === indexTokens ? [] : indexTokens;
  return { rows, end, continued: names.continued, unplaced };
}

/** A block that heads a column: its words name the column's role (`Kế hoạch` / `năm 2024`). */
function isHeaderBlock(block: readonly Line[]): boolean {
  const role = columnRole(joined(block.slice(0, 4)));
  return role !== 'other' && role !== 'label' && role !== 'order';
}

/**
 * The other columns' header cells: the unit's first (split from the line it shares, `Đơn vị tính
 * năm 2024`), then each block's. Where every block ends with its cell of the first row (a figure
 * under a figure's header, a unit under the unit's: `Đơn vị` / `tính` / `Triệu` / `USD`), those
 * cells are the first row.
 */
function headerCells(
  blocks: readonly Line[][],
): { cells: Cell[]; unit: boolean; firstRow?: Cell[] } | undefined {
  if (blocks.length === 0) return undefined;
  const splits = blocks.map(splitHeader);
  // The first row ends the blocks only if it ends every one: a figure under each figure's header,
  // a unit under the unit's.
  const glued = splits.every((split) =>
    split.shared ? split.figure && split.unit : split.role === 'unit' ? split.unit : split.figure,
  );
  let unit: Cell | undefined;
  let unitCell: Line[] | undefined;
  const others: Cell[] = [];
  const figures: Line[] = [];
  splits.forEach((split, k) => {
    const own: Cell = { parts: [] };
    const unitParts: Cell['parts'] = [];
    for (const line of glued ? split.head : (blocks[k] as Line[])) {
      const found = split.shared ? unitHeader.exec(line.text) : null;
      if (found) {
        const start = found.index;
        const after = line.text.slice(start + found[0].length).trimStart();
        const before = line.text.slice(0, start).trimEnd();
        unitParts.push(part(line, start, found[0]));
        if (before !== '') own.parts.push(part(line, 0, before));
        if (after !== '') own.parts.push(part(line, line.text.length - after.length, after));
      } else if (split.role === 'unit') unitParts.push(part(line, 0, line.text));
      else own.parts.push(part(line, 0, line.text));
    }
    if (unitParts.length > 0) {
      unit = unit ?? { parts: unitParts };
      unitCell = split.unit;
    }
    if (own.parts.length > 0) {
      others.push(own);
      if (split.figure) figures.push(split.figure);
    }
  });
  if (unit && splits.filter((split) => split.shared || split.role === 'unit').length > 1) {
    return undefined;
  }
  const cells = unit ? [unit, ...others] : others;
  if (!glued) return { cells, unit: unit !== undefined };
  const firstRow = figures.map((line) => cellOf([line]));
  return {
    cells,
    unit: unit !== undefined,
    firstRow: unit ? [cellOf(unitCell ?? []), ...firstRow] : firstRow,
  };
}

/**
 * A header's block cut into the header and the first row's cells it may end with: a figure under a
 * figure's header, a unit under the unit's, both where the unit's header shares the block. Each cell
 * is taken only when the header is whole without it.
 */
function splitHeader(block: readonly Line[]): {
  head: Line[];
  role: ReturnType<typeof columnRole>;
  shared: boolean;
  figure?: Line | undefined;
  unit?: Line[] | undefined;
} {
  const roleOf = (lines: readonly Line[]) => columnRole(joined(lines));
  // The role of the other header where the unit's shares the block (`Kế hoạch` / `Đơn vị tính …`).
  const otherRole = (lines: readonly Line[]) => columnRole(joined(lines).replace(unitHeader, ' '));
  const hasUnit = (lines: readonly Line[]) =>
    unitHeader.test(joined(lines)) || roleOf(lines) === 'unit';
  let head = [...block];
  const shared = unitHeader.test(joined(head)) && !['other', 'unit'].includes(otherRole(head));
  const role = shared ? otherRole(head) : roleOf(head);
  let figure: Line | undefined;
  const last = head.at(-1) as Line;
  if (
    role !== 'unit' &&
    head.length > 1 &&
    isFigure(last.text) &&
    otherRole(head.slice(0, -1)) === role
  ) {
    figure = last;
    head = head.slice(0, -1);
  }
  let unit: Line[] | undefined;
  if (shared || role === 'unit') {
    for (const size of [2, 1]) {
      const rest = head.slice(0, head.length - size);
      const tail = head.slice(head.length - size);
      if (rest.length === 0 || !hasUnit(rest) || isFigure(tail.at(-1)?.text ?? '')) continue;
      if (unitAt(tail, 0, true)?.length !== size) continue;
      unit = tail;
      head = rest;
      break;
    }
  }
  return { head, role, shared, figure, unit };
}

/**
 * The unit at `at`: two lines that make a known unit (`Tỷ` / `đồng`), one that is, or (`known`
 * false) a short name standing alone in the unit column (`Bác sĩ`, `Lượt`).
 */
function unitAt(lines: readonly Line[], at: number, known: boolean): Line[] | undefined {
  const first = lines[at];
  if (!first || first.text === '') return undefined;
  const second = lines[at + 1];
  if (second && second.text !== '' && isCell([first, second]) && !isFigure(second.text)) {
    return [first, second];
  }
  if (isCell([first])) return [first];
  if (known) return undefined;
  return /^[\p{Lu}%][\p{L}%/]*(?: [\p{L}/]+){0,2}$/u.test(first.text) ? [first] : undefined;
}

interface Name {
  index: Cell;
  cell: Cell;
  /** A row that only heads the rows under it (`Bao gồm:`): no cells of its own. */
  headsGroup: boolean;
}

/**
 * The names cut from the indicator column's lines: each from its number or bullet where the
 * numbers stand in the names (`1 Tốc`, `- Thu`, `+`; numbers in sequence, so that `dưới` / `1` /
 * `tuổi` stays one name), else from each capital. The lines before the first name finish a name of
 * the page before.
 */
function splitNames(
  lines: readonly Line[],
  apart: boolean,
  rows: number,
): { list: Name[]; continued: Line[] } | undefined {
  // Where numbers start the names, a name without one only heads a group (`Bao` / `gồm:`).
  const headsGroup = (k: number) => {
    let stop = k + 1;
    while (stop < lines.length && !gluedIndex.test(lines[stop]?.text ?? '')) stop++;
    return isLabelOnly(joined(lines.slice(k, stop)));
  };
  // A capital that may not start a name: an acronym (`Số sản phẩm` / `OCOP`), or a word after a
  // line that ends in a capitalised word, whose proper name it may finish (`vụ Đông` / `Xuân`).
  const doubtful = (k: number) =>
    /^\p{Lu}{2,}(?![\p{Ll}])/u.test(lines[k]?.text ?? '') ||
    /\S\s+\p{Lu}\p{Ll}+$/u.test(lines[k - 1]?.text ?? '');
  const starts = (withDoubtful: boolean) =>
    lines.map((line, k) => {
      if (!/^\p{Lu}/u.test(line.text)) return false;
      return apart ? withDoubtful || !doubtful(k) : headsGroup(k);
    });
  // The doubtful capitals start names only if that makes the names as many as the rows.
  const all = starts(true);
  const named = all.filter(Boolean).length;
  const capitals = !apart || named === rows ? all : starts(false);
  const list: Array<{ index: Cell; lines: Line[]; offset: number }> = [];
  const continued: Line[] = [];
  let expected: number | undefined;
  lines.forEach((line, k) => {
    const glued = apart ? null : gluedIndex.exec(line.text);
    const number = glued?.[1] === undefined ? undefined : Number(glued[1]);
    const inSequence = number === undefined || expected === undefined || number === expected;
    if (glued && inSequence) {
      if (number !== undefined) expected = number + 1;
      const mark = glued[0].trimEnd();
      list.push({
        index: number === undefined ? { parts: [] } : { parts: [part(line, 0, mark)] },
        lines: [line],
        // A bullet stays with its name (`- Thu nội địa`); a number goes to the order column.
        offset: number === undefined ? 0 : glued[0].length,
      });
    } else if (capitals[k]) list.push({ index: { parts: [] }, lines: [line], offset: 0 });
    else if (list.length === 0) continued.push(line);
    else (list.at(-1) as { lines: Line[] }).lines.push(line);
  });
  if (list.length === 0) return undefined;
  // Where the numbers stand in the names, a name without one only heads a group (`Bao gồm:`).
  const names: Name[] = [];
  for (const { index, lines: own, offset } of list) {
    const first = own[0] as Line;
    const cell: Cell = { parts: [] };
    const text = first.text.slice(offset);
    if (text !== '') cell.parts.push(part(first, offset, text));
    for (const line of own.slice(1)) cell.parts.push(part(line, 0, line.text));
    const headsGroup = isLabelOnly(joined(own).slice(offset));
    if (!apart && !headsGroup && index.parts.length === 0 && !gluedIndex.test(first.text)) {
      return undefined;
    }
    names.push({ index, cell, headsGroup });
  }
  return { list: names, continued };
}
