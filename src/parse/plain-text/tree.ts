/**
 * The mdast tree of a plain text, the one the markdown parser would have made of the same report
 * written as markdown: paragraphs, bullet lists, footnote definitions at the bottom of each page and
 * footnote references where the notes are cited, with positions at the source lines. Page numbers,
 * running headers and page markers are left out and listed as furniture; the first block of a page
 * says `pageBreakBefore`, as the repair stage's furniture rule would have marked it, so that the
 * repair rules join a sentence cut at a page end and a footnote continued on the next page.
 */
import type {
  FootnoteDefinition,
  FootnoteReference,
  Html,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
import type { Point, Position } from 'unist';
import '../../mdast/data.js';
import { plainText } from '../../mdast/plain-text.js';
import type { Span } from '../../schema/document.js';
import {
  appendixLabel,
  documentType,
  headColumnCut,
  isPageNumberLine,
  isPersonName,
  isRecipientsHeading,
  isSignatureMark,
  isSignerRole,
  opensBody,
  placeAndDate,
} from '../../vi/document-parts.js';
import { codeCutAtHyphen } from '../../vi/document-reference.js';
import { formatRoman, ocrRoman, parseUpperRoman } from '../../vi/roman.js';
import {
  cutFigureJoins,
  headerRole,
  isUnitCell,
  isWholeFigure,
  NOTES_HEADER,
} from '../../vi/table-headers.js';
import { endsSentence, isUnfinished } from '../../vi/text.js';
import { startsUnit } from '../../vi/units.js';
import {
  type Definition,
  findZone,
  footLooksLikeNotes,
  type Marker,
  type Reference,
} from './footnotes.js';
import {
  type Cell,
  joint,
  type LayoutBlock,
  layoutBlocks,
  text as partsText,
  type Segment,
  segments,
  splitNotesColumn,
} from './layout.js';
import { type Line, type Page, splitPages } from './lines.js';
import { breaksBefore, bullet, isShort, markerOnly, signatureColumn, textWidth } from './reflow.js';
import { type SerialPiece, serialPieces } from './serial-table.js';
import type { TableBefore } from './table-lines.js';

export interface PlainTree {
  tree: Root;
  /**
   * Footnote numbers and orphan list labels in the source (no words of the report): the word count
   * leaves them out.
   */
  markers: Marker[];
  furniture: Span[];
  /** What the reader could not place, for the parse stage to report (line: 1-based). */
  problems: Array<{ reason: string; line: number; ruleId: string }>;
}

const MIN_HEADER_PAGES = 3;
const MAX_HEADER_LENGTH = 120;

interface Block {
  lines: Line[];
  /** References by line, keyed by the line object. */
  refs: Map<Line, Reference[]>;
  pageBreakBefore: boolean;
}

export interface PlainTextOptions {
  /** Read two-column blocks and aligned tables by their columns (layout text). */
  columns?: boolean;
  /** Note numbers may be misread as marks or lost (OCR text; see footnotes.ts). */
  misread?: boolean;
}

export function readPlainText(source: string, options: PlainTextOptions = {}): PlainTree {
  const { columns = false, misread = false } = options;
  const pages = splitPages(source);
  const furniture: Span[] = [];
  const markers: Marker[] = [];
  const take = (line: Line) => furniture.push({ startLine: line.line, endLine: line.line });
  for (const page of pages) for (const marker of page.markers) take(marker);

  const headers = runningHeaders(pages);
  const width = textWidth(pages.flatMap((page) => page.lines));
  const children: RootContent[] = [];
  // Order numbers a table could not give their rows, and rows short of figures, kept as text
  // after the table (after its last part, so that its parts stay one table).
  const unplaced: Line[] = [];
  const shortRows: Line[][] = [];
  // Rows whose figures break the arithmetic every other row of their table keeps.
  const misreadRows: Line[][] = [];
  const problems: PlainTree['problems'] = [];
  // One paragraph as printed: a bullet among them (`-`) is no list item.
  const flushUnplaced = () => {
    const first = unplaced[0];
    if (first) {
      problems.push({
        reason: `A table's order numbers could not be given their rows (some were lost to the text extraction): ${unplaced.map((line) => line.text).join(' ')} stay text after the table`,
        line: first.line,
        ruleId: 'table-order-unplaced',
      });
      children.push(paragraph(unplaced.splice(0), 0, new Map()));
    }
    for (const row of shortRows.splice(0)) {
      problems.push(rowUnplaced(row));
      children.push(paragraph(row, 0, new Map()));
    }
    for (const row of misreadRows.splice(0)) {
      problems.push(rowMisread(row));
      children.push(paragraph(row, 0, new Map()));
    }
  };
  let expected = 1;
  // Rows whose unit the page cut, to be finished by the next page's part.
  const cutUnits: Array<{ table: Table; row: TableRow; line: Line }> = [];

  // A page's nodes are built once the next page's zone is known: a note the converter moved to
  // the next page is cited on this one (`carried`), and its reference goes into this page's lines.
  let previous: { tail: Line[]; refs: Map<Line, Reference[]>; build: () => void } | undefined;
  // The last page number read at a page's bottom.
  let bottomNumber: number | undefined;
  let unsure = false;
  // The page before's last note stopped unfinished: its rest may end this page's body.
  let noteGoesOn = false;
  // The page before's body, whose last lines may go on with this page's.
  let lastBody: Line[] | undefined;
  for (const [pageIndex, page] of pages.entries()) {
    const texts = page.lines.filter((l) => l.text !== '');
    const edge = (line: Line) =>
      line === texts[0] ? 'top' : line === texts.at(-1) ? 'bottom' : undefined;
    let lines = page.lines.filter((line) => {
      const at = edge(line);
      const furniture =
        (at === 'top' && (isPageNumberLine(line.text) || headers.has(line.text))) ||
        (at === 'bottom' && /\p{L}/u.test(line.text) && isPageNumberLine(line.text));
      if (furniture) take(line);
      return !furniture;
    });
    const tail = previous?.tail ?? [];
    const zoneOptions = {
      misread,
      before: tail,
      page: page.number,
      needDigits: unsure,
      bodyGoesOn: bodyGoesOnAfter(pages[pageIndex + 1]),
      noteGoesOn,
    };
    let zone = findZone(lines, expected, zoneOptions);
    if (!zone) {
      // A page number at the bottom, not claimed as a footnote's number: one the page's place
      // allows (`21` ending page 5 is a table's last figure), or the one after the page before's.
      const last = lastText(lines);
      const printed = Number(/\d+/u.exec(last?.text ?? '')?.[0]);
      const fits =
        Math.abs(printed - page.number) <= 2 || printed === (bottomNumber ?? Number.NaN) + 1;
      if (last && isPageNumberLine(last.text) && fits) {
        bottomNumber = printed;
        take(last);
        lines = lines.filter((line) => line !== last);
        zone = findZone(lines, expected, zoneOptions);
      }
    }
    // A note whose reference the body does not show (`xóm 53.`: xóm 5, note 3) stays text; the
    // notes after it go on from the next number, which their own references prove.
    if (!zone && !misread) {
      zone = findZone(lines, expected + 1, zoneOptions);
      const first = zone?.definitions[0];
      if (zone && first) {
        problems.push({
          reason: `Footnote ${expected} was not found: no reference to it was read, so its text stays where it is printed, and the notes go on from ${expected + 1}`,
          line: first.marker.line,
          ruleId: 'footnote-skipped',
        });
      }
    }
    // OCR notes left unread at this page's foot leave the sequence unknown until a digit shows it.
    if (zone) unsure = false;
    else if (misread && footLooksLikeNotes(lines)) unsure = true;
    for (const reference of zone?.carried ?? []) {
      const line = tail[reference.index] as Line;
      previous?.refs.set(line, [...(previous.refs.get(line) ?? []), reference]);
    }
    const body = lines.slice(0, zone ? zone.start : lines.length);
    // A two-column block the page end cut (`Nơi nhận:   KT. GIÁM ĐỐC`, the notes, then `- Bộ Tư
    // pháp (b/c);   PHÓ GIÁM ĐỐC`): its lines go on with the rest, on this page, taken from the
    // page before before it is built.
    const carried: Line[] = [];
    if (columns && lastBody) {
      for (const line of lastBody.splice(columnsCutAt(lastBody, body))) carried.push(line);
    }
    lastBody = body;
    previous?.build();
    const definitions = zone?.definitions ?? [];
    if (definitions.length > 0) expected = (definitions.at(-1) as Definition).number + 1;
    // The rest of the page before's last note, unfinished there, printed above this page's notes:
    // a block of its own, for the repair stage to join to the note (footnote-continuations).
    const continuation = noteGoesOn ? continuationStart(body, width) : undefined;
    const lastNote = definitions.at(-1);
    noteGoesOn = lastNote !== undefined && noteUnfinished(lastNote);
    const refs = new Map<Line, Reference[]>();
    for (const reference of zone?.references ?? []) {
      const line = body[reference.index] as Line;
      refs.set(line, [...(refs.get(line) ?? []), reference]);
    }
    const cited = Math.max(
      zone?.references.at(-1)?.index ?? -1,
      zone?.withheld.at(-1)?.index ?? -1,
    );
    const withheld = zone?.withheld ?? [];
    if (withheld.length > 0) {
      problems.push({
        reason: `OCR lost a reference to the notes of page ${page.number}: which note each of its ${withheld.length} mark(s) stands for cannot be told, so none is cited`,
        line: (withheld[0] as Reference).line,
        ruleId: 'ocr-reference-lost',
      });
    }
    const build = () => {
      const parts: LayoutBlock[] = columns
        ? layoutBlocks([...carried, ...body])
        : [{ kind: 'lines', lines: body }];
      parts.forEach((part, index) => {
        const pageBreak = page.number > 1 && index === 0;
        if (part.kind === 'lines') {
          const lines = columns
            ? part.lines
            : unmergeFoot(page.number === 1 ? unmergeHead(part.lines) : part.lines);
          // A table pdftotext printed column by column (layout text has its own tables).
          const pieces: SerialPiece[] = columns
            ? [{ kind: 'lines', lines }]
            : serialPieces(lines, headersBefore(children));
          pieces.forEach((piece, at) => {
            if (piece.kind === 'table') {
              const table = placeTable(children, piece, (lines) =>
                toNodes(readBlocks(lines, refs, width, false)),
              );
              if (!table) return;
              const last = table.children.at(-1);
              if (piece.cutUnit && last) cutUnits.push({ table, row: last, line: piece.cutUnit });
              for (const line of piece.reordered) {
                problems.push({
                  reason: `A table row's figures were printed out of column order; they were put in the one order its percent column allows (the row at "${line.text}")`,
                  line: line.line,
                  ruleId: 'table-cells-reordered',
                });
              }
              for (const line of piece.unplaced) unplaced.push(line);
              for (const row of piece.shortRows) shortRows.push(row);
              for (const row of piece.misreadRows ?? []) misreadRows.push(row);
              // Rows that end the table are text where they stand: said so here.
              for (const row of piece.endingRows) problems.push(rowUnplaced(row));
              if (piece.unreadRow) problems.push(rowUnread(piece.unreadRow));
              return;
            }
            const breaks = pageBreak && at === 0;
            // A page's first lines in lower case after a table whose last row the page end cut
            // (its unit, `Tỷ` / `đồng`): that row's rests, its figures' too (`du lịch đồng ,0 ,4
            // ,7 thực`), where no header on this page goes on with the table.
            let own = piece.lines;
            const pending = cutUnits.at(-1);
            if (breaks && pending && tableBefore(children) === pending.table) {
              let n = 0;
              while (n < own.length && /^\p{Ll}/u.test(own[n]?.text ?? '')) n++;
              if (n > 0 && finishRow(children, own.slice(0, n))) own = own.slice(n);
            }
            flushUnplaced();
            const blocks = readBlocks(own, refs, width, breaks, continuation).filter((block) => {
              const label = orphanLabel(block);
              if (label) markers.push(label);
              return !label;
            });
            for (const node of toNodes(blocks)) children.push(node);
          });
        } else if (part.kind === 'columns') {
          children.push(columnsTable(part.cells, part.lines, width));
        } else {
          // The rest of a table whose notes column no gap parted from its figures: cut the same.
          if (notesColumnBefore(children) === (part.rows[0]?.cells.length ?? 0) + 1) {
            splitNotesColumn(part.rows, true);
          }
          const table = alignedTable(part.rows, part.lines);
          if (!part.rows.some((row) => row.header)) {
            // No header: the table before going on over the page, its header not repeated, where
            // its rows have as many cells; else text (a table with a row for its header would name
            // its columns by that row's cells).
            if (!continueHeadless(children, table, part.rest)) {
              for (const node of toNodes(readBlocks(part.lines, refs, width, false))) {
                children.push(node);
              }
            }
            return;
          }
          if (!continueTable(children, table, part.rows)) children.push(table);
        }
      });
      for (const definition of definitions) {
        markers.push(definition.marker);
        children.push(toDefinition(definition));
      }
    };
    // The lines after this page's last reference may cite the next page's first notes.
    previous = { tail: body.slice(cited + 1), refs, build };
  }
  previous?.build();
  flushUnplaced();
  // A unit the page cut that no next page finished stays as read, said so.
  for (const { table, row, line } of cutUnits) {
    const unit = row.children[unitColumn(table)];
    const text = unit ? cellText(unit) : '';
    if (!isUnitCell(text)) {
      problems.push({
        reason: `A table row's unit was cut by the page end and its rest was not found on the next page: read as "${text}" (the row at "${line.text}")`,
        line: line.line,
        ruleId: 'table-unit-cut',
      });
    }
  }
  reorderFoot(children);
  if (misread) readSectionNumbers(children, markers, problems);
  // Footnote numbers where they stand in the source: markers, not words of the report.
  for (const node of children) collectReferences(node, markers);
  return { tree: { type: 'root', children }, markers, furniture, problems };
}

/**
 * Whether a page's body starts in lower case, a sentence the page before cut going on (`đồng.
 * Tổng vốn FDI …`; not an item's letter, `b) Về giải ngân`): its first line that is no page number.
 */
function bodyGoesOnAfter(next: Page | undefined): boolean {
  const first = next?.lines.find((line) => line.text !== '' && !isPageNumberLine(line.text));
  return first !== undefined && /^\p{Ll}/u.test(first.text) && !/^\p{Ll}[).]\s/u.test(first.text);
}

/** A row short of figures the table could not place: text after it, said so. */
export function rowUnplaced(row: readonly Line[]): PlainTree['problems'][number] {
  return {
    reason: `A table row with fewer figures than its columns stays text after the table, since nothing says which of its cells are empty: "${row.map((line) => line.text).join(' ')}"`,
    line: (row[0] as Line).line,
    ruleId: 'table-row-unplaced',
  };
}

/** A row that could not be given its cells after rows that were: it ends the table, as text. */
function rowUnread(row: readonly Line[]): PlainTree['problems'][number] {
  return {
    reason: `A table row that could not be given its cells ends its table, as text with the lines after it: "${row.map((line) => line.text).join(' ')}"`,
    line: (row[0] as Line).line,
    ruleId: 'table-row-unplaced',
  };
}

/** A row whose figures were misread (garbled, or against the table's arithmetic), said so where it stays text. */
export function rowMisread(row: readonly Line[]): PlainTree['problems'][number] {
  return {
    reason: `A table row whose figures could not be read (misread: garbled, or breaking the arithmetic every other row of the table keeps) stays text after the table: "${row.map((line) => line.text).join(' ')}"`,
    line: (row[0] as Line).line,
    ruleId: 'table-row-unplaced',
  };
}

/** The head is the first lines of a report: its type line comes within these. */
const HEAD_LINES = 16;

/** A note whose text stops unfinished at its page's foot: it goes on on the next page. */
function noteUnfinished(definition: Definition): boolean {
  return isUnfinished(definition.lines.map((line) => line.text).join(' '));
}

/**
 * Where the rest of the page before's note starts at the end of this page's body: of the last
 * lines in lower case, ending a sentence, the last that follows a block's end (a short line, or a
 * finished sentence): `d) Dự án 4: …, đời` / `sống` / `vốn năm 2023 … đạt 91,4%.`.
 */
/**
 * Where the lines of a two-column block the page end cut start in `before` (a page's body), where
 * `after` (the next page's) starts with more of them: lines of two parts a wide gap apart, the
 * right part's start in the same place (within a few columns) on both pages. Its length if none.
 */
function columnsCutAt(before: readonly Line[], after: readonly Line[]): number {
  const rightStart = (line: Line | undefined) => {
    const parts = line ? segments(line.raw) : [];
    const right = parts[1];
    return parts.length === 2 && right && right.start >= COLUMN_BLOCK_RIGHT ? right.start : -1;
  };
  const first = after.find((line) => line.text !== '');
  const start = rightStart(first);
  if (start < 0) return before.length;
  let cut = before.length;
  while (cut > 0 && before[cut - 1]?.text === '') cut--;
  const end = cut;
  while (cut > 0 && Math.abs(rightStart(before[cut - 1]) - start) <= COLUMN_DRIFT) cut--;
  return cut < end && end - cut <= MAX_CUT_COLUMN_LINES ? cut : before.length;
}

/** A two-column block's right part starts this far in at least (the page's middle, about). */
const COLUMN_BLOCK_RIGHT = 30;
/** The right part's start on two pages differs by at most this many columns. */
const COLUMN_DRIFT = 6;
/** The most lines of a two-column block a page end cuts that go on with the next page's. */
const MAX_CUT_COLUMN_LINES = 4;

function continuationStart(body: readonly Line[], width: number): Line | undefined {
  let end = body.length;
  while (end > 0 && body[end - 1]?.text === '') end--;
  const lastLine = body[end - 1];
  if (!lastLine || !endsSentence(lastLine.text)) return undefined;
  // A word in lower case, not a list's letter (`d) Dự án 4`).
  const lower = (line: Line | undefined) => /^\p{Ll}+(?:[\s,;]|$)/u.test(line?.text ?? '');
  let top = end - 1;
  while (top > 0 && lower(body[top - 1])) top--;
  // The last such start: a heading's or paragraph's own short last line stays theirs.
  for (let k = end - 1; k >= Math.max(top, 1); k--) {
    const before = body[k - 1]?.text ?? '';
    const blockEnd = isShort(before, width) || endsSentence(before);
    if (lower(body[k]) && blockEnd) return body[k];
  }
  return undefined;
}

/**
 * The head's two columns run together on each line by OCR or an extractor reading across the page
 * (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT` / `TỈNH QUẢNG TRỊ NAM`): above the type line,
 * each line is cut where its right column starts (`headColumnCut`), and the left column is put
 * before the right one, each piece a block of its own, as pdftotext writes the two columns. A
 * piece's trailing marks (`_`, `¬-. : -`, a seal's specks) are no words and are left out.
 */
function unmergeHead(lines: readonly Line[]): Line[] {
  const texts = lines.filter((line) => line.text !== '').slice(0, HEAD_LINES);
  const type = texts.findIndex((line) => documentType(line.text) !== undefined);
  if (type <= 0) return [...lines];
  const end = lines.indexOf(texts[type] as Line);
  const head = lines.slice(0, end);
  let pending: string[] = [];
  const cuts = head.map((line) => {
    if (line.text === '') return undefined;
    const cut = headColumnCut(line.text, pending);
    pending = cut?.pending ?? [];
    return cut;
  });
  // Columns already apart (pdftotext's default writes one after the other): nothing to undo.
  if (!cuts.some((cut) => cut !== undefined && cut.at > 0)) return [...lines];
  const left: Line[] = [];
  const right: Line[] = [];
  // A line with no cut is the left column's, unless it goes on the right column's line before
  // it with no blank between: a line that was all right column, or a date the wrap cut
  // (`Lào Cai, ngày 12 tháng 4 năm` / `2024`).
  let previous: Line[] = left;
  // A date cut before its year (`Yên Thắng, ngày 18 tháng 12 năm`): OCR may read the year at the
  // end of a later line of the left column (`Số 36-BC/ĐU 2023`), which goes to the date.
  let yearAwaited = false;
  head.forEach((line, index) => {
    const cut = cuts[index];
    const year = yearAwaited ? /\s((?:19|20)\d\d)$/u.exec(line.text) : null;
    if (year && cut === undefined) {
      yearAwaited = false;
      if (right.at(-1)?.text === '') right.pop();
      const at = year.index + 1;
      left.push({ ...line, text: withoutSpecks(line.text.slice(0, at)) });
      right.push({ ...line, text: line.text.slice(at), column: line.column + at });
      right.push({ ...line, text: '' });
      previous = left;
      return;
    }
    if (line.text === '') {
      // A motto cut by the wrap goes on after the blank: its pieces stay one block.
      if ((cuts[index - 1]?.pending.length ?? 0) === 0) previous.push(line);
      previous = left;
      return;
    }
    if (cut === undefined) {
      previous.push({ ...line, text: withoutSpecks(line.text) });
      previous = left;
      return;
    }
    const before = withoutSpecks(line.text.slice(0, cut.at));
    const after = line.text.slice(cut.at);
    // Beside the date the left column holds the number or nothing: other text there is the
    // lettering of the seal over the date, as OCR reads it (`% UYỆN UY C`), no part of the
    // report. It is left out; the line is the date's, which the metadata stage reads.
    const seal = placeAndDate(after) !== undefined && !/^(?:Số|V\/v)(?![\p{L}\p{N}])/u.test(before);
    if (/[\p{L}\p{N}]/u.test(before) && !seal) left.push({ ...line, text: before });
    right.push({ ...line, text: after, column: line.column + cut.at });
    const dateGoesOn = /,\s*ngày\b/u.test(after) && !placeAndDate(after)?.date;
    yearAwaited = dateGoesOn && /\snăm$/u.test(after.trimEnd());
    previous = cut.at === 0 || dateGoesOn ? right : left;
  });
  const blank = { ...(head[0] as Line), text: '' };
  return [...left, blank, ...right, blank, ...lines.slice(end)];
}

/** A line's trailing marks with no letter or digit (`… TỈNH QUẢNG TRỊ _`, `… CAM LỘ ¬-. : -`). */
function withoutSpecks(text: string): string {
  const words = text.trimEnd().split(' ');
  while (words.length > 1 && !/[\p{L}\p{N}]/u.test(words.at(-1) as string)) words.pop();
  return words.join(' ').trimEnd();
}

/**
 * A signature line in capitals with a mark OCR saw before a word (`KT. CHỦ ,TỊCH`, a speck of the
 * seal or the scan): the mark is left out, as no capacity is written with one there.
 */
function withoutInnerSpecks(text: string): string {
  return /\p{Ll}/u.test(text) ? text : text.replace(/(?<=\s)[,.'`‘’](?=\p{Lu})/gu, '');
}

/**
 * The foot's two columns run together on each line by an extractor that reads across the page
 * (`- Văn phòng Chính phủ; KT. CHỦ TỊCH`): from `Nơi nhận:` through its list, each line's signature
 * part is cut off and put after the list, so that the recipients and the signature read apart.
 */
function unmergeFoot(lines: readonly Line[]): Line[] {
  const start = lines.findIndex((line) => /^nơi nhận\s*:/iu.test(line.text));
  if (start < 0) return [...lines];
  let end = start + 1;
  while (end < lines.length && (lines[end]?.text === '' || bullet.test(lines[end]?.text ?? '')))
    end++;
  const left: Line[] = [];
  const right: Line[] = [];
  for (const line of lines.slice(start, end)) {
    const at = signatureColumn(line.text);
    if (at === undefined) {
      left.push(line);
      continue;
    }
    left.push({ ...line, text: line.text.slice(0, at).trimEnd() });
    right.push({
      ...line,
      text: withoutInnerSpecks(line.text.slice(at)),
      column: line.column + at,
    });
  }
  if (right.length === 0) return [...lines];
  const blank = { ...(lines[start] as Line), text: '' };
  return [...lines.slice(0, start), ...left, blank, ...right, blank, ...lines.slice(end)];
}

/**
 * The foot's two columns read one after the other (pdftotext, OCR), put back in the order the
 * metadata stage reads:
 * - `Nơi nhận:` followed by signature lines and only then by its list: the list is moved up to
 *   its heading; the signature lines stay next to it;
 * - the list, then the appendix's label (`PHỤ LỤC`, on the same page) and only then the signature
 *   (OCR reads the right column after the centred label): the signature is moved up before it.
 */
function reorderFoot(children: RootContent[]): void {
  const heading = children.findIndex(
    (node) =>
      node.type === 'paragraph' && isRecipientsHeading(plainText(node).text.split('\n')[0] ?? ''),
  );
  if (heading < 0) return;
  for (let i = heading + 1; i < children.length && i <= heading + 5; i++) {
    const node = children[i] as RootContent;
    if (node.type === 'list') {
      if (i > heading + 1) {
        children.splice(i, 1);
        children.splice(heading + 1, 0, node);
      }
      break;
    }
    if (!isSignatureNode(node)) return;
  }
  const list = heading + 1;
  const label = list + 1;
  const node = children[label];
  if (children[list]?.type !== 'list' || node?.type !== 'paragraph') return;
  if (appendixLabel(plainText(node).text) === undefined) return;
  let end = label + 1;
  while (end < children.length && isSignatureNode(children[end] as RootContent)) end++;
  if (end === label + 1) return;
  // The label moves down past the signature: the same as the signature moving up before it.
  const [moved] = children.splice(label, 1);
  children.splice(end - 1, 0, moved as RootContent);
}

/** A top heading's marker as OCR may read it (`HI.`, `H.`, `II.`) and the title after it. */
const ROMAN_HEADING = /^([IVXLHl1|\]!]{1,6})\.\s+(\S.*)$/u;
/** A capital letter's heading (`G. …`): `H.` after it is the next letter, no misread `II.`. */
const LETTER_HEADING = /^([A-Z])\.\s+\S/u;
/** A part, chapter or appendix: the top sections' numbers start again under it. */
const PART_HEADING = /^(?:PHẦN|Phần|CHƯƠNG|Chương)\s/u;

/**
 * The top sections' roman numbers OCR misread (`HI.` for `III.`, `H.` for `II.`, `II.` read
 * twice, an `I` lost), put right from their sequence: a heading in capitals whose marker is not
 * the next number but what OCR makes of it (`ocrRoman`) takes that number. The marker as read is
 * no word of the report (a marker, like a note's number), and a warning says what was read.
 */
function readSectionNumbers(
  children: RootContent[],
  markers: Marker[],
  problems: PlainTree['problems'],
): void {
  let last = 0;
  let letter: string | undefined;
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const first = node.children[0];
    if (first?.type !== 'text' || !first.position) continue;
    if (PART_HEADING.test(first.value) || appendixLabel(first.value) !== undefined) {
      last = 0;
      continue;
    }
    const match = ROMAN_HEADING.exec(first.value);
    const title = match?.[2] ?? '';
    if (!match || /\p{Ll}/u.test(title) || !/\p{Lu}/u.test(title)) {
      const lettered = LETTER_HEADING.exec(first.value);
      if (lettered && !/\p{Ll}/u.test(first.value)) letter = lettered[1];
      continue;
    }
    const token = match[1] as string;
    // Digits alone are an arabic heading's number (`1. CÔNG TÁC …` under `I.`), never a roman
    // one misread: taking them would renumber the sections after them.
    if (/^\d+$/u.test(token)) continue;
    const value = parseUpperRoman(token);
    const misread =
      (value.ok ? value.value === last : !(token === 'H' && letter === 'G')) &&
      ocrRoman(token, last + 1);
    if (!misread) {
      if (value.ok) last = value.value;
      continue;
    }
    last++;
    letter = undefined;
    const number = formatRoman(last);
    if (!number.ok) continue;
    first.value = number.value + first.value.slice(token.length);
    const { line, column } = first.position.start;
    markers.push({ line, start: column - 1, end: column - 1 + token.length });
    problems.push({
      reason: `OCR read section number ${number.value}. as "${token}." (the number after the section before it)`,
      line,
      ruleId: 'ocr-section-number',
    });
  }
}

/** A paragraph of the signature: the capacity, the role, the signer's name, a signature mark. */
function isSignatureNode(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const line = plainText(node).text;
  return isSignerRole(line) || isPersonName(line) || isSignatureMark(line);
}

function collectReferences(node: RootContent | PhrasingContent, markers: Marker[]): void {
  if (node.type === 'footnoteReference' && node.position) {
    const { start, end } = node.position;
    markers.push({ line: start.line, start: start.column - 1, end: end.column - 1 });
  }
  if ('children' in node) {
    for (const child of node.children as Array<RootContent | PhrasingContent>) {
      collectReferences(child, markers);
    }
  }
}

/** A two-column block as the layout table a converter makes: one row, a cell per column. */
function columnsTable(
  cells: ReadonlyArray<ReadonlyArray<{ line: Line; segment: Segment }>>,
  lines: readonly Line[],
  width: number,
): Table {
  const row: TableRow = {
    type: 'tableRow',
    children: cells.map((parts) => {
      const children: PhrasingContent[] = [];
      let previous: string | undefined;
      for (const { line, segment } of parts) {
        const joins = previous !== undefined && !breaksBefore(previous, segment.text, width, false);
        if (previous !== undefined && !joins) children.push(lineBreak());
        children.push(segmentText(line, segment, joins ? ' ' : ''));
        previous = segment.text;
      }
      return cell(children);
    }),
  };
  return table([row], lines);
}

/**
 * A table piece after the nodes before it: the lines that finish the last row of the table before
 * go into that row (else they are text, made by `text`), and a part that repeats the table
 * before's header goes on with it. Undefined where the part was read with the tiers of a table it
 * does not go on with: its lines are text.
 */
export function placeTable(
  children: RootContent[],
  piece: Extract<SerialPiece, { kind: 'table' }>,
  text: (lines: readonly Line[]) => RootContent[],
): Table | undefined {
  const table = alignedTable(piece.rows, piece.lines);
  if (!finishRow(children, piece.continued))
    for (const node of text(piece.continued)) children.push(node);
  // A part with no header of its own goes on with the table before, or is text.
  if (piece.headless) {
    if (continueHeadless(children, table)) return table;
    for (const node of text(piece.lines)) children.push(node);
    return undefined;
  }
  if (continueTable(children, table, piece.rows)) return table;
  if (piece.tiersBefore) {
    for (const node of text(piece.lines)) children.push(node);
    return undefined;
  }
  children.push(table);
  return table;
}

/** A table of the cells read, its header rows marked (a plain-text reader's, or a repair's that reads lines). */
export function alignedTable(
  rows: ReadonlyArray<{ cells: Cell[]; header?: boolean }>,
  lines: readonly Line[],
): Table {
  const found = table(
    rows.map((row) => ({ type: 'tableRow', children: row.cells.map(cellOf) })),
    lines,
  );
  const headerRows = rows.filter((row) => row.header).length;
  if (headerRows > 1) found.data = { ...found.data, headerRows };
  return found;
}

/**
 * The columns of the table the last node is (footnotes after it passed over), where its last
 * column is a notes column (`Ghi chú`) the reader cut from the figures before it; else undefined.
 */
function notesColumnBefore(children: readonly RootContent[]): number | undefined {
  const head = tableBefore(children)?.children[0]?.children ?? [];
  const last = head.at(-1);
  return last && cellText(last).trim() === NOTES_HEADER ? head.length : undefined;
}

/**
 * A table whose header repeats the last table's, with only footnotes between: the same table
 * going on over a page. The header's lines are told by their words, all of them words of the
 * header before (a line may be lost to the page top, and a page's header alone may be cut into
 * other columns); its other lines are the wrapped lines of the last row that ran onto the new page
 * (before its first numbered row), and go back into that row, never a header word with them. The
 * repeated header is dropped by the tables stage, which makes the parts one table.
 */
function continueTable(
  children: RootContent[],
  table: Table,
  rows: ReadonlyArray<{ cells: Cell[]; header: boolean }>,
): boolean {
  const previous = tableBefore(children);
  const first = rows[0];
  if (!previous || !first?.header) return false;
  // The header's rows (two where a header spans columns: its tiers), the previous part's and this.
  const headRows = previous.data?.headerRows ?? 1;
  const ownHeadRows = rows.findIndex((row) => !row.header);
  const ownHead = ownHeadRows < 0 ? rows.length : ownHeadRows;
  const head = previous.children[0]?.children ?? [];
  const words = new Set(
    previous.children
      .slice(0, headRows)
      .flatMap((row) => row.children)
      .flatMap((c) =>
        c.children.flatMap((p) => ('value' in p ? p.value.split(/\s+/u) : [])).filter(Boolean),
      ),
  );
  const whole = [...words].join('');
  // A word of the header, or a piece of one a narrow column broke (`S` / `T` / `T`, `ST` / `T`).
  const isHeaderWord = (word: string) =>
    words.has(word) || (word.length <= 2 && whole.includes(word));
  const allHeaderWords = (text: string) => text.split(/\s+/u).every(isHeaderWord);
  // The header rows' lines, each with its pieces in the header's cells.
  const pieces = new Map<Line, string[]>();
  for (const row of rows.slice(0, ownHead)) {
    for (const c of row.cells) {
      for (const p of c.parts) {
        const own = pieces.get(p.line);
        if (own) own.push(p.segment.text);
        else pieces.set(p.line, [p.segment.text]);
      }
    }
  }
  // A line of the header's words; or, where a converter ran the lines together (pdf2md), a line
  // whose header cells' pieces are all the header's words (`… Chưa sử dụng tỉnh`, its rest the
  // page before's last row's, read apart), where rows follow the header.
  const rowsFollow = rows.length > ownHead;
  const headerLines = new Set(
    [...pieces].flatMap(([line, own]) =>
      allHeaderWords(line.text) || (rowsFollow && own.length > 1 && own.every(allHeaderWords))
        ? [line]
        : [],
    ),
  );
  // Most of the header's words repeated (a line may be lost to the page top), above the rest.
  const repeated = new Set(
    [...headerLines].flatMap((line) => (pieces.get(line) ?? []).join(' ').split(/\s+/u)),
  );
  const shown = [...words].filter((word) => repeated.has(word)).length;
  if (shown < words.size / 2) return false;
  const sameColumns = head.length === first.cells.length;
  const leftover = first.cells.map((c) => ({
    parts: c.parts.filter((p) => !headerLines.has(p.line)),
  }));
  // Rows cut into other columns than the table's, or a leftover that cannot be placed by its
  // column: not read as the same table.
  const placed = leftover.every((c, index) => c.parts.length === 0 || index <= 1 || sameColumns);
  if (!placed || (rows.length > 1 && !sameColumns)) return false;
  const last = previous.children.at(-1);
  leftover.forEach((c, index) => {
    const target = last?.children[index];
    if (target && c.parts.length > 0) {
      cellOf(c).children.forEach((child, at) => {
        target.children.push(spaced(child, at));
      });
    }
  });
  table.children = [...previous.children.slice(0, headRows), ...table.children.slice(ownHead)];
  table.data = { ...table.data, headerRows: headRows };
  children.push(table);
  return true;
}

/**
 * A table part with no header after a table of as many columns, only footnotes between: the same
 * table going on over a page whose header was not repeated. Pushed with the header rows of the
 * table before, as `continueTable` pushes a part that repeats them; the page before's last row
 * takes its `rest` first (`finishRowCells`), or the part is not the table's.
 */
function continueHeadless(children: RootContent[], table: Table, rest?: readonly Cell[]): boolean {
  const previous = tableBefore(children);
  const width = previous?.children[0]?.children.length;
  if (!previous || table.children.some((row) => row.children.length !== width)) return false;
  // The page before's last row's rest, above this part's rows, finishes that row first.
  if (rest && !finishRowCells(previous, rest)) return false;
  const headRows = previous.data?.headerRows ?? 1;
  table.children = [...previous.children.slice(0, headRows), ...table.children];
  table.data = { ...table.data, headerRows: headRows };
  children.push(table);
  return true;
}

/**
 * The page before's last row's rest that the page end cut, in layout text's columns (`du lịch
 * đồng  ,0  ,4  ,7  thực` / `hiện` under `3  Tổng thu từ  Tỷ  8.500  3.615  4.283 …  Số ước`): each
 * cell's lines to the same column of that row, where the table before has as many columns and
 * each figure's rest makes its cell's figure whole; else false, and nothing is changed.
 */
function finishRowCells(previous: Table, rest: readonly Cell[]): boolean {
  const row = previous.children.at(-1);
  if (!row || row.children.length !== rest.length) return false;
  const fits = rest.every((cell, k) => {
    const own = partsText(cell);
    const target = row.children[k];
    return !/^[.,]\d+$/u.test(own) || (target && cutFigureJoins(cellText(target), own));
  });
  if (!fits) return false;
  rest.forEach((cell, k) => {
    const target = row.children[k] as TableCell;
    for (const { line, segment } of cell.parts) {
      target.children.push(segmentText(line, segment, joint(cellText(target), segment.text)));
    }
  });
  return true;
}

/** The plain table the last node is (footnotes after it passed over), if it is one. */
function tableBefore(children: readonly RootContent[]): Table | undefined {
  let at = children.length - 1;
  while (at >= 0 && children[at]?.type === 'footnoteDefinition') at--;
  const previous = children[at];
  return previous?.type === 'table' && previous.data?.plainTable ? previous : undefined;
}

/** The header rows' texts of the table the last node is, if it is one. */
export function headersBefore(children: readonly RootContent[]): TableBefore | undefined {
  const previous = tableBefore(children);
  if (!previous) return undefined;
  const headerRows = previous.data?.headerRows ?? 1;
  const texts = (rows: readonly TableRow[]) => rows.map((row) => row.children.map(cellText));
  return {
    headers: texts(previous.children.slice(0, headerRows)),
    rows: texts(previous.children.slice(headerRows)),
  };
}

/** The unit column of a table (`Đơn vị tính`, `Đơn vị` after the name's); -1 where none is. */
function unitColumn(table: Table): number {
  const headers = table.children[0]?.children ?? [];
  return headers.findIndex((cell, k) => headerRole(cellText(cell), k === 2) === 'unit');
}

function cellText(cell: TableCell): string {
  return cell.children.map((node) => ('value' in node ? node.value : '')).join('');
}

/**
 * The first lines of a page that finish the last row of the table on the page before: its unit
 * where the page cut it (`Tổ` / `chức`, a line that makes it a unit), else its name (`Tổng mức` /
 * … / `bán lẻ hàng hóa`), else its note (`Giá thép thế` / `giới giảm`) where it has one. False
 * when there is no such table, and the lines stay text.
 */
function finishRow(children: RootContent[], lines: readonly Line[]): boolean {
  if (lines.length === 0) return true;
  const previous = tableBefore(children);
  const row = previous?.children.at(-1);
  // The names' column: after the order column's, or first in a table without one (`Nội dung`).
  const first = previous?.children[0]?.children[0];
  const nameAt = first && headerRole(cellText(first), false) !== 'order' ? 0 : 1;
  const name = row?.children[nameAt];
  if (!previous || !row || !name) return false;
  const unitAt = unitColumn(previous);
  const unit = unitAt > nameAt ? row.children[unitAt] : undefined;
  const note =
    notesColumnBefore(children) === row.children.length ? row.children.at(-1) : undefined;
  const rest = lines.map((line) => line.text).join(' ');
  const toNote = note !== undefined && cellText(note) !== '' && /^\p{Ll}/u.test(rest);
  const add = (target: TableCell, line: Line, from: number, text: string) => {
    if (text === '') return;
    const segment = { start: line.indent + from, text };
    target.children.push(segmentText(line, segment, joint(cellText(target), text)));
  };
  // The figures' rests the page cut, side by side with the other cells' (`du lịch đồng ,0 ,4 ,7
  // thực` after `Tổng thu từ | Tỷ | 8.500 | 3.615 | 4.283 | … | Số ước`): each to the next figure
  // cell it makes whole, in order, all of them or the lines are not this row's; the words before
  // them are the name's and the unit's, those after them the note's.
  const rests = lines.map((line) => [...line.text.matchAll(/(?<=^|\s)[.,]\d+(?=\s|$)/gu)]);
  const takers: TableCell[] = [];
  let taker = Math.max(nameAt, unitAt) + 1;
  for (const rest of rests.flat()) {
    while (
      taker < row.children.length &&
      !cutFigureJoins(cellText(row.children[taker] as TableCell), rest[0])
    ) {
      taker++;
    }
    const target = row.children[taker];
    if (!target || target === note) return false;
    takers.push(target);
    taker++;
  }
  let taken = 0;
  for (const [k, line] of lines.entries()) {
    const own = rests[k] ?? [];
    let words = line.text;
    let after = '';
    let afterAt = 0;
    const first = own[0];
    const last = own.at(-1);
    if (first && last) {
      words = line.text.slice(0, first.index ?? 0).trimEnd();
      afterAt = (last.index ?? 0) + last[0].length;
      after = line.text.slice(afterAt).trim();
      for (const rest of own) {
        const segment = { start: line.indent + (rest.index ?? 0), text: rest[0] };
        takers[taken++]?.children.push(segmentText(line, segment, ''));
      }
    }
    // The unit's rest: the line's last words that make the cut unit whole (`phường đồng`: the
    // name's `phường`, the unit's `đồng`).
    const cut = unit ? cellText(unit) : '';
    const from =
      unit && cut !== '' && startsUnit(cut) && !isUnitCell(cut)
        ? [...words.matchAll(/\S+/gu)]
            .map((word) => word.index ?? 0)
            .find((at) => isUnitCell(`${cut} ${words.slice(at)}`))
        : undefined;
    const end = from ?? words.length;
    add(toNote && note && !first ? note : name, line, 0, words.slice(0, end).trimEnd());
    if (unit && from !== undefined) add(unit, line, from, words.slice(from));
    if (after !== '') {
      add(note ?? name, line, line.text.indexOf(after, afterAt), after);
    }
  }
  return true;
}

function spaced(node: PhrasingContent, index: number): PhrasingContent {
  return index === 0 && node.type === 'text' ? { ...node, value: ` ${node.value}` } : node;
}

function cellOf(c: Cell): TableCell {
  let before = '';
  // A figure or a roman number its narrow column cut (`10.486,` / `3`, `-` / `1.533`, `II` / `I`)
  // joins with nothing.
  const whole = c.parts.map((p) => p.segment.text).join('');
  const figure =
    c.parts.length > 1 &&
    (isWholeFigure(whole) || (/^[IVX]+$/u.test(whole) && parseUpperRoman(whole).ok));
  const children: PhrasingContent[] = c.parts.map(({ line, segment }) => {
    const glue = figure && before !== '' ? '' : joint(before, segment.text);
    const node = segmentText(line, segment, glue);
    before = segment.text;
    return node;
  });
  return cell(children);
}

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

function table(rows: TableRow[], lines: readonly Line[]): Table {
  const first = lines[0] as Line;
  const last = lines.at(-1) as Line;
  return {
    type: 'table',
    align: (rows[0]?.children ?? []).map(() => null),
    children: rows,
    position: span(first, 0, last),
    data: { plainTable: true },
  };
}

function lineBreak(): Html {
  return { type: 'html', value: '<br>' };
}

function segmentText(line: Line, segment: Segment, joint: string): Text {
  const from = segment.start - line.indent;
  return {
    type: 'text',
    value: joint + segment.text,
    position: { start: point(line, from), end: point(line, from + segment.text.length) },
  };
}

function lastText(lines: readonly Line[]): Line | undefined {
  return lines.findLast((line) => line.text !== '');
}

/**
 * A line standing first on three pages or more (a page number there aside) is a running header;
 * on the first page it is the report's own line, and kept.
 */
function runningHeaders(pages: readonly Page[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages.slice(1)) {
    const first = page.lines.find((l) => l.text !== '' && !isPageNumberLine(l.text));
    if (!first || first.text.length > MAX_HEADER_LENGTH) continue;
    counts.set(first.text, (counts.get(first.text) ?? 0) + 1);
  }
  // On most pages: a table's header repeated on a few pages is the table's, not the report's.
  const least = Math.max(MIN_HEADER_PAGES, (pages.length - 1) * 0.75);
  return new Set([...counts].filter(([, n]) => n >= least).map(([text]) => text));
}

function readBlocks(
  lines: readonly Line[],
  refs: Map<Line, Reference[]>,
  width: number,
  pageBreak: boolean,
  breakAt?: Line,
): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  let blank = false;
  // The block after the type line (`BÁO CÁO`) is the title's: the body's opening words end it
  // (`Thực hiện Công văn số …`), where the extractor lost the title's centring.
  let title: Block | undefined;
  for (const line of lines) {
    if (line.text === '') {
      blank = true;
      continue;
    }
    const previous = open?.lines.at(-1);
    if (
      !open ||
      !previous ||
      breaksBefore(textOf(previous, refs), line.text, width, blank) ||
      line === breakAt ||
      (open === title && /^\p{Lu}/u.test(line.text) && opensBody(line.text))
    ) {
      const afterType = previous !== undefined && documentType(previous.text) !== undefined;
      open = { lines: [], refs, pageBreakBefore: blocks.length === 0 && pageBreak };
      title = afterType ? open : undefined;
      blocks.push(open);
    }
    open.lines.push(line);
    blank = false;
  }
  return blocks;
}

/**
 * A list's label that pdftotext printed apart from its item and that no text follows (`•` / `a)`
 * after the items' texts, before `b) …`, which has its own): which item it labelled is lost, so it
 * is read as a marker, like a note's number, and not as an empty item or heading.
 */
function orphanLabel(block: Block): Marker | undefined {
  const [line, ...rest] = block.lines;
  if (!line || rest.length > 0 || !markerOnly.test(line.text)) return undefined;
  return { line: line.line, start: line.column, end: line.column + line.text.length };
}

/** A line's text without its references, as the reflow rules read it. */
function textOf(line: Line, refs: Map<Line, Reference[]>): string {
  let text = line.text;
  for (const ref of [...(refs.get(line) ?? [])].reverse()) {
    text = text.slice(0, ref.from) + text.slice(ref.to);
  }
  return text;
}

function toNodes(blocks: readonly Block[]): RootContent[] {
  const out: RootContent[] = [];
  for (const block of blocks) {
    const first = block.lines[0] as Line;
    const mark = bullet.exec(first.text);
    // A bullet glyph alone on its line, its text on the next (pdftotext).
    const lone = /^[-+•–◦▪●]$/u.test(first.text) && block.lines.length > 1;
    if (!mark && !lone) {
      out.push(withBreak(paragraph(block.lines, 0, block.refs), block));
      continue;
    }
    const content = lone
      ? paragraph(block.lines.slice(1), 0, block.refs)
      : paragraph(block.lines, mark?.[0].length ?? 0, block.refs);
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      children: [content],
      position: span(first, 0, block.lines.at(-1) as Line),
    };
    const last = out.at(-1);
    if (last?.type === 'list' && !block.pageBreakBefore && last.position) {
      last.children.push(item);
      last.position.end = item.position?.end ?? last.position.end;
      continue;
    }
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: [item],
      position: span(first, 0, block.lines.at(-1) as Line),
    };
    out.push(withBreak(list, block));
  }
  return out;
}

function withBreak<T extends RootContent>(node: T, block: Block): T {
  if (block.pageBreakBefore) node.data = { ...node.data, pageBreakBefore: true };
  return node;
}

function toDefinition(definition: Definition): FootnoteDefinition {
  const identifier = String(definition.number);
  const body = paragraph(definition.lines, definition.textStart, new Map());
  const start: Point = { line: definition.marker.line, column: definition.marker.start + 1 };
  const node: FootnoteDefinition = {
    type: 'footnoteDefinition',
    identifier,
    label: identifier,
    children: [body],
  };
  if (body.position) {
    const first = body.position.start.line < start.line ? body.position.start : start;
    node.position = { start: first, end: body.position.end };
  }
  return node;
}

/** A paragraph of lines as printed, a space between them. */
export function linesParagraph(lines: readonly Line[]): Paragraph {
  return paragraph(lines, 0, new Map());
}

/**
 * A paragraph of lines, the first from `skip` on, wraps joined with one space; a document's code
 * the wrap cut at its hyphen (`21-` / `KL/TW`) with none.
 */
function paragraph(
  lines: readonly Line[],
  skip: number,
  refs: ReadonlyMap<Line, Reference[]>,
): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((line, index) => {
    let from = index === 0 ? skip : 0;
    const before = lines[index - 1]?.text ?? '';
    let joint = index === 0 || codeCutAtHyphen(before, line.text) ? '' : ' ';
    for (const ref of refs.get(line) ?? []) {
      if (ref.from > from) children.push(text(line, from, ref.from, joint));
      joint = '';
      const reference: FootnoteReference = {
        type: 'footnoteReference',
        identifier: String(ref.number),
        label: String(ref.number),
        position: { start: point(line, ref.from), end: point(line, ref.to) },
      };
      children.push(reference);
      from = ref.to;
    }
    if (from < line.text.length) children.push(text(line, from, line.text.length, joint));
  });
  const first = lines[0] as Line;
  return { type: 'paragraph', children, position: span(first, skip, lines.at(-1) as Line) };
}

function text(line: Line, from: number, to: number, joint: string): Text {
  return {
    type: 'text',
    value: joint + line.text.slice(from, to),
    position: { start: point(line, from), end: point(line, to) },
  };
}

function point(line: Line, index: number): Point {
  return {
    line: line.line,
    column: line.column + index + 1,
    offset: line.offset + line.column + index,
  };
}

function span(first: Line, skip: number, last: Line): Position {
  return { start: point(first, skip), end: point(last, last.text.length) };
}
