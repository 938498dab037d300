import { placeFigures, type TableArithmetic, tableArithmetic } from '../../vi/column-arithmetic.js';
import { alphabetIndex } from '../../vi/numbering.js';
import { parseUpperRoman } from '../../vi/roman.js';
import {
  type ColumnSense,
  columnRole,
  columnSenses,
  cutFigureJoins,
  headerRole,
  headerTiers,
  isCutFigure,
  isFigureCell,
  isFigureRest,
  isLabelOnly,
  isRateRow,
  isUnitCell,
  isWholeFigure,
  measureHeaders,
  NOTES_HEADER,
  namesCount,
  namesFigureColumn,
  namesPeriod,
  namesSum,
  ownUnitColumns,
  startsTotal,
} from '../../vi/table-headers.js';
import { takesNumber } from '../../vi/text.js';
import { readScale, startsUnit } from '../../vi/units.js';
import { type Cell, cutCompoundUnit, joint, cellPart as part } from './layout.js';
import type { Line } from './lines.js';
import {
  cellFigureOf,
  cellOf,
  type FoundTable,
  figureOf,
  inCapitals,
  indexStart,
  isCellText,
  isFigure,
  joined,
  mended,
  partsText,
  sameTexts,
  type TableBefore,
  unitHeader,
} from './table-lines.js';

/**
 * A table a pdf.js dump printed row by row (a line per text run): the headers a line or a few each
 * (`T` / `T` / `Chỉ` / `tiêu` / `Đơn vị` / `tính` / `Kế hoạch` / `năm 2024` …, or `TT Chỉ tiêu Đơn
 * vị tính` on one line: a header starts at a capitalised word once the one before names its role or
 * has ended: `(%)`, a year), then each row: its mark and name (`1 Tổng sản`, `- Thu`, `+`, `I Nông,
 * lâm nghiệp`, `a) Giai đoạn 1`, a roman number wrapped in its narrow column `II` / `I`, or the
 * words of a total: `Tổng số thu`, `Cộng`), the name going on in lower case, its unit (`Triệu` /
 * `USD`, or before the figures), and its figures ending a line (`Tỷ đồng 65.000 12.345,6 107,52`),
 * one wrapped in its narrow column going on on the next line (`10.486,` / `3`, `-` / `1.533`). A
 * row that heads a group has no cells (`Bao` / `gồm:`, a group's number and name and no figure
 * before the next row); lines in lower case after the headers finish the last name of the page
 * before.
 *
 * Read only while every row has as many figures as there are figure headers, its mark in sequence,
 * and a unit where the table has a unit column; or, without a unit, as many figures as the columns
 * whose header names its own unit (`ownUnitColumns`), which they fill. A row never runs past the
 * next row's start: one with fewer figures (an empty cell, and nothing tells which) stays text
 * after the table, which reads on where the next row in sequence can be read, and ends there
 * otherwise.
 */
export function rowTable(
  lines: readonly Line[],
  from: number,
  tableBefore?: TableBefore,
  names = false,
  headless = false,
): FoundTable | undefined {
  let at = from;
  const headerLines: Line[] = [];
  while (!headless && at < lines.length && !headerEnd(lines, at, names)) {
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
  // The part before ends with a group's row, its name in capitals: its rest overleaf may follow
  // the header repeated (`PHƯƠNG` / … / `TIỆN,` / `NGƯỜI LÁI` …), never a header's words.
  const lastBefore = (tableBefore?.rows ?? []).at(-1);
  const nameBefore = lastBefore?.[names ? 0 : 1] ?? '';
  const groupBefore =
    lastBefore !== undefined &&
    /^\p{Lu}{2}/u.test(nameBefore) &&
    !/\p{Ll}/u.test(nameBefore) &&
    lastBefore.slice(names ? 1 : 2).every((cell) => cell === '');
  let groupRest = 0;
  while (
    groupBefore &&
    groupRest < headerLines.length - 1 &&
    groupRest < MAX_ROW_LINES &&
    inCapitals(headerLines[headerLines.length - 1 - groupRest]?.text ?? '')
  ) {
    groupRest++;
  }
  const restLines = headerLines.splice(headerLines.length - groupRest, groupRest);
  const read = headless ? undefined : rowHeaders(headerLines, names, firstFigures(lines, at));
  const own =
    read && restLines.length > 0 ? { ...read, continued: [...read.continued, ...restLines] } : read;
  // The table before's header rows, with an order column as this reading has one (empty where
  // the table has none: it is taken off the rows read, below).
  const headersBefore = (tableBefore?.headers ?? []).map((row) => (names ? ['', ...row] : row));
  const [upperBefore] = headersBefore;
  const rowsBefore = (tableBefore?.rows ?? []).map((row) => (names ? ['', ...row] : row));
  // A page that repeats only the upper tier of the table before's headers goes on with it; so
  // does one that repeats its one header row with the last row's rest after it (`tỉnh`), which
  // its own reading takes for a header's words.
  const before =
    headersBefore.length > 1
      ? !own || own.below.length === 0
        ? upperTierRepeated(headerLines, headersBefore, groupBefore)
        : undefined
      : upperBefore !== undefined && !(own && sameTexts(own.cells, upperBefore))
        ? upperTierRepeated(headerLines, headersBefore, groupBefore)
        : undefined;
  // A part overleaf whose header was not repeated: the table before's (`headless`).
  const head = headless ? headOf(headersBefore) : (before ?? own);
  if (!head) return undefined;
  // The table before's headers repeated: the rest of that table, one row of it the least.
  const repeated =
    headless ||
    before !== undefined ||
    (upperBefore !== undefined && sameTexts(head.cells, upperBefore));
  const { cells: header, below, unit: hasUnit, figures: count, notes, continued } = head;
  const rows: FoundTable['rows'] = [{ cells: header, header: true }];
  for (const tier of below) rows.push({ cells: tier, header: true });
  const blank = () => header.slice(2).map((): Cell => ({ parts: [] }));
  // A row without a unit, in a table with a unit column, has figures only in the columns whose
  // header names its own unit (`Tổng số`, `Dự án 1` beside `Khối lượng thực hiện`): as many as those.
  const lead = hasUnit ? 3 : 2;
  // The figure columns' headers' texts, a row a tier.
  const figureHeaders = [header, ...below].map((row) =>
    row.slice(lead, lead + count).map((cell) => partsText(cell.parts)),
  );
  const ownUnit = hasUnit ? ownUnitColumns(figureHeaders) : [];
  // A row without a unit is one only where its cells read so: else it is a row short of figures.
  // The header repeated where a converter printed no page break: the part ends there.
  // (The header's own lines: not those that finished the page before's last row, `thẩm định`.)
  const ownHeader = headerLines.filter((line) => !continued.includes(line));
  const repeatsAt = (k: number) => headerRepeatedAt(lines, k, ownHeader);
  const extentAt = (k: number, start: RowStart, after: RowOrder) => {
    const extent = rowExtent(lines, k, start, count, after, hasUnit, notes, names, repeatsAt);
    if (extent || ownUnit.length === 0 || ownUnit.length === count) return extent;
    const fewer = rowExtent(lines, k, start, ownUnit.length, after, false, notes, names);
    if (!fewer || fewer.figures.length === 0) return undefined;
    const cells = unitlessCells(extentLines(lines, k, fewer), start, fewer.figures);
    return cells ? { ...fewer, unitless: cells } : undefined;
  };
  const unitlessCells = (rowLines: readonly Line[], start: RowStart, figures: FigureToken[]) => {
    const read = rowCells(rowLines, start, figures, false);
    const name = Array.isArray(read) ? read[1] : undefined;
    // A name that ends with a unit, or a unit and figures the row's count left in it (`Số hộ
    // nghèo Hộ 3`, where a converter dropped an empty cell's `-`), is a row with its unit and
    // empty cells: nothing says which.
    // So too a capitalised word and a figure ending the name (`… hỗ trợ` / `Nhà 40 28 70,0`): a
    // unit of its own words and a figure the count left (`Dự án 1` is a name); and figures no name
    // ends with: two, or one with its separators (`Lượt 8.750.000 4.126.480 4.812.360`, the row's
    // own figures a narrow column wrapped).
    const nameText = partsText(name?.parts ?? []);
    const endsInFigures =
      /\s\p{Lu}\S*\s+\d[\d.,]*$/u.test(nameText) ||
      /\s[.,]?\d[\d.,]*\s+[.,]?\d[\d.,]*$/u.test(nameText) ||
      /\s\d{1,3}(?:[.,]\d+)+$/u.test(nameText);
    if (!Array.isArray(read) || !name || endsWithUnit(nameText) || endsInFigures) return undefined;
    const cells: Cell[] = [
      read[0] as Cell,
      name,
      blankCell(),
      ...Array.from({ length: count }, blankCell),
    ];
    ownUnit.forEach((c, k) => {
      cells[lead + c] = read[2 + k] as Cell;
    });
    return cells;
  };
  const order = new RowOrder();
  // A part going on from the page before: its groups' letters go on from that part's (`B` after
  // `A`); its numbers may go on from any.
  if (repeated) order.lettersAfter(rowsBefore.map((row) => row[0] ?? ''));
  let end = at;
  let cutUnit: Line | undefined;
  let unreadRow: Line[] | undefined;
  const shortRows: Line[][] = [];
  const endingShort: Line[][] = [];
  // The arithmetic of the rows read so far, the part before's too where this goes on with it:
  // learnt again only once more rows are read.
  let learnt: { rows: number; arithmetic: TableArithmetic } | undefined;
  // What the figure columns' headers say, read once, when a short row first asks: the table
  // before's headers for a part overleaf, whole where this part's are only the upper tier
  // repeated.
  let senses: ColumnSense[] | undefined;
  const sensesOf = () => {
    senses ??= columnSenses(
      (repeated && headersBefore.length > 0
        ? headersBefore.map((tier) => tier.slice(lead, lead + count))
        : figureHeaders
      ).map((tier) => tier.map(mended)),
    );
    return senses;
  };
  const arithmeticSoFar = (): TableArithmetic => {
    if (learnt?.rows !== rows.length) {
      const figureTexts = [
        ...(repeated ? rowsBefore : []),
        ...rows.filter((row) => !row.header).map((row) => row.cells.map((c) => partsText(c.parts))),
      ];
      const arithmetic = tableArithmetic(
        figureTexts.map((texts) => texts.slice(lead, lead + count).map(figureOf)),
        sensesOf(),
      );
      learnt = { rows: rows.length, arithmetic };
    }
    return learnt.arithmetic;
  };
  // A row short of figures, read with as many as it has, where the table's arithmetic over the
  // rows read so far proves their columns (`+ Vốn đăng ký mới … 251,1 198,3 126,6`: a figure, the
  // year before's and their ratio): its cells, the empty ones blank, and its last line.
  const placedShort = (
    k: number,
    start: RowStart,
    after: RowOrder = order,
  ): { cells: Cell[]; last: number } | undefined => {
    const arithmetic = arithmeticSoFar();
    if (arithmetic.relations.length === 0) return undefined;
    for (let fewer = count - 1; fewer > 0; fewer--) {
      const extent = rowExtent(lines, k, start, fewer, after, hasUnit, false, names);
      if (
        !extent ||
        extent.figures.length !== fewer ||
        moreFigures(lines, k, start, fewer, names)
      ) {
        continue;
      }
      // The row ends there: the next row's start, a blank line, the page's end or the text after
      // the table follows (a line longer than a cell's, or a label: `Ghi chú: Số liệu …`).
      const next = lines[extent.last + 1];
      const prose =
        /^\p{Lu}/u.test(next?.text ?? '') &&
        ((next?.text.length ?? 0) > MAX_NAME_LINE || /^\S+(?: \S+){0,2}:/u.test(next?.text ?? ''));
      if (
        next &&
        next.text !== '' &&
        !prose &&
        !rowStartAt(lines, extent.last + 1, names) &&
        !repeatsAt(extent.last + 1)
      ) {
        return undefined;
      }
      const read = rowCells(extentLines(lines, k, extent), start, extent.figures, hasUnit);
      if (!Array.isArray(read)) return undefined;
      const figures = read.slice(lead).map((cell) => cellFigureOf(partsText(cell.parts)));
      if (!figures.every((figure) => figure !== undefined)) return undefined;
      // A rate's row, by its unit, or by its name where the table has no unit column.
      const rate = isRateRow(
        hasUnit,
        partsText(read[2]?.parts ?? []) || null,
        partsText(read[1]?.parts ?? []),
      );
      const placement = placeFigures(arithmetic, figures, count, rate);
      if (!placement) return undefined;
      const cells = [...read.slice(0, lead), ...blank().slice(0, count)];
      placement.forEach((column, n) => {
        cells[lead + column] = read[lead + n] as Cell;
      });
      if (notes) cells.push(blankCell());
      return { cells, last: extent.last };
    }
    return undefined;
  };
  while (at < lines.length) {
    // A row that heads a group: its lines up to the next row's start say only that.
    let stop = at;
    while (
      stop < lines.length &&
      stop - at < 4 &&
      lines[stop]?.text !== '' &&
      !rowStartAt(lines, stop, names)
    ) {
      stop++;
    }
    if (stop > at) {
      const group = lines.slice(at, stop);
      if (!rowStartAt(lines, stop, names) || !isLabelOnly(joined(group))) break;
      rows.push({ cells: [{ parts: [] }, cellOf(group), ...blank()], header: false });
      at = stop;
      continue;
    }
    const start = rowStartAt(lines, at, names);
    if (!start || !order.follows(start)) break;
    const extent = extentAt(at, start, order);
    // A row with more figures than the headers: the headers were misread, and so may be every row.
    if (!extent && moreFigures(lines, at, start, count, names)) return undefined;
    const short = extent ? undefined : placedShort(at, start);
    if (short) {
      rows.push({ cells: short.cells, header: false });
      order.take(start);
      at = short.last + 1;
      end = at;
      continue;
    }
    if (!extent) {
      // Rows short of figures, a few in sequence, the next row readable after them: their lines
      // stay text after the table, and the table reads on.
      // (The run ends before a short row the arithmetic places: the table reads it.)
      const { run, readOn } = shortRun(
        lines,
        at,
        start,
        order,
        names,
        (k, next, after) => extentAt(k, next, after) ?? placedShort(k, next, after),
      );
      if (!readOn) {
        // Before a group's row that ends the page (`3 Tỷ lệ … % 68,5 67,9` / `II NGƯỜI CÓ CÔNG`),
        // they are short rows inside a table that goes on overleaf: text after it, as those are.
        let after = order;
        for (const row of run) after = after.after(row.start);
        const next = run.at(-1)?.to ?? at;
        const group = rowStartAt(lines, next, names);
        const groupExtent =
          group && (group.kind === 'roman' || group.kind === 'capital') && after.follows(group)
            ? rowExtent(lines, next, group, count, after, hasUnit, notes, names)
            : undefined;
        const groupEndsPage =
          groupExtent?.figures.length === 0 &&
          lines.slice(groupExtent.last + 1).every((line) => line.text === '');
        if (run.length > 0 && groupEndsPage) {
          for (const row of run) {
            shortRows.push(lines.slice(row.from, row.to));
            order.take(row.start);
          }
          at = next;
          continue;
        }
        // Else rows short of figures that end the table: text after it, said so all the same.
        for (const row of run) endingShort.push(lines.slice(row.from, row.to));
        break;
      }
      for (const row of run) {
        shortRows.push(lines.slice(row.from, row.to));
        order.take(row.start);
      }
      at = run.at(-1)?.to ?? at;
      continue;
    }
    // Figures alone on the line after the row's (`46.800 35.214` / `,6` / `75,2 103,4` under two
    // headers): the row has more figures than the headers, which were misread.
    const after = lines[extent.last + 1];
    const figuresOnly = (text: string) =>
      text !== '' && text.split(/\s+/u).every((token) => isFragment(token));
    if (
      extent.figures.length > 0 &&
      !extent.note &&
      after &&
      figuresOnly(after.text) &&
      !rowStartAt(lines, extent.last + 1, names)
    ) {
      // (Under the table before's headers, read already, the part ends there instead.)
      if (headless && rows.length > below.length + 1) break;
      return undefined;
    }
    const rowLines = extentLines(lines, at, extent);
    const read =
      extent.figures.length === 0
        ? [markCell(rowLines, start), nameCell(rowLines, start), ...blank()]
        : 'unitless' in extent
          ? extent.unitless
          : rowCells(rowLines, start, extent.figures, hasUnit);
    // A row whose unit the page cut (`Tổ` of `Tổ chức`) is read where it ends the page, its unit
    // finished by the next page's part (tree.ts); elsewhere it ends the table there, as a row short
    // of figures does. Any other row that cannot be read leaves the table as text.
    const pageEnd = () => lines.slice(extent.last + 1).every((line) => line.text === '');
    if (read === 'cut' && extent.figures.length > 0 && pageEnd()) cutUnit = lines[at];
    // The row's cells' rests on the line after its figures', side by side (`du lịch đồng ,0 ,4 ,7
    // thực hiện`): a converter that printed the next page's part right after (pdf2md).
    const restLine = lines[extent.last + 1];
    const mayRest =
      !cutUnit &&
      extent.figures.length > 0 &&
      restLine !== undefined &&
      /^\p{Ll}/u.test(restLine.text) &&
      FIGURE_RESTS.test(restLine.text) &&
      !rowStartAt(lines, extent.last + 1, names);
    // (Read once with its unit's first word taken, where a cut unit or rests may need it.)
    const withCut =
      cutUnit || mayRest ? rowCells(rowLines, start, extent.figures, hasUnit, true) : undefined;
    const rests = mayRest ? cellRests(restLine, withCut, hasUnit, notes) : undefined;
    const row = rests ?? (cutUnit ? withCut : read);
    if (row === 'cut') break;
    // A row that cannot be read after rows that were ends the table there, its lines text after
    // it (said so: an unread table); before any, the headers may be misread, and it is no table.
    if (!row) {
      if (!rows.some((read) => !read.header && read.cells.slice(lead).some(hasText))) {
        return undefined;
      }
      unreadRow = rowLines;
      break;
    }
    at = extent.last + (rests ? 2 : 1);
    if (notes && extent.figures.length > 0) {
      // The note's lines after the figures' (`Đơn hàng` / `xuất khẩu` / `sang EU giảm`): those in
      // lower case, up to the next row's start.
      // A note of its own lines, the figures' line ending with them (`Số liệu đến` /
      // `30/11/2023`), where the next row starts right after it.
      const note: Cell = { parts: [] };
      const own = noteLines(lines, at, names, extent.note !== undefined);
      if (extent.note) note.parts.push(part(extent.note.line, extent.note.at, extent.note.text));
      // The note's rest among the cells' rests (`… ,7 thực hiện`).
      if (rests && row.length > lead + count) {
        for (const piece of (row.pop() as Cell).parts) note.parts.push(piece);
      }
      for (let k = 0; k < own; k++) {
        const line = lines[at] as Line;
        note.parts.push(part(line, 0, line.text));
        at++;
      }
      if (extent.note) {
        // Its lines in lower case; or short lines of words, a narrow notes column's (`Hàn` /
        // `Quốc,` / `Pháp,` / `Đức`), where the next row in sequence starts right after them.
        const noteLine = (k: number) =>
          (lines[k]?.text.length ?? 0) <= MAX_NAME_LINE &&
          lines[k]?.text !== '' &&
          !rowStartAt(lines, k, names) &&
          !/\d/u.test(lines[k]?.text ?? '');
        let words = at;
        while (words < lines.length && words - at < MAX_ROW_LINES && noteLine(words)) words++;
        const next = rowStartAt(lines, words, names);
        const wordsEnd = next && order.after(start).follows(next) ? words : at;
        while (
          at < lines.length &&
          (at < wordsEnd ||
            (/^\p{Ll}/u.test(lines[at]?.text ?? '') &&
              (lines[at]?.text.length ?? 0) <= MAX_NAME_LINE &&
              !rowStartAt(lines, at, names)))
        ) {
          const line = lines[at] as Line;
          note.parts.push(part(line, 0, line.text));
          at++;
        }
      }
      row.push(note);
    }
    order.take(start);
    rows.push({ cells: row, header: false });
    end = at;
  }
  // One row is enough where the table goes on from the page before, or on to the next: its row
  // ends the page (`1 Cơ quan chuyên môn thuộc UBND 1.186 1.142 44`, the rest overleaf).
  const endsPage = lines.slice(end).every((line) => line.text === '');
  if (rows.length - 1 - below.length < (repeated || endsPage ? 1 : 2)) return undefined;
  // Short rows after the table's last are not its: they end it, as text.
  // (By where they stand in the source: a repair's lines can share a source line, pdf2md's.)
  const place = (line: Line | undefined) =>
    line ? line.offset + line.column : Number.POSITIVE_INFINITY;
  while (shortRows.length > 0 && place(shortRows.at(-1)?.[0]) >= place(lines[end])) {
    shortRows.pop();
  }
  // Without an order column, no row has a mark of its own: one that does (`1 Tổng`) is another
  // table's, whose headers were not these.
  if (names && rows.some((row) => !row.header && (row.cells[0]?.parts.length ?? 0) > 0)) {
    return undefined;
  }
  // (A headless part's rows only: it goes on under the table before's header rows.)
  const found = headless ? rows.filter((row) => !row.header) : rows;
  if (headless && found.length === 0) return undefined;
  return {
    rows: names ? found.map((row) => ({ ...row, cells: row.cells.slice(1) })) : found,
    ...(headless ? { headless } : {}),
    end,
    continued,
    shortRows,
    ...(endingShort.length > 0 && end === at ? { endingRows: endingShort } : {}),
    ...(unreadRow ? { unreadRow } : {}),
    tiersBefore: before !== undefined,
    ...(cutUnit ? { cutUnit } : {}),
  };
}

/**
 * Whether the table's own header lines stand again at `at`, line for line: a converter without
 * page breaks (pdf2md) printed the next page's part right after this one, its header repeated.
 */
function headerRepeatedAt(lines: readonly Line[], at: number, header: readonly Line[]): boolean {
  return header.length > 0 && header.every((line, k) => lines[at + k]?.text === line.text);
}

/**
 * A page's header lines read as the upper tier of the table before's headers repeated (its
 * merged cells' row: `STT` / `Huyện,` / `thành phố` / `Doanh` / `nghiệp` … for `STT`, `Huyện,
 * thành phố`, `Doanh nghiệp thành lập mới` …), word for word and in order, then maybe lines in
 * lower case that finish the page before's last row: the header rows, the upper tier's cells
 * from these lines, the lower tiers' blank (the continued table keeps the first part's).
 * Undefined unless every header of the upper tier is there whole, and nothing else.
 */
function upperTierRepeated(
  lines: readonly Line[],
  headers: ReadonlyArray<readonly string[]>,
  groupBefore = false,
): RowHead | undefined {
  const [upper = []] = headers;
  const squeeze = (text: string) => text.replace(/\s+/gu, '');
  // Word by word: a line can hold two headers' words (`T Chỉ tiêu`).
  const words = lines.flatMap((line) =>
    [...line.text.matchAll(/\S+/gu)].map((match) => ({ line, at: match.index, text: match[0] })),
  );
  const cells = upper.map(blankCell);
  let k = 0;
  for (const [column, text] of upper.entries()) {
    const wanted = squeeze(text);
    if (wanted === '') continue;
    let found = '';
    const cell = cells[column] as Cell;
    while (found.length < wanted.length && k < words.length) {
      const word = words[k++] as (typeof words)[number];
      found += word.text;
      cell.parts.push(part(word.line, word.at, word.text));
    }
    if (found !== wanted) return undefined;
  }
  // The lines left, whole: a line's words go to one header or none; but for the last line's
  // rest, where a converter ran the lines together (pdf2md: `… Chưa sử dụng tỉnh`).
  const last = words[k - 1];
  // (In capitals, where they finish a group's name: no lower-case letter, no figure.)
  const finishes = (text: string) =>
    /^\p{Ll}/u.test(text) || (groupBefore && /^\p{Lu}/u.test(text) && !/[\p{Ll}\d]/u.test(text));
  const next = words[k];
  let rest: Line[] = [];
  if (last && next?.line === last.line) {
    const line = last.line;
    const text = line.text.slice(next.at);
    if (!finishes(text)) return undefined;
    rest = [lineFrom(line, next.at)];
  }
  // (The lines after the last word's, by place: a repair's lines can share a source line.)
  const after = last ? lines.slice(lines.indexOf(last.line) + 1) : [...lines];
  if (after.some((line) => !finishes(line.text))) return undefined;
  const continued = [...rest, ...after];
  return { ...(headOf(headers) as RowHead), cells, continued };
}

/**
 * The table before's header rows as a part's head, its cells blank (the part keeps the first
 * part's): its unit column, figure columns and notes column as those rows say.
 */
function headOf(headers: ReadonlyArray<readonly string[]>): RowHead | undefined {
  const [upper, ...lower] = headers;
  if (!upper) return undefined;
  const unit = headerRole(upper[2] ?? '', true) === 'unit';
  const notes = upper.at(-1) === NOTES_HEADER;
  return {
    cells: upper.map(blankCell),
    below: lower.map((row) => row.map(blankCell)),
    unit,
    figures: upper.length - (unit ? 3 : 2) - (notes ? 1 : 0),
    notes,
    continued: [],
  };
}

/**
 * Where a row-by-row table's headers end: the first row's start (a total's, or a name's in a table
 * without an order column, only when figures follow).
 */
function headerEnd(lines: readonly Line[], at: number, names: boolean): boolean {
  const start = rowStartAt(lines, at, names);
  if (!start) return false;
  if (start.kind !== 'total' && start.kind !== 'name') return true;
  // `Tổng số` can head a column too: it starts the first row only when figures end its lines.
  for (let k = at; k < lines.length && k - at < MAX_ROW_LINES; k++) {
    const text = lines[k]?.text ?? '';
    if (text === '' || (k > at && rowStartAt(lines, k, names))) return false;
    // Two figures end the line, or one a header never holds, with its separator (`356.000`: a
    // row whose other cells are empty).
    const last = [...text.matchAll(/\S+/gu)].slice(-2).map((m) => m[0]);
    const separated = (token: string) => isFigure(token) && /\d[.,]\d/u.test(token);
    if (last.filter(isFigure).length === 2 || (names && separated(last.at(-1) ?? ''))) {
      return true;
    }
    // Or two figures and a note after them (`Tiếng Anh 42 31 11 Đã hợp đồng 6 giáo viên`).
    if (names && (endFigures(lines[k]) ?? 0) >= 2) return true;
  }
  return false;
}

/** The lines a row of a row-by-row dump may take before its figures end: its name, its unit, its figures. */
const MAX_ROW_LINES = 12;
/** Longer lines without a row's figures are a paragraph's, not a narrow column's. */
const MAX_NAME_LINE = 60;
/** A row's line, its mark, name, unit, figures and note run on, is not longer. */
const MAX_ROW_LINE = 2 * MAX_NAME_LINE;
/** A row's first line, after its mark in sequence, may be longer: the whole name of a wide column. */
const MAX_MARKED_LINE = 100;

/** A row's start: its kind, its mark's value (a number, a roman group's, a letter's place) and the lines the mark takes. */
interface RowStart {
  /**
   * `capital`: a group's letter before a name in capitals, no figures of its own (`A KINH TẾ`);
   * `lettered`: a group's letter before a name with figures (`A Thu nội địa 23.170.000 …`);
   * `decimal`: a sub-row numbered under its row (`1.1`, `1.2` under `1`);
   * `name`: in a table without an order column, a name from a capital (not a label row's).
   */
  kind:
    | 'number'
    | 'decimal'
    | 'roman'
    | 'capital'
    | 'lettered'
    | 'letter'
    | 'bullet'
    | 'total'
    | 'name';
  value: number;
  /** A decimal sub-row's row number (`1` of `1.2`). */
  parent?: number;
  /** The mark's lines (a roman number wrapped in its narrow column: `II` / `I`), 1 otherwise. */
  lines: number;
  /** The mark's length on the row's first line, where it stands apart from the name (number, roman). */
  mark: number;
}

/**
 * The row that starts at line `at`, if one does: its mark and the name from a capital after it.
 * `names`: the table has no order column, so a name from a capital starts a row too.
 */
function rowStartAt(lines: readonly Line[], at: number, names = false): RowStart | undefined {
  const text = lines[at]?.text ?? '';
  const number = /^(\d{1,3})\s+(?=\p{Lu})/u.exec(text);
  if (number) return { kind: 'number', value: Number(number[1]), lines: 1, mark: number[0].length };
  // A number its narrow column wrapped a digit a line, the lines run together (pdf2md: `1 0 Tai
  // nạn giao thông`): one number.
  const spread = /^([1-9]) (\d)\s+(?=\p{Lu})/u.exec(text);
  if (spread) {
    const value = Number(`${spread[1]}${spread[2]}`);
    return { kind: 'number', value, lines: 1, mark: spread[0].length };
  }
  const decimal = /^(\d{1,2})\.(\d{1,2})\.?\s+(?=\p{Lu})/u.exec(text);
  if (decimal) {
    const [mark, parent, sub] = decimal;
    return {
      kind: 'decimal',
      value: Number(sub),
      parent: Number(parent),
      lines: 1,
      mark: mark.length,
    };
  }
  const roman = /^([IVX]{1,5})\s+(?=\p{Lu})/u.exec(text);
  const romanValue = roman ? parseUpperRoman(roman[1] as string) : undefined;
  if (roman && romanValue?.ok) {
    return { kind: 'roman', value: romanValue.value, lines: 1, mark: roman[0].length };
  }
  // A group's capital letter before its name in capitals (`A KINH TẾ`, `B VĂN HÓA - XÃ HỘI`); not
  // the order header's letters (`S`, `T`).
  const capital = /^([A-RU-ZĐ])\s+(?=\p{Lu}{2})/u.exec(text);
  if (capital) {
    const value = alphabetIndex(capital[1] as string);
    return { kind: 'capital', value, lines: 1, mark: capital[0].length };
  }
  // Or alone on its line, its name in capitals on the next (`A` / `DU LỊCH`: pdf2md's bold name
  // set apart).
  if (
    /^[A-RU-ZĐ]$/u.test(text) &&
    /^\p{Lu}{2,}(?:[\s,]+\p{Lu}+)*,?$/u.test(lines[at + 1]?.text ?? '')
  ) {
    return { kind: 'capital', value: alphabetIndex(text), lines: 1, mark: text.length };
  }
  const lettered = /^([A-RU-ZĐ])\s+(?=\p{Lu}\p{Ll})/u.exec(text);
  if (lettered) {
    const value = alphabetIndex(lettered[1] as string);
    return { kind: 'lettered', value, lines: 1, mark: lettered[0].length };
  }
  // A sub-row's letter, with its bracket or alone in its narrow column (`a) Giai đoạn 1`, `a Hỗ trợ`).
  const letter = /^([a-zđ])\)?\s+(?=\p{Lu})/u.exec(text);
  if (letter) {
    // A bare letter stands in the order column; one with its bracket stays with the name, as
    // `a) Thu điều tiết` is written in the names' column.
    const mark = letter[0].includes(')') ? 0 : letter[0].length;
    return { kind: 'letter', value: alphabetIndex(letter[1] as string), lines: 1, mark };
  }
  if (/^[-–+](?:\s+\p{Lu}|$)/u.test(text)) return { kind: 'bullet', value: 0, lines: 1, mark: 0 };
  // A roman number wrapped in its narrow column (`II` / `I`), the name from a capital after it.
  if (/^[IVX]{1,4}$/u.test(text)) {
    let mark = text;
    let k = at + 1;
    while (k < lines.length && k - at < 3 && /^[IVX]{1,4}$/u.test(lines[k]?.text ?? '')) {
      mark += lines[k]?.text ?? '';
      k++;
    }
    const value = parseUpperRoman(mark);
    // (Its name Title-cased, or in capitals: `TỔ CHỨC BỘ MÁY`, `PHƯƠNG`, pdf2md's bold name set
    // apart.)
    if (value.ok && /^\p{Lu}(?:\p{Ll}|\p{Lu}+(?:[\s,]|$))/u.test(lines[k]?.text ?? '')) {
      // One line alone is all mark (`I` / `Thu tiền sử dụng đất`).
      return {
        kind: 'roman',
        value: value.value,
        lines: k - at,
        mark: k - at === 1 ? text.length : 0,
      };
    }
    return undefined;
  }
  // A number wrapped a digit a line in its narrow column (`1` / `0` for 10), the name from a
  // capital after it.
  if (/^\d$/u.test(text) && /^\d$/u.test(lines[at + 1]?.text ?? '')) {
    let mark = text;
    let k = at + 1;
    while (k < lines.length && k - at < 3 && /^\d$/u.test(lines[k]?.text ?? '')) {
      mark += lines[k]?.text ?? '';
      k++;
    }
    if (/^\p{Lu}\p{Ll}/u.test(lines[k]?.text ?? '')) {
      return { kind: 'number', value: Number(mark), lines: k - at, mark: 0 };
    }
    return undefined;
  }
  // A total's words start a row as a name does, from a capital (`Tổng số thu`, `Cộng`), or a
  // name in capitals (`TỔNG THU NSNN TRÊN ĐỊA BÀN`: a bold total row), from its first line.
  const capitals = (line: string) =>
    /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})+/u.test(line) && !/\p{Ll}/u.test(line);
  const before = lines[at - 1]?.text ?? '';
  const capitalsName = capitals(text) && !(/\p{Lu}{2}/u.test(before) && !/\p{Ll}/u.test(before));
  if (/^\p{Lu}/u.test(text) && (startsTotal(text) || capitalsName))
    return { kind: 'total', value: 0, lines: 1, mark: 0 };
  if (names && /^\p{Lu}\p{Ll}/u.test(text) && !isLabelOnly(text))
    return { kind: 'name', value: 0, lines: 1, mark: 0 };
  return undefined;
}

/**
 * The order of a table's row marks: numbers in sequence (starting again, or not, under a roman
 * group's row), roman groups in sequence, a sub-row's letters in sequence under their number. A
 * roman number wrapped in its column is taken only as the next one after the last group's.
 */
class RowOrder {
  private numbers: number[] | undefined;
  private roman: number | undefined;
  private capital: number | undefined;
  private letter: number | undefined;
  /** The last numbered row's number, and its next decimal sub-row's (`1.1`, `1.2`). */
  private current: number | undefined;
  private decimal: number | undefined;

  follows(start: RowStart): boolean {
    switch (start.kind) {
      case 'number':
        return this.numbers === undefined || this.numbers.includes(start.value);
      case 'decimal':
        return start.parent === this.current && start.value === (this.decimal ?? 1);
      case 'roman':
        return this.roman === undefined ? start.lines === 1 : start.value === this.roman;
      case 'capital':
      case 'lettered':
        return this.capital === undefined || start.value === this.capital;
      case 'letter':
        return this.letter === undefined || start.value === this.letter;
      default:
        return true;
    }
  }

  /** The groups' capital letters go on after the last of `marks` (the order cells of rows read). */
  lettersAfter(marks: readonly string[]): void {
    // (Not a roman group's `I`, `V`, `X`.)
    const last = marks.findLast((mark) => /^[A-HJ-RUWYZĐ]$/u.test(mark));
    if (last) this.capital = alphabetIndex(last) + 1;
  }

  /** Whether `start` is the next group's capital letter after a group's before it (`B` after `A`). */
  nextGroup(start: RowStart): boolean {
    return start.kind === 'capital' && this.capital !== undefined && this.follows(start);
  }

  /** The order once `start`'s row is taken, this one left as it is. */
  after(start: RowStart): RowOrder {
    const after = this.copy();
    after.take(start);
    return after;
  }

  copy(): RowOrder {
    const copy = new RowOrder();
    copy.numbers = this.numbers;
    copy.roman = this.roman;
    copy.capital = this.capital;
    copy.letter = this.letter;
    copy.current = this.current;
    copy.decimal = this.decimal;
    return copy;
  }

  take(start: RowStart): void {
    if (start.kind === 'number') {
      this.numbers = [start.value + 1];
      this.letter = 0;
      this.current = start.value;
      this.decimal = undefined;
    } else if (start.kind === 'decimal') {
      this.decimal = start.value + 1;
    } else if (start.kind === 'roman' || start.kind === 'capital' || start.kind === 'lettered') {
      if (start.kind === 'roman') this.roman = start.value + 1;
      else this.capital = start.value + 1;
      // Numbers start again under a group, or go on; where none was read yet (a part going on
      // from the page before), any goes on.
      this.numbers = this.numbers === undefined ? undefined : [1, ...this.numbers];
      this.letter = undefined;
      this.current = undefined;
    } else if (start.kind === 'letter') this.letter = start.value + 1;
  }
}

/** A figure as it stands among a row's tokens: one token, or two where its narrow column wrapped it. */
interface FigureToken {
  text: string;
  parts: Array<{ line: Line; at: number; text: string }>;
}

/**
 * Where the row that starts at `at` ends, and its figures: the first line whose end makes `count`
 * figures. A row that reaches another row's start (or a blank line, a paragraph's line) first is
 * not read, unless no line of it ends in a figure and it numbers a group: its cells are all empty.
 */
function rowExtent(
  lines: readonly Line[],
  at: number,
  start: RowStart,
  count: number,
  order: RowOrder,
  unit: boolean,
  notes: boolean,
  names: boolean,
  repeatsAt?: (k: number) => boolean,
): RowExtent | undefined {
  // The row's own lines after a mark that takes lines of its own (`II` / `I`).
  const own = at + (start.lines > 1 ? start.lines : 0);
  // The page's text after the row's lines: none, or blank lines only; or, where a converter
  // printed no page break (pdf2md), the table's header repeated (`repeatsAt`).
  let pageEnd = true;
  let partEnd = lines.length;
  for (let k = at; k < lines.length; k++) {
    if (k - at >= MAX_ROW_LINES) {
      pageEnd = false;
      break;
    }
    if (k > at && repeatsAt?.(k)) {
      partEnd = k;
      break;
    }
    const whole = lines[k] as Line;
    // In a table with a notes column, the line's figures may have the note's first words after them.
    const note = notes ? noteAfterFigures(whole, count, k > own) : undefined;
    const line: Line = note ? { ...whole, text: whole.text.slice(0, note.at).trimEnd() } : whole;
    if (line.text === '') {
      if (lines.slice(k).some((after) => after.text !== '')) return undefined;
      break;
    }
    // A mark alone on its line (`I` / `TỔ CHỨC BỘ MÁY`): the line after it is the row's name.
    const markOnly = start.mark > 0 && start.mark === (lines[at]?.text.length ?? 0);
    const nameLine = markOnly && k === at + start.lines;
    const next = k >= at + start.lines && !nameLine ? rowStartAt(lines, k, names) : undefined;
    if (next) {
      // No figure printed before the next row's start: a group's row, its cells empty. The next
      // start must be one in sequence after it: a bullet or a total's words may be the name's own
      // line wrapped (`Đức Mạnh` / `- Đắk Lao`, `trên địa bàn` / `Toàn tỉnh`), proving nothing.
      // A dash before the name's next line joins its words (`QUỐC PHÒNG -` / `AN NINH`).
      // Nor figures side by side before a note on the line (`Cơ sở 612 648 105,9 Tính đến ngày
      // 30/6`: a row short of figures, its note after them, where a converter ran them on).
      const figureless = lines.slice(own, k).every((l, n, group) => {
        const last = l.text.slice(l.text.lastIndexOf(' ') + 1);
        const joins = /^[-–]$/u.test(last) && /^\p{L}/u.test(group[n + 1]?.text ?? '');
        const words = l.text.split(/\s+/u).slice(n === 0 ? 1 : 0);
        // (Or one after the unit: `% 92,5 Bình xét vào cuối năm`.)
        const sideBySide = words.some(
          (word, w) =>
            w > 0 &&
            isWholeFigure(word) &&
            (isWholeFigure(words[w - 1] ?? '') || isUnitCell(words[w - 1] ?? '')),
        );
        return (joins || !isFragment(last)) && !sideBySide;
      });
      const group = ['roman', 'capital', 'lettered', 'number'].includes(start.kind);
      const after = order.after(start);
      const ordered = next.kind !== 'bullet' && next.kind !== 'total' && after.follows(next);
      return group && figureless && ordered ? { last: k - 1, figures: [] } : undefined;
    }
    const figures = figureRun([...lines.slice(own, k), line], count, unit);
    // A group's capital letter heads rows and has no figures of its own: a row with figures that
    // starts with one capital is a name's first word (`Y TẾ`, `A LƯỚI`).
    // But for a total's (`A TỔNG THU NGÂN SÁCH NHÀ NƯỚC (I + II) 1.150.000 …`), or the next
    // group's after one (`B NỢ THUẾ ĐẾN NGÀY 30/9/2024  86.412 - 112,6` after `A …`).
    const name = lines[at]?.text.slice(start.mark) ?? '';
    if (figures && start.kind === 'capital' && !namesSum(name) && !order.nextGroup(start)) {
      return undefined;
    }
    if (figures && note) {
      return { last: k, figures, line, note: { line: whole, at: note.at, text: note.text } };
    }
    if (figures) {
      // The next line starts the next row in sequence: nothing of this row's goes on there.
      const next = rowStartAt(lines, k + 1, names);
      const nextRow = next !== undefined && order.after(start).follows(next);
      // A decimal ending the line whose last digits the next line holds alone (`405,1` / `7`):
      // the row's figures go on.
      const below = lines[k + 1];
      if (below && !nextRow) {
        const rest = { text: below.text, parts: [{ line: below, at: 0, text: below.text }] };
        if (isDecimalRest(figures.at(-1), rest)) continue;
      }
      // A dash ending the row may be a fall's sign, its figure wrapped to the next line alone;
      // not the next row's number its narrow column wrapped a digit a line (`-` / `1` / `0` /
      // `Giải thể thao`).
      const after = below?.text ?? '';
      if (/^[-–]$/u.test(figures.at(-1)?.text ?? '') && /^\d[\d.,]*$/u.test(after) && !nextRow) {
        const longer = figureRun(lines.slice(own, k + 2), count, unit);
        if (longer) return { last: k + 1, figures: longer };
      }
      return { last: k, figures };
    }
    // The row's first line, its mark first, may hold its whole name (a wide names' column).
    const limit = k === at ? MAX_MARKED_LINE : MAX_NAME_LINE;
    if (line.text.length > limit || /\p{L}[.;]$/u.test(line.text)) return undefined;
  }
  // A group's row that ends the page (`II NGƯỜI CÓ CÔNG`, its rows on the next), its mark alone
  // in its narrow column (no heading's `II.`) and its name in capitals: the next page's part goes
  // on under it.
  const group = lines.slice(at, partEnd).filter((line) => line.text !== '');
  const name = joined(group).slice(start.mark).trim();
  // (Its name holds no figure: `B NỢ THUẾ ĐẾN NGÀY 30/9/2024 86.412 112,6` is a row with figures.)
  const hasFigure = name
    .split(/\s+/u)
    .some((word) => /\d/u.test(word) && isFigureCell(word, false));
  const capitals =
    name !== '' && name === name.toLocaleUpperCase('vi') && /\p{Lu}/u.test(name) && !hasFigure;
  const bare = !/^\S+[.)]/u.test(lines[at]?.text ?? '');
  const marks = start.kind === 'roman' || start.kind === 'capital';
  if (pageEnd && capitals && bare && marks && order.follows(start)) {
    return { last: at + group.length - 1, figures: [] };
  }
  return undefined;
}

/**
 * Whether the row that starts at `at` has a line that ends in more figures than `count`, the
 * first of them no name's number (`2.300.000 1.987.412 86,4 98,7` under three headers).
 */
function moreFigures(
  lines: readonly Line[],
  at: number,
  start: RowStart,
  count: number,
  names: boolean,
): boolean {
  for (let k = at; k < lines.length && k - at < MAX_ROW_LINES; k++) {
    const text = lines[k]?.text ?? '';
    if (text === '' || (k >= at + start.lines && rowStartAt(lines, k, names))) return false;
    const tokens = text
      .slice(k === at ? start.mark : 0)
      .split(/\s+/u)
      .filter(Boolean);
    let t = tokens.length;
    while (t > 0 && isFragment(tokens[t - 1] ?? '')) t--;
    const first = tokens[t] ?? '';
    if (tokens.length - t > count && (t === 0 || !/^\d{1,4}$/u.test(first))) return true;
  }
  return false;
}

/**
 * Where a row short of figures ends (`1 Chỉ số IIP % 6,8`, of three figure columns): the next
 * row's start in sequence (a number, a roman group's or a capital's; a bullet or a total's words
 * may be the name's own line), within a row's lines, none blank or a paragraph's, and some figure
 * before it; undefined otherwise, and where its own sub-rows (`a)`) follow.
 */
function shortRowEnd(
  lines: readonly Line[],
  at: number,
  start: RowStart,
  order: RowOrder,
  names: boolean,
): number | undefined {
  const after = order.after(start);
  let figures = false;
  for (let k = at; k < lines.length && k - at < MAX_ROW_LINES; k++) {
    const text = lines[k]?.text ?? '';
    if (text === '') return undefined;
    const next = k >= at + start.lines ? rowStartAt(lines, k, names) : undefined;
    // A sub-row (`a)`, `1.1`) is the short row's own: read without it, it would fall under the
    // row before.
    if (next?.kind === 'letter' || next?.kind === 'decimal') return undefined;
    if (next && next.kind !== 'bullet' && next.kind !== 'total') {
      return figures && after.follows(next) ? k : undefined;
    }
    // A total's row after the short row's figures (`8 Huyện đảo Cồn Cỏ 12` / `Tổng cộng 28.000 …`).
    // (Not a group's name in capitals, which rowStartAt reads as a total's too.)
    if (next?.kind === 'total' && figures && startsTotal(text)) return k;
    // The short row's own lines are a narrow column's (the next row's may be long); its first
    // holds its mark, name, unit, figures and note where a converter ran them on (pdf2md).
    if (text.length > (k === at ? MAX_ROW_LINE : MAX_NAME_LINE)) return undefined;
    if (
      /(?:^|\s)(?:\d[\d.,]*|[-–]\d[\d.,]*)(?:\s|$)/u.test(text.slice(k === at ? start.mark : 0))
    ) {
      figures = true;
    }
  }
  return undefined;
}

/** The most lines a note printed on lines of its own takes. */
const MAX_NOTE_LINES = 4;

/**
 * How many lines from `at` are a note on lines of its own, or the rest of one whose first words
 * end the figures' line (`goesOn`: `Theo Quyết` / `định số` / `12/2018/QĐ` / `-TTg`): short, none a
 * row's start, from a capital unless they go on, and the next row's start right after them; 0
 * where they are not.
 */
function noteLines(lines: readonly Line[], at: number, names: boolean, goesOn: boolean): number {
  for (let k = at; k < lines.length && k - at <= MAX_NOTE_LINES; k++) {
    const text = lines[k]?.text ?? '';
    if (text === '' || rowStartAt(lines, k, names)) return k - at;
    // From a capital where it starts the note; else going on: in lower case, or a code's or a
    // date's rest (`12/2018/QĐ`, `-TTg`, `NĐ-CP`), never a heading's number (`2. Thương mại`).
    const first = k === at && !goesOn;
    const goes =
      (/^[\p{Ll}\d(–-]/u.test(text) || /^\p{Lu}+[-/]\S*$/u.test(text)) && !/^\d+\.\s/u.test(text);
    if (text.length > MAX_NAME_LINE || !(first ? /^\p{Lu}/u.test(text) : goes)) return 0;
  }
  // After the last row, lines are the text after the table, never its note.
  return 0;
}

/** A cell's figure, its pieces a wrap cut joined again (`2.500,` / `0`). */

/** The most rows short of figures, one after another, a table reads on over. */
const MAX_SHORT_RUN = 4;

/**
 * The rows short of figures from `at` (the row `start` begins), one after another in sequence (see
 * `shortRowEnd`), up to `MAX_SHORT_RUN`: where each row's lines start and end, and whether a row
 * `extentAt` reads follows them (`readOn`), the table going on; else they end it.
 */
function shortRun(
  lines: readonly Line[],
  at: number,
  start: RowStart,
  order: RowOrder,
  names: boolean,
  extentAt: (k: number, start: RowStart, after: RowOrder) => unknown,
): { run: Array<{ from: number; to: number; start: RowStart }>; readOn: boolean } {
  const run: Array<{ from: number; to: number; start: RowStart }> = [];
  let from = at;
  let row = start;
  let before = order;
  while (run.length < MAX_SHORT_RUN) {
    const to = shortRowEnd(lines, from, row, before, names);
    if (to === undefined) break;
    run.push({ from, to, start: row });
    const after = before.after(row);
    const following = rowStartAt(lines, to, names);
    if (!following || !after.follows(following)) break;
    if (extentAt(to, following, after)) return { run, readOn: true };
    from = to;
    row = following;
    before = after;
  }
  return { run, readOn: false };
}

/** A figure's rest a narrow column or a page cut from it: its decimals (`,4`) or last thousands (`.360`). */
const FIGURE_REST = /^[.,]\d+$/u;
/** A line that holds such a rest among its words. */
const FIGURE_RESTS = /(?:^|\s)[.,]\d+(?=\s|$)/u;

/**
 * A row's cells with their rests from `line` added: the name's words (`du lịch`), the cut unit's
 * last (`đồng` of `Tỷ đồng`), a rest for each figure it makes whole in column order (`,0 ,4 ,7`
 * after `8.500 3.615 4.283`), and the note's words after them (`thực hiện`), a cell of their own
 * after the row's. Undefined unless the line is all that, in that order, from a lower-case word.
 */
function cellRests(
  line: Line | undefined,
  cells: Cell[] | 'cut' | undefined,
  hasUnit: boolean,
  notes: boolean,
): Cell[] | undefined {
  if (!line || !Array.isArray(cells) || !/^\p{Ll}/u.test(line.text)) return undefined;
  const words = [...line.text.matchAll(/\S+/gu)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
  const first = words.findIndex((word) => FIGURE_REST.test(word.text));
  if (first < 0) return undefined;
  let end = first;
  while (end < words.length && FIGURE_REST.test(words[end]?.text ?? '')) end++;
  const after = words.slice(end);
  if (after.some((word) => /\d/u.test(word.text)) || (after.length > 0 && !notes)) return undefined;
  const out = cells.map((cell) => ({ parts: [...cell.parts] }));
  const lead = hasUnit ? 3 : 2;
  // Each rest to the next figure it makes whole, in column order; every rest placed.
  let column = lead;
  for (const rest of words.slice(first, end)) {
    while (column < out.length) {
      const figure = partsText(out[column]?.parts ?? []).replace(/\s+/gu, '');
      if (cutFigureJoins(figure, rest.text)) break;
      column++;
    }
    const cell = out[column++];
    if (!cell) return undefined;
    cell.parts.push(part(line, rest.at, rest.text));
  }
  // The words before the rests: the name's, then the cut unit's last where it makes a unit.
  const before = words.slice(0, first);
  const unit = hasUnit ? out[2] : undefined;
  const unitText = unit ? partsText(unit.parts) : '';
  let nameEnd = before.length;
  if (unit && before.length > 0 && !isUnitCell(unitText)) {
    const last = before.at(-1) as (typeof before)[number];
    if (!isUnitCell(`${unitText} ${last.text}`)) return undefined;
    unit.parts.push(part(line, last.at, last.text));
    nameEnd--;
  }
  if (unit && !isUnitCell(partsText(unit.parts))) return undefined;
  const name = out[1];
  if (!name) return undefined;
  for (const word of before.slice(0, nameEnd)) name.parts.push(part(line, word.at, word.text));
  if (after.length > 0) {
    const at = after[0]?.at ?? 0;
    out.push({ parts: [part(line, at, line.text.slice(at))] });
  }
  return out;
}

/** A row's lines from `at` to its extent's last, that one without a note's words after its figures. */
function extentLines(lines: readonly Line[], at: number, extent: RowExtent): Line[] {
  const rowLines = lines.slice(at, extent.last + 1);
  if (extent.line) rowLines[rowLines.length - 1] = extent.line;
  return rowLines;
}

/** Where a row ends: its last line, its figures, and where a note's first words follow them on that line, the line without them. */
interface RowExtent {
  last: number;
  figures: FigureToken[];
  /** The last line without the note after its figures. */
  line?: Line;
  /** The note's first words after the figures, where they stand on the row's last line. */
  note?: { line: Line; at: number; text: string };
}

/**
 * A note's first words after a line's figures, in a table with a notes column (`-12,2 Giá thép
 * thế`): from the first capitalised word right after `count` figures to the line's end, or on a
 * row's later line (`goesOn`) after the figures that start it (`-92,33 Thị trường`); undefined
 * where no word follows the figures so.
 */
function noteAfterFigures(
  line: Line,
  count: number,
  goesOn = false,
): { at: number; text: string } | undefined {
  const tokens = [...line.text.matchAll(/\S+/gu)];
  let figures = 0;
  for (let t = 0; t < tokens.length; t++) {
    const word = tokens[t] as RegExpExecArray;
    if (isFragment(word[0])) {
      figures++;
      continue;
    }
    // After the row's figures, or, on a line after the row's first (`goesOn`), after figures
    // that start it: the rest of a row whose figures a narrow column wrapped (`2.150,` / `0` / …
    // / `-92,33 Thị trường`).
    const leading =
      goesOn &&
      figures > 0 &&
      figures === t &&
      tokens.slice(0, t).every((token) => /\d/u.test(token[0]));
    if ((figures >= count || leading) && /^\p{Lu}\p{Ll}/u.test(word[0])) {
      const at = word.index ?? 0;
      return { at, text: line.text.slice(at) };
    }
    figures = 0;
  }
  return undefined;
}

/** The `count` figures one line ends with, each at its offset (a range one figure), or undefined. */
export function lineFigures(
  line: Line,
  count: number,
): Array<{ at: number; text: string }> | undefined {
  return figureRun([line], count, true)?.map((token) => ({
    at: token.parts[0]?.at ?? 0,
    text: token.text,
  }));
}

/**
 * A token that is a figure (a fall in brackets too: `(6)`) or a piece of one cut in its narrow
 * column (`10.486,`, `-`, `286.4`, `50`).
 */
function isFragment(text: string): boolean {
  return isWholeFigure(text) || isCutFigure(text) || isFigureRest(text);
}

/**
 * The `count` figures the row's last line ends with, going on from the lines before where a
 * figure was cut in its narrow column (`10.486,` / `3`, `-` / `1.533`); undefined unless they make
 * exactly `count` one way only.
 */
function figureRun(
  rowLines: readonly Line[],
  count: number,
  unit: boolean,
): FigureToken[] | undefined {
  // Each line's figures at its end, from the last line back over the lines that hold figures only.
  const runs: FigureToken[][] = [];
  for (let k = rowLines.length - 1; k >= 0; k--) {
    const line = rowLines[k] as Line;
    const own = [...line.text.matchAll(/\S+/gu)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
    let t = own.length;
    while (t > 0 && isFragment(own[t - 1]?.text ?? '')) t--;
    runs.unshift(
      joinCut(own.slice(t).map((token) => ({ text: token.text, parts: [{ line, ...token }] }))),
    );
    if (t > 0) break;
  }
  // A cut figure's rest starts a line: it joins the last token of the line before. A figure cut
  // and joined on one line proves the row's figures go on over its lines as well.
  const tokens: FigureToken[] = [];
  let cuts = runs.filter((run) => run.some((token) => token.parts.length > 1)).length;
  for (const run of runs) {
    const cut = tokens.at(-1);
    const rest = run[0];
    if (cut && rest && cutFigureJoins(cut.text, rest.text)) {
      tokens[tokens.length - 1] = {
        text: cut.text + rest.text,
        parts: [...cut.parts, ...rest.parts],
      };
      for (const token of run.slice(1)) tokens.push(token);
      cuts++;
    } else for (const token of run) tokens.push(token);
  }
  // Figures go on over lines only where a figure was cut: else the last line's are the row's.
  const joined = cuts > 0 ? decimalRestsJoined(tokens, count) : tokens;
  if (!joined) return undefined;
  const found = cuts > 0 ? joined : (runs.at(-1) ?? []);
  if (found.some((token) => !isWholeFigure(token.text))) return undefined;
  return pickFigures(found, count, unit);
}

/**
 * A row's tokens with each decimal's last digits a narrow column wrapped alone onto the next line
 * (`312,8` / `4`, `405,1` / `7`) joined to it, in a row whose other figures were cut so (`2.150,` /
 * `0`): the tokens as they are where there is none, undefined where they are not exactly the
 * tokens too many for the columns (which figure is whole cannot be told).
 */
function decimalRestsJoined(
  tokens: readonly FigureToken[],
  count: number,
): FigureToken[] | undefined {
  const rests = tokens.flatMap((rest, k) =>
    k > 0 && isDecimalRest(tokens[k - 1], rest) ? [k] : [],
  );
  if (rests.length === 0) return [...tokens];
  if (rests.length !== tokens.length - count) return undefined;
  const out: FigureToken[] = [];
  tokens.forEach((token, k) => {
    const decimal = out.at(-1);
    if (rests.includes(k) && decimal) {
      out[out.length - 1] = {
        text: decimal.text + token.text,
        parts: [...decimal.parts, ...token.parts],
      };
    } else out.push(token);
  });
  return out;
}

/** A decimal ending its line, and one or two digits alone at the next line's start: its last digits. */
function isDecimalRest(decimal: FigureToken | undefined, rest: FigureToken): boolean {
  const end = decimal?.parts.at(-1);
  const start = rest.parts[0];
  return (
    decimal !== undefined &&
    end !== undefined &&
    start !== undefined &&
    /,\d+$/u.test(decimal.text) &&
    /^\d{1,2}$/u.test(rest.text) &&
    end.at + end.text.length === end.line.text.length &&
    start.at === 0 &&
    start.line !== end.line
  );
}

/**
 * A line's figure tokens with a cut figure and its rest one figure where a converter set them on
 * one line (`1.250,` `0`, `286.4` `50`): no whole figure ends so. (A sign alone before a figure
 * stays apart on one line: `-` `1.533` is an empty cell and a figure as well.)
 */
function joinCut(tokens: readonly FigureToken[]): FigureToken[] {
  const out: FigureToken[] = [];
  for (const token of tokens) {
    const cut = out.at(-1);
    if (
      cut &&
      !/^[-–]$/u.test(cut.text) &&
      cutFigureJoins(cut.text, token.text) &&
      isWholeFigure(cut.text + token.text)
    ) {
      out[out.length - 1] = { text: cut.text + token.text, parts: [...cut.parts, ...token.parts] };
    } else out.push(token);
  }
  return out;
}

/**
 * The `count` figures a run of tokens ends with: a range is one figure (`% 7,0 - 7,5 6,12 - -` →
 * `7,0 - 7,5`, `6,12`, `-`, `-`), and the run may start with tokens that are the row's own words
 * (`năm 2023`); undefined unless they make exactly `count` one way only.
 */
function pickFigures(
  run: readonly FigureToken[],
  count: number,
  unit: boolean,
): FigureToken[] | undefined {
  const number = (at: number) => /\d/u.test(run[at]?.text ?? '');
  const dash = (at: number) => /^[-–]$/u.test(run[at]?.text ?? '');
  const sameLine = (at: number) =>
    run[at]?.parts.length === 1 &&
    run[at + 2]?.parts.length === 1 &&
    run[at]?.parts[0]?.line === run[at + 2]?.parts[0]?.line;
  // The ways the run's tokens from `at` make `left` figures: one token, or a range of three.
  const ways = (at: number, left: number): FigureToken[][] => {
    if (at === run.length) return left === 0 ? [[]] : [];
    if (left === 0) return [];
    const one = ways(at + 1, left - 1).map((rest) => [run[at] as FigureToken, ...rest]);
    // A range cut after its dash (`69.873 -` / `1.533`) reads as a fall's figure too: both ways.
    const cut = run[at + 1];
    if (number(at) && cut?.parts.length === 2 && /^[-–]$/u.test(cut.parts[0]?.text ?? '')) {
      const range: FigureToken = {
        text: `${run[at]?.text} ${cut.parts[0]?.text} ${cut.parts[1]?.text}`,
        parts: [...(run[at]?.parts ?? []), ...cut.parts],
      };
      return [...one, ...ways(at + 2, left - 1).map((rest) => [range, ...rest])];
    }
    if (!(number(at) && dash(at + 1) && number(at + 2) && sameLine(at))) return one;
    const first = run[at]?.parts[0] as FigureToken['parts'][number];
    const last = run[at + 2]?.parts[0] as FigureToken['parts'][number];
    const text = first.line.text.slice(first.at, last.at + last.text.length);
    const range: FigureToken = { text, parts: [{ line: first.line, at: first.at, text }] };
    return [...one, ...ways(at + 3, left - 1).map((rest) => [range, ...rest])];
  };
  const found: FigureToken[][] = [];
  let start = 0;
  for (; start < run.length && found.length < 2; start++) {
    if (start > 0 && found.length > 0) break;
    for (const way of ways(start, count)) found.push(way);
  }
  // The tokens before the figures are the name's only where a name's number can be (`năm 2023`,
  // `Giai đoạn 1`, `2021 - 2025`): after a word on their line, and no figure with separators (`2.300.000` before
  // three figures is a figure more than the columns, never a name's).
  const skipped = run.slice(0, Math.max(0, start - 1));
  const named = skipped.every((token) => {
    const part = token.parts[0];
    const before = part ? part.line.text.slice(0, part.at).trim() : '';
    return (
      token.parts.length === 1 && /^(?:\d{1,4}|[-–])$/u.test(token.text) && /\p{L}/u.test(before)
    );
  });
  if (!named) return undefined;
  const way = found.length === 1 ? found[0] : undefined;
  // Where no unit stands between the name and the figures, a small number or a year right after a
  // word may end the name (`Giai đoạn 1`, `năm 2023`) in a row short of a figure: it cannot be
  // told from the row's first figure, so the row is not read.
  const first = way?.[0];
  const at = first?.parts.length === 1 ? first.parts[0] : undefined;
  if (!unit && at && /^(?:\d{1,2}|(?:19|20)\d\d)$/u.test(first?.text ?? '')) {
    const before = at.line.text.slice(0, at.at).trimEnd();
    const word = before.slice(before.lastIndexOf(' ') + 1);
    // A small number ends a name only after a word that takes one (`Giai đoạn 1`, `Tổ 3`; `Mầm
    // non 24` is 24 schools); a year after any word in lower case.
    const year = /^(?:19|20)\d\d$/u.test(first?.text ?? '');
    if (/^\p{Ll}/u.test(word) && (year || takesNumber(before))) return undefined;
  }
  return way;
}

/**
 * The headers of a row-by-row table: the order column's letters, the indicator's, the unit's and
 * the figures', each from a capital once the one before names its role (`So với` / `KH (%)` stays
 * one); `TT Chỉ tiêu Đơn vị tính` on one line is three. The lines in lower case after a header that
 * ended (`(%)`, a year) finish the page before's last name.
 */
function rowHeaders(
  lines: readonly Line[],
  names: boolean,
  columns: number | undefined,
): RowHead | undefined {
  const order: Cell = { parts: [] };
  // A table without an order column: its headers from the names' (`Nội dung`), whole on its
  // line where it names no role (`Cây trồng`).
  if (names) {
    return headersFrom(order, lines, columnRole(lines[0]?.text ?? '') === 'other', columns);
  }
  let k = 0;
  for (; k < lines.length && indexStart.test(lines[k]?.text ?? ''); k++) {
    const line = lines[k] as Line;
    const letters = /^\S+/u.exec(line.text)?.[0] ?? '';
    order.parts.push(part(line, 0, letters));
    const rest = line.text.slice(letters.length).trimStart();
    if (rest !== '') {
      // The other headers go on on this line: read them from it as from a line of their own.
      const offset = line.text.length - rest.length;
      return headersFrom(order, [lineFrom(line, offset), ...lines.slice(k + 1)], true, columns);
    }
  }
  if (order.parts.length === 0) return undefined;
  return headersFrom(order, lines.slice(k), false, columns);
}

/**
 * How many figures the first row's line holds (which may say how the header's tiers go, or that
 * its headers stand side by side): those it ends with, or where a note follows them, those
 * before its capitalised first word (`Tiếng Anh 42 31 11 Đã hợp đồng 6 giáo viên` → 3).
 */
function endFigures(line: Line | undefined, marked = false): number | undefined {
  const tokens = line?.text.split(/\s+/u) ?? [];
  const figure = (k: number) => isFigureCell(tokens[k] ?? '', false);
  // (`marked`: the line starts with the row's mark, which is no figure before a note: `1 Thành
  // phố` is a row's number and name.)
  const first = marked ? 2 : 1;
  const noteAt = tokens.findIndex(
    (token, k) => k >= first && /^\p{Lu}/u.test(token) && figure(k - 1),
  );
  const end = figure(tokens.length - 1) || noteAt < 0 ? tokens.length : noteAt;
  let count = 0;
  while (count < end && isFigureCell(tokens[end - 1 - count] ?? '', false)) count++;
  return count > 0 ? count : undefined;
}

/**
 * How many figures the first row holds: its first line's, or where its name and unit take lines
 * of their own (`A TỔNG THU` / `NGÂN SÁCH` / … / `1.150.000 1.280.000 963.648 83,8 105,4`), the
 * first line after them that ends with figures, before the next row's start.
 */
function firstFigures(lines: readonly Line[], at: number): number | undefined {
  for (let k = at; k < lines.length && k - at < MAX_ROW_LINES; k++) {
    const count = endFigures(lines[k], k === at);
    if (count !== undefined) return count;
    if (k > at && rowStartAt(lines, k)) return undefined;
  }
  return undefined;
}

/**
 * The units' header on a line and what follows it: a header of its own where it starts with a
 * capital (`ĐVT Năm 2023`), else the units' header's own words.
 */
function unitAndAfter(line: Line, unit: RegExpExecArray): Cell['parts'] {
  const end = unit.index + unit[0].length;
  const after = line.text.slice(end).trimStart();
  if (!/^\p{Lu}/u.test(after)) return [part(line, unit.index, line.text.slice(unit.index))];
  return [part(line, unit.index, unit[0]), part(line, line.text.length - after.length, after)];
}

/** A header's last words that end it: a unit in brackets, a year, a percent, the notes' (`(tỷ đồng)`, `2023`, `(%)`, `Ghi chú`). */
const headerEnded = (text: string) => /(?:\)|\d{4}|%)$/u.test(text) || text.endsWith(NOTES_HEADER);

const blankCell = (): Cell => ({ parts: [] });
const hasText = (cell: Cell) => cell.parts.length > 0;

/** A row-by-row table's headers as read from their lines. */
interface RowHead {
  /** The header row (the upper tier's where there are several). */
  cells: Cell[];
  /** The rows of the lower tiers, where the figures' headers are two tiers or three. */
  below: Cell[][];
  /** Whether a unit column stands after the name's. */
  unit: boolean;
  /** How many figure columns. */
  figures: number;
  /** Whether a notes column (`Ghi chú`) ends the table, after the figures. */
  notes: boolean;
  /** Lines after the headers that finish the page before's last row. */
  continued: Line[];
}

/**
 * The headers from their lines. `shared`: the first line stood beside the order column's letters
 * (`T Nguồn vốn`), so it is the indicator's header whole, whatever its words (`Chỉ tiêu`, `Nguồn
 * vốn`, `Tên dự án`). The figure columns' headers may name no role (`So sánh (%)`, `Năm học 2022 -
 * 2023`, `Tăng, giảm`) where they stand after a unit's header or beside one that names its role.
 */
function headersFrom(
  order: Cell,
  lines: readonly Line[],
  shared: boolean,
  columns?: number,
): RowHead | undefined {
  // The lines in lower case after the last header that ended finish the page before's last row.
  // A header's own last lines may start in lower case too (`so với` / `năm 2022`): the cut is
  // after the last of them that ends a header, or after the notes' header, always the last.
  let first = lines.length;
  while (first > 0 && /^\p{Ll}/u.test(lines[first - 1]?.text ?? '')) first--;
  const ends = (k: number) => k > 0 && headerEnded(lines[k - 1]?.text ?? '');
  let cut = lines.length;
  while (cut > first && !ends(cut)) cut--;
  for (let k = first; k <= lines.length; k++) {
    if (k > 0 && lines[k - 1]?.text.endsWith(NOTES_HEADER)) cut = k;
  }
  if (!ends(cut)) cut = lines.length;
  const groups: Cell[] = [];
  let current: Cell['parts'] = [];
  const close = () => {
    if (current.length > 0) groups.push({ parts: current });
    current = [];
  };
  lines.slice(0, cut).forEach((line, n) => {
    // Two headers on one line: the unit's after another's (`Chỉ tiêu Đơn vị tính`), the notes'
    // after a figure's (`kỳ (%) Ghi chú`).
    const unit = unitHeader.exec(line.text);
    const before = unit ? line.text.slice(0, unit.index).trimEnd() : '';
    const notesAt = line.text.endsWith(` ${NOTES_HEADER}`)
      ? line.text.length - NOTES_HEADER.length
      : -1;
    // Beside the order column's letters, the names' header and a count's after it (`Loại hình,
    // cấp học Số trường`): a count's header starts at `Số` and a word in lower case.
    const count = shared && n === 0 && !unit ? /(?<=\S\s)Số \p{Ll}/u.exec(line.text) : null;
    // Measures side by side, a lower tier's (`Kế hoạch Thực hiện`): a header each.
    const measures = measureHeaders(line.text);
    let offset = 0;
    const pieces = measures
      ? measures.map((header) => {
          offset = line.text.indexOf(header, offset);
          return part(line, offset, header);
        })
      : unit && before !== '' && (columnRole(before) !== 'other' || (shared && n === 0))
        ? [part(line, 0, before), ...unitAndAfter(line, unit)]
        : count
          ? [
              part(line, 0, line.text.slice(0, count.index).trimEnd()),
              part(line, count.index, line.text.slice(count.index)),
            ]
          : notesAt > 0
            ? [
                part(line, 0, line.text.slice(0, notesAt).trimEnd()),
                part(line, notesAt, NOTES_HEADER),
              ]
            : [part(line, 0, line.text)];
    for (const piece of pieces) {
      const text = partsText(current);
      const role = headerRole(text, true);
      // A header starts with a word (`Kế`, `Ước`, `So`), not a period's numeral (`I/2024`).
      // A count's header (`Số dự án FDI`) has ended where a capitalised word starts another.
      const ended =
        role !== 'other' ||
        headerEnded(text) ||
        namesCount(text) ||
        (shared && groups.length === 0);
      // A header starts at a capitalised word, or at the unit's in capitals (`Chỉ tiêu ĐVT`).
      // A span of months starts one too (`9 tháng` / `năm 2023`).
      // (`9` / `tháng` / `2023` where the column is narrow).
      // A span of months goes on a header that names its role and no period yet (`Ước thực
      // hiện` / `10 tháng`), and starts one after a header that ended (`(tỷ đồng)` / `9 tháng`).
      const months =
        /^\d{1,2} tháng(?![\p{L}])/u.test(piece.segment.text) ||
        (/^\d{1,2}$/u.test(piece.segment.text) &&
          /^tháng(?![\p{L}])/u.test(lines[n + 1]?.text ?? ''));
      const starts =
        /^\p{Lu}\p{Ll}/u.test(piece.segment.text) || /^ĐVT\b/u.test(piece.segment.text);
      // A header that names its role or a count starts one even after a header that names none
      // and has not ended (`Lũy kế 10 tháng` / `Dự toán năm 2024`, `Số hội nghị, lớp` / `Số cán
      // bộ`), unless that one waits for what it compares with (`So với` / `KH (%)` stays one).
      const names = columnRole(piece.segment.text) !== 'other' || namesCount(piece.segment.text);
      const waits = /(?<![\p{L}])(?:so với|so sánh|so|với|bằng|đạt)$/iu.test(text);
      const notesPiece = notesAt > 0 && piece.segment.text === NOTES_HEADER;
      const closes =
        notesPiece ||
        (months
          ? headerEnded(text) ||
            namesPeriod(text) ||
            role === 'unit' ||
            (shared && groups.length === 0)
          : starts && (ended || (names && !waits)));
      if (current.length > 0 && closes) close();
      current.push(piece);
    }
    // The indicator's header beside the order column's letters is whole on its line.
    if (shared && n === 0) close();
  });
  close();
  // The notes column (`Ghi chú`) holds words, never figures: no figure column.
  const notes = groups.length > 2 && partsText(groups.at(-1)?.parts ?? []) === NOTES_HEADER;
  const notesHeader = notes ? groups.pop() : undefined;
  // The groups as read; where they make no header, the groups cut at every capitalised line: a
  // header in tiers whose cells' lines run together (`Huyện, thành phố` / `Doanh nghiệp thành
  // lập mới` / `Doanh nghiệp giải thể 9 tháng 2024` / `Số doanh nghiệp` / `Vốn đăng ký`), read
  // only where the cut headers make tiers.
  const read =
    headerColumns(groups, shared, false, columns) ??
    headerColumns(capitalCuts(groups), shared, true, columns);
  if (!read) return undefined;
  const { lead, units, figureHeaders, tiers } = read;
  const end = notesHeader ? [notesHeader] : [];
  if (tiers) {
    const [top = [], ...lower] = tiers;
    return {
      cells: [order, ...lead, ...top, ...end],
      below: lower.map((tier) => [
        blankCell(),
        ...lead.map(blankCell),
        ...tier,
        ...end.map(blankCell),
      ]),
      unit: units === 1,
      figures: top.length,
      notes,
      continued: lines.slice(cut),
    };
  }
  if (figureHeaders.length < 2) return undefined;
  return {
    cells: [order, ...lead, ...figureHeaders, ...end],
    below: [],
    unit: units === 1,
    figures: figureHeaders.length,
    notes,
    continued: lines.slice(cut),
  };
}

/**
 * The headers' columns: the name's and the unit's (`lead`), the figures', and their tiers where
 * they are two or three (`headerTiers`, told how many figures the first row holds: `columns`).
 * `tiered`: the groups were cut at every capitalised line, so they stand only as tiers, and the
 * column after the order column's holds the names whatever its header says (`Huyện, thành phố`).
 */
function headerColumns(
  groups: readonly Cell[],
  shared: boolean,
  tiered: boolean,
  columns: number | undefined,
): { lead: Cell[]; units: number; figureHeaders: Cell[]; tiers: Cell[][] | undefined } | undefined {
  const roles = groups.map((cell, k) => headerRole(partsText(cell.parts), k === 1));
  const named =
    roles[0] === 'label' ||
    (roles[0] === 'other' && (shared || (tiered && !roles.includes('label'))));
  if (!named || roles.slice(1).some((role) => role === 'label' || role === 'order')) {
    return undefined;
  }
  const units = roles.filter((role) => role === 'unit').length;
  if (units > 1 || (units === 1 && roles[1] !== 'unit')) return undefined;
  // Headers that name no role are figure columns only beside the unit's or one that says it
  // holds figures (`namesFigureColumn`: a role, a period, a unit, a count).
  const read = groups.slice(1 + units);
  // Fewer headers than the first row's figures: cut where their lines start capitalised (`Dự án`
  // / `FDI cấp` / `mới` / `Vốn FDI` / … are two), or where one line holds two (`sideBySide`).
  const cut = columns !== undefined && read.length < columns ? capitalCuts(read) : undefined;
  // (The capitalised lines' cut, then side by side within a line: `Biên chế được giao Có mặt đến
  // 31/12/20 23` / `Chưa sử dụng` are three.)
  const figureHeaders =
    columns !== undefined && read.length < columns
      ? cut?.length === columns
        ? cut
        : ((cut && sideBySide(cut, columns)) ?? sideBySide(read, columns) ?? read)
      : read;
  const saysFigures = figureHeaders.some((cell) => namesFigureColumn(partsText(cell.parts)));
  // Or where their capitalised lines or words cut them into exactly as many as the first row's
  // figures (`Biên chế` / `được giao` / `Có mặt` / `đến 31/12/2023` / `Chưa sử` / `dụng` over
  // `1.186 1.142 44`).
  const countedOut =
    figureHeaders !== read && figureHeaders.length === columns && (columns ?? 0) >= 2;
  if (units === 0 && !saysFigures && !countedOut) return undefined;
  // Figure headers printed in tiers: the header rows of merged cells.
  const texts = figureHeaders.map((cell) => partsText(cell.parts));
  const tiers = headerTiers(figureHeaders, texts, blankCell, columns);
  if (!tiers && columns !== undefined) {
    const split = splitTiers(figureHeaders, columns);
    if (split) return { lead: groups.slice(0, 1 + units), units, ...split };
  }
  if (tiered && !tiers) return undefined;
  return { lead: groups.slice(0, 1 + units), units, figureHeaders, tiers };
}

/**
 * Two tiers whose lower headers a dump ran into one (`Tỉnh giao Huyện` / `giao` / `So với` / `dự` /
 * … under `Dự toán năm 2024` and `So sánh (%)`): one header cut before each capitalised word, in
 * a line or starting one, where the cuts make tiers as wide as the first row's figures.
 */
function splitTiers(
  headers: readonly Cell[],
  columns: number,
): { figureHeaders: Cell[]; tiers: Cell[][] } | undefined {
  for (let h = 0; h < headers.length; h++) {
    const cut = capitalWords(headers[h] as Cell);
    if (cut.length < 2) continue;
    const figureHeaders = [...headers.slice(0, h), ...cut, ...headers.slice(h + 1)];
    const texts = figureHeaders.map((c) => partsText(c.parts));
    const tiers = headerTiers(figureHeaders, texts, blankCell, columns);
    if (tiers && tiers[0]?.length === columns) return { figureHeaders, tiers };
  }
  return undefined;
}

/** A header cut before each capitalised word, where a line starts with one or holds one. */
function capitalWords(cell: Cell): Cell[] {
  const out: Cell[] = [];
  for (const piece of cell.parts) {
    const text = piece.segment.text;
    const offset = piece.segment.start - piece.line.indent;
    const starts = startsOutsideBrackets(text, /(?<=\S\s)\p{Lu}\p{Ll}/gu);
    const bounds = [0, ...starts, text.length];
    bounds.slice(0, -1).forEach((from, k) => {
      const slice = part(piece.line, offset + from, text.slice(from, bounds[k + 1]).trimEnd());
      const last = out.at(-1);
      if (last && !/^\p{Lu}/u.test(slice.segment.text)) last.parts.push(slice);
      else out.push({ parts: [slice] });
    });
  }
  return out;
}

/**
 * Figure headers a dump printed side by side on one line (`định mức Hiện có Còn thiếu`: the end
 * of one and two more), where the first row holds more figures than the headers read: the headers'
 * last lines cut before their capitalised words, from the right, until they count `columns`;
 * undefined where they cannot.
 */
function sideBySide(headers: readonly Cell[], columns: number): Cell[] | undefined {
  // Before title-cased words first (`Vốn FDI …`: an abbreviation, `FDI`, starts no header), then
  // before any capital.
  return (
    sideBySideAt(headers, columns, /(?<=\s)\p{Lu}\p{Ll}/gu) ??
    sideBySideAt(headers, columns, /(?<=\s)\p{Lu}/gu)
  );
}

function sideBySideAt(
  headers: readonly Cell[],
  columns: number,
  start: RegExp,
): Cell[] | undefined {
  let out = [...headers];
  for (let h = out.length - 1; h >= 0 && out.length < columns; h--) {
    const cell = out[h] as Cell;
    const last = cell.parts.at(-1);
    if (!last) continue;
    const text = last.segment.text;
    // (Not inside brackets: `(triệu USD)` is one header's unit.)
    const starts = startsOutsideBrackets(text, start);
    const cuts = starts.slice(-(columns - out.length));
    if (cuts.length === 0) continue;
    const offset = last.segment.start - last.line.indent;
    const piece = (from: number, to: number) =>
      part(last.line, offset + from, text.slice(from, to).trimEnd());
    const first = cuts[0] as number;
    const cells: Cell[] = [{ parts: [...cell.parts.slice(0, -1), piece(0, first)] }];
    cuts.forEach((cut, k) => {
      cells.push({ parts: [piece(cut, cuts[k + 1] ?? text.length)] });
    });
    out = out.slice(0, h).concat(cells, out.slice(h + 1));
  }
  return out.length === columns ? out : undefined;
}

/** Where `pattern` matches in `text`, but inside brackets (`(triệu USD)` is one header's unit). */
function startsOutsideBrackets(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)]
    .map((match) => match.index ?? 0)
    .filter((at) => {
      const before = text.slice(0, at);
      return before.lastIndexOf('(') <= before.lastIndexOf(')');
    });
}

/** A line's rest from `offset` in its text, as a line of its own. */
function lineFrom(line: Line, offset: number): Line {
  return {
    ...line,
    column: line.column + offset,
    indent: line.indent + offset,
    text: line.text.slice(offset),
  };
}

/** The header groups cut before every line of theirs that starts with a capitalised word. */
function capitalCuts(groups: readonly Cell[]): Cell[] {
  return groups.flatMap((cell) => {
    const cut: Cell[] = [];
    for (const piece of cell.parts) {
      const last = cut.at(-1);
      if (last && !/^\p{Lu}\p{Ll}/u.test(piece.segment.text)) last.parts.push(piece);
      else cut.push({ parts: [piece] });
    }
    return cut;
  });
}

/** The order column's cell of a row: its number or roman group's (a bullet or letter stays with the name). */
function markCell(rowLines: readonly Line[], start: RowStart): Cell {
  const first = rowLines[0] as Line;
  if (start.lines > 1) {
    return { parts: rowLines.slice(0, start.lines).map((line) => part(line, 0, line.text)) };
  }
  if (start.mark === 0) return { parts: [] };
  const mark = first.text.slice(0, start.mark).trimEnd();
  // A number spread a digit a line and run together (`1 0`): its digits, which make one number.
  if (/^\d \d$/u.test(mark))
    return { parts: [part(first, 0, mark[0] ?? ''), part(first, 2, mark[2] ?? '')] };
  return { parts: [part(first, 0, mark)] };
}

/** A row's text before its figures, a piece a line, its mark left out. */
function rowPieces(
  rowLines: readonly Line[],
  start: RowStart,
  figureStart?: FigureToken,
): Cell['parts'] {
  const pieces: Cell['parts'] = [];
  const begin = figureStart?.parts[0];
  for (let k = start.lines > 1 ? start.lines : 0; k < rowLines.length; k++) {
    const line = rowLines[k] as Line;
    const from = k === 0 ? start.mark : 0;
    const to = begin?.line === line ? begin.at : line.text.length;
    const text = line.text.slice(from, to).trimEnd();
    if (text !== '') pieces.push(part(line, from, text));
    if (begin?.line === line) break;
  }
  return pieces;
}

/** The name cell of a row without figures: all its text after the mark. */
function nameCell(rowLines: readonly Line[], start: RowStart): Cell {
  return { parts: rowPieces(rowLines, start) };
}

/**
 * A row's cells from its lines: the mark (to the order column; a bullet or letter stays with the
 * name), the name, the unit (see unitPieces), then the figures.
 */
function rowCells(
  rowLines: readonly Line[],
  start: RowStart,
  tokens: readonly FigureToken[],
  hasUnit: boolean,
  cutUnit = false,
): Cell[] | 'cut' | undefined {
  const index = markCell(rowLines, start);
  const pieces = rowPieces(rowLines, start, tokens[0]);
  const figures = tokens.map((token) => ({
    parts: token.parts.map((p) => part(p.line, p.at, p.text)),
  }));
  if (!hasUnit) return pieces.length > 0 ? [index, { parts: pieces }, ...figures] : undefined;
  const unit = unitPieces(pieces, cutUnit);
  if (unit === 'cut') return 'cut';
  if (!unit || unit.name.length === 0) return undefined;
  return [index, { parts: unit.name }, { parts: unit.unit }, ...figures];
}

/**
 * The unit at the end of a row's pieces, and the name before it: a known unit as the last piece or
 * two (`Tỷ` / `đồng`), else a short name alone in the unit column from its capital (`Bác sĩ`,
 * `Hợp tác xã`: not `xã` alone, a unit too), else the words from the last capitalised word that
 * is not the name's first (`Số trường Trường`, `Mầm non Nhóm,` / `lớp`, `Thu nội địa Tỷ` / `đồng`)
 * when they are a short unit's, else a known unit ending the last piece (`Tổng mức Tỷ đồng`).
 */
function unitPieces(
  pieces: Cell['parts'],
  cutUnit: boolean,
): { name: Cell['parts']; unit: Cell['parts'] } | 'cut' | undefined {
  const found = unitPiecesOf(pieces);
  // A unit's first word where the page ended (`Tổ` of `Tổ chức`, its rest on the next page) is
  // no unit: `cut`, unless the caller takes the unit's first word, its rest to come.
  const unit = found ? partsText(found.unit) : '';
  return found && !cutUnit && !isUnitCell(unit) && startsUnit(unit) ? 'cut' : found;
}

function unitPiecesOf(
  pieces: Cell['parts'],
): { name: Cell['parts']; unit: Cell['parts'] } | undefined {
  const known = (parts: Cell['parts']) =>
    isCellText(partsText(parts)) && !isFigure(partsText(parts));
  // Every word of the pieces, where it stands.
  const words = pieces.flatMap((piece, p) =>
    [...piece.segment.text.matchAll(/\S+/gu)].map((m) => ({ p, at: m.index ?? 0, text: m[0] })),
  );
  // The unit from word `w` on: the pieces after it whole, the one it stands in from it.
  const from = (w: number) => {
    const word = words[w] as (typeof words)[number];
    const piece = pieces[word.p] as Cell['parts'][number];
    const offset = piece.segment.start - piece.line.indent;
    const head = piece.segment.text.slice(0, word.at).trimEnd();
    const name = [
      ...pieces.slice(0, word.p),
      ...(head === '' ? [] : [part(piece.line, offset, head)]),
    ];
    const unit = [
      part(piece.line, offset + word.at, piece.segment.text.slice(word.at)),
      ...pieces.slice(word.p + 1),
    ];
    return { name, unit };
  };
  // A compound unit the column cut after its dot's letters (`Triệu` / `HK.k` / `m`): not `m`, a
  // unit alone, but the pieces from the scale's word before it.
  const [cut, rest] = [pieces.at(-2), pieces.at(-1)];
  if (cut && rest && cutCompoundUnit(cut.segment.text, rest.segment.text)) {
    const scale = pieces.at(-3)?.segment.text ?? '';
    const scaled = readScale(scale.toLocaleLowerCase('vi'), 0)?.end === scale.length;
    const from = pieces.length - (scaled ? 3 : 2);
    if (from >= 1) return { name: pieces.slice(0, from), unit: pieces.slice(from) };
  }
  // A unit's words: `Tỷ đồng`, `Nhóm, lớp`, `Triệu m²`.
  const unitWords = /^[\p{Lu}%][\p{L}%/²³.]*,?(?: [\p{L}/²³.]+,?){0,2}$/u;
  for (const size of [2, 1]) {
    const unit = pieces.slice(-size);
    if (pieces.length > size && known(unit)) {
      // Not the scale's word alone where the piece before ends with it (`Thu nội địa Tỷ` / `đồng`).
      const capital = words.findLastIndex((word, w) => w > 0 && /^[\p{Lu}%]/u.test(word.text));
      const wider = capital >= 0 ? from(capital) : undefined;
      if (
        wider &&
        wider.name.length > 0 &&
        wider.unit.length > unit.length &&
        unitWords.test(partsText(wider.unit)) &&
        known(wider.unit)
      ) {
        return wider;
      }
      return scaled(pieces.slice(0, -size), unit) ?? { name: pieces.slice(0, -size), unit };
    }
  }
  if (pieces.length === 0) return undefined;
  // A short name alone in the unit column after the name's lines, from its capital.
  let first = pieces.length - 1;
  while (first > 1 && !/^\p{Lu}/u.test(pieces[first]?.segment.text ?? '')) first--;
  const alone = pieces.slice(first);
  // Its words joined as the cell's text is, a syllable the column cut made whole (`Doan` / `h` /
  // `nghiệ` / `p`: `Doanh nghiệp`).
  const aloneText = alone.reduce(
    (text, piece) => text + joint(text, piece.segment.text) + piece.segment.text,
    '',
  );
  if (first >= 1 && /^[\p{Lu}%][\p{L}%/²³]*(?: [\p{L}/²³]+){0,2}$/u.test(aloneText)) {
    // A scale's word ending the name's line is the unit's own (`- Đường bộ Nghìn` / `HK`).
    const before = pieces[first - 1] as Cell['parts'][number];
    const own = before.segment.text.trimEnd();
    const lastAt = own.lastIndexOf(' ') + 1;
    const last = own.slice(lastAt);
    const scale = last !== '' && readScale(last.toLocaleLowerCase('vi'), 0)?.end === last.length;
    if (scale && (lastAt > 0 || first >= 2)) {
      const offset = before.segment.start - before.line.indent;
      const head = own.slice(0, lastAt).trimEnd();
      return {
        name: [...pieces.slice(0, first - 1), ...(head ? [part(before.line, offset, head)] : [])],
        unit: [part(before.line, offset + lastAt, last), ...alone],
      };
    }
    return { name: pieces.slice(0, first), unit: alone };
  }
  // A known unit of two or three words ending the last piece (`Vốn đăng ký Triệu USD`): whole,
  // before its last capitalised word alone (`USD`).
  const knownEnd = knownUnitEnding(pieces, [3, 2]);
  if (knownEnd) return knownEnd;
  // The words from the last capitalised one that is not the name's first: a short unit's.
  const capital = words.findLastIndex(
    (word, w) =>
      w > 0 &&
      !/^(?:[-–+]|[a-zđ]\))$/u.test(words[w - 1]?.text ?? '-') &&
      /^[\p{Lu}%]/u.test(word.text),
  );
  if (capital > 0) {
    // A scale's word before it is the unit's own (`Nghìn HK`, `Triệu tấn.km`).
    const scale = words[capital - 1]?.text ?? '';
    if (capital > 1 && readScale(scale.toLocaleLowerCase('vi'), 0)?.end === scale.length) {
      const scaled = from(capital - 1);
      const text = partsText(scaled.unit);
      if (scaled.name.length > 0 && unitWords.test(text) && words.length - capital < 3) {
        return scaled;
      }
    }
    const found = from(capital);
    // (Its words whole again where a converter broke them: `Triệ u đồn g`.)
    const text = mended(partsText(found.unit));
    // After a capitalised word, a capital goes on a proper name (`Đông Xuân`, `Hè Thu`): a
    // known unit after it is the row's (`Diện tích lúa Đông Xuân ha`).
    const properName = /^\p{Lu}/u.test(words[capital - 1]?.text ?? '') && !isUnitCell(text);
    const known = properName ? knownUnitEnding(pieces, [2, 1]) : undefined;
    if (known) return known;
    if (found.name.length > 0 && unitWords.test(text) && text.split(' ').length <= 3) {
      return found;
    }
  }
  // A known unit of one word ending the last piece (`Tổng mức %`), the name's words before it
  // (those of two or three words were taken above).
  const knownWord = knownUnitEnding(pieces, [1]);
  if (knownWord) return knownWord;
  // A short word or two alone before the figures, the name on the lines above: the unit cell on
  // the figures' line, whatever it counts (`… thiểu số` / `thẻ 190.000 194.362 …`).
  const lastPiece = pieces.at(-1);
  const alonePiece = lastPiece?.segment.text ?? '';
  if (
    pieces.length > 1 &&
    alonePiece.length <= MAX_UNIT_ALONE &&
    /^[\p{L}%/²³]+(?: [\p{L}/²³]+)?$/u.test(alonePiece)
  ) {
    return { name: pieces.slice(0, -1), unit: pieces.slice(-1) };
  }
  return undefined;
}

/** The longest unit read alone on the figures' line without knowing it (`thẻ`, `lượt người`). */
const MAX_UNIT_ALONE = 12;

/**
 * A unit on a line of its own whose scale ended the name's line before (`Tổng đàn gia cầm nghìn` /
 * `con`, `Giá trị xuất khẩu Triệu` / `USD`): the scale's word and the unit, where they make a
 * known unit; undefined otherwise.
 */
function scaled(
  name: Cell['parts'],
  unit: Cell['parts'],
): { name: Cell['parts']; unit: Cell['parts'] } | undefined {
  const last = name.at(-1);
  const word = last ? /(?<=\s)\p{L}+$/u.exec(last.segment.text) : null;
  if (!last || !word || !isUnitCell(`${word[0]} ${partsText(unit)}`)) return undefined;
  const offset = last.segment.start - last.line.indent;
  return {
    name: [
      ...name.slice(0, -1),
      part(last.line, offset, last.segment.text.slice(0, word.index).trimEnd()),
    ],
    unit: [part(last.line, offset + word.index, word[0]), ...unit],
  };
}

/** Whether a text's last words, its figures after them aside, are a unit (`Số hộ nghèo Hộ 3`, `… còi %`). */
function endsWithUnit(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  while (words.length > 1 && isFigure(words.at(-1) as string)) words.pop();
  return [3, 2, 1].some((size) => {
    const tail = words.slice(-size).join(' ');
    return words.length >= size && isCellText(tail) && !isFigure(tail);
  });
}

/** A known unit of `sizes` words ending the last piece, the longest first, and the name before it. */
function knownUnitEnding(
  pieces: Cell['parts'],
  sizes: readonly number[],
): { name: Cell['parts']; unit: Cell['parts'] } | undefined {
  const lastPiece = pieces.at(-1);
  if (!lastPiece) return undefined;
  const own = [...lastPiece.segment.text.matchAll(/\S+/gu)];
  for (const size of sizes) {
    const start = own[own.length - size]?.index;
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
