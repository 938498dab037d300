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
import {
  type Printed,
  placeFigures,
  printedFigure,
  rowsBreakingArithmetic,
  type TableArithmetic,
  tableArithmetic,
} from '../../vi/column-arithmetic.js';
import { columnRole, headerSense, isFigureCell, isUnitCell } from '../../vi/table-headers.js';
import { splitGlued } from '../../vi/text.js';
import { readScale } from '../../vi/units.js';
import { type Cell, cellPart as part } from './layout.js';
import type { Line } from './lines.js';
import {
  type FoundTable,
  figureOf,
  inCapitals,
  partsText,
  sameTexts,
  type TableBefore,
} from './table-lines.js';

/** The most lines a header runs over above the order column's header line. */
const MAX_HEADER_LINES = 4;
/** A header line is short: the columns' words, single-spaced. */
const MAX_HEADER_LENGTH = 60;

/** The order column's header, then the name's and the unit's, at the start of a header line. */
const ORDER_PIECE = /^(?:S|T|TT|STT)$/u;
const LABEL_WORDS = /^(?:chỉ|chi|tiêu|chỉtiêu|chitiêu|chỉ tiêu|nội|dung|nội dung|danh|mục)$/iu;
const UNIT_WORDS = /^(?:đơn|vị|tính|đơn vị|vị tính|đơn vị tính|đvt)$/iu;

/** A row's mark, OCR's or not: its number (`5_`) or a bullet, maybe run into the name. */
const ROW_MARK = /^(?:\d{1,3}[_.]?\s|[-+•])/u;
/**
 * A row's first line: its number (OCR may add a mark: `5_`) or bullet (maybe run into the name:
 * `-ThuBHXH`), its name's start, then (after its unit) figures.
 */
const ROW_START = /^(?:(\d{1,3})[_.]?\s+|[-+]\s*)(?=\p{L})/u;

export function acrossTable(
  lines: readonly Line[],
  from: number,
  figuresOf: (line: Line, count: number) => Array<{ at: number; text: string }> | undefined,
  tableBefore?: TableBefore,
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
  if (!first || !(ROW_START.test(first.text) || GROUP_START.test(first.text))) return undefined;
  // The figure columns: as many as the first row ends with, the header's pieces agreeing; or
  // where the header's words stand a column's word to a line (narrow columns), as many as the
  // order column's header line holds after the name's and the unit's.
  const headerLines = lines.slice(start, at).filter((line) => line.text !== '');
  // (The order column's letters may start the lines above its own: `S hiện hoạch …` / `T năm …`.)
  let base = at - 1;
  while (base > from && lines[base]?.text === '') base--;
  const stacked = stackedHeader(lines, base);
  const firstRow = firstFiguresRow(lines, at, figuresOf);
  // The table before, its header repeated on this page (a part overleaf): its rows' arithmetic
  // places this part's short rows, and none of its own rows need be whole.
  // (Compared without spaces: the table before's order header reads `STT`, its letters joined.)
  const repeated =
    stacked !== undefined &&
    tableBefore?.headers.length === 1 &&
    sameTexts(stacked.cells, tableBefore.headers[0] ?? []);
  const rowsBefore = repeated ? (tableBefore?.rows ?? []) : [];
  for (const count of [6, 5, 4, 3, 2]) {
    const header =
      figuresOf(first, count) && headerCells(headerLines, count)
        ? { cells: headerCells(headerLines, count) as Cell[], start }
        : stacked?.cells.length === count + 3 &&
            ((firstRow !== undefined && figuresOf(firstRow, count)) || repeated)
          ? stacked
          : undefined;
    if (!header) continue;
    const read = readRows(lines, at, count, figuresOf, rowsBefore);
    if (!read) continue;
    // A row whose figures break the arithmetic every other row keeps was misread (OCR's `3186`
    // for `318,6`): text after the table, said so, never a wrong fact.
    const misread = new Set(
      rowsBreakingArithmetic(
        read.rows.map((row) => row.cells.slice(3).map((cell) => figureOf(partsText(cell.parts)))),
      ),
    );
    const rows = read.rows.filter((_, k) => !misread.has(k));
    const withFigures = rows.filter((row) =>
      row.cells.slice(3).some((cell) => cell.parts.length > 0),
    );
    if (withFigures.length < (repeated ? 1 : 2)) continue;
    return {
      start: header.start,
      end: read.end,
      rows: [{ cells: header.cells, header: true }, ...rows],
      ...(read.unread !== undefined ? { unreadRow: [lines[read.unread] as Line] } : {}),
      ...(misread.size > 0 || read.skipped.length > 0
        ? {
            misreadRows: [
              ...[...misread].map((k) => read.spans[k] as [number, number]),
              ...read.skipped,
            ]
              .sort((a, b) => a[0] - b[0])
              .map(([from, to]) => lines.slice(from, to)),
          }
        : {}),
    };
  }
  return undefined;
}

/** The first row with figures from `at`, past the groups' rows before it (`II ĐỐI TƯỢNG` / `THAM GIA`). */
function firstFiguresRow(
  lines: readonly Line[],
  at: number,
  figuresOf: (line: Line, count: number) => Array<{ at: number; text: string }> | undefined,
): Line | undefined {
  for (let k = at; k < lines.length && k - at < MAX_GROUP_LINES + 1; k++) {
    const line = lines[k] as Line;
    if (ROW_START.test(line.text) && [6, 5, 4, 3, 2].some((n) => figuresOf(line, n))) return line;
  }
  return undefined;
}

/** The most lines a header stacked a word a line over stands above the order column's line. */
const MAX_STACKED_LINES = 8;
/** The most partial readings of a stacked header tried. */
const MAX_STEPS = 20_000;
/** The most readings of a stacked header weighed: more, and it is too loose to read. */
const MAX_READINGS = 256;
/** A word of a stacked header is short: a column is narrow. */
const MAX_STACKED_WORD = 12;

/**
 * A header whose narrow columns OCR read a word a line across the page (`Thực Kế thực So (-) SO`
 * / `S hiện hoạch hiện với với` / `T năm năm năm KH năm` / `T Chỉtiêu ĐVT 2023 2024 2024 (%)
 * 2023`): the order column's line holds a word for every column, the last of each figure
 * column's header; the lines above hold the words above them, a column's word to the columns
 * whose header is not yet whole (its top word in lower case, a figure or a bracket: `hiện`,
 * `2023`, `(-)`), in order, a capitalised word starting a column's words (`Thực Kế thực So (-)
 * SO`: `(-) SO` is one column's). Read bottom-up until every header starts with a capital; only
 * where one reading does so. Undefined otherwise (a header in tiers, a line that fits no way).
 */
function stackedHeader(
  lines: readonly Line[],
  from: number,
): { cells: Cell[]; start: number } | undefined {
  const base = lines[from] as Line;
  const lead = leadOf(base);
  const words = lead.rest;
  if (words.length < 2 || lead.label.length === 0 || lead.unit.length === 0) return undefined;
  const count = words.length;
  // Each figure column's words, top first.
  const columns: Word[][] = words.map((word) => [word]);
  let order = [...lead.order];
  let label = [...lead.label];
  let unit = [...lead.unit];
  const above: Array<{ line: Line; lead: Lead }> = [];
  for (let k = from - 1; k >= 0 && from - k <= MAX_STACKED_LINES; k--) {
    const line = lines[k] as Line;
    if (line.text === '') continue;
    const own = leadOf(line, false);
    // A line of prose (long words, or more words than two a column) is no header's.
    if (
      own.rest.some((word) => word.text.length > MAX_STACKED_WORD) ||
      own.rest.length > 2 * count
    ) {
      break;
    }
    above.push({ line, lead: own });
  }
  const solutions: Array<{ columns: Word[][]; used: number }> = [];
  // The readings tried, bounded: a header read no way in so many is read none.
  let steps = 0;
  const search = (state: Word[][], used: number): void => {
    if (solutions.length > MAX_READINGS || ++steps > MAX_STEPS) return;
    const needing = state.flatMap((column, c) => (needsHead(column[0]) ? [c] : []));
    if (needing.length === 0) {
      solutions.push({ columns: state, used });
      return;
    }
    const next = above[used];
    if (!next) return;
    const tokens = next.lead.rest;
    if (tokens.length === 0) return;
    // An abbreviation on top may be a header's first word or not (`KH (%)` under `So với`).
    const open = state.flatMap((column, c) =>
      needsHead(column[0]) || /^\p{Lu}{2,}$/u.test(column[0]?.text ?? '') ? [c] : [],
    );
    for (const assignment of assignments(tokens, open, count)) {
      const copy = state.map((column) => [...column]);
      for (const [c, group] of assignment) copy[c] = [...group, ...(copy[c] ?? [])];
      search(copy, used + 1);
    }
  };
  search(columns, 0);
  // Of the readings, the one whose headers make the most sense (`headerSense`: `giảm (-) so với`,
  // not `So (-) với KH`), where one does.
  const named = (reading: { columns: Word[][] }) =>
    reading.columns.reduce(
      (sum, column) => sum + headerSense(column.map((word) => word.text).join(' ')),
      0,
    );
  const best = solutions.reduce((most, reading) => Math.max(most, named(reading)), 0);
  const chosen = solutions.filter((reading) => named(reading) === best);
  if (chosen.length !== 1 || solutions.length > MAX_READINGS || steps > MAX_STEPS) return undefined;
  const [solution] = chosen as [{ columns: Word[][]; used: number }];
  for (const { lead: own } of above.slice(0, solution.used)) {
    order = [...own.order, ...order];
    label = [...own.label, ...label];
    unit = [...own.unit, ...unit];
  }
  const cell = (column: readonly Word[]): Cell => ({
    parts: column.map((word) => part(word.line, word.at, word.text)),
  });
  const start =
    solution.used === 0 ? from : lines.indexOf((above[solution.used - 1] as { line: Line }).line);
  return { cells: [cell(order), cell(label), cell(unit), ...solution.columns.map(cell)], start };
}

interface Word {
  line: Line;
  at: number;
  text: string;
}

interface Lead {
  order: Word[];
  label: Word[];
  unit: Word[];
  rest: Word[];
}

/** A header line's words: the order column's letters, the name's and the unit's words, the rest. */
function leadOf(line: Line, base = true): Lead {
  // A word and a figure, or an abbreviation and a word, OCR ran together are two (`hiện6`:
  // `hiện 6`; `KHnăm`: `KH năm`).
  const words: Word[] = [...line.text.matchAll(/\S+/gu)].flatMap((m) => {
    const at = m.index ?? 0;
    const glued = splitGlued(m[0]);
    if (!glued) return [{ line, at, text: m[0] }];
    const [head, tail] = glued;
    return [
      { line, at, text: head },
      { line, at: at + head.length, text: tail },
    ];
  });
  let k = 0;
  const take = (test: RegExp) => {
    const taken: Word[] = [];
    while (k < words.length && test.test((words[k] as Word).text)) taken.push(words[k++] as Word);
    return taken;
  };
  const order = take(ORDER_PIECE);
  // On the order column's line, its name's and unit's words; above it, the first ones are
  // theirs only beside the order column's letter (`T tiêu tính …`).
  const label = base || order.length > 0 ? take(LABEL_WORDS) : [];
  const unit = base || order.length > 0 ? take(UNIT_WORDS) : [];
  return { order, label, unit, rest: words.slice(k) };
}

/** Whether a column's top word leaves its header unfinished: lower case, a figure, a bracket. */
function needsHead(word: Word | undefined): boolean {
  return word !== undefined && !/^\p{Lu}/u.test(word.text);
}

/**
 * The ways `tokens` go to the columns `needing` (in order, each a run of tokens, a capitalised word
 * first in its run): where the tokens are as many as the columns or fewer (each column one, or
 * some none), or more (a column takes a run).
 */
function* assignments(
  tokens: readonly Word[],
  needing: readonly number[],
  count: number,
): Generator<Array<[number, Word[]]>> {
  // A line with a word for every column stands over every column (the words below it whole).
  if (tokens.length === count && needing.length < count) return;
  // A word a column where they are as many as the open columns or fewer; where more, every
  // open column takes a run, a run's later words never title-cased (`(-) SO`, not `So (-)`).
  const runs = tokens.length > needing.length;
  const goesOn = (k: number) => !/^\p{Lu}\p{Ll}/u.test((tokens[k] as Word).text);
  const walk = function* (
    t: number,
    n: number,
    acc: Array<[number, Word[]]>,
  ): Generator<Array<[number, Word[]]>> {
    if (t === tokens.length) {
      if (acc.length > 0 && (!runs || acc.length === needing.length)) yield acc;
      return;
    }
    for (let c = n; c < needing.length; c++) {
      if (runs && c > n) break;
      for (let end = t + 1; end <= (runs ? tokens.length : t + 1); end++) {
        if (end > t + 1 && !goesOn(end - 1)) break;
        yield* walk(end, c + 1, [...acc, [needing[c] as number, tokens.slice(t, end)]]);
      }
    }
  };
  yield* walk(0, 0, []);
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

/**
 * Whether a line starts a row, whatever OCR made of its figures: its number (`5_ Tổng số thu`), a
 * bullet (`-ThuBHXH`), a group's mark, or two figures side by side.
 */
function startsAnyRow(text: string): boolean {
  return (
    ROW_MARK.test(text) ||
    GROUP_START.test(text) ||
    /(?:^|\s)\d[\d.,]*\s+\d[\d.,]*(?:\s|$)/u.test(text)
  );
}

/**
 * The figures a row short of them ends with, and the columns they stand in, where the arithmetic
 * of the rows read so far proves it (`placeFigures`); undefined otherwise.
 */
function shortFigures(
  line: Line,
  arithmetic: TableArithmetic,
  count: number,
  figuresOf: (line: Line, count: number) => Array<{ at: number; text: string }> | undefined,
): { figures: Array<{ at: number; text: string }>; columns: number[] } | undefined {
  if (arithmetic.relations.length === 0) return undefined;
  for (let fewer = count - 1; fewer > 1; fewer--) {
    const figures = figuresOf(line, fewer);
    // Exactly so many: a longer run would be the row's own figures, read fewer.
    if (!figures || figuresOf(line, fewer + 1)) continue;
    const printed = figures.map((figure) => printedFigure(figure.text));
    if (!printed.every((figure) => figure !== undefined)) return undefined;
    const columns = placeFigures(arithmetic, printed as Printed[], count);
    return columns ? { figures, columns } : undefined;
  }
  return undefined;
}

/**
 * Where the row from `at` ends: its name's other lines go on to the next row or a blank line; any
 * line that starts as a row does (its figures misread or not), or holds figures, is no name's.
 */
function nameEnd(lines: readonly Line[], at: number): number {
  let next = at + 1;
  while (
    next < lines.length &&
    lines[next]?.text !== '' &&
    !startsAnyRow(lines[next]?.text ?? '')
  ) {
    next++;
  }
  return next;
}

/** The most words of a name that a page's end leaves alone on its last line. */
const MAX_TAIL_WORDS = 3;

/**
 * Where a row ends that takes the page's last line, a few words in capitals or lower case after a
 * blank line and nothing after them (`BHXH` of `Chi lương hưu, trợ cấp BHXH`); undefined otherwise.
 */
function pageTail(lines: readonly Line[], at: number): number | undefined {
  if (lines[at]?.text !== '') return undefined;
  let k = at;
  while (k < lines.length && lines[k]?.text === '') k++;
  const last = lines[k];
  if (!last || k - at > 1) return undefined;
  const words = last.text.split(/\s+/u);
  const wordsOnly =
    words.length <= MAX_TAIL_WORDS && !/\d/u.test(last.text) && !startsAnyRow(last.text);
  const pageEnds = lines.slice(k + 1).every((line) => line.text === '');
  return wordsOnly && pageEnds && !/^\p{Lu}\p{Ll}/u.test(last.text) ? k + 1 : undefined;
}

/** Whether a line starts as a row does and ends with figures (two of its last four words): a row, read or not. */
function rowWithFigures(text: string): boolean {
  if (!ROW_MARK.test(text)) return false;
  // A row's figures end its line, misread or not (`58,6 : 52,1 : -6,Ð`); a note's words do not.
  const end = text.trim().split(/\s+/u).slice(1).slice(-4);
  return end.filter((word) => /\d/u.test(word)).length >= 2;
}

/** The most rows OCR garbled, one after another, a table reads on over. */
const MAX_SKIPPED_ROWS = 3;

/** The most lines a group's name takes (`II ĐỐI TƯỢNG` / `THAM GIA`). */
const MAX_GROUP_LINES = 6;
/** A group's row: its roman number or capital letter (OCR may add a mark: `A_`), its name in capitals. */
const GROUP_START = /^(?:[IVX]{1,4}|[A-Z])[_.]?\s+(?=\p{Lu}{2})/u;

/** The rows from `at`: each a first line with its figures, then its name's other lines. */
function readRows(
  lines: readonly Line[],
  at: number,
  count: number,
  figuresOf: (line: Line, count: number) => Array<{ at: number; text: string }> | undefined,
  rowsBefore: ReadonlyArray<readonly string[]> = [],
):
  | {
      rows: Array<{ cells: Cell[]; header: boolean }>;
      end: number;
      spans: Array<[number, number]>;
      skipped: Array<[number, number]>;
      unread?: number;
    }
  | undefined {
  const rows: Array<{ cells: Cell[]; header: boolean }> = [];
  // Where each row's lines start and end.
  const spans: Array<[number, number]> = [];
  // The line of a row that ends the table, unread (its figures misread, its unit cut).
  let unread: number | undefined;
  let expected: number | undefined;
  // The arithmetic of the whole rows read so far, the part before's too, without the rows a
  // misread figure makes break it: learnt again only once more rows are read.
  const wholeBefore = rowsBefore.map((row) => row.slice(3).map(figureOf));
  let learnt: { rows: number; arithmetic: TableArithmetic } | undefined;
  const arithmeticSoFar = (): TableArithmetic => {
    if (learnt?.rows !== rows.length) {
      const whole = [
        ...wholeBefore,
        ...rows.map((row) => row.cells.slice(3).map((cell) => figureOf(partsText(cell.parts)))),
      ].filter((figures) => figures.length === count && figures.every((f) => f !== undefined));
      const misread = new Set(rowsBreakingArithmetic(whole));
      const arithmetic = tableArithmetic(whole.filter((_, k) => !misread.has(k)));
      learnt = { rows: rows.length, arithmetic };
    }
    return learnt.arithmetic;
  };
  // Rows OCR garbled (a figure misread, a mark read as `:`) between rows read: text after the
  // table, said so; a few in a row at most, and the table reads on only where a row reads after.
  const skipped: Array<[number, number]> = [];
  let skippedRun = 0;
  const skip = (): boolean => {
    if (skippedRun >= MAX_SKIPPED_ROWS || (rows.length === 0 && rowsBefore.length === 0)) {
      return false;
    }
    const next = nameEnd(lines, at);
    skipped.push([at, next]);
    skippedRun++;
    const number = /^(\d{1,3})[_.]?\s/u.exec(lines[at]?.text ?? '')?.[1];
    if (number !== undefined) expected = Number(number) + 1;
    at = next;
    return true;
  };
  while (at < lines.length) {
    // OCR may set a blank line between rows.
    let blank = at;
    while (blank < lines.length && lines[blank]?.text === '' && blank - at < 2) blank++;
    if (blank > at && startsAnyRow(lines[blank]?.text ?? '')) at = blank;
    const first = lines[at] as Line;
    // A group's row: its name in capitals over a line or a few, no figure.
    const group = GROUP_START.exec(first.text);
    if (group && !figuresOf(first, count)) {
      let next = at + 1;
      while (
        next < lines.length &&
        next - at < MAX_GROUP_LINES &&
        inCapitals(lines[next]?.text ?? '')
      ) {
        next++;
      }
      // (Without OCR's mark after it: `A_`.)
      const mark = group[0].trimEnd().replace(/[_.]$/u, '');
      const name: Cell = {
        parts: [part(first, group[0].length, first.text.slice(group[0].length))],
      };
      for (const line of lines.slice(at + 1, next)) name.parts.push(part(line, 0, line.text));
      const blank = Array.from({ length: count + 1 }, (): Cell => ({ parts: [] }));
      rows.push({ cells: [{ parts: [part(first, 0, mark)] }, name, ...blank], header: false });
      spans.push([at, next]);
      at = next;
      continue;
    }
    const match = ROW_START.exec(first.text);
    const whole = match ? figuresOf(first, count) : undefined;
    // A row short of figures (an empty cell OCR read as nothing) is read where the arithmetic
    // of the rows read so far proves where its figures stand.
    const short =
      match && !whole ? shortFigures(first, arithmeticSoFar(), count, figuresOf) : undefined;
    const figures = whole ?? short?.figures;
    if (!match || !figures) {
      if (rowWithFigures(first.text) && skip()) continue;
      unread = rowWithFigures(first.text) ? at : undefined;
      break;
    }
    const number = match[1] === undefined ? undefined : Number(match[1]);
    if (number !== undefined && expected !== undefined && number !== expected) break;
    let next = nameEnd(lines, at);
    // The name's last words alone after a blank line at the page's end (`BHXH`).
    const tail = pageTail(lines, next);
    if (tail !== undefined) next = tail;
    const row = rowCells(
      lines.slice(at, next).filter((line) => line.text !== ''),
      figures,
      match[1],
      match[1] === undefined ? 0 : match[0].length,
    );
    if (!row) {
      if (skip()) continue;
      unread = at;
      break;
    }
    // A short row's figures to their columns, the others blank.
    const placed: Cell[] = Array.from({ length: count }, (): Cell => ({ parts: [] }));
    short?.columns.forEach((column, k) => {
      placed[column] = row[3 + k] as Cell;
    });
    rows.push({ cells: short ? [...row.slice(0, 3), ...placed] : row, header: false });
    skippedRun = 0;
    spans.push([at, next]);
    if (number !== undefined) expected = number + 1;
    at = next;
  }
  // Groups' rows after the last row with figures are not the table's.
  while (
    rows.length > 0 &&
    (rows
      .at(-1)
      ?.cells.slice(3)
      .every((c) => c.parts.length === 0) ??
      false)
  ) {
    rows.pop();
    spans.pop();
  }
  const last = spans.at(-1)?.[1];
  if (last === undefined) return undefined;
  // Skipped rows after the last row read end the table, the first of them unread where it stands.
  const inside = skipped.filter(([from]) => from < last);
  const trailing = skipped.find(([from]) => from >= last);
  if (trailing) unread = trailing[0];
  return {
    rows,
    end: last,
    spans,
    skipped: inside,
    ...(unread !== undefined ? { unread } : {}),
  };
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
  nameStart: number,
): Cell[] | undefined {
  const first = rowLines[0] as Line;
  const figureStart = figures[0]?.at ?? first.text.length;
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
