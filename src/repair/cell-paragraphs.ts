/**
 * repair: a table mammoth wrote a cell to a paragraph, made a table again. mammoth's markdown has
 * no tables: each cell's text is a paragraph of its own, row after row, and an empty cell is no
 * paragraph at all:
 *
 * ```markdown
 * TT
 *
 * Chỉ tiêu
 *
 * Đơn vị tính
 *
 * Kế hoạch năm 2024
 *
 * Ước TH quý I/2024
 *
 * 1
 *
 * Tổng thu ngân sách nhà nước trên địa bàn
 *
 * Tỷ đồng
 *
 * 4\.305
 *
 * 1\.024,5
 *
 * \- Thu nội địa          ← the order cell was empty
 *
 * Tỷ đồng
 * …
 * ```
 *
 * becomes the table `TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước TH quý I/2024` with a
 * row for each. The header is the run of paragraphs from the order column's or the indicator's
 * header, each naming its column (src/vi/table-headers.ts; the one after the order column's heads
 * the names whatever it says); a row is its order label if any, its name, its unit where the table
 * has a unit column, as many figures as the figure columns, and its note where the table ends in a
 * notes column (`Ghi chú`). A row with no figure at all only heads the rows under it (`Bao gồm:`,
 * `I. Nông nghiệp`). Without an order column, the names' header may name no role (`Môn học`) where a
 * figure column's follows, or where two rows under the headers prove them (`provenHeader`). A row
 * of column numbers under the header (`(1)`, `(2)`, …) is a header row; columns of words after the
 * names' (`Tổ chức chủ trì`), as many as the first numbered row fills, and a last one after the
 * figures (`Xếp loại`), are read as words. A header's tiers are read as `headerTiers` reads
 * them, the first row's figure count saying whether one period spans its measures. Since an empty cell leaves nothing, a
 * row with fewer figures than the columns can say which are empty only by its unit: one with no
 * unit, in a table with a unit column, fills the columns whose header names a unit of its own
 * (`Tổng số` beside `Khối lượng thực hiện`, `Kế hoạch vốn (triệu đồng)`, `Tỷ lệ (%)`). Any other
 * numbered row short of figures is placed where the table's arithmetic proves its columns
 * (src/vi/column-arithmetic.ts: `251,1`, `198,3`, `126,6` are a figure, the year before's and their
 * ratio), else stays text after the table, a `table-row-unplaced` warning names it, and the rows
 * after it are read on.
 *
 * Only files in the `mammoth` dialect: elsewhere short paragraphs one after another are text.
 */
import type { Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { VFile } from 'vfile';
import { plainText } from '../mdast/plain-text.js';
import type { ColumnRole } from '../schema/document.js';
import {
  placeFigures,
  printedCell,
  printedFigure,
  type TableArithmetic,
  tableArithmetic,
} from '../vi/column-arithmetic.js';
import {
  COLUMN_NUMBER,
  type ColumnSense,
  columnRole,
  columnSenses,
  headerRole,
  headerTiers,
  isFigureCell,
  isQuantityCell,
  isRateRow,
  isTotalLabel,
  isUnitCell,
  isWholeFigure,
  NAMES_HEADER_WORDS,
  NOTES_HEADER,
  namesFigureColumn,
  namesHeaderNamingNoRole,
  ownUnitColumns,
} from '../vi/table-headers.js';

export default function cellParagraphs() {
  return (tree: Root, file: VFile): undefined => {
    if (file.data.source?.dialect.name !== 'mammoth') return;
    const out: RootContent[] = [];
    for (let at = 0; at < tree.children.length; ) {
      const header = cellHeader(tree.children, at);
      if (!header) {
        out.push(tree.children[at] as RootContent);
        at++;
        continue;
      }
      // A row short of figures (`1`, `Chỉ số IIP`, `%`, `6,8`): nothing but the table's arithmetic
      // says which cells are empty; where it does not, its paragraphs stay text after the table,
      // said so. The rows after it are the same table's (as order numbers pdftotext lost stay text
      // after theirs, tree.ts).
      const rows: Row[] = [];
      // Where the table stopped reading, more short rows going on: the first one's paragraph.
      let goesOn: number | undefined;
      // Short rows inside the table, and where among its rows each stands.
      const holes: Array<{ nodes: RootContent[]; short: ShortRow; at: number }> = [];
      // Short rows that end the table, each from paragraph `start`.
      const trailing: Array<{ nodes: RootContent[]; short: ShortRow; start: number }> = [];
      let found = cellRows(tree.children, header.end, header);
      for (;;) {
        for (const row of found.rows) rows.push(row);
        if (!found.short) break;
        // The rows after it, over more short rows and the groups' rows between them (`III`,
        // `Người có công`), up to rows with cells: without those, the table ended.
        const ahead: Array<{
          nodes: RootContent[];
          short: ShortRow;
          start: number;
          rows: ReturnType<typeof cellRows>;
        }> = [];
        let from: typeof found | undefined = found;
        while (from?.short !== undefined && ahead.length < MAX_SHORT_RUN) {
          const next = cellRows(tree.children, from.short.at, header, rows, from.short.number);
          ahead.push({
            nodes: tree.children.slice(from.end, from.short.at),
            short: from.short,
            start: from.end,
            rows: next,
          });
          from = next.rows.some((row) => hasCells(row, header)) ? undefined : next;
        }
        const last = ahead.at(-1);
        if (!last?.rows.rows.some((row) => hasCells(row, header))) {
          for (const step of ahead) if (step.nodes.length > 0) trailing.push(step);
          // More short rows go on past the most it reads over: the table's rest is unread.
          if (last?.rows.short) goesOn = last.rows.end;
          break;
        }
        for (const [k, step] of ahead.entries()) {
          holes.push({ ...step, at: rows.length });
          if (k < ahead.length - 1) for (const row of step.rows.rows) rows.push(row);
        }
        found = last.rows;
      }
      if (rows.filter((row) => hasCells(row, header)).length < 2) {
        out.push(tree.children[at] as RootContent);
        at++;
        continue;
      }
      // The table's arithmetic, from its whole rows, places a short row's figures where it proves
      // which columns they fill (`+ Vốn đăng ký mới`, `251,1`, `198,3`, `126,6`).
      const arithmetic = arithmeticOf(rows, header);
      const place = (short: ShortRow) => placed(short, arithmetic, header);
      const unplaced: RootContent[][] = [];
      for (const hole of [...holes].reverse()) {
        const row = place(hole.short);
        if (row) rows.splice(hole.at, 0, row);
        else unplaced.unshift(hole.nodes);
      }
      // Short rows ending the table join it while each is placed, right after the last.
      let end = found.end;
      const left = [...trailing];
      while (left[0]?.start === end) {
        const row = place(left[0].short);
        if (!row) break;
        rows.push(row);
        end = left[0].short.at;
        left.shift();
      }
      out.push(cellTable(header.rows, rows, tree.children[at], tree.children[end - 1]));
      for (const nodes of [...unplaced, ...left.map((step) => step.nodes)]) {
        file.message(
          `A table row with fewer figures than its columns stays text after the table, since nothing says which of its cells are empty: "${nodes.map((node) => plainText(node as Paragraph).text).join(' | ')}"`,
          { place: nodes[0]?.position, ruleId: 'table-row-unplaced', source: 'baocao' },
        );
      }
      if (goesOn !== undefined) {
        const node = tree.children[goesOn] as Paragraph | undefined;
        file.message(
          `A table stops after ${MAX_SHORT_RUN} rows in a row with fewer figures than its columns, which nothing places; its rows from "${node ? plainText(node).text : ''}" on stay text`,
          { place: node?.position, ruleId: 'table-row-unplaced', source: 'baocao' },
        );
      }
      for (const nodes of unplaced) for (const node of nodes) out.push(node);
      at = end;
    }
    tree.children = out;
  };
}

/**
 * A row's value: a figure (a fall in brackets too, `(6)`), or where the table has no unit column a
 * figure with its unit written after it (`1.246 lượt`, `93,4%`), which the tables stage reads as
 * both.
 */
const isValueCell = (text: string) =>
  isFigureCell(text) || isWholeFigure(text) || isQuantityCell(text);

/** An order label alone in its cell: `1`, `12`, `II`, a group's `A`, `a)` or `a`, `-`, `+`. */
const ORDER_LABEL = /^(?:\d{1,3}\.?|[IVXLC]{1,6}\.?|[A-RU-ZĐ]\.?|[a-zđ]\)?|[-–+*•])$/u;

/** A sub-row's name: its bullet or letter first (`+ Vốn đăng ký mới`, `- Thu nội địa`, `a) Giai đoạn 1`). */
const SUB_ROW = /^(?:[-–+]|[a-zđ]\))\s/u;

/** The most words a unit written alone takes (`Nghìn lượt khách`, `Bác sĩ/vạn dân`). */
const UNIT_WORDS = 4;
/** The most short rows, one after another but for groups' rows, a table reads on over. */
const MAX_SHORT_RUN = 16;
/** A note longer than this is a paragraph after the table, not a notes cell. */
const MAX_NOTE = 120;

type Row = Array<Paragraph | undefined>;

/** The arithmetic of a table's rows read so far (`tableArithmetic`). */
function arithmeticOf(rows: readonly Row[], header: CellHeader): TableArithmetic {
  const lead = header.labelAt + 1 + (header.unitAt >= 0 ? 1 : 0) + header.texts;
  const figureCells = (row: Row) => row.slice(lead, lead + header.figures);
  let senses = sensesOf.get(header);
  if (!senses) {
    senses = columnSenses(
      header.rows.map((row) => figureCells(row).map((cell) => (cell ? plainText(cell).text : ''))),
    );
    sensesOf.set(header, senses);
  }
  return tableArithmetic(
    rows.map((row) =>
      figureCells(row).map((cell) => (cell ? printedFigure(plainText(cell).text) : undefined)),
    ),
    senses,
  );
}

/** Each header's columns' senses, read once: the arithmetic is learnt again at each short row. */
const sensesOf = new WeakMap<CellHeader, ColumnSense[]>();

/** A short row's row, where the arithmetic proves which columns its figures fill. */
function placed(short: ShortRow, arithmetic: TableArithmetic, header: CellHeader): Row | undefined {
  const figures = short.figures.map(printedCell);
  if (!figures.every((figure) => figure !== undefined)) return undefined;
  const placement = placeFigures(arithmetic, figures, header.figures, short.rate);
  return placement && short.row(placement);
}

/** A row short of figures: the paragraph after it, its figures, and its row once they are placed. */
interface ShortRow {
  at: number;
  figures: string[];
  /** The last order number up to it, its own if numbered. */
  number: number | undefined;
  /** A rate's row, by its unit, or by its name where the table has no unit column (`isRateUnit`). */
  rate: boolean;
  row: (placement: readonly number[]) => Row;
}

/** A table's header as its paragraphs say: its rows (two where in tiers) and where each column is. */
interface CellHeader {
  rows: Row[];
  order: boolean;
  labelAt: number;
  unitAt: number;
  /** Columns of words after the names' and the units' (`Tổ chức chủ trì`). */
  texts: number;
  figures: number;
  /** The figure columns whose header names their unit (`ownUnitColumns`). */
  ownUnit: number[];
  /** A notes column (`Ghi chú`) after the figures. */
  notes: boolean;
  /** The paragraph after the header. */
  end: number;
}

function textOf(nodes: readonly RootContent[]) {
  return (k: number): string | undefined => {
    const node = nodes[k];
    return node?.type === 'paragraph'
      ? plainText(node).text.replace(/\s+/g, ' ').trim()
      : undefined;
  };
}

function cellHeader(nodes: readonly RootContent[], from: number): CellHeader | undefined {
  const text = textOf(nodes);
  const first = text(from);
  if (first === undefined) return undefined;
  const firstRole = columnRole(first);

  // The names' header may name no role (`Cây trồng`, `Môn học`) where a figure column's follows,
  // or where the rows under the headers prove them a table's (`Lĩnh vực`, `Hồ sơ tiếp nhận`, …).
  const noRole = namesHeaderNamingNoRole(first);
  const proven = firstRole === 'label' || noRole ? provenHeader(text, from) : undefined;
  const namesFirst = noRole && (namesFigureColumn(text(from + 1) ?? '') || proven !== undefined);
  if (firstRole !== 'order' && firstRole !== 'label' && !namesFirst) return undefined;
  // The header: each paragraph names its column; where the table has an order column, the
  // headers run to its first label, and may name no role (`So sánh (%)`, `Năm học 2022 - 2023`);
  // without one, to the first row's name, each a figure column's (`6 tháng đầu năm 2024`) or
  // after one (`Hiện có`, `Còn thiếu`, `Ghi chú`).
  const roles: ColumnRole[] = [];
  let at = from;
  for (let t = text(at); t !== undefined; t = text(++at)) {
    if (isFigureCell(t) || (roles.length > 0 && ORDER_LABEL.test(t))) break;
    if (proven !== undefined && at - from >= proven) break;
    // The columns' numbers under the header (`(1)`, `(2)`, …): read after it.
    if (roles.length > 1 && COLUMN_NUMBER.test(t)) break;
    const role = namesFirst && at === from ? 'label' : headerRole(t, roles.at(-1) === 'label');
    if (
      role === 'other' &&
      firstRole !== 'order' &&
      proven === undefined &&
      !namesFigureColumn(t) &&
      !(roles.length > 1 && t.split(' ').length <= NAMES_HEADER_WORDS)
    ) {
      break;
    }
    // A first row without an order label (`Tổng số thu …`, then its unit or figures) ends the
    // header, whatever its name says without an order column; an order label after the last
    // header (`1`) is no figure.
    const after = text(at + 1) ?? '';
    const figureAfter = isFigureCell(after) && !(firstRole === 'order' && ORDER_LABEL.test(after));
    const rowFollows = figureAfter || (isUnitCell(after) && isFigureCell(text(at + 2) ?? ''));
    if (rowFollows && (firstRole === 'order' ? role === 'other' : roles.length > 1)) break;
    if (roles.length > 0 && (role === 'order' || (role === 'label' && roles.includes('label')))) {
      return undefined;
    }
    roles.push(role);
  }
  const order = roles[0] === 'order';
  // The column after the order column's holds the rows' names, whatever its header says
  // (`Nhóm hàng`, `Tên đơn vị`), where no header names it.
  if (order && roles[1] === 'other' && !roles.includes('label')) roles[1] = 'label';
  const labelAt = roles.indexOf('label');
  const unitAt = roles.indexOf('unit');
  if (labelAt !== (order ? 1 : 0) || (unitAt >= 0 && unitAt !== labelAt + 1)) return undefined;
  const header = nodes.slice(from, at) as Paragraph[];
  // Columns of words after the names' (and the units'), as many as the first row fills with
  // words (`Tổ chức chủ trì`, `Cấp quản lý`: `Trường Đại học Cần Thơ`, `Thành phố`), and a last
  // column of words after the figures, as the notes' (`Xếp loại`: `Khá`).
  const named = labelAt + 1 + (unitAt >= 0 ? 1 : 0);
  // (The first numbered row's, where the first is a group's: `A`, `NHIỆM VỤ CHUYỂN TIẾP`, its
  // total, and no words where its tasks name their level.)
  let firstRow = firstRowCells(text, at, order, unitAt >= 0);
  for (let k = at; order && firstRow.texts === 0 && k < at + MAX_GROUP_LOOKAHEAD; k++) {
    if (/^\d{1,3}\.?$/u.test(text(k) ?? '') && isWordsCell(text(k + 1))) {
      const numbered = firstRowCells(text, k, order, unitAt >= 0);
      if (numbered.figures > 0) firstRow = { ...firstRow, texts: numbered.texts };
      break;
    }
  }
  let texts = 0;
  while (
    texts < firstRow.texts &&
    named + texts < header.length - 1 &&
    isTextHeader(text(from + named + texts) ?? '')
  ) {
    texts++;
  }
  const notes =
    header.length > 2 &&
    (text(at - 1) === NOTES_HEADER ||
      (named + texts < header.length - 1 && isTextHeader(text(at - 1) ?? '') && firstRow.after));
  // A header in two tiers (`Năm 2022`, `Năm 2023` over `Thực hiện`, `Kế hoạch`, `Thực hiện`):
  // the two header rows of a merged cell, its upper cells blank where a period spans more.
  const lead = named + texts;
  const figureHeaders: Row = header.slice(lead, notes ? -1 : undefined);
  // Or in three, the lowest repeated under each of the tier above (`headerTiers`); the first
  // row's figures say which, where they count fewer than the headers.
  const figureTexts = figureHeaders.map((_, i) => text(from + lead + i) ?? '');
  const tiers = headerTiers(figureHeaders, figureTexts, () => undefined, firstRow.figures);
  const end: Row = notes ? header.slice(-1) : [];
  const rows: Row[] = tiers
    ? tiers.map((tier, k) =>
        k === 0
          ? [...header.slice(0, lead), ...tier, ...end]
          : [...header.slice(0, lead).map(() => undefined), ...tier, ...end.map(() => undefined)],
      )
    : [header];
  const figures = (rows[0]?.length ?? 0) - lead - end.length;
  if (figures < 1) return undefined;
  // A row of the columns' numbers under the header (`(1)`, `(2)`, … `(6)=(5)-(4)`): a header's
  // row too, as the tables stage reads it in a GFM table.
  const width = rows[0]?.length ?? 0;
  const numbers = Array.from({ length: width }, (_, k) => text(at + k));
  if (numbers.every((t) => t !== undefined && COLUMN_NUMBER.test(t))) {
    rows.push(nodes.slice(at, at + width) as Paragraph[]);
    at += width;
  }
  const ownUnit = ownUnitColumns(
    rows.map((row) =>
      row.slice(lead, lead + figures).map((cell) => (cell ? plainText(cell).text : '')),
    ),
  );
  return { rows, order, labelAt, unitAt, texts, figures, ownUnit, notes, end: at };
}

/**
 * How many headers from paragraph `from` the rows under them prove, where no header names its
 * role: headers of a few words each, then two rows or more of a name and a figure a header after
 * the first (`Lĩnh vực`, `Hồ sơ tiếp nhận`, `Hồ sơ đã giải quyết`, then `Lý lịch tư pháp`, `8.037`,
 * `7.915`). Undefined where the paragraphs after them are no such rows.
 */
function provenHeader(text: (k: number) => string | undefined, from: number): number | undefined {
  const isHeader = (t: string | undefined) =>
    t !== undefined &&
    !isValueCell(t) &&
    !/[.:;]$/u.test(t) &&
    t.split(/\s+/u).length <= NAMES_HEADER_WORDS + 4;
  let count = 0;
  while (count < MAX_PROVEN_HEADERS && isHeader(text(from + count))) count++;
  for (let headers = count; headers >= 3; headers--) {
    const isRow = (start: number) =>
      isHeader(text(start)) &&
      Array.from({ length: headers - 1 }, (_, k) => text(start + 1 + k)).every(
        (t) => t !== undefined && isValueCell(t),
      );
    const rows = from + headers;
    if (isRow(rows) && isRow(rows + headers)) return headers;
  }
  return undefined;
}

/** The most headers with no role a table's rows are asked to prove. */
const MAX_PROVEN_HEADERS = 12;

/**
 * The first row from paragraph `at`, after its order label, name and unit: how many cells of
 * words it fills before its figures, how many figures, and whether words follow them (a last
 * column of words: its note).
 */
function firstRowCells(
  text: (k: number) => string | undefined,
  at: number,
  order: boolean,
  unit: boolean,
): { texts: number; figures: number; after: boolean } {
  let k = at;
  if (order && ORDER_LABEL.test(text(k) ?? '')) k++;
  k++;
  if (unit && isUnitCell(text(k) ?? '')) k++;
  let texts = 0;
  while (texts < MAX_TEXT_COLUMNS && isWordsCell(text(k + texts))) texts++;
  k += texts;
  let figures = 0;
  // (Up to the next row's label, a name after it: `560,0`, `1`, `Giống lúa chịu mặn`.)
  const nextLabel = (j: number) => ORDER_LABEL.test(text(j) ?? '') && isWordsCell(text(j + 1));
  while (isValueCell(text(k + figures) ?? '') && !nextLabel(k + figures)) figures++;
  const next = text(k + figures);
  // (Words, then the next row's label and name: `Khá`, `2`, `Đánh giá …`.)
  const labelAfter =
    ORDER_LABEL.test(text(k + figures + 1) ?? '') && !isFigureCell(text(k + figures + 2) ?? '-');
  const after =
    figures > 0 && isWordsCell(next) && (labelAfter || !startsRow(text, k + figures, unit));
  return { texts: figures > 0 ? texts : 0, figures, after };
}

/** A cell of words: not a figure, not an order label. */
const isWordsCell = (t: string | undefined) =>
  t !== undefined && t !== '' && !isValueCell(t) && !ORDER_LABEL.test(t);

/** A column of words' header: it names no role and no figure, and is not the notes'. */
const isTextHeader = (t: string) =>
  t !== NOTES_HEADER && columnRole(t) === 'other' && !namesFigureColumn(t);

/** How many paragraphs past a header its first numbered row is looked for. */
const MAX_GROUP_LOOKAHEAD = 40;

/** The most columns of words between the names and the figures. */
const MAX_TEXT_COLUMNS = 3;

/**
 * The rows from paragraph `from` on, each its order label if any, its name, its unit where the
 * table has a unit column, as many figures as the figure columns, and its note where the table
 * has a notes column; `short`: a row with fewer figures that stops them.
 */
function cellRows(
  nodes: readonly RootContent[],
  from: number,
  header: CellHeader,
  before: readonly Row[] = [],
  numberBefore?: number,
): { rows: Row[]; end: number; short?: ShortRow } {
  const text = textOf(nodes);
  const { order, unitAt, texts, figures, notes } = header;
  const starts = (k: number) => startsRow(text, k, unitAt >= 0, texts);
  const rows: Row[] = [];
  // The last order number so far, which the next numbered row's follows.
  let number = numberBefore;
  // A row with no unit, where the table has a unit column, measures nothing in the columns whose
  // header names no unit of its own (`Khối lượng thực hiện` beside `Kế hoạch vốn (triệu đồng)`
  // and `Tỷ lệ (%)`): its figures, as many as the columns that do name one, are theirs.
  const own = header.ownUnit;
  const unitless = (count: number) =>
    unitAt >= 0 && count > 0 && count === own.length && count < figures;
  const spread = (cells: readonly number[]) => {
    const placed: Array<number | undefined> = Array.from({ length: figures }, () => undefined);
    own.forEach((c, k) => {
      placed[c] = cells[k];
    });
    return placed;
  };
  let end = from;
  for (;;) {
    let k = end;
    const label = order && ORDER_LABEL.test(text(k) ?? '') ? k++ : undefined;
    if (label !== undefined && /^\d{1,3}\.?$/u.test(text(label) ?? '')) {
      number = Number.parseInt(text(label) ?? '', 10);
    }
    const name = text(k);
    if (name === undefined || isValueCell(name) || ORDER_LABEL.test(name)) break;
    const nameAt = k++;
    const unit = unitAt >= 0 && isUnitAt(text, k) ? k++ : undefined;
    // Its cells of words, where it fills them (an empty one left nothing).
    const words: Array<number | undefined> = [];
    while (words.length < texts && isWordsCell(text(k)) && !isUnitAt(text, k + 1)) words.push(k++);
    const cells: number[] = [];
    while (cells.length < figures && isValueCell(text(k) ?? '')) cells.push(k++);
    // Too few figures, the last an order label with a name after it (`I`, `Nông nghiệp`; `728`,
    // `3`, `Số hợp tác xã`): the label starts the next row (and a row of it alone has none); so
    // too where the figures before it fill a row without a unit (`Tổng số`, `542.400`, `436.291`,
    // `80,4`, `1`, `Dự án 1: …`).
    // So too where the figures fill the row but the last is the next order number with a row
    // after it (`962,0`, `323,5`, `14`, `Đơn khiếu nại …`, `Đơn`: an empty cell left nothing).
    const last = cells.at(-1);
    // (`386`, `74,2`, `10`, `Trẻ em có hoàn cảnh …`, `Trẻ em`, `350`: a unit of its own words).
    // (A sub-row's or a group's, `-` or `A`, the last numbered row's number: `-`, `Xăng dầu`,
    // `412,6`, `358,2`, `-13,2`, `-`, `2`, `Thuế xuất khẩu` after row 1.)
    const nextLabel =
      last !== undefined &&
      number !== undefined &&
      Number(text(last)) === number + 1 &&
      (starts(last + 1) || (unitAt >= 0 && isUnitAt(text, last + 2)));
    // So too a dash that would fill the row, a sub-row's name after it (`-12,1`, `-`, `-`,
    // `Trong đó: ô tô nguyên chiếc`, `1.286,4`): the row's own dash, then the sub-row's bullet.
    const nextDash =
      order &&
      last !== undefined &&
      cells.length === figures &&
      /^[-–]$/u.test(text(last) ?? '') &&
      /^[-–]$/u.test(text(last - 1) ?? '') &&
      starts(last + 1) &&
      !isTotalLabel(text(last + 1) ?? '');
    if (
      last !== undefined &&
      (cells.length < figures ||
        (unit === undefined && unitless(cells.length - 1)) ||
        nextLabel ||
        nextDash) &&
      ORDER_LABEL.test(text(last) ?? '') &&
      !isFigureCell(text(last + 1) ?? '-') &&
      // (A name after it: before another label, `-`, `a`, `Tiền chậm nộp`, it is a figure.)
      !ORDER_LABEL.test(text(last + 1) ?? '')
    ) {
      k = cells.pop() as number;
    }
    // The note after the figures: words that start no row, before the next row's order label
    // and name, or before what starts no row either; after the last row, a phrase, not the text
    // after the table (`Nơi nhận:`, a heading in bold, a sentence).
    const noteText = text(k);
    const labelAfter = ORDER_LABEL.test(text(k + 1) ?? '') && !isFigureCell(text(k + 2) ?? '');
    const lastRow = !labelAfter && !starts(k + 1);
    const note =
      notes &&
      cells.length > 0 &&
      noteText !== undefined &&
      noteText.length <= MAX_NOTE &&
      !isFigureCell(noteText) &&
      !ORDER_LABEL.test(noteText) &&
      (labelAfter || !starts(k)) &&
      !(lastRow && endsTable(nodes[k] as Paragraph, noteText))
        ? k++
        : undefined;
    const paragraph = (index: number | undefined) =>
      index === undefined ? undefined : (nodes[index] as Paragraph);
    const rowOf = (placed: ReadonlyArray<number | undefined>): Row => {
      const row = [paragraph(label), paragraph(nameAt)];
      if (unitAt >= 0) row.push(paragraph(unit));
      for (let t = 0; t < texts; t++) row.push(paragraph(words[t]));
      for (let c = 0; c < figures; c++) row.push(paragraph(placed[c]));
      if (notes) row.push(paragraph(note));
      return order ? row : row.slice(1);
    };
    if (cells.length === 0 && unit === undefined) {
      // A row that heads the rows under it, when a row follows.
      const next = text(k);
      if (next === undefined || (!ORDER_LABEL.test(next) && !starts(k))) {
        break;
      }
    } else if (cells.length !== figures && !(unit === undefined && unitless(cells.length))) {
      // A row in sequence with some figures, but fewer than the columns: a numbered one, or a
      // sub-row by its bullet or letter (`+ Vốn đăng ký mới`). Its figures, and the row they
      // make where the table's arithmetic says which columns they fill.
      const inSequence = label !== undefined || SUB_ROW.test(name);
      if (cells.length === 0 || !inSequence) return { rows, end };
      const short: ShortRow = {
        at: k,
        figures: cells.map((c) => text(c) ?? ''),
        number,
        rate: isRateRow(unitAt >= 0, unit === undefined ? null : (text(unit) ?? null), name),
        row: (placement) => {
          const placed: Array<number | undefined> = Array.from(
            { length: figures },
            () => undefined,
          );
          placement.forEach((column, n) => {
            placed[column] = cells[n];
          });
          return rowOf(placed);
        },
      };
      // Placed where the arithmetic of the rows before it proves it, the table read on.
      const row = placed(short, arithmeticOf([...before, ...rows], header), header);
      if (!row) return { rows, end, short };
      rows.push(row);
      end = k;
      continue;
    }
    rows.push(rowOf(cells.length === figures ? cells : spread(cells)));
    end = k;
  }
  return { rows, end };
}

/** Text after a table rather than its last row's note: a sentence, a lead-in, a heading in bold. */
function endsTable(paragraph: Paragraph, text: string): boolean {
  return (
    /[.:;]$/u.test(text) ||
    paragraph.children.every((child) => child.type === 'strong' || child.type === 'emphasis')
  );
}

/** A row with cells after its name's: not a group's heading alone. */
function hasCells(row: Row, header: CellHeader): boolean {
  return row.slice(header.labelAt + 1).some(Boolean);
}

/** The table of the header's rows and these, from the `first` node to the `last`. */
function cellTable(
  header: readonly Row[],
  rows: readonly Row[],
  first: RootContent | undefined,
  last: RootContent | undefined,
): Table {
  const table: Table = {
    type: 'table',
    align: (header[0] ?? []).map(() => null),
    children: [...header, ...rows].map(tableRow),
  };
  const start = first?.position?.start;
  const end = last?.position?.end;
  if (start && end) table.position = { start, end };
  return table;
}

/**
 * A name, then its unit or figures: a row without an order label (`- Thu nội địa`, `Cộng`); a
 * sub-row's bullet or letter before a name (`+ Hộ gia đình, cá nhân`, `b) Huy chương bạc`) starts
 * one whatever follows, and a unit of its own words before figures is a unit (`Huy chương`, `60`).
 */
function startsRow(
  text: (k: number) => string | undefined,
  k: number,
  unit: boolean,
  texts = 0,
): boolean {
  const own = text(k) ?? '';
  if (/^[-–+]\s/u.test(own)) return true;
  // A letter's sub-row has a short name; a body's item is a sentence (`a) Công tác …: tiếp nhận …`).
  if (SUB_ROW.test(own) && own.length <= MAX_NOTE && !/[.;:]/u.test(own)) return true;
  // Past the row's cells of words, where the table has such columns.
  let at = k + 1;
  for (let t = 0; t < texts && isWordsCell(text(at)) && !isUnitAt(text, at); t++) at++;
  const next = text(at) ?? '';
  return isValueCell(next) || (unit && (isUnitCell(next) || isUnitAt(text, at)));
}

/** The unit cell at paragraph `k`: a known unit, or a short name alone with the figures after it. */
function isUnitAt(text: (k: number) => string | undefined, k: number): boolean {
  const unit = text(k);
  return (
    unit !== undefined &&
    !isFigureCell(unit) &&
    (isUnitCell(unit) || (unit.split(' ').length <= UNIT_WORDS && isFigureCell(text(k + 1) ?? '')))
  );
}

function tableRow(cells: ReadonlyArray<Paragraph | undefined>): TableRow {
  const row: TableRow = { type: 'tableRow', children: cells.map(tableCell) };
  const positions = cells.flatMap((cell) => (cell?.position ? [cell.position] : []));
  const first = positions[0];
  const last = positions.at(-1);
  if (first && last) row.position = { start: first.start, end: last.end };
  return row;
}

function tableCell(paragraph: Paragraph | undefined): TableCell {
  const cell: TableCell = { type: 'tableCell', children: paragraph ? paragraph.children : [] };
  if (paragraph?.position) cell.position = paragraph.position;
  return cell;
}
