/**
 * Numbering markers of sections, and the ladder each belongs to (the `Numbering` of the schema).
 * The level of a ladder is learned per document elsewhere; this only says which ladder.
 *
 *   parseNumberingMarker('I.'), ('I:')  → { numbering: 'roman', label: 'I', ordinal: 1, path: [1] }
 *   parseNumberingMarker('1.'), ('1:')  → { numbering: 'decimal', label: '1', ordinal: 1 }
 *   parseNumberingMarker('1.2.')         → { numbering: 'multilevel', label: '1.2', ordinal: 2, path: [1, 2] }
 *   parseNumberingMarker('b)')           → { numbering: 'letter', label: 'b)', ordinal: 2 }
 *   leadingNumberingMarker('B. PHẦN THỨ HAI: KẾ HOẠCH …') → { numbering: 'capital', label: 'B', ordinal: 2 }
 *   leadingNumberingMarker('A. Lincoln said'), ('B. hạn chế') → capital only before a capital: ok for the
 *                                          first (a name is rare at a line's start), not for the second
 *   leadingNumberingMarker('II- HẠN CHẾ'), ('2- Công tác …') → roman II, decimal 2 (`I-`, `1-` of party documents)
 *   leadingNumberingMarker('Điều 20, Vi phạm …') → article 20 (a comma typed for the dot)
 *   orderCellRung('II'), orderCellRung('1.2'), orderCellRung('-') → 'roman', 'multilevel:2', 'bullet'
 *   parseNumberingMarker('e)')           → ordinal 6, Vietnamese order: a b c d đ e g h i k l m n o p q r s t u v x y
 *   parseNumberingMarker('f)')           → ordinal 24, latinOnly: true (f j w z come after y)
 *   parseNumberingMarker('(3)')          → { numbering: 'parenthesized', label: '(3)', ordinal: 3 }
 *   parseNumberingMarker('3)')           → { numbering: 'closing-paren', label: '3)', ordinal: 3 }
 *   parseNumberingMarker('Điều 5.')      → { numbering: 'article', label: 'Điều 5', ordinal: 5 }
 *   parseNumberingMarker('Chương II')    → { numbering: 'chapter', label: 'Chương II', ordinal: 2 }
 *   parseNumberingMarker('Mục 1')        → { numbering: 'section', … }
 *   parseNumberingMarker('Phần thứ hai') → { numbering: 'part', label: 'Phần thứ hai', ordinal: 2 }
 *   leadingNumberingMarker('I. KẾT QUẢ …') → the `I.` marker, with `end` where the title starts
 *   leadingNumberingMarker('1.1 Về công tác') → multilevel 1.1 (no dot: a capital starts the title)
 *   leadingNumberingMarker('1.5 triệu người') → { ok: false, … }  (no dot and no title: a figure)
 *   parseNumberingMarker('1.714'), ('0.'), ('(0)') → { ok: false, … }  (a number; no ordinal 0)
 */
import type { Numbering } from '../schema/document.js';
import {
  digitsEnd,
  isDigitAt,
  isLetterAt,
  isSpaceAt,
  isUpperAt,
  letterRunEnd,
  lowerSameLength,
  skipInlineSpaces,
} from './chars.js';
import { toNfc } from './nfc.js';
import { fail, ok, quote, type Result } from './result.js';
import { parseOrdinal, parseUpperRoman } from './roman.js';

/** The ladders a marker can belong to: every `Numbering` but `none`. */
export type MarkerNumbering = Exclude<Numbering, 'none'>;

export interface NumberingMarker {
  numbering: MarkerNumbering;
  /** The marker as written without its trailing dot or colon: `I`, `1.2`, `a)`, `(1)`, `Điều 5`. */
  label: string;
  /** Position in its ladder: `II` → 2, `b)` → 2, `Phần thứ hai` → 2; for `1.2.3` the last part. */
  ordinal: number;
  /** Every part of a multilevel marker (`1.2.3` → [1, 2, 3]); `[ordinal]` otherwise. */
  path: number[];
  /**
   * Set on `f)`, `j)`, `w)`, `z)`: letters outside the Vietnamese alphabet. Their ordinals (24–27,
   * after `y`) only order them among themselves; they are not a position in the list.
   */
  latinOnly?: true;
  /** The marker as written, trailing dot or colon included. */
  raw: string;
}

export interface LeadingMarker extends NumberingMarker {
  /** Offset of the marker in the text. */
  start: number;
  /** Offset after the marker and the spaces after it: where the title starts. */
  end: number;
}

/** a b c d đ e g h i k l m n o p q r s t u v x y: the order of lettered items (1–23). */
const VIETNAMESE_ALPHABET = 'abcdđeghiklmnopqrstuvxy';
/**
 * Latin letters the Vietnamese alphabet lacks, numbered after it (24–27) so that no two letters
 * share an ordinal; the marker is flagged `latinOnly`.
 */
const LATIN_ONLY = 'fjwz';

/** Word-led markers: Phần (part), Chương (chapter), Mục (section), Điều (article). */
const WORD_MARKERS: ReadonlyArray<readonly [string, MarkerNumbering]> = [
  ['phần', 'part'],
  ['chương', 'chapter'],
  ['mục', 'section'],
  ['điều', 'article'],
];

interface Read {
  marker: Omit<NumberingMarker, 'raw'>;
  /** End of the marker proper, before any trailing dot. */
  end: number;
}

/** The end of what follows a marker: end of text, or a space (the title). */
function closes(text: string, index: number): boolean {
  return index >= text.length || isSpaceAt(text, index);
}

function single(numbering: MarkerNumbering, label: string, ordinal: number, end: number): Read {
  return { marker: { numbering, label, ordinal, path: [ordinal] }, end };
}

/** A dot or a colon after a marker: `I.`, `IV:`, `1.`, `1:`, `1.2.`, `Chương III:`. */
function isMarkerStop(char: string): boolean {
  return char === '.' || char === ':';
}

/**
 * What may close a marker besides a dot or colon: a dash straight after a roman or decimal
 * number (`I-`, `2-`, the style of party documents), a comma after a word-led one (`Điều 20,`,
 * a typo converters keep). Either must be followed by a space.
 */
function isLooseStop(text: string, index: number, numbering: MarkerNumbering): boolean {
  const char = text.charAt(index);
  if (char === '-' || char === '–') return numbering === 'roman' || numbering === 'decimal';
  if (char === ',') return WORD_MARKERS.some(([, kind]) => kind === numbering);
  return false;
}

/**
 * `1.`, `1:`, `1.2.`, `1.2.3` (parts after the first 1–2 digits, so `1.714` stays a number; no
 * part is 0). Whether `1.2` may go without its dot is `markerAt`'s decision.
 */
function readDecimal(text: string, index: number): Read | undefined {
  const firstEnd = digitsEnd(text, index);
  if (firstEnd - index > 3) return undefined;
  const path = [Number(text.slice(index, firstEnd))];
  let end = firstEnd;
  while (text.charAt(end) === '.' && isDigitAt(text, end + 1)) {
    const partEnd = digitsEnd(text, end + 1);
    if (partEnd - end - 1 > 2) return undefined;
    path.push(Number(text.slice(end + 1, partEnd)));
    end = partEnd;
  }
  if (path.includes(0)) return undefined;
  const label = text.slice(index, end);
  const last = path[path.length - 1] ?? 0;
  if (path.length === 1) {
    const stop = isMarkerStop(text.charAt(end)) || isLooseStop(text, end, 'decimal');
    return stop ? single('decimal', label, last, end) : undefined;
  }
  return { marker: { numbering: 'multilevel', label, ordinal: last, path }, end };
}

/**
 * A letter's place in the Vietnamese alphabet from 0 (`a`/`A` 0, `đ`/`Đ` 4, `y` 22), either case;
 * -1 for anything else (`f`, `w`, a word). Lettered rows and groups of a table count so.
 */
export function alphabetIndex(letter: string): number {
  return letter.length === 1 ? VIETNAMESE_ALPHABET.indexOf(letter.toLowerCase()) : -1;
}

/** A lettered item's ordinal: Vietnamese order, then f j w z (flagged); 0 for anything else. */
function letterOrdinal(letter: string): readonly [number, boolean] {
  const position = VIETNAMESE_ALPHABET.indexOf(letter);
  if (position >= 0) return [position + 1, false];
  const latin = LATIN_ONLY.indexOf(letter);
  return latin >= 0 ? [VIETNAMESE_ALPHABET.length + latin + 1, true] : [0, false];
}

function readAt(text: string, lower: string, index: number): Read | undefined {
  const char = text.charAt(index);
  if (char === '(') {
    const end = digitsEnd(text, index + 1);
    if (end === index + 1 || end - index - 1 > 3 || text.charAt(end) !== ')') return undefined;
    const ordinal = Number(text.slice(index + 1, end));
    return ordinal === 0
      ? undefined
      : single('parenthesized', text.slice(index, end + 1), ordinal, end + 1);
  }
  if (isDigitAt(text, index)) {
    const end = digitsEnd(text, index);
    if (text.charAt(end) === ')' && end - index <= 3) {
      const ordinal = Number(text.slice(index, end));
      return ordinal === 0
        ? undefined
        : single('closing-paren', text.slice(index, end + 1), ordinal, end + 1);
    }
    return readDecimal(text, index);
  }
  if (!isLetterAt(text, index)) return undefined;
  const wordEnd = letterRunEnd(text, index);
  const word = text.slice(index, wordEnd);
  for (const [name, numbering] of WORD_MARKERS) {
    if (lower.slice(index, wordEnd) !== name) continue;
    const at = skipInlineSpaces(text, wordEnd);
    if (at === wordEnd) return undefined;
    if (isDigitAt(text, at)) {
      const end = digitsEnd(text, at);
      const ordinal = Number(text.slice(at, end));
      if (end - at > 3 || isLetterAt(text, end) || ordinal === 0) return undefined;
      return single(numbering, text.slice(index, end), ordinal, end);
    }
    const nextEnd = letterRunEnd(text, at);
    const next = text.slice(at, nextEnd);
    const roman = parseUpperRoman(next);
    if (roman.ok) return single(numbering, text.slice(index, nextEnd), roman.value, nextEnd);
    if (numbering === 'part') {
      // Phần thứ hai, PHẦN THỨ NHẤT, Phần A
      if (lower.slice(at, nextEnd) === 'thứ') {
        let end = nextEnd;
        let best: Read | undefined;
        for (let words = 0; words < 4; words++) {
          const wordAt = skipInlineSpaces(text, end);
          if (wordAt === end || !isLetterAt(text, wordAt)) break;
          end = letterRunEnd(text, wordAt);
          const ordinal = parseOrdinal(text.slice(at, end));
          if (ordinal.ok) best = single('part', text.slice(index, end), ordinal.value, end);
        }
        return best;
      }
      if (/^[A-Z]$/.test(next)) {
        return single('part', text.slice(index, nextEnd), next.charCodeAt(0) - 64, nextEnd);
      }
    }
    return undefined;
  }
  // I. II. IV: II- … (capitals), A. B. (capitals), a) b) đ) … (lower case)
  const stopped = isMarkerStop(text.charAt(wordEnd));
  if (word.length <= 8 && word === word.toUpperCase() && word !== word.toLowerCase()) {
    const roman = parseUpperRoman(word);
    if (roman.ok && (stopped || isLooseStop(text, wordEnd, 'roman'))) {
      return single('roman', word, roman.value, wordEnd);
    }
    if (word.length === 1 && (stopped || text.charAt(wordEnd) === ')')) {
      // A. B. C.: only before a title in capitals or a capitalised word, as parts of a plan stand.
      const ordinal = VIETNAMESE_ALPHABET.indexOf(word.toLowerCase()) + 1;
      const titleAt = skipInlineSpaces(text, wordEnd + 1);
      if (ordinal === 0 || titleAt === wordEnd + 1 || !isUpperAt(text, titleAt)) return undefined;
      const label = text.charAt(wordEnd) === ')' ? `${word})` : word;
      return single('capital', label, ordinal, wordEnd + (label.length > 1 ? 1 : 0));
    }
    return undefined;
  }
  if (word.length === 1 && word === word.toLowerCase()) {
    const after = text.charAt(wordEnd);
    if (after !== ')' && after !== '.') return undefined;
    const [ordinal, latinOnly] = letterOrdinal(word);
    if (ordinal === 0) return undefined;
    const read =
      after === ')'
        ? single('letter', `${word})`, ordinal, wordEnd + 1)
        : single('letter', word, ordinal, wordEnd);
    if (latinOnly) read.marker.latinOnly = true;
    return read;
  }
  return undefined;
}

/**
 * A marker at `index`, followed by a space or the end. A trailing `.` or `:` is taken when there
 * is one (`I.`, `IV:`, `1:`, `Chương III:`); roman and decimal markers need it. A
 * multilevel marker without its dot (`1.1`) is taken only alone or before a title starting with a
 * capital (`1.1 Về công tác`): `1.5 triệu người` is an English decimal, not a marker.
 */
function markerAt(
  text: string,
  index: number,
  glued = false,
): (NumberingMarker & { end: number }) | undefined {
  const nfcLower = lowerSameLength(text);
  const read = readAt(text, nfcLower, index);
  if (read === undefined) return undefined;
  let end = read.end;
  const { numbering } = read.marker;
  if (isMarkerStop(text.charAt(end))) {
    end++;
  } else if (isLooseStop(text, end, numbering)) {
    end++;
    if (!isSpaceAt(text, end)) return undefined;
  } else if (numbering === 'roman' || numbering === 'decimal') {
    return undefined;
  } else if (numbering === 'multilevel' && end < text.length) {
    const title = skipInlineSpaces(text, end);
    if (title === end || !isUpperAt(text, title)) return undefined;
  }
  if (!closes(text, end) && !(glued && gluedTitle(text, end))) return undefined;
  return { ...read.marker, raw: text.slice(index, end), end };
}

/**
 * A title straight after its marker's `.` or `)`, with no space (`I.KẾT QUẢ`, `1.Về …`, `a)Sản
 * xuất`): how LibreOffice writes a numbered heading's label into HTML. A capital must follow, so
 * that `1.714` and `a.b` stay what they are.
 */
function gluedTitle(text: string, end: number): boolean {
  const stop = text.charAt(end - 1);
  return (stop === '.' || stop === ')') && isUpperAt(text, end);
}

/**
 * The rung an order cell of a table (`TT`, `STT`) stands on, the same ladders as sections': the
 * cell writes its marker with or without the dot (`I`, `1`, `1.2`, `a`, `A`, `(1)`, `1)`), or a
 * bullet. Rows are nested by the order in which rungs first appear, like sections.
 *
 *   orderCellRung('II') → 'roman'; ('3') → 'decimal'; ('1.2') → 'multilevel:2'; ('b') → 'letter';
 *   ('B') → 'capital'; ('-'), ('+') → 'bullet'; ('Tổng') → 'other'
 */
export function orderCellRung(cell: string): string {
  const text = cell.normalize('NFC').trim();
  if (/^[-–+•*]$/u.test(text)) return 'bullet';
  const bare = text.replace(/[.:]$/, '');
  // A capital letter alone is a part only in a cell: in a line it needs its title (readAt).
  const found = markerAt(`${bare}.`, 0) ?? markerAt(bare, 0) ?? markerAt(`${bare}. A`, 0);
  if (found === undefined || found.end < bare.length) return 'other';
  return found.numbering === 'multilevel' ? `multilevel:${found.path.length}` : found.numbering;
}

/** Is the whole text (surrounding spaces aside) a numbering marker, and of which ladder? */
export function parseNumberingMarker(text: string): Result<NumberingMarker> {
  const trimmed = text.normalize('NFC').trim();
  if (trimmed.length > 40) return fail(`${quote(text)} is too long for a numbering marker`);
  const found = markerAt(trimmed, 0);
  if (found === undefined || found.end !== trimmed.length) {
    return fail(`${quote(text)} is not a numbering marker`);
  }
  const { end: _end, ...marker } = found;
  return ok(marker);
}

/**
 * The numbering marker a line starts with (`I. KẾT QUẢ …`, `1. Về công tác …`, `(1) Về …`),
 * followed by a space or the end of the line. Offsets are into the text as given.
 * `glued`: a title may also follow the marker with no space (`I.KẾT QUẢ`), which only a line
 * already known to be a heading is read with: in a paragraph, `V.I.Lênin` is no section V.
 */
export function leadingNumberingMarker(
  text: string,
  options: { glued?: boolean } = {},
): Result<LeadingMarker> {
  // A marker sits in the first few characters; the rest of a long paragraph is not looked at.
  const head = toNfc(text.slice(0, 200));
  const start = skipInlineSpaces(head.text, 0);
  const found = markerAt(head.text, start, options.glued);
  if (found === undefined) return fail(`${quote(text)} does not start with a numbering marker`);
  const { end, ...marker } = found;
  const from = head.toOriginal(start);
  const to = head.toOriginal(end);
  return ok({
    ...marker,
    raw: text.slice(from, to),
    start: from,
    end: head.toOriginal(skipInlineSpaces(head.text, end)),
  });
}
