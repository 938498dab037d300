/**
 * Layout text (`pdftotext -layout`) keeps the page's columns apart with runs of spaces. Two kinds of
 * block are read by those columns rather than line by line:
 *
 * - **two-column blocks**: the header (issuer and number | motto, place and date) and the foot
 *   (`Nơi nhận:` and its list | the signature), side by side:
 *   ```text
 *   ỦY BAN NHÂN DÂN TỈNH            CỘNG HÒA XÃ HỘI CHỦ
 *   LÀO CAI                         NGHĨA VIỆT NAM
 *   Số: 87/BC-UBND                  Độc lập - Tự do - Hạnh phúc
 *   ```
 *   → one row of two cells, each cell's lines reflowed (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`), as the
 *   layout table a markdown converter makes of it;
 * - **aligned tables**: three columns or more, at the same places on most lines:
 *   ```text
 *   TT   Chỉ tiêu     Đơn vị tính  Kế hoạch
 *   1    Tổng sản     Tỷ đồng      65.000
 *        phẩm
 *   ```
 *   → a header row (the lines above the first numbered row, merged), then a row per line that
 *   fills the first column, with the wrapped lines below it merged into its cells.
 */

import type { ColumnRole } from '../../schema/document.js';
import { dateCutInYear } from '../../vi/date.js';
import { codeCutAtHyphen } from '../../vi/document-reference.js';
import { isVietnameseSyllable } from '../../vi/syllable.js';
import {
  columnRole,
  headerRole,
  isCutFigure,
  isFigureCell,
  isFigureRest,
  isLabelOnly,
  isUnitCell,
  isWholeFigure,
  NOTES_HEADER,
} from '../../vi/table-headers.js';
import type { Line } from './lines.js';
import { startsBlock } from './reflow.js';

/** A run of spaces that parts columns. */
const GAP = / {2,}/g;
const MIN_TABLE_COLUMNS = 3;
/** A tall header's line over a column to the right: indented this far, this short at most. */
const TALL_HEADER_INDENT = 30;
const TALL_HEADER_LENGTH = 12;

export interface Segment {
  /** 0-based column in `line.raw`. */
  start: number;
  text: string;
}

export type LayoutBlock =
  | { kind: 'lines'; lines: Line[] }
  | { kind: 'columns'; lines: Line[]; cells: Array<Array<{ line: Line; segment: Segment }>> }
  | {
      kind: 'table';
      lines: Line[];
      rows: Array<{ cells: Cell[]; header: boolean }>;
      /** The page before's last row's rest, cut by the page end, above this part's rows. */
      rest?: Cell[];
    };

/** A part of a cell: `text` at `offset` in the line's text (after its indentation). */
export function cellPart(line: Line, offset: number, text: string): Cell['parts'][number] {
  return { line, segment: { start: line.indent + offset, text } };
}

/** Places between columns; `crossed`: some rows run over it with one space (see crossedGaps). */
interface Gap {
  start: number;
  end: number;
  crossed?: boolean;
}

export interface Cell {
  parts: Array<{ line: Line; segment: Segment }>;
}

export function segments(raw: string): Segment[] {
  const out: Segment[] = [];
  let start = raw.length - raw.trimStart().length;
  for (const match of raw.matchAll(GAP)) {
    const at = match.index ?? 0;
    if (at < start) continue;
    out.push({ start, text: raw.slice(start, at) });
    start = at + match[0].length;
  }
  if (start < raw.length) out.push({ start, text: raw.slice(start).trimEnd() });
  return out.filter((segment) => segment.text !== '');
}

/** The page's body lines cut into line runs, two-column blocks and aligned tables. */
export function layoutBlocks(lines: readonly Line[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  let plain: Line[] = [];
  const flush = () => {
    if (plain.length > 0) out.push({ kind: 'lines', lines: plain });
    plain = [];
  };
  let i = 0;
  while (i < lines.length) {
    const table = alignedTable(lines, i);
    if (table) {
      flush();
      out.push(table.block);
      i = table.end;
      continue;
    }
    const columns = twoColumns(lines, i);
    if (columns) {
      flush();
      out.push(columns.block);
      i = columns.end;
      continue;
    }
    plain.push(lines[i] as Line);
    i++;
  }
  flush();
  return out;
}

/**
 * Lines from `from` that stand in two columns: at least two lines with a gap, the right column
 * starting at about the same place on each, lines of one column alone in between; one of the
 * parts must be a header or foot line (`Số:`, the motto, `Nơi nhận:`, `KT. CHỦ TỊCH` …).
 */
function twoColumns(
  lines: readonly Line[],
  from: number,
): { block: LayoutBlock; end: number } | undefined {
  const first = lines[from];
  if (!first || first.text === '') return undefined;
  const parts = segments(first.raw);
  if (parts.length !== 2) return undefined;
  const right = (parts[1] as Segment).start;
  const cells: Array<Array<{ line: Line; segment: Segment }>> = [[], []];
  let end = from;
  let paired = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') break;
    const found = segments(line.raw);
    if (found.length === 2 && Math.abs((found[1] as Segment).start - right) <= 4) {
      cells[0]?.push({ line, segment: found[0] as Segment });
      cells[1]?.push({ line, segment: found[1] as Segment });
      paired++;
    } else if (found.length === 1 && Math.abs((found[0] as Segment).start - right) <= 4) {
      cells[1]?.push({ line, segment: found[0] as Segment });
    } else if (
      found.length === 1 &&
      (found[0] as Segment).start < right - 4 &&
      line.raw.length < right
    ) {
      cells[0]?.push({ line, segment: found[0] as Segment });
    } else break;
    end = i + 1;
  }
  if (paired < 2) return undefined;
  const signal = cells.some((cell) => cell.some(({ segment }) => startsBlock(segment.text)));
  if (!signal) return undefined;
  return { block: { kind: 'columns', lines: lines.slice(from, end), cells }, end };
}

/**
 * An aligned table from `from`: lines with three columns or more whose starts recur. The header is
 * the lines above the first row whose first column holds an order number (`1`, `I`, `-`, `a`).
 */
function alignedTable(
  lines: readonly Line[],
  from: number,
): { block: LayoutBlock; end: number } | undefined {
  // A line alone at the margin right under text goes on that text (a caption's wrapped end,
  // `Phát triển nông thôn)`), unless it heads a column (`Chỉ tiêu`).
  const first = lines[from];
  const lone = first ? segments(first.raw) : [];
  if (
    from > 0 &&
    lines[from - 1]?.text !== '' &&
    lone.length === 1 &&
    lone[0]?.start === 0 &&
    columnRole(first?.text ?? '') === 'other'
  ) {
    return undefined;
  }
  let end = from;
  let wide = 0;
  // Lines above the first wide one: three at most, besides a tall header's words over a column
  // to the right (`Tăng` / `(+),` / `giảm` / `(-) so` / `với` …), a few short words alone.
  let above = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') break;
    const found = segments(line.raw);
    const overColumn =
      found.length === 1 &&
      (found[0] as Segment).start >= TALL_HEADER_INDENT &&
      line.text.length <= TALL_HEADER_LENGTH;
    if (found.length >= MIN_TABLE_COLUMNS) {
      wide++;
    } else if (wide === 0 && !overColumn && above++ >= 3) {
      return undefined;
    } else if (found.length === 1 && (found[0] as Segment).start === 0 && line.text.length > 40) {
      break;
    }
    end = i + 1;
  }
  if (wide < 2) return undefined;
  const region = lines.slice(from, end);
  const gaps = columnGaps(region);
  if (gaps.length + 1 < MIN_TABLE_COLUMNS) return undefined;
  // The header's lines (above the first row's), and where their words start after a run of spaces.
  const firstRowLine = region.findIndex((line) => rowLine.test(line.raw) || figureLine(line.raw));
  const headerStarts = region
    .slice(0, Math.max(firstRowLine, 0))
    .flatMap((line) => segments(line.raw).map((segment) => segment.start));
  // A column whose header stands into the gap before it (centred over its figures: `So với` over
  // `53,4`): where its words start there, the first of them.
  const intrusion = (gap: Gap) =>
    headerStarts
      .filter((start) => start > gap.start && start < gap.end)
      .reduce<number | undefined>((first, start) => Math.min(first ?? start, start), undefined);
  const columns = region.map((line, at) =>
    cutAt(line, gaps, at < firstRowLine ? intrusion : undefined),
  );
  // A table without an order column (`Cây trồng | Diện tích (ha) | …`): its rows' names stand
  // first, a figure after. It is read with an empty order column before them, as the rules below
  // place a row's cells (a row with empty cells at its end, `Ngô đông  46,2`, is still a row of
  // its own), and the empty column is taken off after.
  const body = columns.slice(Math.max(firstRowLine, 0));
  const namesFirst =
    firstRowLine >= 0 &&
    !columns.some(isRowStart) &&
    body.some(
      (cells) =>
        /^\p{Lu}\p{Ll}/u.test(text(cells[0])) &&
        (isNumberCell(text(cells[1])) ||
          (isUnitCell(text(cells[1])) && isNumberCell(text(cells[2])))),
    ) &&
    !body.some((cells) => isNumberCell(text(cells[0])));
  const cut = namesFirst ? columns.map((cells) => [{ parts: [] }, ...cells]) : columns;
  const rows: Array<{ cells: Cell[]; header: boolean }> = [];
  // The header ends at the first numbered row, or at a first row with no number but figures of
  // its own (`Tổng số thu ngân sách … 7.359,0 7.815,3`): a header holds years, not figures, and a
  // line of a lower tier with no name but words among its numbers (`9  9  So  9 tháng`) is header.
  const tierLine = (cells: readonly Cell[]) =>
    text(cells[0]) === '' &&
    text(cells[1]) === '' &&
    cells.slice(2).some((cell) => /\p{L}/u.test(text(cell)));
  let firstRow = cut.findIndex(
    (cells) => isRowStart(cells) || (figureCount(cells, false) >= 2 && !tierLine(cells)),
  );
  if (firstRow < 0) firstRow = cut.length;
  let header = cut.slice(0, firstRow);
  // A header holds words, never a figure's decimals (`,0`, `,4`): lines that do are the rest of the
  // page before's last row (`du lịch  đồng  ,0  ,4  ,7  thực` / `hiện`), cut by the page end, the
  // table going on with no header repeated; read as a header they would file the rows under it in
  // the wrong columns. Only with no order of their own and the name going on in lower case.
  let rest: Cell[] | undefined;
  if (header.some((cells) => cells.some((cell) => /(?:^|\s)[,.]\d+(?:\s|$)/u.test(text(cell))))) {
    const goesOn = header.every(
      (cells) => text(cells[0]) === '' && !/^\p{Lu}/u.test(text(cells[1])),
    );
    if (!goesOn || namesFirst) return undefined;
    rest = mergeRows(header, gaps.length + 1);
    header = [];
  }
  for (const tier of headerTiers(header)) {
    rows.push({ cells: mergeRows(tier, gaps.length + (namesFirst ? 2 : 1)), header: true });
  }
  for (const cells of cut.slice(firstRow)) {
    const last = rows.at(-1);
    if (!last || last.header || startsOwnRow(cells, last.cells))
      rows.push({ cells, header: false });
    else mergeInto(last.cells, cells);
  }
  // Figure columns most of which no header line names: what stood above the rows was no header
  // (a page's first lines finishing the row the page before cut, `hiện`), and the columns' figures
  // cannot be told apart.
  const headerRows = rows.filter((row) => row.header);
  const width = rows[0]?.cells.length ?? 0;
  const figureColumns = Array.from({ length: Math.max(0, width - 3) }, (_, k) => k + 2);
  const named = figureColumns.filter((c) => headerRows.some((row) => text(row.cells[c]) !== ''));
  if (headerRows.length > 0 && named.length * 2 < figureColumns.length) return undefined;
  splitGroupLabels(rows);
  splitNotesColumn(rows);
  if (namesFirst) for (const row of rows) row.cells.shift();
  // Columns that could not be told apart put several figures in one cell: the table is left as
  // text, which the quality stage sees, rather than read with figures in the wrong columns.
  // (Not the order column's, a number its narrow column wrapped: `1` / `0`.)
  const several = (row: { cells: Cell[] }) =>
    row.cells.some((cell, k) => k > 0 && severalFigures(text(cell)));
  if (rows.some((row) => !row.header && several(row))) return undefined;
  return { block: { kind: 'table', lines: region, rows, ...(rest ? { rest } : {}) }, end };
}

/**
 * A group's label that a narrow name column wrapped under the row above (`… BHY` / `T` / `Bao` /
 * `gồm:`): a row of its own, as the report printed it, with no cells; the row above keeps its
 * name. Only a label that starts with a capital and ends with its colon is taken (`Bao gồm:`,
 * `Trong đó:`), never the end of a name (`… bao` / `gồm`).
 */
function splitGroupLabels(rows: Array<{ cells: Cell[]; header: boolean }>): void {
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index] as { cells: Cell[]; header: boolean };
    const name = row.cells[1];
    if (row.header || !name) continue;
    for (let from = name.parts.length - 1; from >= Math.max(1, name.parts.length - 3); from--) {
      const label = text({ parts: name.parts.slice(from) });
      if (!/^\p{Lu}.*:$/u.test(label) || !isLabelOnly(label)) continue;
      const cells = row.cells.map((_, at) => ({ parts: at === 1 ? name.parts.slice(from) : [] }));
      name.parts = name.parts.slice(0, from);
      rows.splice(index + 1, 0, { cells, header: false });
      break;
    }
  }
}

/**
 * A notes column (`Ghi chú`) no gap parted from the figure column before it, its header one space
 * after the other's (`… I (%) Ghi chú`) and its text one space after the figure (`-11,7 Thị
 * trường` / `bất động sản`): cut apart, each cell's figure first, the rest the note's. Only where
 * every row's last cell is empty, a figure, or a figure and words.
 */
export function splitNotesColumn(
  rows: Array<{ cells: Cell[]; header: boolean }>,
  continued = false,
): void {
  const header = rows.find((row) => row.header);
  const last = header?.cells.at(-1);
  // `continued`: the part of a table whose first part has the notes column, its header repeated
  // with other lines run in: the cut stands where `Ghi chú` does. Else the header ends with it, or
  // with a note's wrapped words in lower case after it (`… (%) Ghi chú` / `giới giảm`).
  const notes = (continued ? /^(.*\S) Ghi chú(?: |$)/u : /^(.*\S) Ghi chú(?: [\p{Ll} ]+)?$/u).exec(
    text(last),
  );
  if (!header || !last || !notes) return;
  const body = rows.filter((row) => !row.header);
  const apart = (cell: Cell | undefined) => {
    const first = cell?.parts[0];
    if (!first) return { figure: [] as Cell['parts'], note: [] as Cell['parts'] };
    const [figure = '', ...words] = first.segment.text.split(' ');
    if (!isFigureCell(figure, false)) return undefined;
    const rest = words.join(' ');
    // A range (`7,0 - 7,5`) or a minus apart from its digits (`- 11,7`) is one figure: not cut.
    if (/^[-–]\s*\d/u.test(rest) || (/^[-–]$/u.test(figure) && /^\d/u.test(rest))) return undefined;
    const start = first.segment.start;
    const figurePart = { line: first.line, segment: { start, text: figure } };
    const notePart = {
      line: first.line,
      segment: { start: start + figure.length + 1, text: rest },
    };
    const more = cell?.parts.slice(1) ?? [];
    return { figure: [figurePart], note: [...(rest === '' ? [] : [notePart]), ...more] };
  };
  const cut = body.map((row) => apart(row.cells.at(-1)));
  if (cut.some((parts) => parts === undefined)) return;
  if (!cut.some((parts) => (parts?.note.length ?? 0) > 0)) return;
  // The header's own part that holds `Ghi chú`, cut where the figure's header ends (and, in a
  // continued part, where the note's header does).
  const headerPart = last.parts.find((part) => notesWord.test(part.segment.text));
  if (!headerPart) return;
  const from = headerPart.segment.text.indexOf(
    NOTES_HEADER,
    headerPart.segment.text.search(notesWord),
  );
  const own = headerPart.segment.text.slice(0, from).trimEnd();
  const noteText = headerPart.segment.text.slice(from);
  const noteHeader = {
    line: headerPart.line,
    segment: { start: headerPart.segment.start + from, text: noteText },
  };
  const index = last.parts.indexOf(headerPart);
  const after = last.parts.slice(index + 1);
  last.parts = [
    ...last.parts.slice(0, index),
    ...(own === ''
      ? []
      : [{ line: headerPart.line, segment: { start: headerPart.segment.start, text: own } }]),
  ];
  for (const row of rows) {
    if (row.header && row !== header) row.cells.push({ parts: [] });
  }
  header.cells.push({ parts: [noteHeader, ...after] });
  body.forEach((row, k) => {
    const parts = cut[k] as { figure: Cell['parts']; note: Cell['parts'] };
    row.cells[row.cells.length - 1] = { parts: parts.figure };
    row.cells.push({ parts: parts.note });
  });
}

/** The notes column's header as a word of a header's line. */
const notesWord = /(?:^| )Ghi chú(?: |$)/u;

/** A cell of figures run together, columns not parted: `76.278 75.318` (a range is one figure). */
export function severalFigures(cell: string): boolean {
  if (isFigureCell(cell, true)) return false;
  const words = cell.split(' ');
  return (
    words.length >= 2 &&
    words.filter(isNumberCell).length >= 2 &&
    words.every((w) => isFigureCell(w))
  );
}

/**
 * Whether a line of a table's body starts a row rather than going on with the row above: it has
 * an order number (`1`, `II`, `-`), or a label of its own start (`a) …`, `(1) …`), or figures of
 * its own with an empty order column (`a) Nguồn thu …  61,800  33,947`, `Cộng  130,600 …`). Only
 * a line with no figures and no label start of its own is wrapped text of the row above. Two
 * kinds of line with figures still go on with the row above: the rest of its figures the wrap cut
 * (`10.486,` / `3`, `-` / `1.533`), and, in a row whose cells stand in the middle of its name's
 * lines (vertically centred), the name going on in lower case beside the row's only figures.
 */
function startsOwnRow(cells: readonly Cell[], above: readonly Cell[]): boolean {
  if (finishesFigures(cells, above)) return false;
  if (isRowStart(cells)) return !wrappedOrder(cells, above);
  if (ownLabel.test(text(cells[1]))) return true;
  // A label row (`Trong đó:`, `Bao gồm:`) is never the row above's name wrapped (`gồm:` under
  // `Bao` is a label's own end).
  if (cells.some((cell) => /^\p{Lu}/u.test(text(cell)) && isLabelOnly(text(cell)))) return true;
  if (figureCount(cells, true) === 0) return false;
  const centred = figureCount(above, true) === 0 && /^[\p{Ll}]/u.test(text(cells[1]));
  return !centred;
}

/** A sub-row's own label start in the name column: `a)`, `b.`, `(1)`, `1)`. */
const ownLabel = /^(?:[a-zđ][.)]|\(\d{1,2}\)|\d{1,2}\))\s/u;

/** A cell that holds a figure with digits: `61,800`, `-1.533`, `7.359,0` (not `-` for none). */
function isNumberCell(cell: string): boolean {
  return /\d/u.test(cell) && isFigureCell(cell, true);
}

/**
 * How many of a line's cells after the order and name columns are figures; without `years`, a
 * bare year (`2023`, as a header's `Năm` / `2023` prints it) does not count.
 */
function figureCount(cells: readonly Cell[], years: boolean): number {
  const figures = cells
    .slice(2)
    .map((cell) => text(cell))
    .filter((t) => isNumberCell(t) && (years || !/^(?:19|20)\d\d$/u.test(t)));
  // The columns' numbers under a header (`A  B  1  2  3`) are no row's figures.
  const numbering = figures.every(
    (t, index) => index === 0 || Number(t) === Number(figures[index - 1]) + 1,
  );
  return !years && figures.length >= 2 && numbering && /^\d$/u.test(figures[0] ?? '')
    ? 0
    : figures.length;
}

/**
 * A line whose figures are the rest of the figures of the row above, cut by the wrap: each of its
 * figures stands under a figure left unfinished (`10.486,` / `3`, a negative's sign `-` / `1.533`,
 * `286.4` / `50`: `isCutFigure`), and its name, if any, goes on in lower case.
 */
function finishesFigures(cells: readonly Cell[], above: readonly Cell[]): boolean {
  let finished = 0;
  let certain = false;
  for (let index = 2; index < cells.length; index++) {
    const mine = text(cells[index]);
    if (mine === '') continue;
    if (!isNumberCell(mine)) continue;
    const over = text(above[index]).split(/\s+/u).at(-1) ?? '';
    if (!isFigureRest(mine) || !isWholeFigure(over + mine)) return false;
    // A figure no whole figure ends so proves the wrap; beside one, a decimal's digits are its
    // rest too (`312,8` / `4` beside `2.150,` / `0`).
    if (isCutFigure(over)) certain = true;
    finished++;
  }
  const name = text(cells[1]);
  return (
    certain && finished > 0 && (name === '' || (/^[\p{Ll}]/u.test(name) && !ownLabel.test(name)))
  );
}

/**
 * A roman order number the narrow order column wrapped (`II` / `I` for `III`, `I` / `V` for
 * `IV`): the line's order makes one roman number with the row's above, and its name goes on in
 * lower case.
 */
function wrappedOrder(cells: readonly Cell[], above: readonly Cell[]): boolean {
  const order = text(cells[0]);
  const before = text(above[0]);
  // A number a digit a line (`1` / `0` for 10), the name going on in lower case, no figure.
  if (/^\d$/u.test(order) && /^\d{1,2}$/u.test(before)) {
    return figureCount(cells, true) === 0 && /^\p{Ll}/u.test(text(cells[1]));
  }
  if (!/^[IVX]+$/u.test(order) || !/^[IVX]+$/u.test(before)) return false;
  if (!romanNumeral.test(before + order)) return false;
  return /^[\p{Ll}]/u.test(text(cells[1]));
}

/** A well-formed roman number up to 39 (order numbers of a report's table). */
const romanNumeral = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** A row starts with an order number in the first column (`1`, `II`, `a`, `-`), or a sub-row's dash. */
function isRowStart(cells: readonly Cell[]): boolean {
  return startsRow(text(cells[0]), text(cells[1]));
}

/** The same, from the texts of a row's first two cells (the PDF reader's tables ask it too). */
export function startsRow(first: string, second: string): boolean {
  return (
    /^(?:\d{1,3}|[IVXLC]{1,6}|[-+•]|[a-zđ])[.)]?$/u.test(first) ||
    // A group's capital letter before a name (`A` / `KINH TẾ`), not a column's letter (`A  B  1`)
    // nor the order header's letters stacked in a narrow column (`S` / `T` / `T`).
    (/^[A-RU-ZĐ][.)]?$/u.test(first) && /^\p{Lu}\p{L}/u.test(second)) ||
    // A sub-row's dash, its text after it or wrapped under it in a narrow column (`+` / `Tuyế`).
    (first === '' && /^[-+•](?:\s|$)/u.test(second))
  );
}

/** A line that starts a table row: an order number or a sub-row's dash, then the row's cells. */
const rowLine = /^ {0,2}(?:\d{1,3}|[IVXLC]{1,6}|[-+•]|[A-RU-ZĐ](?=[.)]? +\p{Lu}\p{L}))[.)]? +\S/u;

/** A line with two figures or more apart by runs of spaces: a row's line, numbered or not. */
function figureLine(raw: string): boolean {
  const figures = segments(raw).filter(
    ({ text }) => isNumberCell(text) && !/^(?:19|20)\d\d$/u.test(text),
  );
  return figures.length >= 2;
}

/**
 * The gaps between the columns of a block of aligned lines: runs of places that no row fills (two
 * wide, or one within the first few places: a narrow order column). The rows (lines that start with
 * an order number) say it best: a header's words run over the gaps (`Đơn vị tính năm 2024`), and
 * numbers are often right-aligned, so where cells start says less than where nothing stands.
 */
function columnGaps(region: readonly Line[]): Gap[] {
  const isRow = (line: Line) => rowLine.test(line.raw) || figureLine(line.raw);
  const rows = region.filter(isRow);
  const lines = rows.length >= 2 ? rows : region;
  // One place that no row fills is a column's edge too where the header parts its columns there
  // by a run of spaces, the units' header starting right after it (`Chỉ tiêu        ĐVT` over
  // `a) Khách quốc Lượt`, a name and its unit one space apart): with a few rows at least, so
  // that the rows' spaces meeting in one place is no chance. (Only the units': a header centred
  // over names that share a first word, `Xã Tân An`, `Xã Hòa Bình`, stands after their space.)
  // (Above the first numbered row, where there is one: a tall header's line may hold figures,
  // `hoạc  6  6  So  với`.)
  const numbered = region.findIndex((line) => rowLine.test(line.raw));
  const header = region.slice(0, Math.max(0, numbered >= 0 ? numbered : region.findIndex(isRow)));
  // Where the header's units' headers start, and where the header before each ends.
  const units = header.flatMap((line) =>
    segments(line.raw).flatMap((segment, k, all) => {
      const before = all[k - 1];
      if (!before) return [];
      const afterName = columnRole(before.text) === 'label';
      // (Or the first figure column's after the names', `Dự toán` over rows whose longest name
      // runs to one place before its figure.)
      const role = headerRole(segment.text, afterName);
      if (role !== 'unit' && !(FIGURE_ROLES.has(role) && before.start < FIRST_COLUMNS)) return [];
      return [{ start: segment.start, after: before.start + before.text.length }];
    }),
  );
  const headed =
    rows.length >= MIN_HEADED_ROWS && units.length > 0
      ? (start: number) =>
          units.some((unit) => unit.start > start && unit.start <= start + 3 && unit.after <= start)
      : undefined;
  const gaps = emptyPlaces(lines, headed);
  return [...gaps, ...crossedGaps(lines, gaps)].sort((a, b) => a.start - b.start);
}

/** The roles of figure columns whose header may show where the names' column ends. */
const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set(['plan', 'estimate', 'actual']);
/** The header segment before such a header stands within this many places of the left. */
const FIRST_COLUMNS = 8;

/** Rows enough for one empty place the header shows to part two columns. */
const MIN_HEADED_ROWS = 4;

/**
 * Runs of places no line fills: two wide, or one within the first few places or where `headed`
 * says a column starts.
 */
function emptyPlaces(lines: readonly Line[], headed?: (start: number) => boolean): Gap[] {
  const width = lines.reduce((widest, line) => Math.max(widest, line.raw.length), 0);
  const filled = new Uint8Array(width);
  for (const line of lines) {
    for (let i = 0; i < line.raw.length; i++) if (line.raw[i] !== ' ') filled[i] = 1;
  }
  const gaps: Gap[] = [];
  let i = 0;
  while (i < width && filled[i] === 0) i++;
  while (i < width) {
    while (i < width && filled[i] === 1) i++;
    const start = i;
    while (i < width && filled[i] === 0) i++;
    if (i >= width) break;
    // One place wide only after a narrow order column: the lines' marks before it (`1`, `II`,
    // `-`), never a name's first word (`Chi bổ sung …` over `Chi tạo nguồn …`).
    const narrow = () =>
      lines.every((line) =>
        // (Or the order column's header, `TT` / `STT`, where a part's one row is all the rows.)
        /^(?:\d{1,3}|[IVXLC]{1,6}|[-+•]|\p{L}|S?TT)?[.)]?$/u.test(line.raw.slice(0, start).trim()),
      );
    if (i - start >= 2 || (start <= 4 && narrow())) gaps.push({ start, end: i });
    // (A group's name over merged cells may run over it: not parted there, as at a crossed gap.)
    else if (headed?.(start)) gaps.push({ start, end: i, crossed: true });
  }
  return gaps;
}

/**
 * The gaps a few rows run over with one space (`541.903 545.126 100,59`, a name and its unit
 * `Thu từ doanh nghiệp Tỷ`): the rows with the most cells, as many as most rows have, show the
 * columns; a gap they leave empty that the rows with fewer cells fill is a column's edge when
 * each of those rows can be parted there by a space (and has no cell of its own standing inside
 * it). Merging the columns for the whole table would put several figures in one cell.
 */
function crossedGaps(
  lines: readonly Line[],
  known: ReadonlyArray<{ start: number; end: number }>,
): Gap[] {
  const counts = lines.map((line) => segments(line.raw).length);
  const tally = new Map<number, number>();
  for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1);
  // The count of cells most rows have, the larger of equals.
  let widest = 0;
  let most = 0;
  for (const [count, rows] of tally) {
    if (rows > most || (rows === most && count > widest)) [widest, most] = [count, rows];
  }
  // Or the rows with the most cells of all, two at least: a row that runs over a gap can have as
  // many cells as most rows where most have no note (`Người 412` beside `Hộ      1.136`).
  const richest = counts.reduce(
    (most, count) => ((tally.get(count) ?? 0) >= 2 ? Math.max(most, count) : most),
    0,
  );
  const found: Gap[] = [];
  for (const cells of richest > widest ? [widest, richest] : [widest]) {
    const full = lines.filter((_, index) => counts[index] === cells);
    const fewer = lines.filter((_, index) => (counts[index] as number) < cells);
    if (full.length < 2 || fewer.length === 0) continue;
    for (const gap of emptyPlaces(full)) {
      const taken = [...known, ...found];
      if (
        gap.end - gap.start >= 2 &&
        !taken.some((other) => other.start < gap.end && gap.start < other.end) &&
        fewer.every((line) => partsAt(line.raw, gap))
      ) {
        found.push({ ...gap, crossed: true });
      }
    }
  }
  return found;
}

/**
 * Whether a line can be parted at a gap: it leaves the gap empty, or a space in or at the edge
 * of the gap parts its words, and no run of spaces stands inside the gap (which would be a cell
 * of its own there).
 */
function partsAt(raw: string, gap: { start: number; end: number }): boolean {
  const inside = raw.slice(gap.start, gap.end);
  if (inside.trim() === '') return true;
  if (/\S {2,}\S/u.test(inside)) return false;
  return raw.slice(Math.max(0, gap.start - 1), gap.end + 1).includes(' ');
}

/**
 * A line cut at the gaps: at a space inside each gap, or next to it (a header word may run into
 * a gap); where a word covers the gap and the places around it, that gap does not part this line.
 */
function cutAt(
  line: Line,
  gaps: readonly Gap[],
  intrusion?: (gap: Gap) => number | undefined,
): Cell[] {
  const raw = line.raw;
  // A row's line with no figure (a group's name over merged cells) is not parted where only some
  // rows' figures or units were: its words stay in the cell they start in.
  const group = rowLine.test(raw) && !segments(raw).some(({ text }) => isNumberCell(text));
  const cuts: number[] = [];
  let from = 0;
  for (const gap of gaps) {
    from = Math.max(from, cutIn(raw, gap, intrusion !== undefined, intrusion?.(gap)));
    cuts.push(from);
  }
  for (let index = gaps.length - 1; index >= 0; index--) {
    if (group && gaps[index]?.crossed) cuts[index] = cuts[index + 1] ?? raw.length;
  }
  const cells: Cell[] = [];
  from = 0;
  for (const cut of cuts) {
    cells.push(piece(line, from, cut));
    from = cut;
  }
  cells.push(piece(line, from, raw.length));
  return cells;
}

/**
 * Where a line parts at a gap: where it ends, if it ends before the gap is over (or before its last
 * words, where they stand inside the gap nearer the next column); else at the space in the longest
 * run of spaces in or at the edge of the gap (of equals, see below: a word may run into the gap
 * from either side); else, a word covering the whole gap, where the gap starts.
 */
function cutIn(
  raw: string,
  gap: { start: number; end: number },
  header: boolean,
  intrusion?: number,
): number {
  if (raw.length <= gap.end) {
    // A header's line that ends inside the gap: its last words, when they start inside it too,
    // belong to the column they stand nearer (a header centred over a column of right-aligned
    // figures: `Tăng (+),` / `giảm (-)` over `-2`), else to the column before. A row's line ends
    // in the column it started in (a name wrapped into the gap).
    const last = header ? /(?<= {2})\S(?:(?! {2}).)*$/u.exec(raw) : null;
    const start = last?.index ?? 0;
    if (last && start > gap.start && gap.end - raw.length < start - gap.start) return start;
    return raw.length;
  }
  let cut: number | undefined;
  let best = 0;
  let bestCapital = false;
  // Of equal runs, the last: a name runs into the gap from the left (`Thu tiền sử dụng đất Tỷ`,
  // `Đơn vị tính năm 2024`); in a header's line where the next column's header stands into the
  // gap, the one whose next word starts nearest where that header does (`đầu năm KH năm` under
  // `So với`: `KH` is the next column's; `Đơn vị cùng kỳ` over `Thực`: `cùng` is).
  for (let at = gap.end; at >= Math.max(0, gap.start - 1); at--) {
    if (raw[at] !== ' ') continue;
    let run = 1;
    while (raw[at - run] === ' ') run++;
    const nearer =
      intrusion !== undefined &&
      cut !== undefined &&
      Math.abs(at + 1 - intrusion) < Math.abs(cut + 1 - intrusion);
    // In a header's line, a header starts at a capitalised word: of equal runs, the one before
    // such a word (`Diện tích Năng suất` over two columns parts before `Năng`).
    const capital = header && /\p{Lu}/u.test(raw[at + 1] ?? '');
    if (
      run > best ||
      (run === best && capital && !bestCapital) ||
      (run === best && capital === bestCapital && nearer)
    ) {
      best = run;
      cut = at;
      bestCapital = capital;
    }
    at -= run - 1;
  }
  return cut ?? gap.start;
}

function piece(line: Line, from: number, to: number): Cell {
  const slice = line.raw.slice(from, to);
  const text = slice.trim();
  if (text === '') return { parts: [] };
  const at = from + slice.length - slice.trimStart().length;
  return { parts: [{ line, segment: { start: at, text } }] };
}

/**
 * The header's lines as one header row, or as two where a header spans columns: under a line that
 * names the order, name or unit columns, lines that head only figure columns (`Thực` / `hiện`, `Kế`
 * / `hoạch`) are a lower tier when a column has words only there, beside one with words above too
 * (`Năm 2023` over `Kế hoạch` and `Thực hiện`). The tables stage reads two header rows as a merged
 * cell over the columns under it (its blank upper cells take the one before), as a GFM table's.
 */
function headerTiers(header: readonly Cell[][]): Cell[][][] {
  const filled = (cells: readonly Cell[], at: number) => (cells[at]?.parts.length ?? 0) > 0;
  // The order's, the names' and the unit's columns, where the table has one: their headers stand
  // over both tiers (a table without a unit column has a figure column third: `Tỉnh giao`).
  const unitHeader = header.map((cells) => text(cells[2])).join(' ');
  const lead = headerRole(unitHeader.trim(), true) === 'unit' ? 3 : 2;
  const leadColumns = [0, 1, 2].slice(0, lead);
  const lastLabelled = header.findLastIndex((cells) => leadColumns.some((at) => filled(cells, at)));
  if (lastLabelled < 0 || lastLabelled === header.length - 1)
    return header.length > 0 ? [header.slice()] : [];
  const upper = header.slice(0, lastLabelled + 1);
  const lower = header.slice(lastLabelled + 1);
  const width = header[0]?.length ?? 0;
  const above = (at: number) => upper.some((cells) => filled(cells, at));
  const below = (at: number) => lower.some((cells) => filled(cells, at));
  let spans = false;
  for (let at = lead + 1; at < width; at++) {
    if (below(at) && !above(at) && above(at - 1) && below(at - 1)) spans = true;
  }
  return spans ? [upper, lower] : [header.slice()];
}

function mergeRows(rows: readonly Cell[][], count: number): Cell[] {
  const merged: Cell[] = Array.from({ length: count }, () => ({ parts: [] }));
  for (const row of rows) mergeInto(merged, row);
  return merged;
}

function mergeInto(target: Cell[], addition: readonly Cell[]): void {
  addition.forEach((cell, index) => {
    target[index]?.parts.push(...cell.parts);
  });
}

export function text(cell: Cell | undefined): string {
  // Joined against the piece before, not the text so far: reading the end of a long concatenated
  // string flattens it each time.
  let out = '';
  let previous = '';
  for (const part of cell?.parts ?? []) {
    out += joint(previous, part.segment.text) + part.segment.text;
    previous = part.segment.text;
  }
  return out;
}

/** A compound unit the column cut after its dot's letters (`HK.k` / `m`, `tấn.k` / `m`: `.km`). */
export function cutCompoundUnit(before: string, after: string): boolean {
  return /\.\p{Ll}+$/u.test(before) && /^\p{Ll}{1,2}$/u.test(after);
}

/**
 * What joins two lines of a narrow cell: a space, or nothing where the cell broke a word
 * (`trưởn` / `g`, `GRD` / `P`, `T` / `T`): the second piece is no syllable and the two make one;
 * nothing before a closing mark (`khám` / `,`) or the rest of a digit group (`10.0` / `00`).
 */
export function joint(before: string, after: string): string {
  if (before === '') return '';
  // A mark that closes what came before (`khám` / `,`).
  if (/^[,.;:)\]]/u.test(after)) return '';
  // A figure the wrap cut (`10.486,` / `3`, `-` / `1.533`, a digit group `10.0` / `00`): one.
  // (A sign only where it stands alone: `2022 -` / `2023` is a span of years.)
  const cut = before.slice(before.lastIndexOf(' ') + 1);
  const rest = after.split(' ', 1)[0] as string;
  const sign = /^[-–]$/u.test(cut) && cut !== before;
  // (A decimal's digits go on it where a figure's cell holds both lines, the reader having joined
  // them as one figure's: `312,8` / `4`; never in a name's cell, `Tỷ lệ 70,3` / `5 xã`.)
  const decimal = cut === before && rest === after && /\d,\d+$/u.test(cut);
  const cutAt = isCutFigure(cut) || decimal;
  if (!sign && cutAt && isFigureRest(rest) && isWholeFigure(cut + rest)) return '';
  // A document's code cut at one of its hyphens (`21-` / `KL/TW`, `412/BC-` / `CTK`), a date
  // inside its year (`30/9/202` / `4`).
  if (codeCutAtHyphen(before, after) || dateCutInYear(before, after)) return '';
  if (cutCompoundUnit(cut, after)) return '';
  // A roman order number the narrow order column wrapped (`II` / `I`, `I` / `V`).
  if (/^[IVX]+$/u.test(before) && /^[IVX]+$/u.test(after) && romanNumeral.test(before + after))
    return '';
  // The last word, found from the end (a `/…+$/` regex would try every start in a long text).
  let from = before.length;
  while (from > 0 && /[\p{L}\p{M}]/u.test(before.charAt(from - 1))) from--;
  const tail = before.slice(from);
  // A unit with its power (`Triệu` / `m²`, `km2`) is a word of its own.
  if (/^[\p{L}\p{M}]+[²³\d]/u.test(after)) return ' ';
  const head = /^[\p{L}\p{M}]+/u.exec(after)?.[0];
  if (!tail || !head) return ' ';
  // Two words, a space; a piece that is no word joined to the other where they make one (`trưởn`
  // / `g`, `Triệ` / `u`: `u` is a word, `Triệ` none).
  if (isVietnameseSyllable(head) && isVietnameseSyllable(tail)) return ' ';
  const whole = tail + head;
  const capitals = /^\p{Lu}+$/u.test(whole) && whole.length <= 6;
  return capitals || isVietnameseSyllable(whole) ? '' : ' ';
}
