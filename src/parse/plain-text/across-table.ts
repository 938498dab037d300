/**
 * A table OCR read across the page, a printed line at a time (tesseract on a page image): the
 * header's lines run the columns together, single-spaced, each column's pieces in column order
 * (`So với` / `Kế hoạch Ước TH cùng kỳ` / `TT Chỉ tiêu Đơn vị tính năm 2024 quý I/2024 (%)`); then
 * each row's first line holds its number, the start of its name, its unit and all its figures
 * (`1 Tổng sản Tỷ đồng 65.000 12.345,6 107,52`), the rest of the name on the lines after it, with
 * the end of a unit the column wrapped (`Tổng TỶ 475 …` / `giá trị đồng`).
 *
 * The header's lines are cut into pieces (a new piece at a capitalised word, after a year or a
 * bracket, before `cùng kỳ` once a piece names its role), the order, name and unit columns' pieces
 * known by their words (`T`, `Chỉ tiêu`, `Đơn vị tính`), and the other pieces of each line stand
 * under the last figure columns (a taller header starts higher). Read only when every line's
 * pieces fit, every row ends with as many figures as there are figure columns and has its unit,
 * and the numbers run in sequence; anything else stays text.
 */
import { columnRole, isFigureCell, isUnitCell } from '../../vi/table-headers.js';
import { readScale } from '../../vi/units.js';
import { type Cell, cellPart as part } from './layout.js';
import type { Line } from './lines.js';
import type { FoundTable } from './table-lines.js';

/** The most lines a header runs over above the order column's header line. */
const MAX_HEADER_LINES = 4;
/** A header line is short: the columns' words, single-spaced. */
const MAX_HEADER_LENGTH = 60;

/** The order column's header, then the name's and the unit's, at the start of a header line. */
const ORDER_PIECE = /^(?:S|T|TT|STT)$/u;
const LABEL_WORDS = /^(?:chỉ|chi|tiêu|chỉtiêu|chitiêu|chỉ tiêu|nội|dung|nội dung|danh|mục)$/iu;
const UNIT_WORDS = /^(?:đơn|vị|tính|đơn vị|vị tính|đơn vị tính|đvt)$/iu;

/** A row's first line: its number or bullet, its name's start, then (after its unit) figures. */
const ROW_START = /^(?:(\d{1,3})|[-+])\s+\S/u;

export function acrossTable(
  lines: readonly Line[],
  from: number,
  figuresOf: (line: Line, count: number) => Array<{ at: number; text: string }> | undefined,
): FoundTable | undefined {
  // The order column's header line: `TT Chỉ tiêu Đơn vị tính …` or `T Chỉ Đơn vị Kế hoạch …`.
  const headerLine = lines[from];
  if (!headerLine || !/^(?:S|T|TT|STT)\s+\S/u.test(headerLine.text)) return undefined;
  // The header's lines: a few short lines above it and maybe one below (`T tiêu tính năm 2024 …`).
  let start = from;
  while (
    start > 0 &&
    from - start < MAX_HEADER_LINES &&
    isHeaderLine(lines[start - 1]?.text ?? '')
  ) {
    start--;
  }
  let at = from + 1;
  while (at < lines.length && at - from <= 2 && /^(?:S|T|TT|STT)\s+\S/u.test(lines[at]?.text ?? ''))
    at++;
  while (at < lines.length && lines[at]?.text === '') at++;
  const first = lines[at];
  const match = first ? ROW_START.exec(first.text) : null;
  if (!first || !match) return undefined;
  // The figure columns: as many as the first row ends with, the header's pieces agreeing.
  const headerLines = lines.slice(start, at).filter((line) => line.text !== '');
  for (const count of [6, 5, 4, 3, 2]) {
    if (!figuresOf(first, count)) continue;
    const header = headerCells(headerLines, count);
    if (!header) continue;
    const rows = readRows(lines, at, count, figuresOf);
    if (!rows || rows.rows.length < 2) continue;
    return { start, end: rows.end, rows: [{ cells: header, header: true }, ...rows.rows] };
  }
  return undefined;
}

/** A line of a header above the order column's: short, no sentence, no caption (`Biểu số 01:`). */
function isHeaderLine(text: string): boolean {
  return (
    text !== '' && text.length <= MAX_HEADER_LENGTH && /^\p{Lu}/u.test(text) && !/[:.;]/u.test(text)
  );
}

interface Piece {
  at: number;
  text: string;
}

/**
 * A header line cut into its columns' pieces: a new piece at a capitalised word (`Kế`, `Ước`,
 * `So`), at an abbreviation once the piece names its role (`So với` `KH` stays one), after a year
 * or a bracket (`năm 2024` `quý I/2024` `(%)`), and before `cùng kỳ` once the piece names its
 * role (`Ước TH` `cùng kỳ`, but `So với cùng kỳ`).
 */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let current: Piece | undefined;
  let closed = false;
  for (const match of text.matchAll(/\S+/gu)) {
    const word = match[0];
    const at = match.index ?? 0;
    // The piece's role, asked only where it decides (a header's every word would ask it).
    const named = () => current !== undefined && columnRole(current.text) !== 'other';
    const titled = /^\p{Lu}\p{Ll}/u.test(word);
    const abbreviation = /^\p{Lu}{2,}/u.test(word) && !/^(?:TH|KH)$/u.test(word) && named();
    const comparison =
      /^cùng$/iu.test(word) && !/so (?:với|sánh)/iu.test(current?.text ?? '') && named();
    if (!current || closed || titled || abbreviation || comparison) {
      current = { at, text: word };
      out.push(current);
    } else current.text += ` ${word}`;
    // A year or a bracket ends a piece, and so does the order column's header first on the line.
    closed = /(?:\d{4}|\))$/u.test(word) || (out.length === 1 && ORDER_PIECE.test(current.text));
  }
  return out;
}

/**
 * The header's cells: on each line, the order column's piece (`T`), the name's (`Chỉ tiêu`,
 * `Chỉ`, `tiêu`) and the unit's (`Đơn vị tính`, `Đơn vị`, `tính`) first, known by their words,
 * then the figure columns' pieces, under the last columns. Undefined when a line has more pieces
 * than columns, or a figure column gets no piece.
 */
function headerCells(lines: readonly Line[], count: number): Cell[] | undefined {
  const order: Cell = { parts: [] };
  const label: Cell = { parts: [] };
  const unit: Cell = { parts: [] };
  const figures: Cell[] = Array.from({ length: count }, () => ({ parts: [] }));
  for (const line of lines) {
    const found = pieces(line.text);
    let k = 0;
    const take = (test: RegExp, cell: Cell) => {
      // A piece may hold the name's and the unit's words run together: split them word by word.
      while (k < found.length) {
        const piece = found[k] as Piece;
        const words = [...piece.text.matchAll(/\S+/gu)];
        let used = 0;
        while (used < words.length && test.test(words[used]?.[0] ?? '')) used++;
        if (used === 0) return;
        const end = (words[used - 1]?.index ?? 0) + (words[used - 1]?.[0].length ?? 0);
        cell.parts.push(part(line, piece.at, piece.text.slice(0, end)));
        if (used === words.length) k++;
        else {
          const rest = words[used]?.index ?? 0;
          found[k] = { at: piece.at + rest, text: piece.text.slice(rest) };
          return;
        }
      }
    };
    take(ORDER_PIECE, order);
    take(LABEL_WORDS, label);
    take(UNIT_WORDS, unit);
    const rest = found.slice(k);
    if (rest.length > count) return undefined;
    rest.forEach((piece, index) => {
      figures[count - rest.length + index]?.parts.push(part(line, piece.at, piece.text));
    });
  }
  // The name's and the unit's headers must read whole (`Chỉ tiêu`, `Đơn vị tính`): a piece OCR ran
  // into another (`ĐơnvịỊ 2022`) would put the figure columns' headers off by one.
  const text = (cell: Cell) => cell.parts.map((p) => p.segment.text).join(' ');
  if (
    order.parts.length === 0 ||
    columnRole(text(label).replace(/^chitiêu$/iu, 'chỉ tiêu')) !== 'label' ||
    !/^(?:đơn vị(?: tính)?|đvt)$/iu.test(text(unit)) ||
    figures.some((c) => c.parts.length === 0)
  ) {
    return undefined;
  }
  return [order, label, unit, ...figures];
}

/** The rows from `at`: each a first line with its figures, then its name's other lines. */
function readRows(
  lines: readonly Line[],
  at: number,
  count: number,
  figuresOf: (line: Line, count: number) => Array<{ at: number; text: string }> | undefined,
): { rows: Array<{ cells: Cell[]; header: boolean }>; end: number } | undefined {
  const rows: Array<{ cells: Cell[]; header: boolean }> = [];
  let expected: number | undefined;
  let end = at;
  while (at < lines.length) {
    const first = lines[at] as Line;
    const match = ROW_START.exec(first.text);
    const figures = match ? figuresOf(first, count) : undefined;
    if (!match || !figures) break;
    const number = match[1] === undefined ? undefined : Number(match[1]);
    if (number !== undefined && expected !== undefined && number !== expected) break;
    // The name's other lines, to the next row or a blank line.
    let next = at + 1;
    while (
      next < lines.length &&
      lines[next]?.text !== '' &&
      !(ROW_START.test(lines[next]?.text ?? '') && figuresOf(lines[next] as Line, count))
    ) {
      next++;
    }
    const row = rowCells(lines.slice(at, next), figures, match[1]);
    if (!row) break;
    rows.push({ cells: row, header: false });
    if (number !== undefined) expected = number + 1;
    at = next;
    end = next;
  }
  return rows.length > 0 ? { rows, end } : undefined;
}

/**
 * A row's cells: its number, its name (the first line's words before the unit, then the other
 * lines), its unit (a known unit ending the first line's text, or a scale there that the next
 * line's last word makes one: `TỶ` … `đồng`), and its figures.
 */
function rowCells(
  rowLines: readonly Line[],
  figures: ReadonlyArray<{ at: number; text: string }>,
  number: string | undefined,
): Cell[] | undefined {
  const first = rowLines[0] as Line;
  const figureStart = figures[0]?.at ?? first.text.length;
  const nameStart = number === undefined ? 0 : number.length + 1;
  const head = first.text.slice(0, figureStart).trimEnd();
  const words = [...head.slice(nameStart).matchAll(/\S+/gu)].map((m) => ({
    at: nameStart + (m.index ?? 0),
    text: m[0],
  }));
  const index: Cell = number === undefined ? { parts: [] } : { parts: [part(first, 0, number)] };
  const name: Cell = { parts: [] };
  const unit: Cell = { parts: [] };
  let rest = rowLines.slice(1);
  let unitFrom: number | undefined;
  for (const size of [3, 2, 1]) {
    const from = words[words.length - size];
    if (!from || words.length === size) continue;
    if (isUnitCell(head.slice(from.at))) {
      unitFrom = from.at;
      break;
    }
  }
  const last = words.at(-1);
  const next = rowLines[1];
  const tail = next ? lastWord(next.text) : undefined;
  if (unitFrom === undefined && last && next && tail && words.length >= 2) {
    // The unit's end the column wrapped to the next line's end: `TỶ` … `giá trị đồng`, `Đảng` …
    // `đảng viên`.
    if (isUnitCell(`${last.text} ${tail.text}`)) {
      unitFrom = last.at;
      unit.parts.push(part(first, last.at, last.text));
      unit.parts.push(part(next, tail.at, tail.text));
      const before = next.text.slice(0, tail.at).trimEnd();
      name.parts.push(part(first, nameStart, head.slice(nameStart, unitFrom).trimEnd()));
      if (before !== '') name.parts.push(part(next, 0, before));
      rest = rowLines.slice(2);
    }
  }
  if (unitFrom === undefined) {
    // A short unit the unit table does not know: one capitalised word alone there (`Sốca Ca`).
    const scale = last && readScale(last.text.toLocaleLowerCase('vi'), 0)?.end === last.text.length;
    if (!last || words.length < 2 || scale || !/^\p{Lu}\p{Ll}*$/u.test(last.text)) return undefined;
    unitFrom = last.at;
  }
  if (unit.parts.length === 0) {
    name.parts.push(part(first, nameStart, head.slice(nameStart, unitFrom).trimEnd()));
    unit.parts.push(part(first, unitFrom, head.slice(unitFrom)));
  }
  for (const line of rest) name.parts.push(part(line, 0, line.text));
  if (name.parts.some((p) => p.segment.text === '') || figures.some((f) => !isFigureCell(f.text))) {
    return undefined;
  }
  return [index, name, unit, ...figures.map((f) => ({ parts: [part(first, f.at, f.text)] }))];
}

/** A line's last word, found from the end (a `/\S+$/` would try every start on a long line). */
function lastWord(text: string): { at: number; text: string } | undefined {
  const end = text.trimEnd().length;
  let at = end;
  while (at > 0 && !/\s/u.test(text.charAt(at - 1))) at--;
  return at < end ? { at, text: text.slice(at, end) } : undefined;
}
