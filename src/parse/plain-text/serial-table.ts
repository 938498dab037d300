/**
 * Tables that a text extractor printed a cell or a few to a line, read back when their shape is
 * certain: column by column (pdftotext, `serialTable` and `blockTable` here), a block per cell row
 * after row (pdftotext, cell-blocks.ts), row by row (a pdf.js dump, `rowTable` in row-table.ts) or
 * across the page (OCR, across-table.ts); `serialPieces` tries them in that order at each order
 * column's header.
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
import { parseUpperRoman } from '../../vi/roman.js';
import {
  columnRole,
  gluesTiers,
  headerUnit,
  isFigureCell,
  isLabelOnly,
  namesFigureColumn,
  namesHeaderNamingNoRole,
  namesPeriod,
  ratioOrder,
  ratioReorder,
} from '../../vi/table-headers.js';
import { nameGoesOn } from '../../vi/text.js';
import { acrossTable } from './across-table.js';
import { cellBlocksTable } from './cell-blocks.js';
import { type Cell, cellPart as part } from './layout.js';
import type { Line } from './lines.js';
import { lineFigures, rowTable } from './row-table.js';
import {
  block,
  cellOf,
  type FoundTable,
  indexHeader,
  indexStart,
  isCellText,
  isFigure,
  joined,
  partsText,
  type TableBefore,
  unitHeader,
} from './table-lines.js';

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
      /** Rows short of figures, whose empty cells nothing places: text after the table, each. */
      shortRows: Line[][];
      /** Rows short of figures right after the table, which end it: text where they stand. */
      endingRows: Line[][];
      /** The row that could not be given its cells after rows that could: text where it stands. */
      unreadRow?: Line[];
      /** Rows whose figures break the table's arithmetic (misread): text after the table, each. */
      misreadRows?: Line[][];
      /** A part overleaf with no header of its own: it goes on with the table before, or is text. */
      headless?: boolean;
      /** Rows whose figures were put in the order their percent column proves. */
      reordered: Line[];
      /** Read with the header tiers of the table before (`TableBefore`): only as its continuation. */
      tiersBefore: boolean;
      /** The line of the last row, where the page cut its unit (`Tổ` of `Tổ chức`). */
      cutUnit?: Line;
    };

const orderNumber = /^\d{1,3}$/u;

/** The names' header alone on its line (`Nội dung`, `Chỉ tiêu`) is short. */
const MAX_NAMES_HEADER = 30;

/**
 * A names' header that names no role, alone on its line (`Cây trồng`, `Môn học`): a few words
 * from a capital, nothing that ends a sentence, and a figure column's header on the next line or
 * two (`Diện tích` / `(ha)`, `Số giáo` / `viên`).
 */
function namesHeaderAlone(lines: readonly Line[], at: number): boolean {
  const text = lines[at]?.text ?? '';
  // From a capital, in words alone: a pdf.js line of prose has more.
  if (!namesHeaderNamingNoRole(text) || !/^\p{Lu}\p{Ll}*(?: \p{L}+,?){0,4}$/u.test(text)) {
    return false;
  }
  const next = lines[at + 1]?.text ?? '';
  if (!/^\p{Lu}/u.test(next)) return false;
  return namesFigureColumn(next) || namesFigureColumn(`${next} ${lines[at + 2]?.text ?? ''}`);
}

/** A sub-row's letter before its name: `a) Nguồn thu …`. */
const subRowMark = /^[a-zđ]\)\s/u;

/** The body's lines cut into runs of text and the tables printed a cell or a few to a line. */
export function serialPieces(lines: readonly Line[], runBefore?: TableBefore): SerialPiece[] {
  const pieces: SerialPiece[] = [];
  let from = 0;
  const push = (found: FoundTable, at: number) => {
    // A table read across (OCR) starts with the header's lines above the order column's.
    const start = Math.max(from, found.start ?? at);
    // Blank lines before a table are no text of their own (and end no table's part before it).
    const before = lines.slice(from, start);
    if (before.some((line) => line.text !== '')) pieces.push({ kind: 'lines', lines: before });
    pieces.push({
      kind: 'table',
      lines: lines.slice(start, found.end),
      rows: found.rows,
      continued: found.continued ?? [],
      unplaced: found.unplaced ?? [],
      shortRows: found.shortRows ?? [],
      endingRows: found.endingRows ?? [],
      ...(found.unreadRow ? { unreadRow: found.unreadRow } : {}),
      ...(found.misreadRows ? { misreadRows: found.misreadRows } : {}),
      ...(found.headless ? { headless: true } : {}),
      reordered: found.reordered ?? [],
      tiersBefore: found.tiersBefore ?? false,
      ...(found.cutUnit ? { cutUnit: found.cutUnit } : {}),
    });
    from = found.end;
    blankTo = found.end;
    lastTable = goesOn(found.headless ? (lastTable ?? runBefore) : lastTable, found);
  };
  // The table just read: a part right after it, its header repeated, goes on with it (a converter
  // without page breaks printed the next page's part there: pdf2md).
  let lastTable: TableBefore | undefined;
  // How far from the table just read only blank lines stand.
  let blankTo = 0;
  // A page that goes on with the table before without repeating its header: its first row, after
  // any lines in lower case that finish the page before's last row (`du lịch đồng ,0 ,4 ,7 thực`).
  let first = 0;
  while (first < lines.length && /^(?:$|\p{Ll})/u.test(lines[first]?.text ?? '')) first++;
  const headless = runBefore !== undefined && !indexStart.test(lines[first]?.text ?? '');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (headless && i === first && runBefore) {
      const names = columnRole(runBefore.headers[0]?.[0] ?? '') !== 'order';
      const part = rowTable(lines, i, runBefore, names, true);
      if (part) {
        push(part, i);
        i = part.end - 1;
        continue;
      }
    }
    // (Only blank lines since the table just read: a line at a time, never a slice a line.)
    while (blankTo < i && lines[blankTo]?.text === '') blankTo++;
    const before = lastTable && blankTo >= i ? lastTable : runBefore;
    if (!indexStart.test(text)) {
      // A table without an order column, its names' header first (`Nội dung`, or with the
      // unit's after it on its line: `Chỉ tiêu ĐVT`), or a header that names no role where a
      // figure column's follows (`Cây trồng` / `Diện tích` / `(ha)`): a pdf.js dump's.
      const unit = unitHeader.exec(text);
      const names =
        text.length <= MAX_NAMES_HEADER &&
        (columnRole(unit ? text.slice(0, unit.index) : text) === 'label' ||
          namesHeaderAlone(lines, i))
          ? rowTable(lines, i, before, true)
          : undefined;
      if (!names) continue;
      push(names, i);
      i = names.end - 1;
      continue;
    }
    // pdftotext's readings are held to the percent column's word on their order; a pdf.js
    // dump prints a row's cells in order, on its lines.
    let found: FoundTable | undefined;
    for (const read of [serialTable, blockTable, cellBlocksTable]) {
      const table = read(lines, i, before);
      found = table && !tiersGlued(table) ? inRatioOrder(table) : undefined;
      if (found) break;
    }
    found ??= rowTable(lines, i, before) ?? acrossTable(lines, i, lineFigures, before);
    if (!found) continue;
    push(found, i);
    i = found.end - 1;
  }
  // Blank lines after a table are no text of their own.
  const rest = lines.slice(from);
  if (rest.some((line) => line.text !== '')) pieces.push({ kind: 'lines', lines: rest });
  return pieces;
}

/**
 * The table `found` makes with the one before it: the same table where it repeats its first header
 * row, was read with its tiers or has no header (its rows go on under the same headers), else a
 * table of its own.
 */
function goesOn(before: TableBefore | undefined, found: FoundTable): TableBefore {
  const texts = (rows: FoundTable['rows']) =>
    rows.map((row) => row.cells.map((cell) => partsText(cell.parts)));
  const headers = texts(found.rows.filter((row) => row.header));
  const body = texts(found.rows.filter((row) => !row.header));
  const [upper] = before?.headers ?? [];
  const same =
    found.tiersBefore ||
    found.headless ||
    (upper !== undefined && upper.join('|') === headers[0]?.join('|'));
  if (before && same) return { headers: before.headers, rows: [...(before.rows ?? []), ...body] };
  return { headers, rows: body };
}

/**
 * A header of one row, one of whose cells holds a span's header and a measure's (`Năm 2024 Kế
 * hoạch`): pdftotext printed a two-tier header's blocks as it found them, the group over the
 * last columns (`So sánh (%)`) first; which figure is whose cannot be told, and the table stays text.
 */
function tiersGlued(table: FoundTable): boolean {
  const headers = table.rows.filter((row) => row.header);
  return (
    headers.length === 1 &&
    (headers[0]?.cells ?? []).some((cell) => gluesTiers(partsText(cell.parts)))
  );
}

/**
 * The table with its figures in column order, as its percent column tells (see `ratioOrder`):
 * pdftotext can print a row's cells in another order, with every count agreeing. A row its percent
 * contradicts is put in the one order its percent allows (`ratioReorder`), and named in
 * `reordered`; undefined when some row has no such order.
 */
function inRatioOrder(table: FoundTable): FoundTable | undefined {
  const text = (cell: Cell) => partsText(cell.parts);
  const { rows } = table;
  const header =
    rows
      .find((row) => row.header)
      ?.cells.slice(2)
      .map(text) ?? [];
  const body = rows.filter((row) => !row.header);
  const figures = body.map((row) => row.cells.slice(2).map(text));
  if (ratioOrder(header, figures) !== 'contradicted') return table;
  const orders = ratioReorder(header, figures);
  if (!orders) return undefined;
  const reordered: Line[] = [];
  const fixed = new Map(
    body.map((row, r) => {
      const order = orders[r];
      if (!order) return [row, row];
      const first = row.cells[1]?.parts[0]?.line ?? row.cells[2]?.parts[0]?.line;
      if (first) reordered.push(first);
      const cells = row.cells.slice(2);
      return [
        row,
        { ...row, cells: [...row.cells.slice(0, 2), ...order.map((k) => cells[k] as Cell)] },
      ];
    }),
  );
  return { ...table, rows: rows.map((row) => fixed.get(row) ?? row), reordered };
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

/** A column's line is short: a longer line before the cells is prose after the table's start. */
const MAX_CELL_LINE = 80;

/**
 * An order number, a roman one (or its piece, cut in a narrow column), a sub-row's letter or a
 * row's bullet alone on a line: `1`, `12`, `II`, `a)`, `-`, `+`.
 */
const indexToken = /^(?:\d{1,3}|[IVX]{1,4}|[a-zđ]\)|[-–+])$/u;
/** A name that starts with its row's number (`1 Số`) or bullet (`- Thu`, `+` alone). */
const gluedIndex = /^(?:(\d{1,3})\s+(?=\S)|[-–+](?:\s+(?=\S)|$))/u;

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
    // A line of prose is no column's: the page goes on as text (and is not read to its end).
    if (!next || next.lines.some((line) => line.text.length > MAX_CELL_LINE)) return undefined;
    // The cells come after the headers; a number before them is an order number.
    const first = next.lines[0] as Line;
    const cell =
      isFigure(first.text) || (unitAt(next.lines, 0, true) && !isHeaderBlock(next.lines));
    if (cell && headerBlocks.length > 0) break;
    // A short block that gives its unit in brackets is a header, with a role or not (`So sánh` /
    // `(%)`, `Tổng` / `mức đầu` / `tư (tỷ` / `đồng)`): the names' block holds many names.
    const into = next.lines.every((line) => indexToken.test(line.text))
      ? indexTokens
      : isHeaderBlock(next.lines, nameLines.length > 0) || isUnitHeader(next.lines)
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
  // Two headers whose lines pdftotext ran together (`Giải ngân` / `Kế hoạch` / `đến` / `vốn năm
  // 30/9/202` …) cannot be told apart: two units in brackets in one header say so.
  if (headers.cells.some((cell) => (partsText(cell.parts).match(/\(/gu)?.length ?? 0) > 1)) {
    return undefined;
  }
  const figureColumns = headers.cells.length - (headers.unit ? 1 : 0);
  if (figureColumns < 1) return undefined;
  // The cells: figures and units, to the first line that is neither.
  const cells = readCells(lines, at, figureColumns, headers.unit);
  if (!cells) return undefined;
  const { units, end } = cells;
  // The first row's cells, where they end the headers' blocks.
  const firstRow = headers.firstRow;
  const cellRows = cells.rows.length + (firstRow ? 1 : 0);
  if (headers.unit && units.length + (firstRow ? 1 : 0) !== cellRows) return undefined;
  // The order numbers, a roman number cut in its narrow column joined (`II` / `I`).
  const order = orderTokens(indexTokens);
  if (!order) return undefined;
  const romans = order.filter((token) => token.roman).length;
  // The names, and the order numbers where they stand apart.
  const names = splitNames(nameLines, indexTokens.length > 0, [cellRows, cellRows + romans]);
  if (!names) return undefined;
  const named = names.list.filter((name) => !name.headsGroup);
  if (cellRows < 2) return undefined;
  // The order numbers go to the rows in order, but for a sub-row's (`a)`), which has none.
  // pdftotext can drop a bullet alone in the order column (`-` under `-`): with fewer order
  // numbers than rows, none can be placed for sure, and they stay text after the table.
  const numbered = named.filter((name) => !name.lettered);
  const takers =
    order.length === named.length ? named : order.length === numbered.length ? numbered : [];
  if (order.length > named.length || (romans > 0 && takers.length === 0)) return undefined;
  const tokenOf = new Map(takers.map((name, k) => [name, order[k] as OrderToken]));
  // A row with a roman number and no cells heads the rows under it (`I` / `Nông, lâm nghiệp`),
  // when the rows with cells are as many as the others.
  const heads = (name: Name) =>
    named.length !== cellRows && tokenOf.get(name)?.roman === true && name.headsGroup === false;
  if (named.filter((name) => !heads(name)).length !== cellRows) return undefined;
  const rows: FoundTable['rows'] = [
    {
      cells: [cellOf(indexLines), labelHeader, ...headers.cells],
      header: true,
    },
  ];
  let row = 0;
  for (const name of names.list) {
    const token = tokenOf.get(name);
    const index = token ? cellOf(token.lines) : name.index;
    if (name.headsGroup || heads(name)) {
      rows.push({
        cells: [index, name.cell, ...headers.cells.map(() => ({ parts: [] }))],
        header: false,
      });
      continue;
    }
    const own =
      firstRow && row === 0
        ? firstRow
        : (() => {
            const at = row - (firstRow ? 1 : 0);
            const unit = headers.unit ? [cellOf(units[at] ?? [])] : [];
            return [...unit, ...(cells.rows[at] ?? [])];
          })();
    rows.push({ cells: [index, name.cell, ...own], header: false });
    row++;
  }
  const unplaced = takers.length > 0 ? [] : order.flatMap((token) => token.lines);
  return { rows, end, continued: names.continued, unplaced };
}

/** An order number as the column printed it: a line, or two where a roman number was cut. */
interface OrderToken {
  lines: Line[];
  roman: boolean;
}

/**
 * The order column's tokens, a roman number cut in its narrow column joined to the next one
 * (`II` / `I` is III, `I` / `V` is IV): romans go in sequence from the first (a table continued
 * from the page before starts where it left), so the cut is read only where the piece alone is
 * not the next roman and the two together are. Undefined when the romans are out of sequence.
 */
function orderTokens(lines: readonly Line[]): OrderToken[] | undefined {
  const tokens: OrderToken[] = [];
  let expected: number | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (!/^[IVX]+$/u.test(line.text)) {
      tokens.push({ lines: [line], roman: false });
      continue;
    }
    const value = (text: string) => {
      const read = parseUpperRoman(text);
      return read.ok ? read.value : undefined;
    };
    const next = lines[k + 1];
    const alone = value(line.text);
    if (alone !== undefined && (expected === undefined || alone === expected)) {
      tokens.push({ lines: [line], roman: true });
      expected = alone + 1;
    } else if (next && expected !== undefined && value(line.text + next.text) === expected) {
      tokens.push({ lines: [line, next], roman: true });
      k++;
      expected++;
    } else return undefined;
  }
  return tokens;
}

/**
 * The cells under a column-printed table's headers, to the first line that is neither a figure nor
 * a unit. pdftotext prints a block for each column's cells in a run of rows close enough to join
 * (`48.127` / `94,6` is one column for two rows), a line for several columns whose cells it read
 * across (`541.903 545.126 100,59`), a figure cut in its narrow column over two lines (`10.486,` /
 * `3`); the units (`Tỷ` / `đồng`) come in the rows' order, among the figures or after them. The
 * figure blocks of a run of rows are as many lines each, and their figures a line make the row's:
 * `columns` in all. Undefined when the blocks do not make whole rows so.
 */
function readCells(
  lines: readonly Line[],
  from: number,
  columns: number,
  unitColumn: boolean,
): { rows: Cell[][]; units: Line[][]; end: number } | undefined {
  const blocks: Cell[][][] = [];
  const units: Line[][] = [];
  let open: Cell[][] | undefined;
  let at = from;
  let end = from;
  while (at < lines.length) {
    const line = lines[at] as Line;
    if (line.text === '') {
      open = undefined;
      at++;
      continue;
    }
    const figures = figureLine(lines, at);
    if (figures) {
      if (!open) {
        open = [];
        blocks.push(open);
      }
      open.push(figures.cells);
      at = figures.next;
      end = at;
      continue;
    }
    const unit = unitColumn ? unitAt(lines, at, false) : undefined;
    if (!unit) break;
    open = undefined;
    units.push(unit);
    at += unit.length;
    end = at;
  }
  // The blocks of a run of rows: as many lines each, their widths adding up to `columns`.
  const rows: Cell[][] = [];
  let run: Cell[][][] = [];
  let width = 0;
  for (const block of blocks) {
    const height = block.length;
    const own = (block[0] as Cell[]).length;
    if (block.some((cells) => cells.length !== own)) return undefined;
    if (run.length > 0 && (run[0] as Cell[][]).length !== height) return undefined;
    run.push(block);
    width += own;
    if (width > columns) return undefined;
    if (width < columns) continue;
    for (let r = 0; r < height; r++) rows.push(run.flatMap((cells) => cells[r] as Cell[]));
    run = [];
    width = 0;
  }
  return run.length === 0 ? { rows, units, end } : undefined;
}

/**
 * The figures of a line in a figure block: the line one figure (a range too: `7,0 - 7,5`), a few
 * apart (`541.903 545.126 100,59`), or a figure cut before its decimals (`10.486,` / `3`).
 */
function figureLine(
  lines: readonly Line[],
  at: number,
): { cells: Cell[]; next: number } | undefined {
  const line = lines[at] as Line;
  const rest = lines[at + 1];
  if (/^\d{1,3}(?:\.\d{3})*,$/u.test(line.text) && rest && /^\d+$/u.test(rest.text)) {
    return { cells: [cellOf([line, rest])], next: at + 2 };
  }
  if (isFigure(line.text)) return { cells: [cellOf([line])], next: at + 1 };
  const tokens = [...line.text.matchAll(/\S+/gu)];
  if (tokens.length < 2 || tokens.some((token) => !isFigureCell(token[0], false))) {
    return undefined;
  }
  return {
    cells: tokens.map((token) => ({ parts: [part(line, token.index ?? 0, token[0])] })),
    next: at + 1,
  };
}

/** A header that gives its column's unit in brackets (`So sánh` / `(%)`, `Tỷ lệ (%)`). */
function isUnitHeader(block: readonly Line[]): boolean {
  return block.length <= 5 && headerUnit(joined(block)) !== undefined;
}

/**
 * A block that heads a column: its words name the column's role (`Kế hoạch` / `năm 2024`), or,
 * after the names' block, where no name comes any more, only a period (`Tháng` / `10/2024`,
 * `Lũy kế` / `10` / `tháng`).
 */
function isHeaderBlock(block: readonly Line[], afterNames = false): boolean {
  const text = joined(block.slice(0, 4));
  const role = columnRole(text);
  if (role !== 'other') return role !== 'label' && role !== 'order';
  return afterNames && block.length <= 4 && text.length <= 30 && namesPeriod(text);
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
      const found = split.shared ? split.spans.get(line) : undefined;
      if (found) {
        const start = found.start;
        const after = line.text.slice(start + found.text.length).trimStart();
        const before = line.text.slice(0, start).trimEnd();
        unitParts.push(part(line, start, found.text));
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
  spans: Map<Line, { start: number; text: string }>;
  figure?: Line | undefined;
  unit?: Line[] | undefined;
} {
  const roleOf = (lines: readonly Line[]) => columnRole(joined(lines));
  const spans = unitHeaderSpans(block);
  // The role of the other header where the unit's shares the block (`Kế hoạch` / `Đơn vị tính …`).
  const otherRole = (lines: readonly Line[]) =>
    columnRole(
      lines
        .map((line) => {
          const span = spans.get(line);
          if (!span) return line.text;
          return `${line.text.slice(0, span.start)} ${line.text.slice(span.start + span.text.length)}`;
        })
        .join(' '),
    );
  const hasUnit = (lines: readonly Line[]) =>
    lines.some((line) => spans.has(line)) || roleOf(lines) === 'unit';
  let head = [...block];
  const shared = spans.size > 0 && !['other', 'unit'].includes(otherRole(head));
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
  return { head, role, shared, spans, figure, unit };
}

/**
 * Where the unit column's header stands in a block, line by line: `Đơn vị tính` in a line, or
 * `Đơn vị` starting a line and `tính` alone on a later one, where pdftotext ran the unit's lines
 * together with the next column's (`Thực` / `hiện` / `Đơn vị cùng kỳ` / `tính` / `2023`).
 */
function unitHeaderSpans(block: readonly Line[]): Map<Line, { start: number; text: string }> {
  const spans = new Map<Line, { start: number; text: string }>();
  for (const line of block) {
    const found = unitHeader.exec(line.text);
    if (!found) continue;
    spans.set(line, { start: found.index, text: found[0] });
    return spans;
  }
  const first = block.findIndex((line) => /^Đơn vị\s/u.test(line.text));
  const last = block.findIndex((line, k) => first >= 0 && k > first && line.text === 'tính');
  if (last < 0) return spans;
  spans.set(block[first] as Line, { start: 0, text: 'Đơn vị' });
  spans.set(block[last] as Line, { start: 0, text: 'tính' });
  return spans;
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
  /** A sub-row's (`a) Giai đoạn 1`): no order number of its own. */
  lettered: boolean;
}

/**
 * The names cut from the indicator column's lines: each from its number or bullet where the
 * numbers stand in the names (`1 Tốc`, `- Thu`, `+`; numbers in sequence, so that `dưới` / `1` /
 * `tuổi` stays one name), else from each capital or a sub-row's letter (`a) Nguồn thu`). The lines
 * before the first name finish a name of the page before. `rows`: the counts of names the table's
 * other columns allow.
 */
function splitNames(
  lines: readonly Line[],
  apart: boolean,
  rows: readonly number[],
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
    /^\p{Lu}{2,}(?![\p{Ll}])/u.test(lines[k]?.text ?? '') || nameGoesOn(lines[k - 1]?.text ?? '');
  const starts = (withDoubtful: boolean) =>
    lines.map((line, k) => {
      if (apart && subRowMark.test(line.text)) return true;
      if (!/^\p{Lu}/u.test(line.text)) return false;
      return apart ? withDoubtful || !doubtful(k) : headsGroup(k);
    });
  // The doubtful capitals start names only if that makes the names as many as the rows.
  const all = starts(true);
  const named = all.filter(Boolean).length;
  const capitals = !apart || rows.includes(named) ? all : starts(false);
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
    names.push({ index, cell, headsGroup, lettered: subRowMark.test(first.text) });
  }
  return { list: names, continued };
}
