/**
 * Footnotes in plain text: the superscripts are gone, so a page's footnote zone and the references
 * to it are read from the document's footnote sequence.
 *
 * The zone is the run of definitions at the bottom of a page that carry the next numbers of the
 * sequence, in one of the forms extractors write:
 *
 * | form            | written as                                      | by                         |
 * | --------------- | ----------------------------------------------- | -------------------------- |
 * | number first    | `3 Thành lập 1.120 tổ đội …`                    | pdf.js, pdfminer, OCR      |
 * | number above    | `3` then ` Thành lập 1.120 tổ đội …`            | pdftotext -layout          |
 * | number after    | `Thành lập 1.120 tổ đội …` then `3`             | pdftotext                  |
 * | mark misread    | `! Chỉ thị số 23-CT/TW …`, `# Hai đảng viên …`  | OCR (`misread`)            |
 * | number lost     | `Nghị quyết số 01/NQ-CP …` (a block, no mark)   | OCR (`misread`)            |
 *
 * A reference is those digits glued to the word or punctuation before them (`… hướng2.`,
 * `… cùng kỳ4;`), or to a year (`năm 20241,` = 2024 + note 1), in the page's body, in sequence: each
 * number of the zone takes the first such place after the one before it. A glued digit that the zone
 * does not prove stays text (`H5N1`, `CO2`, `COVID-19`, `4G` never are references), and a zone that
 * no reference proves is body text: a figure never becomes a footnote.
 *
 * OCR reads a small raised digit as a mark more often than as the digit (`! Chỉ thị …` for note 1,
 * `Tỉnh ủy!` for its reference, `hướng”.`, `năm°.`), or loses it. With `misread`, a note may start
 * with such a mark, its number taken from its neighbours' in sequence, and a reference may be such a
 * mark glued to a word (never a closing quote whose opening quote stands before it); the first note
 * of a zone may have lost its number when its reference is found. A mark is no digit: it can never
 * turn a figure into a footnote, and a zone still needs a reference to be one.
 */

import { isVietnameseLetter } from '../../vi/chars.js';
import { leadingNumberingMarker } from '../../vi/numbering.js';
import { nameGoesOn, opensReference } from '../../vi/text.js';
import { unitTable } from '../../vi/units.js';
import type { Line } from './lines.js';

export interface Definition {
  number: number;
  /** The lines of the note's text (the number cut off, see `textStart`). */
  lines: Line[];
  /** For the first line: where the text starts after the number, in `line.text`. */
  textStart: number;
  /** The number as it stands in the source (a marker: no word of the report). */
  marker: Marker;
}

export interface Marker {
  line: number;
  /** 0-based columns in the source line, end exclusive. */
  start: number;
  end: number;
}

export interface Reference extends Marker {
  number: number;
  /** Index of the line in the page body, and offsets into its `text`. */
  index: number;
  from: number;
  to: number;
}

export interface Zone {
  /** Index of the zone's first line in the page's lines: what is above it is body. */
  start: number;
  definitions: Definition[];
  references: Reference[];
  /**
   * References of the zone's first notes found at the end of the page before (`before` of
   * `findZone`): a note the converter moved to the next page, as LibreOffice does when it does
   * not fit. `index` is into `before`.
   */
  carried: Reference[];
  /**
   * Marks OCR left for note numbers (`tấn!.`) when a reference of the zone was lost: which note
   * each stands for cannot be told, so they prove the zone and cite nothing (`number` is the note
   * the sequence would have given, not a reading).
   */
  withheld: Reference[];
}

/** A zone as its lines place it, before its references are looked for. */
type Placed = Pick<Zone, 'start' | 'definitions'>;

const numberFirst = /^(\d{1,3})\s+(?=\S)/;
const loneNumber = /^\d{1,3}$/;

/** What findZone is told of the page besides its lines. */
export interface ZoneOptions {
  /** OCR text: marks may stand for note numbers (see the module's comment). */
  misread?: boolean;
  /**
   * The lines of the page before after its last reference, where the first notes of this page
   * may be cited (a note moved to the next page).
   */
  before?: readonly Line[];
  /** This page's number, which a lone number at its foot may be. */
  page?: number;
  /** A zone must show a digit (`footLooksLikeNotes`). */
  needDigits?: boolean;
  /**
   * The next page's body starts in lower case: this page's body ends in a sentence cut by the
   * page end, above its notes, so its last lines are no note's.
   */
  bodyGoesOn?: boolean;
  /**
   * The page before's last note stopped unfinished: its rest, in lower case, may open this page's
   * note block (`xây dựng Lâm Viên 8.115 triệu đồng.` above note 3's text), and is no note's own.
   */
  noteGoesOn?: boolean;
}

/**
 * The footnote zone of a page whose lines (furniture out) are `lines`, when the next note of the
 * document is `expected`; undefined when the page has none that its body proves.
 */
export function findZone(
  lines: readonly Line[],
  expected: number,
  {
    misread = false,
    before = [],
    page = 0,
    needDigits = false,
    bodyGoesOn = false,
    noteGoesOn = false,
  }: ZoneOptions = {},
): Zone | undefined {
  const found = lastNonBlank(lines);
  if (found < 0) return undefined;
  const goesOn = { bodyGoesOn, noteGoesOn };
  const zone = loneNumber.test(lines[found]?.text ?? '')
    ? numberAfter(lines, found, expected, goesOn)
    : misread
      ? misreadNumbers(lines, found, expected)
      : numberBefore(lines, found, expected);
  const proof = { misread, before, page, needDigits };
  return (
    proven(lines, zone, expected, proof) ??
    proven(lines, mixedNumbers(lines, found, expected, goesOn), expected, proof)
  );
}

/**
 * OCR: whether the page's foot looks like notes none of which was read (its last block starts as a
 * note whose number OCR misread: `° Quyết định …`, `+ Theo …`). The sequence of note numbers is
 * then unknown from there: a later zone must show a digit (`findZone`'s `needDigits`).
 */
export function footLooksLikeNotes(lines: readonly Line[]): boolean {
  return startsLikeNote(blockAbove(lines, lastNonBlank(lines) + 1));
}

/**
 * The zone with its references, when its body proves it. The first notes whose references the
 * page's body does not hold are looked for at the end of the page before (`before`), in sequence.
 */
function proven(
  lines: readonly Line[],
  zone: Placed | undefined,
  expected: number,
  {
    misread,
    before,
    page,
    needDigits,
  }: { misread: boolean; before: readonly Line[]; page: number; needDigits: boolean },
): Zone | undefined {
  if (!zone) return undefined;
  const { references, withheld } = findReferences(
    lines.slice(0, zone.start),
    zone.definitions,
    misread,
  );
  const firstCited = references[0]?.number ?? Number.POSITIVE_INFINITY;
  const uncited = zone.definitions.filter((d) => d.number < firstCited);
  const carried =
    uncited.length > 0 && before.length > 0
      ? findReferences(before, uncited, misread).references
      : [];
  // A note moved to the next page is proven only if the ones before it on that page are too.
  const leading = carried.filter((r, k) => r.number === uncited[k]?.number);
  const read = references.length + withheld.length;
  if (read + leading.length === 0) return undefined;
  // A lone number at the page's foot with no reference on its page, about the page's own
  // number, is that: its page number.
  const last = lines.findLast((line) => line.text !== '')?.text ?? '';
  const folio = loneNumber.test(last) && Math.abs(Number(last) - page) <= 1;
  if (read === 0 && folio) return undefined;
  // A note whose number was lost is proven only by its own reference.
  const lost = zone.definitions[0]?.marker.start === zone.definitions[0]?.marker.end;
  if (lost && (leading[0] ?? references[0])?.number !== expected) return undefined;
  // OCR: a zone whose notes' numbers and references are all marks (`° Quyết định …`, `thấpô°.`)
  // says no number at all, only the sequence; a block above it that starts with a mark as a note
  // does (`+ Theo Quyết định …`) may be a note OCR did not read as one, which would put the
  // sequence off by one, as would notes left unread on a page before (`needDigits`). There a
  // digit must stand somewhere, or the notes stay text.
  if (misread && (needDigits || startsLikeNote(blockAbove(lines, zone.start)))) {
    const digitsAt = (line: Line | undefined, from: number, to: number) =>
      /\d/u.test(line?.text.slice(from, to) ?? '');
    const numbered = zone.definitions.some((definition) => {
      const line = lines.find((l) => l.line === definition.marker.line);
      const at = line?.column ?? 0;
      return digitsAt(line, definition.marker.start - at, definition.marker.end - at);
    });
    const body = lines.slice(0, zone.start);
    const cited =
      references.some((r) => digitsAt(body[r.index], r.from, r.to)) ||
      leading.some((r) => digitsAt(before[r.index], r.from, r.to));
    if (!numbered && !cited) return undefined;
  }
  return { ...zone, references, carried: leading, withheld };
}

/** The first line of the block of lines that ends right above `end` (blank lines between skipped). */
function blockAbove(lines: readonly Line[], end: number): Line | undefined {
  let at = end - 1;
  while (at >= 0 && lines[at]?.text === '') at--;
  while (at > 0 && lines[at - 1]?.text !== '') at--;
  return at >= 0 ? lines[at] : undefined;
}

/** A line that starts as OCR writes a note whose number it misread: a mark, then a capital. */
function startsLikeNote(line: Line | undefined): boolean {
  return /^[+*°#!?'"”’^]\s*\p{Lu}/u.test(line?.text ?? '');
}

/**
 * pdftotext's mixed order: each note's number on a line of its own, after its text for most notes
 * and before it for the page's last (`A` `1` · `B` `2` · `3` `C`), blocks apart by blank lines.
 * Read from the bottom up: a text block takes the number right above it when one is there, a
 * number with no text below it takes the block above it; two text blocks in a row end the zone.
 */
function mixedNumbers(
  lines: readonly Line[],
  last: number,
  expected: number,
  { bodyGoesOn, noteGoesOn }: GoesOn,
): Placed | undefined {
  const definitions: Definition[] = [];
  /** A text block below, waiting for its number above it. */
  let text: Line[] | undefined;
  /** A number below, waiting for its text above it. */
  let awaiting: Line | undefined;
  let start = last + 1;
  const marker = (line: Line) => ({
    line: line.line,
    start: line.column,
    end: line.column + line.text.length,
  });
  const take = (number: number, block: Line[], numberLine: Line, top: number) => {
    definitions.unshift({ number, lines: block, textStart: 0, marker: marker(numberLine) });
    start = top;
  };
  for (let i = last; i >= 0; ) {
    const line = lines[i] as Line;
    if (line.text === '') {
      i--;
      continue;
    }
    const want = definitions[0] ? definitions[0].number - 1 : undefined;
    if (loneNumber.test(line.text)) {
      const number = Number(line.text);
      if (awaiting || (want !== undefined && number !== want) || number < expected) break;
      if (text) {
        take(number, text, line, i);
        text = undefined;
        if (number === expected) break;
      } else awaiting = line;
      i--;
      continue;
    }
    const top = textTop(lines, i);
    let block = lines.slice(top, i + 1);
    if (awaiting) {
      const number = Number(awaiting.text);
      const runOn = bodyGoesOn && !proseAbove(lines, top);
      if (number === expected)
        block = block.slice(
          firstNoteStart(block, zoneNumbers(number, definitions), runOn, noteGoesOn),
        );
      take(number, block, awaiting, i + 1 - block.length);
      awaiting = undefined;
      if (number === expected) break;
    } else if (text) break;
    else text = block;
    i = top - 1;
  }
  const first = definitions[0];
  if (!first || first.number !== expected) return undefined;
  return { start, definitions };
}

/** `N text` or `N` then the text: definitions start at those lines, from the bottom up. */
function numberBefore(lines: readonly Line[], last: number, expected: number): Placed | undefined {
  // A wrapped note line may start with a figure (`120 m). Ủy ban …` under `4 Tập trung … (2 điểm,`):
  // the bottom note is the lowest line from which the numbers run down to `expected`, one less
  // each going up. A few such lines are tried, the lowest first.
  let tried = 0;
  for (let bottom = last; bottom >= 0 && tried < MAX_BOTTOM_TRIES; bottom--) {
    const start = definitionStart(lines, bottom);
    if (start?.number === undefined || start.number < expected) continue;
    tried++;
    const placed = notesUpFrom(lines, last, bottom, expected);
    if (placed) return placed;
  }
  return undefined;
}

/** Lines that start with a number tried as a page's bottom note (see `numberBefore`). */
const MAX_BOTTOM_TRIES = 4;

/** The notes from the one at line `bottom` up to note `expected`, the last taking lines to `last`. */
function notesUpFrom(
  lines: readonly Line[],
  last: number,
  bottom: number,
  expected: number,
): Placed | undefined {
  const definitions: Definition[] = [];
  let end = last + 1;
  let want: number | undefined;
  for (let i = bottom; i >= 0; i--) {
    const line = lines[i] as Line;
    const start = definitionStart(lines, i);
    if (start?.number === undefined) continue;
    // A wrapped note line may start with a figure (`15 đơn vị …`): only the awaited number counts.
    if (want !== undefined ? start.number !== want : start.number < expected) continue;
    const textLines = lines.slice(start.textLine, end).filter((l) => l.text !== '');
    definitions.unshift({
      number: start.number,
      lines: textLines,
      textStart: start.textLine === i ? start.textStart : 0,
      marker: { line: line.line, start: line.column, end: line.column + start.markerLength },
    });
    end = i;
    want = start.number - 1;
    if (start.number === expected) break;
  }
  const first = definitions[0];
  if (!first || first.number !== expected) return undefined;
  return { start: end, definitions };
}

/** A long note in OCR text (a list of plans and resolutions) can fill most of a page. */
const MAX_OCR_NOTE_LINES = 50;

/**
 * OCR's misreadings of a raised note number at the start of a note: a mark (`! Chỉ thị …`,
 * `# Hai …`), or the digits with a mark after them (`2? Trong đó …`).
 */
const misreadFirst = /^(?:\d{1,3}[!?'"°*_]|[!?'"“”‘’°#*^]|(\+))(?=\s+\p{Lu})/u;

/**
 * `numberBefore` for OCR text: a note may start with a misread mark, numbered from its neighbours;
 * the notes run up from the bottom, each a block of its own that starts with its mark. When the top note is the
 * one after `expected`, the block just above it (apart by a blank line, a capital to a full stop)
 * is the note whose number was lost: `findZone` keeps it only if its reference is found.
 */
function misreadNumbers(
  lines: readonly Line[],
  last: number,
  expected: number,
): Placed | undefined {
  // Each note as found, with the digits OCR read for its number (none for a mark).
  const found: Found[] = [];
  let end = last + 1;
  for (let i = last; i >= 0; i--) {
    const line = lines[i] as Line;
    // OCR sets notes apart by blank lines: a block that starts no note is body, and ends the zone.
    if (line.text === '' && end !== i + 1 && lines[i + 1]?.text !== '') break;
    if (end - i > MAX_OCR_NOTE_LINES) break;
    const start = definitionStart(lines, i, true);
    if (!start) continue;
    const opensBlock = i === 0 || lines[i - 1]?.text === '';
    if (start.number !== undefined && start.number < expected) {
      if (opensBlock) break;
      continue;
    }
    // Tesseract sets a note apart from what stands above it by a blank line, or at least by a
    // finished sentence: digits after a line that goes on start a wrapped line or a table's row
    // (`4 Số cán bộ … Người 19.487 19.615 128` under `- Trung học … 30.541 32.232 1.691`).
    const afterSentence = /[.;:!?…]["”')]*$/u.test(lines[i - 1]?.text ?? '');
    if (!opensBlock && !afterSentence && start.number !== undefined && found.length === 0) continue;
    // Inside a block a wrapped note line may start with a figure (`11 đảng viên …`): above a
    // note, only the number it awaits counts.
    const below = found[0]?.read;
    if (!opensBlock && start.number !== undefined && found.length > 0) {
      if (below === undefined || start.number !== below - 1) continue;
    }
    const block = lines.slice(start.textLine, end).filter((l) => l.text !== '');
    // A block that ends on figures apart by spaces is a table's row (`2 Vốn ngân sách huyện
    // 92,115 54,218 58,9`): the notes are below it.
    if (endsOnFigures(block.at(-1)?.text ?? '')) break;
    found.unshift({
      read: start.number,
      weak: start.weak === true,
      at: i,
      lines: block,
      textStart: start.textLine === i ? start.textStart : 0,
      marker: { line: line.line, start: line.column, end: line.column + start.markerLength },
    });
    end = i;
    if (start.number === expected) break;
  }
  // The zone is the longest run of these blocks, from the bottom up, that numbers in sequence: a
  // block above the notes that opens with digits and a mark (a table's row `2_ Vốn ngân sách …`)
  // is body, and so is what stands above it.
  for (let top = 0; top < found.length; top++) {
    const zone = numberedNotes(lines, found.slice(top), found[top]?.at ?? end, expected);
    if (zone) return zone;
  }
  return undefined;
}

/** A line that ends on two figures or more apart by spaces, as a table's row does. */
function endsOnFigures(line: string): boolean {
  const words = line.split(/\s+/u);
  return words.length > 2 && words.slice(-2).every((word) => /^-?\d[\d.,]*$/u.test(word));
}

/** A note as `misreadNumbers` found it: the digits OCR read for its number (none for a mark). */
type Found = Omit<Definition, 'number'> & { read: number | undefined; weak: boolean; at: number };

/** The notes `found` numbered in sequence, the first at line `zoneStart`; undefined if they are not. */
function numberedNotes(
  lines: readonly Line[],
  found: readonly Found[],
  zoneStart: number,
  expected: number,
): Placed | undefined {
  let end = zoneStart;
  if (found.length === 0) return undefined;
  // The notes are numbered in sequence from the page's first, `expected`, when most digits OCR
  // read agree (it misreads one now and then: `5` for `6`); else from the first digit read: one
  // after `expected` when the first note lost its number, or further on when an earlier page's
  // notes were not read, if at least two digits agree.
  const digits = found.filter((d) => d.read !== undefined).length;
  const agree = (top: number) => found.filter((d, k) => d.read === top + k).length;
  let top = expected;
  if (digits > 0 && agree(expected) * 2 < digits) {
    const known = found.findIndex((d) => d.read !== undefined);
    top = (found[known]?.read as number) - known;
    if (agree(top) * 2 < digits) return undefined;
  }
  // A bullet's mark (`+`) is a note's only beside digits read in sequence with it.
  if (found.some((d) => d.weak) && agree(top) === 0) return undefined;
  const definitions: Definition[] = found.map(({ read: _read, weak: _weak, at: _at, ...d }, k) => ({
    ...d,
    number: top + k,
  }));
  if (top === expected + 1) {
    const lost = lostNumberNote(lines, end);
    if (lost) {
      definitions.unshift({ number: expected, ...lost });
      end = lost.start;
    } else if (agree(top) < 2) return undefined;
  } else if (top !== expected && agree(top) < 2) return undefined;
  return { start: end, definitions };
}

/** The block of lines right above `end` (a blank line between), read as a note with no number. */
function lostNumberNote(
  lines: readonly Line[],
  end: number,
): (Omit<Definition, 'number'> & { start: number }) | undefined {
  let bottom = end - 1;
  if (lines[bottom]?.text !== '') return undefined;
  while (bottom >= 0 && lines[bottom]?.text === '') bottom--;
  let top = bottom;
  while (top > 0 && lines[top - 1]?.text !== '') top--;
  const block = lines.slice(top, bottom + 1);
  const first = block[0];
  if (!first || top === 0 || block.length > MAX_NOTE_LINES) return undefined;
  if (!/^\p{Lu}/u.test(first.text) || !/[.;]$/.test(block.at(-1)?.text ?? '')) return undefined;
  const marker = { line: first.line, start: first.column, end: first.column };
  return { lines: block, textStart: 0, marker, start: top };
}

interface Start {
  /** Undefined for a misread mark. */
  number: number | undefined;
  textLine: number;
  textStart: number;
  /** The number's (or mark's) length in the source line. */
  markerLength: number;
  /**
   * A mark that is also a bullet (`+`, OCR's reading of a raised 4): a note only in a zone whose
   * other notes' digits OCR read in sequence.
   */
  weak?: boolean;
}

function definitionStart(lines: readonly Line[], i: number, misread = false): Start | undefined {
  const text = lines[i]?.text ?? '';
  const first = numberFirst.exec(text);
  if (first) {
    const digits = first[1] as string;
    return {
      number: Number(digits),
      textLine: i,
      textStart: first[0].length,
      markerLength: digits.length,
    };
  }
  if (loneNumber.test(text)) {
    const next = lines[i + 1];
    if (next && next.text !== '' && !loneNumber.test(next.text)) {
      return { number: Number(text), textLine: i + 1, textStart: 0, markerLength: text.length };
    }
  }
  const mark = misread ? misreadFirst.exec(text) : null;
  if (mark) {
    // `2?`: the digits read and a mark after them; a mark alone stands for a number misread.
    const digits = /^\d+/.exec(mark[0])?.[0];
    const length = mark[0].length;
    const textStart = length + text.slice(length).search(/\S/);
    return {
      number: digits === undefined ? undefined : Number(digits),
      textLine: i,
      textStart,
      markerLength: length,
      weak: mark[1] !== undefined,
    };
  }
  return undefined;
}

/**
 * The first line of the run of text lines that ends at `i` (or just above it): up to a blank line or
 * a note number on a line of its own, as pdftotext sets a page's notes apart.
 */
function textTop(lines: readonly Line[], i: number): number {
  let top = i;
  while (top > 0 && lines[top - 1]?.text !== '' && !loneNumber.test(lines[top - 1]?.text ?? '')) {
    top--;
  }
  return top;
}

/**
 * Whether the block from `top` is parted by a blank line from prose above it (`… đạt 60%`, `…
 * 98.220 triệu đồng3.`): the body's last paragraph is there, and the block is the notes' alone.
 * Not from a table's figures (`819,9`), after which the body's last paragraph and the note may run
 * together in the block (`Ngoài ra, Ban đã …` / `Kế hoạch số 118/…`).
 */
function proseAbove(lines: readonly Line[], top: number): boolean {
  if (lines[top - 1]?.text !== '') return false;
  let k = top - 1;
  while (k > 0 && lines[k]?.text === '') k--;
  return /\p{L}{2}/u.test(lines[k]?.text ?? '');
}

/** A note runs a few lines: a longer block above the first number holds the page's body too. */
const MAX_NOTE_LINES = 8;

/**
 * Where the page's first note starts in the block of text above its number, when pdftotext ran
 * it on from the body with no blank line between:
 * - never before the body's last reference to a note of the page (`… thành phố3.`);
 * - a block that opens with a heading (`1.3. Chăn nuôi` then the note): after the heading;
 * - a block longer than a note, one with such a reference, one that opens with a line in capitals
 *   (`PHỤ LỤC`, `Biểu số 01: …` then the note), or one whose page's body goes on on the next page
 *   (`bodyGoesOn`: `… 242,5 tỷ` then `Kế hoạch số 118/KH-UBND …`, the next page `đồng. Tổng …`):
 *   at its last line that starts with a capital (a wrapped note goes on in lower case), not one that
 *   finishes a proper name the line before began (`(huyện Kiến` / `Xương)`, `Bộ Giáo dục và` /
 *   `Đào tạo`), and after the first where the body goes on. A note that wraps before a name (`…
 *   Bệnh viện` / `Sản Nhi …`) is cut there: the text alone cannot tell that line from the note's
 *   first.
 * 0: the block is the note.
 */
function firstNoteStart(
  block: readonly Line[],
  numbers: ReadonlySet<number>,
  bodyGoesOn = false,
  noteGoesOn = false,
): number {
  // The page before's unfinished note goes on in lower case to a sentence's end: its lines are
  // no part of this note (they stay above it, for footnote-continuations to join).
  const rest = noteGoesOn && /^\p{Ll}/u.test(block[0]?.text ?? '') ? noteRestEnd(block) : 0;
  if (rest > 0) return rest + firstNoteStart(block.slice(rest), numbers, bodyGoesOn);
  let floor = 0;
  block.forEach((line, k) => {
    for (const match of line.text.matchAll(glued)) {
      const digits = match[2] ?? match[4];
      if (digits !== undefined && numbers.has(Number(digits))) floor = k + 1;
    }
  });
  // Not a capital that goes on with a name the line before began (`(huyện Kiến` / `Xương)`),
  // unless it opens a document's reference (`… Công ty cổ phần Lọc` / `Nghị quyết số 85/…`).
  const starts = (k: number) => {
    const text = block[k]?.text ?? '';
    return /^\p{Lu}/u.test(text) && (opensReference(text) || !nameGoesOn(block[k - 1]?.text ?? ''));
  };
  const first = block[0]?.text ?? '';
  if (floor === 0 && leadingNumberingMarker(first).ok && first.length < 80 && block.length > 1) {
    const heading = block.findIndex((line, k) => k > 0 && /^\p{Lu}/u.test(line.text));
    if (heading > 0 && block.length - heading <= MAX_NOTE_LINES) return heading;
  }
  const opensInCapitals = /^\p{Lu}[\p{Lu}\s,.-]+$/u.test(first) && /\p{Lu}{2}/u.test(first);
  if (floor === 0 && block.length <= MAX_NOTE_LINES && !opensInCapitals && !bodyGoesOn) return 0;
  // The body's last line stands above the note where the body goes on overleaf.
  if (bodyGoesOn) floor = Math.max(floor, 1);
  for (let k = block.length - 1; k >= floor; k--) if (starts(k)) return k;
  return Math.min(floor, block.length - 1);
}

/**
 * Where the rest of a note from the page before ends in a block that opens with it: after its
 * first line that ends a sentence, where a capitalised line follows; 0 where none does.
 */
function noteRestEnd(block: readonly Line[]): number {
  const end = block.findIndex(
    (line, k) => /[.;!?]$/u.test(line.text) && /^\p{Lu}/u.test(block[k + 1]?.text ?? ''),
  );
  return end < 0 ? 0 : end + 1;
}

/** What goes on from the page before or to the next, as `ZoneOptions` say. */
type GoesOn = Required<Pick<ZoneOptions, 'bodyGoesOn' | 'noteGoesOn'>>;

/** The numbers of a page's notes: the first's and those found below it. */
function zoneNumbers(first: number, below: readonly Definition[]): Set<number> {
  const numbers = new Set([first]);
  for (const definition of below) numbers.add(definition.number);
  return numbers;
}

/**
 * pdftotext's default order: each note's text, then its number on a line of its own, notes apart
 * by blank lines. The first note's text may follow the body with no blank line between: see
 * `firstNoteStart`.
 */
function numberAfter(
  lines: readonly Line[],
  last: number,
  expected: number,
  { bodyGoesOn, noteGoesOn }: GoesOn,
): Placed | undefined {
  const definitions: Definition[] = [];
  let at = last;
  let start = last + 1;
  while (at >= 0) {
    const numberLine = lines[at] as Line;
    if (!loneNumber.test(numberLine.text)) break;
    const number = Number(numberLine.text);
    const want = definitions[0] ? definitions[0].number - 1 : undefined;
    if (want !== undefined && number !== want) break;
    let top = textTop(lines, at);
    let block = lines.slice(top, at);
    if (block.length === 0) break;
    if (number === expected) {
      const runOn = bodyGoesOn && !proseAbove(lines, top);
      block = block.slice(
        firstNoteStart(block, zoneNumbers(number, definitions), runOn, noteGoesOn),
      );
      top = at - block.length;
    }
    definitions.unshift({
      number,
      lines: block,
      textStart: 0,
      marker: {
        line: numberLine.line,
        start: numberLine.column,
        end: numberLine.column + numberLine.text.length,
      },
    });
    start = top;
    if (number <= expected) break;
    at = top - 1;
    while (at >= 0 && lines[at]?.text === '') at--;
  }
  const first = definitions[0];
  if (!first || first.number !== expected) return undefined;
  return { start, definitions };
}

/**
 * A place where digits stand glued to what comes before: after a letter or closing punctuation
 * (`hướng2.`, `kỳ4;`, `"…"3`), or after a year (`20241,`), a date's too (`ngày 02/10/20245.`), and
 * before a space, punctuation or the end. A dot or comma after a digit is a number's own (`1.1.`,
 * `26,3`, `28.765,4`): no note follows it; so is one that starts its line, a figure's decimals a
 * narrow column wrapped (`35.214` / `,6`).
 */
const glued =
  /(?<=([\p{L}\p{M};:!?)\]”"'%]|(?<=[^\d\s])[.,]))(\d{1,3})(?=[\s.,;:!?)\]”"']|$)|(?:(?<![\d.,/])|(?<=(?<!\d)\d{1,2}\/\d{1,2}\/))((?:19|20)\d\d)(\d{1,2})(?=[\s.,;:!?)\]”"']|$)/gu;

interface Candidate {
  index: number;
  from: number;
  to: number;
  digits: string;
}

/**
 * A raised number OCR read as a mark glued to the word before it (`ủy!`, `tâm?.`, `năm°.`,
 * `hướng”.`) or to a figure (`năm 2024'`, `2021 - 2030”.`; not `°` or `#`, which a figure takes
 * for degrees and numbers), before a space, punctuation or the end; or as two marks, one of them
 * no sentence's punctuation (`kỳ°?.`, `mẫu°?.`).
 */
const misreadGlued =
  /(?:(?<=[\p{L}\p{M}])(?:[°*^#][!?°*^#]|[!?'"”’][°*^#]|[!?'"”’°*^#])|(?<=\d)(?:[*^][!?*^]|[!?'"”’][*^]|[!?'"”’*^]))(?=[\s.,;:)]|$)/gu;

/** A word's last letter after a lower-case one, before a space, punctuation or the end. */
const gluedLetter = /(?<=\p{Ll})\p{L}\p{M}*(?=[\s.,;:)]|$)/gu;

/**
 * The references of the zone's notes in the body, in sequence. A mark (no digits) stands for
 * whichever note comes next; but when a note of the zone then finds no reference, one was lost
 * somewhere before it, and the marks cannot say whose they are: they are `withheld`, never a
 * citation of the wrong note.
 */
function findReferences(
  body: readonly Line[],
  definitions: readonly Definition[],
  misread = false,
): { references: Reference[]; withheld: Reference[] } {
  const candidates: Candidate[] = misread ? misreadCandidates(body) : [];
  body.forEach((line, index) => {
    for (const match of line.text.matchAll(glued)) {
      const at = match.index ?? 0;
      if (match[2] !== undefined) {
        if (isCode(line.text, at)) continue;
        candidates.push({ index, from: at, to: at + match[2].length, digits: match[2] });
      } else if (match[3] !== undefined && match[4] !== undefined) {
        const from = at + match[3].length;
        candidates.push({ index, from, to: from + match[4].length, digits: match[4] });
      }
    }
  });
  if (misread) candidates.sort((a, b) => a.index - b.index || a.from - b.from);
  const references: Reference[] = [];
  const marks = new Set<Reference>();
  let missing = false;
  let cursor = 0;
  for (const definition of definitions) {
    const wanted = String(definition.number);
    const found = candidates.findIndex(
      (c, i) => i >= cursor && (c.digits === wanted || c.digits === ''),
    );
    if (found < 0) {
      missing = true;
      continue;
    }
    const c = candidates[found] as Candidate;
    const line = body[c.index] as Line;
    const reference = {
      number: definition.number,
      index: c.index,
      from: c.from,
      to: c.to,
      line: line.line,
      start: line.column + c.from,
      end: line.column + c.to,
    };
    references.push(reference);
    if (c.digits === '') marks.add(reference);
    cursor = found + 1;
  }
  if (!missing || marks.size === 0) return { references, withheld: [] };
  return {
    references: references.filter((r) => !marks.has(r)),
    withheld: references.filter((r) => marks.has(r)),
  };
}

/**
 * The misread marks of the body. A quote that closes one opened before it in the paragraph is a
 * quote, not a mark: `“Dân vận khéo”.`, `"Ba sẵn sàng".`
 */
function misreadCandidates(body: readonly Line[]): Candidate[] {
  const candidates: Candidate[] = [];
  // Quotes open in the paragraph: curly double, curly single, straight.
  let open = { '”': 0, '’': 0, '"': 0 };
  const opener: Record<string, '”' | '’'> = { '“': '”', '‘': '’' };
  body.forEach((line, index) => {
    if (line.text === '') {
      open = { '”': 0, '’': 0, '"': 0 };
      return;
    }
    // Where each mark starts, and its length (`°?` is one misread number).
    const marks = new Map<number, number>();
    for (const match of line.text.matchAll(misreadGlued))
      marks.set(match.index ?? 0, match[0].length);
    // A letter no Vietnamese word has, glued to a word's end (`phápŠ.`), is a misread mark too.
    for (const match of line.text.matchAll(gluedLetter)) {
      if (!isVietnameseLetter(match[0])) marks.set(match.index ?? 0, match[0].length);
    }
    for (let at = 0; at < line.text.length; at++) {
      const char = line.text.charAt(at);
      const closes = opener[char];
      const mark = marks.get(at);
      if (closes) open[closes]++;
      else if ((char === '”' || char === '’' || char === '"') && open[char] > 0) open[char]--;
      else if (mark !== undefined) {
        candidates.push({ index, from: at, to: at + mark, digits: '' });
        at += mark - 1;
      } else if (char === '"') open[char]++;
    }
  });
  return candidates;
}

/**
 * Digits that end a code rather than follow a word: the word holds digits itself (`H5N1`, `PM2`),
 * is a short run of capitals (`CO2`, `F0`, `NO2`), or is a unit the digits raise (`m3`, `km2`).
 */
function isCode(text: string, digitsAt: number): boolean {
  let start = digitsAt;
  while (start > 0 && /[\p{L}\p{M}\p{N}]/u.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, digitsAt);
  if (word === '') return false;
  // A currency's code is a word of the sentence: `… trên 1 tỷ USD4.` cites note 4.
  if (isCurrencyCode(word)) return false;
  // A unit's power (`m3`, `km2`: the unit table reads them as m³, km²) is the unit's.
  const power = /^\d{1,2}/u.exec(text.slice(digitsAt))?.[0] ?? '';
  const unit = `${word}${power}`.toLowerCase();
  if (/^\p{Ll}+$/u.test(word) && unitTable().read(unit, 0)?.end === unit.length) return true;
  return /\d/.test(word) || (/^\p{Lu}+$/u.test(word) && word.length <= 3);
}

function isCurrencyCode(word: string): boolean {
  const lower = word.toLowerCase();
  const unit = unitTable().read(lower, 0);
  return unit?.currency !== undefined && unit.end === lower.length && /^\p{Lu}+$/u.test(word);
}

function lastNonBlank(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]?.text !== '') return i;
  return -1;
}
