/**
 * repair: a table pdf2md ran together into paragraphs, read again row by row. pdf2md (pdf.js
 * underneath) writes a table's text items as they stand on each line and joins the lines into
 * paragraphs: the header on one line (`STT Chỉ tiêu ĐVT Kế hoạch năm 2024 Thực hiện …`, or its
 * items spaced apart: `TT Chỉ tiêu     Đơn vị     tính        Năm học        2022 -`), rows run
 * together (`- Trung học phổ thông Trường 56 56 0 2 Số nhóm, lớp Lớp 9.781 9.842 61`), a row's
 * sub-row bullet made a list item (`- Mầm non Trường 263 261 -2`) and its figures, set apart by a
 * wrapped name, a size heading (`## 2.914 2.896 -18`, a paragraph by then: size-headings.ts).
 *
 * The text from the order column's header on is cut back into the lines a pdf.js dump has: at
 * the items' wide gaps, at a bold or italic run's edge, at a node's edge, and before each row's
 * start (a bullet before a word, the next order number, the next group's roman number or capital
 * letter before a capitalised word). The row-by-row reader of pdf.js dumps reads them
 * (`serialPieces`, src/parse/plain-text/serial-table.ts) with the same rules: a table only where
 * every row has its figures, short rows as text after it, said so. What it does not read as a
 * table stays as it was: a node all of whose text is left over is kept as the converter wrote it,
 * the rest of a node cut by a table is a paragraph of its own.
 *
 * Only in the `pdf2md` dialect: elsewhere a paragraph of figures is the author's.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Line } from '../parse/plain-text/lines.js';
import { type SerialPiece, serialPieces } from '../parse/plain-text/serial-table.js';
import { mended } from '../parse/plain-text/table-lines.js';
import {
  headersBefore,
  linesParagraph,
  placeTable,
  rowMisread,
  rowUnplaced,
} from '../parse/plain-text/tree.js';
import { alphabetIndex } from '../vi/numbering.js';
import { parseUpperRoman } from '../vi/roman.js';
import {
  columnRole,
  headerRole,
  isFigureCell,
  namesFigureColumn,
  namesHeaderNamingNoRole,
  startsTotal,
} from '../vi/table-headers.js';

/** A node of the run a table may take: a paragraph (a size heading made one) or a list's item. */
interface Unit {
  node: Paragraph | ListItem;
  /** The list an item stood in, to stand in a list again where it is kept. */
  list?: List;
}

/** The most words a names' header and the header after it are looked for in. */
const HEADER_WORDS = 6;

/**
 * Whether the words after the order column's header are the names' header and a column's after
 * it: `Chỉ tiêu Đơn vị tính`, `Nội dung Thực hiện 6 tháng`, `Sản phẩm Đơn vị tính` (a names'
 * header that names no role, where a unit's or figure column's follows), never a recipient
 * (`TT Tỉnh ủy, TT HĐND tỉnh`).
 */
function headsTable(after: string): boolean {
  const words = after.split(/\s+/u).slice(0, HEADER_WORDS * 2);
  for (let k = 1; k <= HEADER_WORDS && k < words.length; k++) {
    const names = words.slice(0, k).join(' ');
    const label = columnRole(names) === 'label';
    if (!label && !namesHeaderNamingNoRole(names)) continue;
    for (let n = 1; n <= HEADER_WORDS && k + n <= words.length; n++) {
      const next = words.slice(k, k + n).join(' ');
      if (/^(?:Đơn vị tính|ĐVT)$/u.test(next) || namesFigureColumn(next)) return true;
    }
  }
  return false;
}

export default function flattenedTables() {
  return (tree: Root, file: VFile): undefined => {
    if (file.data.source?.dialect.name !== 'pdf2md') return;
    const source = String(file.value);
    const starts = lineStarts(source);
    const out = new Output(file);
    const marks: Marks = { order: 0, roman: 0, capital: -1, headers: new Set() };
    const children = tree.children;
    for (let at = 0; at < children.length; at++) {
      // A run of paragraphs and lists: up to anything else (a footnote, a table, a paragraph
      // that cites a note).
      let end = at;
      while (end < children.length && runs(children[end] as RootContent)) end++;
      if (end === at) {
        out.node(children[at] as RootContent);
        continue;
      }
      const units = children.slice(at, end).flatMap(unitsOf);
      const lines = rowStarts(
        units.flatMap((unit) => unitLines(unit.node, source, starts)),
        marks,
      );
      // A part after a page's notes goes on with the table before.
      const pieces = serialPieces(lines, headersBefore(out.nodes));
      placePieces(out, units, lines, pieces);
      at = end - 1;
    }
    out.flush();
    // The words pdf2md broke at a narrow column's text items (`giườ ng`, `BHY T`), whole again.
    for (const node of out.nodes)
      if (node.type === 'table' && node.data?.plainTable) visit(node, 'text', mend);
    tree.children = out.nodes;
  };
}

/**
 * The pieces of a run out: each table, and the text left over. A node all of whose lines a piece
 * of text holds stays as the converter wrote it; one a table starts in keeps its text before the
 * table; the rest of a node a table ends in is a paragraph of its lines.
 */
function placePieces(
  out: Output,
  units: readonly Unit[],
  lines: readonly Line[],
  pieces: readonly SerialPiece[],
): void {
  if (!pieces.some((piece) => piece.kind === 'table')) {
    for (const unit of units) out.unit(unit);
    return;
  }
  // Each line's node, by where it stands in the source (the lines were cut again): the units
  // are in source order, so a binary search finds it (a run can be a whole report's).
  const ends = units.map((unit) => unit.node.position?.end.offset ?? 0);
  const unitOf = (line: Line): Unit => {
    const offset = offsetOf(line);
    let low = 0;
    let high = units.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((ends[mid] as number) > offset) high = mid;
      else low = mid + 1;
    }
    return units[low] as Unit;
  };
  const linesOf = new Map<Unit, Line[]>();
  for (const line of lines) {
    const unit = unitOf(line);
    const own = linesOf.get(unit);
    if (own) own.push(line);
    else linesOf.set(unit, [line]);
  }
  // Which piece each line went to.
  const pieceOf = new Map<Line, SerialPiece>();
  for (const piece of pieces) for (const line of piece.lines) pieceOf.set(line, piece);
  // A node that cites a note (or links) stays as written but for its text before a table.
  const kept = (unit: Unit) => {
    const marks = marksOf(unit.node);
    if (marks.length === 0) return true;
    const own = linesOf.get(unit) ?? [];
    const holding = [...new Set(own.flatMap((line) => pieceOf.get(line) ?? []))];
    const [first, second] = holding;
    if (holding.length === 1 && first?.kind === 'lines') return true;
    // The node's text before a table that starts in it, or after one that ends in it, as written.
    const start = second?.kind === 'table' ? second.lines[0] : undefined;
    const after = first?.kind === 'table' && second?.kind === 'lines' ? tailOf(unit) : undefined;
    return (
      (holding.length === 2 && after !== undefined && marks.every((at) => at >= offsetOf(after))) ||
      (first?.kind === 'lines' &&
        start !== undefined &&
        unitOf(start) === unit &&
        marks.every((at) => at < offsetOf(start)))
    );
  };
  // A node's first line after a table that ends in it.
  function tailOf(unit: Unit): Line | undefined {
    return (linesOf.get(unit) ?? []).find((line) => pieceOf.get(line)?.kind === 'lines');
  }
  if (!units.every(kept)) {
    for (const unit of units) out.unit(unit);
    return;
  }
  const placed = new Set<Unit>();
  // The nodes placed up to a table that starts in them, and where it starts.
  const headOnly = new Map<Unit, number>();
  pieces.forEach((piece, index) => {
    if (piece.kind === 'table') {
      out.table(piece);
      return;
    }
    if (pieces[index - 1]?.kind === 'table') out.rowsLeft(piece.lines);
    const next = pieces[index + 1];
    const tableStart = next?.kind === 'table' ? next.lines[0] : undefined;
    let run: Line[] = [];
    const flush = () => {
      if (run.length > 0) out.node({ ...linesParagraph(run), data: { ownLine: true } });
      run = [];
    };
    for (const line of piece.lines) {
      const unit = unitOf(line);
      const own = linesOf.get(unit) ?? [];
      const whole = own.every((l) => pieceOf.get(l) === piece);
      // The node's text up to the table that starts in it, as written; or after the table that
      // ends in it, where that holds what lines lose (a note's reference).
      const head = !whole && tableStart && own[0] === line && unitOf(tableStart) === unit;
      const tail =
        !whole &&
        !head &&
        pieceOf.get(own[0] as Line)?.kind === 'table' &&
        tailOf(unit) === line &&
        marksOf(unit.node).length > 0;
      if (whole || head || tail) {
        flush();
        if (!placed.has(unit)) {
          const node = head
            ? cutAt(unit.node, offsetOf(tableStart))
            : tail
              ? cutBefore(unit.node, offsetOf(line))
              : unit.node;
          if (node) out.unit({ ...unit, node });
        }
        placed.add(unit);
        // (Only its text up to the table where a table starts in it: the rest is lines.)
        if (head && tableStart) headOnly.set(unit, offsetOf(tableStart));
        continue;
      }
      // A node placed whole holds the line already; one placed up to a table that starts in it
      // does not hold its lines after the table (`… 819,9 Ngoài ra, Ban đã …^2 …`): they are
      // its rest as written (its notes' marks kept), where no other table starts in it.
      const headEnd = headOnly.get(unit);
      if (placed.has(unit) && (headEnd === undefined || offsetOf(line) < headEnd)) continue;
      if (headEnd !== undefined) {
        const after = own.slice(own.indexOf(line));
        if (after.every((l) => pieceOf.get(l) === piece)) {
          flush();
          out.unit({ ...unit, node: cutBefore(unit.node, offsetOf(line)) });
          headOnly.delete(unit);
          continue;
        }
      }
      if (run.length > 0 && unitOf(run.at(-1) as Line) !== unit) flush();
      run.push(line);
    }
    flush();
  });
}

/** A row's mark starting a line: an order number, a roman group's, a group's letter before its name in capitals, a bullet. */
const ROW_MARK = /^(?:\d{1,3}|[IVX]{1,5}|[-+])\s+\p{Lu}|^[A-RU-ZĐ]\s+\p{Lu}{2}/u;
/** A figure among a line's words. */
const FIGURE = /(?:^|\s)\d[\d.,]*(?:\s|$)/u;
/** A longer line without a figure is prose, after the rows left. */
const MAX_CELL_LINE = 80;

/** A line's offset in the source. */
const offsetOf = (line: Line) => line.offset + line.column;

/**
 * The nodes made: a list's items kept stay one list, and the rows a table could not place wait
 * as text until its last part (only notes may stand between its parts).
 */
class Output {
  readonly nodes: RootContent[] = [];
  private readonly copies = new Map<List, List>();
  private leftovers: Paragraph[] = [];

  constructor(private readonly file: VFile) {}

  node(node: RootContent): void {
    if (node.type !== 'footnoteDefinition') this.flush();
    this.nodes.push(node);
  }

  unit({ node, list }: Unit): void {
    if (node.type === 'paragraph' || !list) {
      this.node(node as Paragraph);
      return;
    }
    this.flush();
    const copy = this.copies.get(list);
    if (copy && this.nodes.at(-1) === copy) {
      copy.children.push(node);
      return;
    }
    const fresh: List = { ...list, children: [node] };
    this.copies.set(list, fresh);
    this.nodes.push(fresh);
  }

  table(piece: Extract<SerialPiece, { kind: 'table' }>): void {
    const text = (lines: readonly Line[]) => (lines.length > 0 ? [linesParagraph(lines)] : []);
    placeTable(this.nodes, piece, text);
    for (const line of piece.reordered) {
      this.file.message(
        `A table row's figures were printed out of column order; they were put in the one order its percent column allows (the row at "${line.text}")`,
        {
          place: { line: line.line, column: line.column + 1 },
          ruleId: 'table-cells-reordered',
          source: 'baocao',
        },
      );
    }
    // (Rows the table's arithmetic says were misread stay text after it too.)
    // Each said as the plain-text reader says it (tree.ts).
    const rest = [
      ...piece.shortRows.map((lines) => ({ lines, reason: rowUnplaced(lines).reason })),
      ...(piece.misreadRows ?? []).map((lines) => ({ lines, reason: rowMisread(lines).reason })),
      ...(piece.unplaced.length > 0
        ? [{ lines: piece.unplaced, reason: rowUnplaced(piece.unplaced).reason }]
        : []),
    ];
    for (const { lines, reason } of rest) {
      const paragraph = linesParagraph(lines);
      this.file.message(reason, {
        place: paragraph.position,
        ruleId: 'table-row-unplaced',
        source: 'baocao',
      });
      this.leftovers.push(paragraph);
    }
  }

  /**
   * Text right after a table that starts as a row does and holds figures (`3 Công suất sử dụng
   * giường bệnh % 95 92,4`): rows the reader could not give their cells, pdf2md having dropped an
   * empty cell's `-` or cut them otherwise. Said so: the table is not read whole.
   */
  rowsLeft(lines: readonly Line[]): void {
    // The rows up to the first line of prose (long, no figure) or another table's header.
    const end = lines.findIndex(
      (line) =>
        (line.text.length > MAX_CELL_LINE && !FIGURE.test(line.text)) ||
        ORDER_ALONE.test(line.text),
    );
    const rows = lines.slice(0, end < 0 ? lines.length : end);
    rows.forEach((line, k) => {
      if (!ROW_MARK.test(line.text)) return;
      const next = rows.findIndex((other, at) => at > k && ROW_MARK.test(other.text));
      const row = rows.slice(k, next < 0 ? rows.length : next);
      if (!row.some((other) => FIGURE.test(other.text))) return;
      // (Its words mended as a cell's are; not its mark, `B NỢ …`.)
      const text = row.map((other) => other.text).join(' ');
      const mark = /^\S+\s+/u.exec(text)?.[0] ?? '';
      this.file.message(
        `A table row stays text after its table: it could not be given its cells (fewer figures than the columns, where pdf2md dropped an empty cell's "-"): "${mark}${mended(text.slice(mark.length))}"`,
        {
          place: { line: line.line, column: line.column + 1 },
          ruleId: 'table-row-unplaced',
          source: 'baocao',
        },
      );
    });
  }

  /** The rows no table placed, as text after it. */
  flush(): void {
    for (const paragraph of this.leftovers) this.nodes.push(paragraph);
    this.leftovers = [];
  }
}

/** A node the run of a table goes on over. */
function runs(node: RootContent): boolean {
  if (node.type === 'paragraph') return true;
  return (
    node.type === 'list' &&
    node.children.every(
      (item) => item.children.length === 1 && item.children[0]?.type === 'paragraph',
    )
  );
}

/**
 * Where a node holds what plain lines would lose (a note's reference, a link): the source offsets
 * of its phrasing other than text, bold and italics.
 */
function marksOf(node: Paragraph | ListItem): number[] {
  const offsets: number[] = [];
  const walk = (children: readonly PhrasingContent[]) => {
    for (const child of children) {
      if (child.type === 'strong' || child.type === 'emphasis') walk(child.children);
      else if (child.type !== 'text') offsets.push(child.position?.start.offset ?? 0);
    }
  };
  const paragraph = node.type === 'paragraph' ? node : node.children[0];
  if (paragraph?.type === 'paragraph') walk(paragraph.children);
  return offsets;
}

function unitsOf(node: RootContent): Unit[] {
  if (node.type === 'paragraph') return [{ node }];
  if (node.type === 'list') return node.children.map((item) => ({ node: item, list: node }));
  return [];
}

/** The lines a pdf.js dump would have: the node's source text cut at wide gaps and markup. */
function unitLines(node: Paragraph | ListItem, source: string, starts: number[]): Line[] {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const lines: Line[] = [];
  const text = source.slice(start, end);
  let from = 0;
  const take = (to: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim() !== '') lines.push(line(starts, start + from + lead, piece.trim()));
  };
  for (const separator of text.matchAll(SEPARATOR)) {
    take(separator.index ?? 0);
    from = (separator.index ?? 0) + separator[0].length;
  }
  take(text.length);
  return lines;
}

/**
 * What parts a converter's line into a dump's lines: a line's end, a heading's marks, bold's and
 * italics' marks, a wide gap (pdf2md keeps the space between text items that stood apart), and
 * the mark pdf2md writes for a raised text item with no text (`II (^) **KẾT CẤU …**`).
 */
const SEPARATOR = /\n|^#+ |\*\*|(?<=\S)_(?![\p{L}\d])|(?<![\p{L}\d])_(?=\S)|\s{2,}|\s*\(\^\)\s*/gmu;

function line(starts: number[], offset: number, text: string): Line {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  const lineStart = starts[low] as number;
  return {
    line: low + 1,
    offset: lineStart,
    column: offset - lineStart,
    text,
    indent: 0,
    raw: text,
  };
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The last row marks read, the table's numbering going on over its parts. */
interface Marks {
  order: number;
  roman: number;
  capital: number;
  /** The headers read so far: a part's header repeats them, the last one's rest after it (`(%) phường`). */
  headers: Set<string>;
}

/** The most words a sub-row's name and unit take before its figures. */
const MAX_ROW_WORDS = 12;

/**
 * The lines cut again before each row's start that pdf2md ran on: a bullet before a word (`- Mầm
 * non`, `+ Nhà trẻ`), a sub-row's letter (`a) Nguồn thu`), the next order number, roman number
 * or capital letter before a capitalised word (`2 Số nhóm, lớp`, `II Đảng viên`, `B VĂN HÓA`), or
 * the first of them (a table starts). A header's line is cut into its headers.
 */
function rowStarts(lines: readonly Line[], marks: Marks): Line[] {
  const out: Line[] = [];
  let header = false;
  // The order column's header stood alone on the line before (`STT`, `S`, `T`).
  let orderBefore = false;
  lines.forEach((whole, n) => {
    const lead = ORDER_LEAD.exec(whole.text);
    const rest = lead ? whole.text.slice(lead[0].length).trim() : whole.text;
    if ((lead || orderBefore || !header) && headsTable(rest)) header = true;

    orderBefore = ORDER_ALONE.test(whole.text);
    // A number its narrow column wrapped a digit a line, each line its own (`1` / `0`): the row
    // reader reads it; the order goes on from it (`… thông thường 1 1 Tiền …` is row 11 next).
    const [tens, units] = [whole.text.trim(), lines[n + 1]?.text.trim() ?? ''];
    if (/^[1-9]$/u.test(tens) && /^\d$/u.test(units) && Number(tens + units) === marks.order + 1) {
      marks.order = Number(tens + units);
    }
    const words = [...whole.text.matchAll(/\S+/gu)];
    // The word a row started at: its number is no figure of a row before (`5 Tổng số thu`).
    let markAt = -1;
    let from = 0;
    const cut = (at: number) => {
      if (at <= from) return;
      const piece = sub(whole, from, at);
      if (header) marks.headers.add(piece.text);
      out.push(piece);
      from = at;
    };
    words.forEach((word, k) => {
      const at = word.index ?? 0;
      // The order column's header after the prose that leads to the table, on its line (`… như
      // sau: T T Đơn vị Kế hoạch …`): the table starts there.
      const prose = whole.text.slice(from, at).trim();
      if (
        k > 0 &&
        /^(?:STT|TT|T)$/u.test(word[0]) &&
        (/[:.;]$/u.test(prose) || prose.length > MAX_CELL_LINE)
      ) {
        const order = ORDER_LEAD.exec(whole.text.slice(at));
        // Its headers go on over the lines after (pdf2md's wide gaps cut them apart).
        const after = [
          whole.text.slice(at + (order?.[0].length ?? 0)),
          ...lines.slice(n + 1, n + 1 + HEADER_WORDS).map((next) => next.text),
        ].join(' ');
        // After a colon the order column's header before a capitalised header is one whatever its
        // columns name (`… như sau: TT Địa phương Số giấy chứng nhận …`); the reader checks it.
        const introduced = /:$/u.test(prose) && /^\p{Lu}/u.test(after.trim());
        if (order && (introduced || headsTable(after.trim()))) {
          cut(at);
          header = true;
        }
      }
      // After a row's figure: a total's row (`… 12 Tổng cộng 28.000 27.184 97,1`), or the prose
      // after the table, on the last row's line (`… 97,1 Thành phố Đông Hà là đơn vị duy nhất …`).
      const figureBefore = words[k - 1]?.[0] ?? '';
      if (
        markAt !== k - 1 &&
        /\d/u.test(figureBefore) &&
        isFigureCell(figureBefore, false) &&
        /^\p{Lu}/u.test(word[0])
      ) {
        const rest = whole.text.slice(at);
        if (startsTotal(rest) || isProse(rest)) cut(at);
      }
      // A group's roman number or capital ending a line, its name set in bold on the next (`So
      // với cùng kỳ A` / `TỔNG THU …`); a figure there ends a row, and is never looked past.
      const group = k === words.length - 1 && /^[IVXA-Z]{1,4}$/u.test(word[0]);
      const next =
        words[k + 1]?.[0] ?? (group ? (/^\S*/u.exec(lines[n + 1]?.text ?? '')?.[0] ?? '') : '');
      // A bullet starts a sub-row first on its line, after a row's figure (`… 1.533 + Nhà trẻ`)
      // or a group's label (`Bao gồm: + Tuyến tỉnh`), never inside a name (`(I + II)`).
      const before = words[k - 1]?.[0];
      // Or after a note's words, where a capitalised name and its figures follow (`… của Bộ
      // Chính trị + Viên chức khác Người 123 143 20`).
      const ahead = words.slice(k + 1, k + 1 + MAX_ROW_WORDS).map((w) => w[0]);
      const figuresAhead = ahead.filter((w) => isFigureCell(w, false)).length >= 2;
      const bulletHere =
        before === undefined ||
        isFigureCell(before, false) ||
        before.endsWith(':') ||
        (/^\p{Lu}\p{Ll}/u.test(next) && figuresAhead);
      // A number its narrow column wrapped a digit a line (`1 0 Tai nạn …`: 10): one mark.
      const digits =
        /^[1-9]$/u.test(word[0]) && /^\d$/u.test(next) ? `${word[0]}${next}` : undefined;
      const after = words[k + 2]?.[0] ?? '';
      if (digits && markAt !== k - 1 && startsRow(digits, after, marks)) {
        cut(at);
        markAt = k + 1;
        header = false;
      } else if (
        markAt !== k &&
        (bulletHere || !/^[-+]$/u.test(word[0])) &&
        startsRow(word[0], next, marks, group)
      ) {
        cut(at);
        markAt = k;
        header = false;
      } else if (header && k > 0) {
        const before = whole.text.slice(from, at).trim();
        // A header read before, ended; the last name of the page before going on after it.
        // The order column's header keeps the names' beside it (`STT Sản phẩm`, `T` / `T Chỉ
        // tiêu`: as a pdf.js dump prints it), its letters spaced apart each a line.
        const order = ORDER_ALONE.test(before);
        const known = !order && marks.headers.has(before);
        const after = whole.text.slice(at).split(/\s+/u).slice(0, HEADER_WORDS).join(' ');
        const ends = order
          ? /^[ST]$/u.test(word[0])
          : endsHeader(mended(before)) || namesEnded(before, after) || measured(before, word[0]);
        // A span of months starts a header too, after one that ended (`Quý III năm 2024` `9 tháng
        // năm 2024`).
        const months = /^\d{1,2}$/u.test(word[0]) && /^tháng(?![\p{L}])/u.test(next);
        // A header that names no role ends before a title-cased word after one in lower case
        // (`Số giấy chứng nhận cấp lần đầu Diện tích (ha)`).
        const titled =
          /^\p{Lu}\p{Ll}/u.test(word[0]) &&
          /^\p{Ll}/u.test(words[k - 1]?.[0] ?? '') &&
          columnRole(before) === 'other' &&
          !namesHeaderNamingNoRole(before);
        if (/^\p{Lu}/u.test(word[0]) || months ? known || ends || titled : known) cut(at);
      }
      // The order column's letters run together but for the last (`ST` / `T Chỉ tiêu`): a line
      // each, as a pdf.js dump prints them (`S` / `T` / `T Chỉ tiêu`).
      if (header && word[0] === 'ST') {
        cut(at);
        cut(at + 1);
      }
    });
    cut(whole.text.length);
  });
  return out.filter((l) => l.text !== '');
}

/** The most words a row's name and unit take: a longer run of words without a figure, a sentence's end after them, is prose. */
const MIN_PROSE_WORDS = 8;

/** Whether a line's rest is prose: more words than a row's name takes, none a figure, then on to a sentence's end. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/u);
  // (Or twice as many words, the sentence going on over a page's notes: `Ngoài ra, Ban đã điều
  // chỉnh tăng vốn cho 11 lượt dự án … 242,5 tỷ` / `(^1) …` / `đồng.`)
  return (
    words.length >= MIN_PROSE_WORDS &&
    (/[.;:]$/u.test(text) || words.length >= 2 * MIN_PROSE_WORDS) &&
    !words
      .slice(0, MIN_PROSE_WORDS)
      .some((word) => isFigureCell(word.replace(/[.,;:]$/u, ''), false))
  );
}

/**
 * A text's words that a narrow column broke (`giườ ng`, `BHY T`, `10.0 00`, `khám ,`) joined
 * again, as a cell's lines are (`joint`).
 */
function mend(node: Text): void {
  node.value = mended(node.value);
}

/** The order column's header, its letters maybe spaced apart (`S T T`, `ST T`, `T T`): alone, or first on a line. */
const ORDER_ALONE = /^(?:S ?T ?T|T ?T|ST|S|T)$/u;
const ORDER_LEAD = /^(?:S ?T ?T|T ?T|ST|S|T)(?=\s)/u;

/** A header's text that is whole: one naming the order, the names or the unit, or one ended (`(%)`, a year). */
function endsHeader(text: string): boolean {
  // `Đơn vị` alone heads the units where it follows the names' header, as here.
  const role = headerRole(text, true);
  return role === 'order' || role === 'label' || role === 'unit' || /(?:\)|\d{4}|%)$/u.test(text);
}

/** The first words of a figure column's header that names its role (`Kế hoạch`, `So với KH`). */
const ROLE_START = /^(?:Kế|Thực|Ước|So|Cùng|Dự|Tăng)$/u;

/**
 * Whether a header that names its role (`Kế hoạch`, `Ước TH 9 tháng`, `So với KH`) ends before
 * `word`, the next one's first (a lower tier printed side by side: `Kế hoạch Ước TH 9 tháng So
 * với KH So với cùng kỳ`), unless it waits for what it compares with (`So với` / `Kế hoạch`).
 */
function measured(before: string, word: string): boolean {
  return (
    ROLE_START.test(word) &&
    columnRole(before) !== 'other' &&
    !/(?<![\p{L}])(?:so với|so sánh|so|với)$/iu.test(before)
  );
}

/**
 * Whether the order column's header and a names' header that names no role (`STT Nhóm hàng`)
 * end before `after`, a figure column's header (`Quý I/2024 …`).
 */
function namesEnded(before: string, after: string): boolean {
  const names = /^(?:STT|TT|T) +(\S.*)$/u.exec(before)?.[1];
  if (!names || !namesHeaderNamingNoRole(names)) return false;
  const words = after.split(' ');
  return words.some((_, k) => namesFigureColumn(words.slice(0, k + 1).join(' ')));
}

/** Whether a row starts at `word`, `next` after it; the marks read are kept. */
function startsRow(word: string, next: string, marks: Marks, lineEnd = false): boolean {
  if (/^[-+]$/u.test(word)) return /^\p{L}/u.test(next);
  // A sub-row's letter (`a) Nguồn thu …`).
  if (/^[a-zđ]\)$/u.test(word)) return /^\p{Lu}/u.test(next);
  if (!/^\p{Lu}/u.test(next)) return false;
  if (/^\d{1,3}$/u.test(word)) {
    const value = Number(word);
    if (value !== marks.order + 1 && value !== 1) return false;
    marks.order = value;
    return true;
  }
  const roman = /^[IVX]+$/u.test(word) ? romanValue(word) : undefined;
  // Ending a line before a name in capitals, a group's number goes on from one read as none (`I
  // (^) CHƯƠNG TRÌNH …`, its mark pdf2md's).
  const first = marks.roman === 0 && lineEnd && /^\p{Lu}{2,}/u.test(next);
  if (roman !== undefined && (roman === marks.roman + 1 || roman === 1 || first)) {
    marks.roman = roman;
    return true;
  }
  const capital = /^\p{Lu}$/u.test(word) ? alphabetIndex(word) : -1;
  if (capital >= 0 && (capital === marks.capital + 1 || capital === 0)) {
    marks.capital = capital;
    return true;
  }
  return false;
}

function romanValue(text: string): number | undefined {
  const read = parseUpperRoman(text);
  return read.ok ? read.value : undefined;
}

function sub(whole: Line, from: number, to: number): Line {
  const text = whole.text.slice(from, to).trimEnd();
  return { ...whole, column: whole.column + from, text, raw: text };
}

/** The node with its text before `offset` taken off (the rest of it as written, a note's reference kept). */
function cutBefore<T extends Paragraph | ListItem>(node: T, offset: number): T {
  const keep = (children: PhrasingContent[]): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    for (const child of children) {
      const start = child.position?.start.offset ?? 0;
      const end = child.position?.end.offset ?? 0;
      if (end <= offset) continue;
      if (start >= offset) {
        out.push(child);
        continue;
      }
      if (child.type === 'text') {
        const value = child.value.slice(offset - start).trimStart();
        const from = offset + (child.value.length - (offset - start) - value.length);
        out.push({
          ...child,
          value,
          ...(child.position
            ? {
                position: { ...child.position, start: pointAt(child.position.start, from - start) },
              }
            : {}),
        });
      } else if ('children' in child) {
        out.push({
          ...child,
          children: keep(child.children as PhrasingContent[]),
        } as PhrasingContent);
      }
    }
    return out;
  };
  return withPhrasing(node, keep);
}

/** The node with its paragraph's phrasing (a list item's first paragraph's) as `keep` leaves it. */
function withPhrasing<T extends Paragraph | ListItem>(
  node: T,
  keep: (children: PhrasingContent[]) => PhrasingContent[],
): T {
  if (node.type === 'paragraph') return { ...node, children: keep(node.children) };
  const paragraph = node.children[0] as Paragraph;
  return { ...node, children: [{ ...paragraph, children: keep(paragraph.children) }] };
}

/** A point `by` characters on along one line. */
function pointAt(point: Point, by: number): Point {
  return { ...point, column: point.column + by, offset: (point.offset ?? 0) + by };
}

/** The node with its text from `offset` on taken off; undefined when none is left before it. */
function cutAt<T extends Paragraph | ListItem>(node: T, offset: number): T | undefined {
  if ((node.position?.start.offset ?? 0) >= offset) return undefined;
  const keep = (children: PhrasingContent[]): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    for (const child of children) {
      const start = child.position?.start.offset ?? 0;
      const end = child.position?.end.offset ?? 0;
      if (start >= offset) break;
      if (end <= offset) {
        out.push(child);
        continue;
      }
      if (child.type === 'text')
        out.push({ ...child, value: child.value.slice(0, offset - start).trimEnd() });
      else if ('children' in child)
        out.push({
          ...child,
          children: keep(child.children as PhrasingContent[]),
        } as PhrasingContent);
      break;
    }
    return out;
  };
  return withPhrasing(node, keep);
}
