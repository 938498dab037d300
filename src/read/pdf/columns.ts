/**
 * Lines that stand in columns, found by where their text stands on the page:
 *
 * - **layout blocks**: two columns, the header (issuer and number | motto, place and date) and the
 *   foot (`Nơi nhận:` and its list | the signature). Each column's lines are made paragraphs
 *   again, and paragraphs side by side (their first lines at one height) make a row, as the layout
 *   table a Word converter makes of it;
 * - **tables**: three columns or more on at least two lines. The columns part where no row's text
 *   stands (numbers are often right-aligned, so where cells start says less); rows part where the
 *   lines stand further apart than a cell's wrapped lines (its padding), or else where the first
 *   column holds an order number (`1`, `II`, `-`: the plain-text reader's rule); the lines above
 *   the first row are the header (in tiers where it has them), and a row's wrapped lines join its
 *   cells.
 */

import { joint, startsRow } from '../../parse/plain-text/layout.js';
import { breaksAfterLine, bullet, markerOnly, startsBlock } from '../../parse/plain-text/reflow.js';
import { COLUMN_NUMBER, columnRole, isFigureCell, tableUnitLine } from '../../vi/table-headers.js';
import { append, maxOf, minOf } from './arrays.js';
import type { Rule } from './items.js';
import { type Line, lineRuns, type PdfRun, plainOf, type Segment } from './lines.js';
import type { Layout } from './zones.js';

/** A cell: its text parts, each with the line it came from. */
export interface Cell {
  parts: Array<{ line: Line; runs: PdfRun[] }>;
}

export interface Row {
  cells: Cell[];
  header: boolean;
  lines: Line[];
  /** A header's lower tier (`Kế hoạch` | `Thực hiện` under `Năm 2023` and its empty neighbour). */
  lower?: Cell[];
}

export type ColumnBlock =
  | { kind: 'layout'; lines: Line[]; rows: Row[] }
  | { kind: 'table'; lines: Line[]; rows: Row[]; columns: number };

const MIN_TABLE_COLUMNS = 3;
const TOLERANCE = 4;
/** Text runs further apart than this share of the size may stand in two cells. */
const CELL_GAP = 0.4;
/** Rows of an unruled table stand further apart than a cell's lines by more than this ratio. */
const ROW_SPACING = 1.15;
/** At most this many lines of a ruled row cut by the page end stand under its last rule. */
const MAX_CUT_ROW_LINES = 12;

/** The column blocks among a page's body lines, by the index of their first line. */
export function columnBlocks(
  lines: readonly Line[],
  layout: Layout,
  rules: readonly Rule[] = [],
): Map<number, { block: ColumnBlock; end: number }> {
  const found = new Map<number, { block: ColumnBlock; end: number }>();
  // Ruled tables first: their rules say where rows and columns part.
  for (const grid of gridsOf(rules, layout)) {
    const top = grid.levels[0] ?? 0;
    const bottom = grid.levels.at(-1) ?? 0;
    const inside = (line: Line) => line.y > top && line.y - line.size * 0.5 < bottom;
    const from = lines.findIndex(inside);
    if (from < 0 || [...found.values()].some((f) => f.end > from)) continue;
    let end = from;
    while (end < lines.length && inside(lines[end] as Line)) end++;
    // A row the page end cut: lines under the last rule to the page's end, in the grid's columns.
    const rest = lines.slice(end);
    if (
      rest.length > 0 &&
      rest.length <= MAX_CUT_ROW_LINES &&
      rest.some((line) => line.segments.length >= 2) &&
      rest.every((line) => line.x0 >= grid.x0 - TOLERANCE && line.x1 <= grid.x1 + TOLERANCE)
    ) {
      end = lines.length;
    }
    found.set(from, { block: table(lines.slice(from, end), grid), end });
  }
  let i = 0;
  while (i < lines.length) {
    const taken = found.get(i);
    if (taken) {
      i = taken.end;
      continue;
    }
    const region = regionAt(lines, i, layout);
    if (!region || [...found.keys()].some((at) => at >= region.from && at < region.end)) {
      i++;
      continue;
    }
    const block = readRegion(lines.slice(region.from, region.end), layout, region.boundary);
    if (block) {
      found.set(region.from, { block, end: region.end });
      i = region.end;
    } else i++;
  }
  return found;
}

/** A ruled table: the heights of its horizontal rules, and where its inner column rules stand. */
interface Grid {
  levels: number[];
  boundaries: number[];
  x0: number;
  x1: number;
}

/**
 * Ruled tables from a page's horizontal rules: rules at three heights or more over the same width
 * (a border drawn cell by cell is one rule at its height), the ends of the cell borders between
 * them being the column boundaries. A two-column grid is left to the layout-block reading.
 */
function gridsOf(rules: readonly Rule[], layout: Layout): Grid[] {
  const levels: Array<{ y: number; x0: number; x1: number; ends: number[] }> = [];
  for (const rule of [...rules].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const level = levels.find((l) => Math.abs(l.y - rule.y) < 1.5);
    if (level) {
      level.x0 = Math.min(level.x0, rule.x0);
      level.x1 = Math.max(level.x1, rule.x1);
      level.ends.push(rule.x0, rule.x1);
    } else levels.push({ y: rule.y, x0: rule.x0, x1: rule.x1, ends: [rule.x0, rule.x1] });
  }
  const wide = levels.filter((l) => l.x1 - l.x0 >= (layout.right - layout.left) * 0.3);
  const grids: Grid[] = [];
  const used = new Set<number>();
  wide.forEach((level, index) => {
    if (used.has(index)) return;
    const same = wide.filter(
      (other, k) =>
        !used.has(k) && Math.abs(other.x0 - level.x0) <= 3 && Math.abs(other.x1 - level.x1) <= 3,
    );
    if (same.length < 3) return;
    for (const other of same) used.add(wide.indexOf(other));
    const inner: number[] = [];
    for (const x of same.flatMap((l) => l.ends).sort((a, b) => a - b)) {
      if (x <= level.x0 + 3 || x >= level.x1 - 3) continue;
      if (!inner.some((b) => Math.abs(b - x) <= 2)) inner.push(x);
    }
    if (inner.length + 1 < MIN_TABLE_COLUMNS) return;
    grids.push({
      levels: same.map((l) => l.y).sort((a, b) => a - b),
      boundaries: inner,
      x0: level.x0,
      x1: level.x1,
    });
  });
  return grids;
}

/** Lines from `from` in columns: a core of lines of two segments or more, with lines that fit. */
function regionAt(
  lines: readonly Line[],
  from: number,
  layout: Layout,
): { from: number; end: number; boundary?: number } | undefined {
  const first = lines[from];
  if (!first) return undefined;
  if (first.segments.length < 2) return interleaved(lines, from, layout);
  const starts: number[] = [];
  const addStarts = (line: Line) => {
    for (const segment of cellPieces(line)) {
      if (!starts.some((x) => Math.abs(x - segment.x0) <= TOLERANCE)) starts.push(segment.x0);
    }
    starts.sort((a, b) => a - b);
  };
  addStarts(first);
  const near = (a: Line, b: Line) => Math.abs(b.y - a.y) <= layout.pitch * 2.6;
  let end = from + 1;
  for (let j = from + 1; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (line.page !== first.page || !near(lines[j - 1] as Line, line)) break;
    if (hangingItem(line, layout)) break;
    if (
      line.segments.length >= 2 ||
      fits(line, starts, layout) ||
      withinColumn(line, gapBoundaries(lines.slice(from, end)), layout)
    ) {
      if (line.segments.length >= 2) addStarts(line);
      end = j + 1;
    } else break;
  }
  // Lines of one segment after the core: apart by more than a paragraph's spacing, or in
  // another weight (`BÁO CÁO` under the header block, `PHỤ LỤC` under the foot), they are not its.
  while (end > from + 1) {
    const line = lines[end - 1] as Line;
    const before = lines[end - 2] as Line;
    if (line.segments.length >= 2) break;
    if (line.y - before.y <= layout.pitch * 1.6 && line.bold === before.bold) break;
    end--;
  }
  // Header lines above the core that stand only in its columns (`So với` over `cùng kỳ (%)`),
  // or, right under the one before, inside one column (a tall header's top lines, centred:
  // `Tăng (+),` / `giảm (-)` over `so với` / `năm 2022`), but for a table's unit line.
  const boundaries = gapBoundaries(lines.slice(from, end));
  let start = from;
  while (start > 0) {
    const line = lines[start - 1] as Line;
    const below = lines[start] as Line;
    if (line.page !== first.page || !near(line, below)) break;
    if (Math.abs(line.x0 - layout.left) <= TOLERANCE) break;
    const inColumn =
      below.y - line.y <= layout.pitch * 1.3 &&
      withinColumn(line, boundaries, layout) &&
      tableUnitLine(plainOf(lineRuns(line))) === undefined;
    if (!fits(line, starts, layout) && !inColumn) break;
    start--;
  }
  return { from: start, end };
}

/**
 * Two columns whose lines do not share baselines (a table's cells centred apart, as a browser
 * prints them): lines of one segment, half a line apart, starting at two places in turn.
 */
function interleaved(
  lines: readonly Line[],
  from: number,
  layout: Layout,
): { from: number; end: number; boundary: number } | undefined {
  const first = lines[from] as Line;
  const starts: number[] = [];
  const counts = [0, 0];
  let end = from;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (line.segments.length !== 1 || line.page !== first.page) break;
    if (j > from && line.y - (lines[j - 1] as Line).y > layout.pitch * 0.75) break;
    let at = starts.findIndex((x) => Math.abs(x - line.x0) <= TOLERANCE);
    if (at < 0) {
      if (starts.length === 2) break;
      at = starts.push(line.x0) - 1;
    }
    counts[at] = (counts[at] ?? 0) + 1;
    end = j + 1;
  }
  const [a, b] = starts;
  if (a === undefined || b === undefined || end - from < 4) return undefined;
  if (Math.abs(a - b) < (layout.right - layout.left) / 4 || counts.some((n) => n < 2)) {
    return undefined;
  }
  return { from, end, boundary: Math.max(a, b) - TOLERANCE };
}

/** A list item's line, its marker hung before text that runs to the margin (`a)   Vụ Đông …`). */
function hangingItem(line: Line, layout: Layout): boolean {
  const [marker, text] = line.segments;
  return (
    line.segments.length === 2 &&
    markerOnly.test(plainOf(marker?.runs ?? [])) &&
    (text?.x1 ?? 0) > layout.right - layout.size * 3
  );
}

/**
 * A line of one segment inside a column of the block, not from the left margin: no boundary of
 * the columns stands inside it (a wrapped cell's line `việc` under `Vụ,`, where a header's word
 * starts between the two: `fits` would take that start for the next column's).
 */
function withinColumn(line: Line, boundaries: readonly number[], layout: Layout): boolean {
  if (line.segments.length !== 1 || Math.abs(line.x0 - layout.left) <= TOLERANCE) return false;
  const slack = line.size * 0.5;
  return (
    boundaries.length > 0 && !boundaries.some((x) => x > line.x0 + slack && x < line.x1 - slack)
  );
}

/** A line of one segment that starts at a column of the block and ends before the next column. */
function fits(line: Line, starts: readonly number[], layout: Layout): boolean {
  if (line.segments.length !== 1) return false;
  const at = starts.findIndex((x) => Math.abs(x - line.x0) <= TOLERANCE);
  if (at < 0) return false;
  const next = starts[at + 1];
  if (next !== undefined) return line.x1 <= next + TOLERANCE;
  // The last column: the line must not run on as body text from the left margin.
  return Math.abs(line.x0 - layout.left) > TOLERANCE;
}

function readRegion(
  lines: Line[],
  layout: Layout,
  boundary: number | undefined,
): ColumnBlock | undefined {
  const texts = lines.flatMap((line) => line.segments.map((s) => plainOf(s.runs)));
  const signal = texts.some((text) => startsBlock(text));
  if (boundary !== undefined) return signal ? layoutBlock(lines, layout, boundary) : undefined;
  const wide = lines.filter((line) => line.segments.length >= MIN_TABLE_COLUMNS).length;
  if (wide >= 2) return table(lines);
  const paired = lines.filter((line) => line.segments.length === 2).length;
  if (paired < 2 || !signal) return undefined;
  // A list item's marker hung before its text (`a)    Chỉ đạo …`) is no column.
  const lefts = lines.filter((line) => line.segments.length >= 2).map((line) => line.segments[0]);
  if (lefts.every((segment) => markerOnly.test(plainOf(segment?.runs ?? [])))) return undefined;
  const seconds = lines
    .filter((line) => line.segments.length >= 2)
    .map((line) => (line.segments[1] as { x0: number }).x0);
  return layoutBlock(lines, layout, minOf(seconds) - TOLERANCE);
}

/** A two-column block, the right column from `boundary` on. */
function layoutBlock(lines: Line[], layout: Layout, boundary: number): ColumnBlock {
  const columns: Array<Array<{ line: Line; runs: PdfRun[] }>> = [[], []];
  for (const line of lines) {
    for (const segment of line.segments) {
      const column = columns[segment.x0 >= boundary ? 1 : 0];
      const last = column?.at(-1);
      if (last && last.line === line) append(last.runs, segment.runs);
      else column?.push({ line, runs: [...segment.runs] });
    }
  }
  const paragraphs = columns.map((column) => cellParagraphs(column, layout));
  // Paragraphs side by side, their first lines at one height, share a row.
  const starts = paragraphs
    .flatMap((list, column) => list.map((cell) => ({ cell, column })))
    .sort((a, b) => (a.cell.parts[0]?.line.y ?? 0) - (b.cell.parts[0]?.line.y ?? 0));
  const rows: Row[] = [];
  let rowY = Number.NEGATIVE_INFINITY;
  for (const { cell, column } of starts) {
    const y = cell.parts[0]?.line.y ?? 0;
    let row = rows.at(-1);
    if (!row || y - rowY > layout.pitch * 0.8 || (row.cells[column]?.parts.length ?? 0) > 0) {
      row = { cells: [{ parts: [] }, { parts: [] }], header: rows.length === 0, lines: [] };
      rows.push(row);
      rowY = y;
    }
    row.cells[column] = cell;
    append(
      row.lines,
      cell.parts.map((part) => part.line),
    );
  }
  return { kind: 'layout', lines, rows };
}

/** A column's lines made paragraphs: apart where the spacing grows or a block starts. */
function cellParagraphs(column: Array<{ line: Line; runs: PdfRun[] }>, layout: Layout): Cell[] {
  const ends = column.map((part) => maxOf(part.runs.map((run) => run.x + run.width)));
  const right = maxOf(ends);
  const cells: Cell[] = [];
  column.forEach((part, index) => {
    const before = column[index - 1];
    const last = cells.at(-1);
    if (before && last) {
      const gap = part.line.y - before.line.y;
      const short = (ends[index - 1] ?? 0) < right - layout.size * 3;
      // In a layout block a dash always starts an item: the recipients are a list.
      const apart =
        gap > layout.pitch * 1.3 ||
        bullet.test(plainOf(part.runs)) ||
        breaksAfterLine(plainOf(before.runs), plainOf(part.runs), short, false);
      if (!apart) {
        last.parts.push(part);
        return;
      }
    }
    cells.push({ parts: [part] });
  });
  return cells;
}

/**
 * A table: columns part at the grid's rules, or else where no row line has text; rows part at the
 * grid's rules (a row's number may stand mid-row), and within a band at an order number.
 */
function table(lines: Line[], grid?: Grid): ColumnBlock {
  const boundaries = grid?.boundaries ?? gapBoundaries(lines);
  const columns = boundaries.length + 1;
  const cut = lines.map((line) => {
    const cells: Cell[] = Array.from({ length: columns }, () => ({ parts: [] }));
    for (const run of lineRuns(line)) {
      if (run.text.trim() === '') continue;
      let column = boundaries.findIndex((boundary) => run.x < boundary);
      if (column < 0) column = columns - 1;
      const cell = cells[column] as Cell;
      const last = cell.parts.at(-1);
      if (last && last.line === line) last.runs.push(run);
      else cell.parts.push({ line, runs: [run] });
    }
    return { lines: [line], cells };
  });
  const isStart = (cells: Cell[]) => startsRow(cellText(cells[0]), cellText(cells[1]));
  const rowLevels = grid?.levels ?? spacedRows(lines);
  const units = rowLevels ? bands(cut, rowLevels, isStart) : cut;
  // Where rows part by rules or spacing, one with figures of its own is a row, numbered or not
  // (`a) Nguồn thu tiền sử dụng đất  61,800  33,947`, a total under the last numbered row).
  const figured = (cells: Cell[]) =>
    rowLevels !== undefined &&
    cells.slice(cellText(cells[0]) === '' ? 2 : 1).some((cell) => isFigureCell(cellText(cell)));
  let firstRow = units.findIndex(({ cells }) => isStart(cells) || figured(cells));
  // No order column: each line that fills the first column starts a row.
  const byFirst = firstRow < 0;
  // (Its first unit a header where it heads an order column, `STT`: a repeated header over the
  // rest of a row the page end cut.)
  const headed = columnRole(cellText(units[0]?.cells[0])) === 'order';
  if (byFirst) firstRow = (grid || headed) && units.length > 1 ? 1 : 0;
  const rows: Row[] = [];
  const header = units.slice(0, firstRow);
  if (header.length > 0) {
    const merged = (units: readonly Unit[]) => {
      const cells: Cell[] = Array.from({ length: columns }, () => ({ parts: [] }));
      for (const unit of units) {
        unit.cells.forEach((cell, i) => {
          append(cells[i]?.parts, cell.parts);
        });
      }
      return cells;
    };
    const tier = lowerTier(header, rowLevels !== undefined);
    rows.push({
      cells: merged(header.slice(0, tier)),
      header: true,
      lines: header.flatMap((h) => h.lines),
      ...(tier < header.length ? { lower: merged(header.slice(tier)) } : {}),
    });
  }
  for (const { lines: unitLines, cells } of units.slice(firstRow)) {
    const last = rows.at(-1);
    const starts = byFirst
      ? (cells[0]?.parts.length ?? 0) > 0 || grid
      : isStart(cells) || figured(cells);
    if (starts || !last || last.header) rows.push({ cells, header: false, lines: unitLines });
    else {
      cells.forEach((cell, i) => {
        append(last.cells[i]?.parts, cell.parts);
      });
      append(last.lines, unitLines);
    }
  }
  return { kind: 'table', lines, rows, columns };
}

type Unit = { lines: Line[]; cells: Cell[] };

/**
 * Where a header's lower tier starts (its length if it has none): at a row of the header, after
 * which a column first has text while the column before it has text above and below, as under a
 * heading over two columns (`Năm 2023` over `Kế hoạch` and `Thực hiện`, the cell beside it empty).
 * A ruled table's units are its rows; an unruled one's rows part where the lines stand further
 * apart than a cell's wrapped lines do.
 */
function lowerTier(header: readonly Unit[], ruled: boolean): number {
  const ys = header.map((unit) => unit.lines[0]?.y ?? 0);
  const gaps = ys.slice(1).map((y, k) => y - (ys[k] as number));
  const pitch = minOf(gaps.filter((gap) => gap > 0));
  const rowStarts = gaps.flatMap((gap, k) => (ruled || gap > pitch * ROW_SPACING ? [k + 1] : []));
  const filled = (from: number, to: number, column: number) =>
    header.slice(from, to).some((unit) => (unit.cells[column]?.parts.length ?? 0) > 0);
  const columns = header[0]?.cells.length ?? 0;
  // A row of the columns' numbers under the header (`(1)`, `(2)`, … `(6)=(5)-(4)`) is its own tier.
  const last = rowStarts.at(-1);
  if (last !== undefined) {
    const numbers = Array.from({ length: columns }, (_, column) =>
      header
        .slice(last)
        .map((unit) => cellText(unit.cells[column]))
        .join('')
        .replace(/\s+/gu, ''),
    );
    if (numbers.every((text) => COLUMN_NUMBER.test(text))) return last;
  }
  for (const start of rowStarts) {
    for (let column = 1; column < columns; column++) {
      if (
        !filled(0, start, column) &&
        filled(start, header.length, column) &&
        filled(0, start, column - 1) &&
        filled(start, header.length, column - 1)
      ) {
        return start;
      }
    }
  }
  return header.length;
}

/**
 * Lines between two rules make one row, their cells read top to bottom; a band holding several
 * numbered rows (rules only around the header) keeps its lines apart for the order numbers.
 */
function bands(
  cut: Unit[],
  levels: readonly number[],
  isStart: (cells: Cell[]) => boolean,
): Unit[] {
  const groups = new Map<number, Unit[]>();
  for (const unit of cut) {
    const line = unit.lines[0] as Line;
    const band = levels.filter((y) => y < line.y - line.size * 0.3).length;
    const group = groups.get(band) ?? [];
    group.push(unit);
    groups.set(band, group);
  }
  const out: Unit[] = [];
  for (const group of [...groups.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1])) {
    // A roman number a narrow order column wrapped (`I` / `I` beside `PHỔ BIẾN, GIÁO` / `DỤC …`)
    // starts one row.
    const order = (unit: Unit | undefined) => cellText(unit?.cells[0]);
    const romanCut = (k: number) =>
      k > 0 &&
      /^[IVX]+$/u.test(order(group[k - 1])) &&
      /^[IVX]+$/u.test(order(group[k])) &&
      joint(order(group[k - 1]), order(group[k])) === '';
    if (group.filter((unit, k) => isStart(unit.cells) && !romanCut(k)).length > 1) {
      append(out, group);
      continue;
    }
    const cells: Cell[] = (group[0]?.cells ?? []).map(() => ({ parts: [] }));
    for (const unit of group) {
      unit.cells.forEach((cell, i) => {
        append(cells[i]?.parts, cell.parts);
      });
    }
    out.push({ lines: group.flatMap((unit) => unit.lines), cells });
  }
  return out;
}

/**
 * A line's text in the pieces a table's cells can part: runs apart by more than a word's space.
 * Finer than its segments: a narrow order column stands closer to the names than a segment's gap
 * (`1` and `Số` 0.8 of the size apart, where words stand 0.25 apart).
 */
function cellPieces(line: Line): Segment[] {
  const pieces: Segment[] = [];
  for (const run of lineRuns(line)) {
    if (run.text.trim() === '') continue;
    const last = pieces.at(-1);
    if (last && run.x - last.x1 < line.size * CELL_GAP) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else pieces.push({ runs: [run], x0: run.x, x1: run.x + run.width });
  }
  return pieces;
}

/**
 * Where an unruled table's rows part: a cell's padding sets its rows further apart than the lines
 * a cell wraps (LibreOffice: 17.6 against 14 points), so a gap wider than the narrowest by a
 * sixth parts two rows. Undefined where no gap says so (every cell one line: rows part at their
 * order numbers, as in layout text). The levels stand between the lines, as a ruled grid's rules.
 */
function spacedRows(lines: readonly Line[]): number[] | undefined {
  const gaps = lines.slice(1).map((line, k) => line.y - (lines[k] as Line).y);
  const pitch = minOf(gaps.filter((gap, k) => gap >= (lines[k] as Line).size * 0.8));
  if (!(pitch > 0)) return undefined;
  const levels = gaps.flatMap((gap, k) =>
    gap > pitch * ROW_SPACING ? [(lines[k] as Line).y + gap / 2] : [],
  );
  return levels.length > 0 && levels.length < gaps.length ? levels : undefined;
}

/** Column boundaries where no row line has text (an unruled table). */
function gapBoundaries(lines: readonly Line[]): number[] {
  const pieces = lines.map(cellPieces);
  const labelled = pieces.filter(
    ([first, second]) =>
      second !== undefined && startsRow(plainOf(first?.runs ?? []), plainOf(second.runs)),
  );
  const sample = labelled.length >= 2 ? labelled : pieces.filter((line) => line.length >= 2);
  const covered = sample
    .flatMap((line) => line.map((s) => [s.x0, s.x1] as const))
    .sort((a, b) => a[0] - b[0]);
  // A column parts in a gap of the rows; where a line (a header's) starts a cell inside the gap,
  // the column starts there: headers stand at a column's left while figures stand at its right.
  const starts = pieces.flatMap((line) => line.map((s) => s.x0));
  const boundaries: number[] = [];
  let reach = covered[0]?.[1] ?? 0;
  for (const [x0, x1] of covered.slice(1)) {
    if (x0 > reach) {
      const inside = starts.filter((x) => x > reach && x <= x0);
      boundaries.push(inside.length > 0 ? minOf(inside) - 0.5 : (x0 + reach) / 2);
    }
    reach = Math.max(reach, x1);
  }
  return boundaries;
}

/** A cell's text, its lines joined (a word a narrow cell broke is made whole again). */
export function cellText(
  cell: Cell | undefined,
  write: (runs: PdfRun[]) => string = plainOf,
): string {
  let out = '';
  let previous = '';
  for (const part of cell?.parts ?? []) {
    const text = write(part.runs);
    if (text === '') continue;
    out += joint(previous, text) + text;
    previous = text;
  }
  return out;
}
