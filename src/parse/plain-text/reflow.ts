/**
 * Paragraphs from hard-wrapped lines. A line goes on the paragraph before it unless something says a
 * new block starts there:
 *
 * | the line before                         | the line                                 | read as      |
 * | --------------------------------------- | ---------------------------------------- | ------------ |
 * | anything, or a blank line between        | starts a marker (`I.`, `1.1.`, `a)`, `-`, `•`, `Nơi nhận:`, `KT.`, `Số:`, `Đơn vị tính:` …) | new block |
 * | ends a sentence (`.`, `:`, `!`, `?`) and is short of the text width | starts with a capital | new block |
 * | is short of the text width              | starts with a capital                    | new block (a heading, a title line) |
 * | a marker alone (`a)`)                   | anything                                 | the same block |
 * | anything else                           | lower case, a figure, a capital after a full line | the same block, one space between |
 *
 * Vietnamese does not hyphenate: a wrap joins with one space. A bullet (`-`, `+`, `•`) starts a
 * block only after a finished or short line: `kinh tế` wrapped before `- xã hội` goes on.
 */
import {
  appendixLabel,
  documentNumberLine,
  documentType,
  isPersonName,
  isRecipientsHeading,
  isSeparatorLine,
  isSignatureMark,
  isSignerRole,
  nationalLine,
  placeAndDate,
} from '../../vi/document-parts.js';
import { leadingNumberingMarker } from '../../vi/numbering.js';
import { tableUnitLine } from '../../vi/table-headers.js';
import type { Line } from './lines.js';
import { indexHeader, indexStart } from './table-lines.js';

/** A list bullet as extractors print it (`•` and `` are Word's bullet glyphs). */
export const bullet = /^([-+•*–◦▪●]|)\s+(?=\S)/u;
const ROLE_PREFIX = /^(?:T\/M|TM|KT|Q|TL|TUQ)\.?\s+\S/u;
/** A line that is only a marker: `a)`, `1.`, `-`: its text follows on the next line. */
export const markerOnly = /^(?:[-+•–◦▪●]|\(?\d{1,3}[.)]|\(?[a-zđ][.)]|[IVXLC]{1,6}\.)$/u;
const SHORT = 0.8;

/** A line well short of the text's width: its block ends there (a paragraph's or heading's last). */
export function isShort(line: string, width: number): boolean {
  return line.length < width * SHORT;
}

export function startsBlock(line: string): boolean {
  return (
    leadingNumberingMarker(line).ok ||
    isRecipientsHeading(line) ||
    /^nơi nhận\s*:/iu.test(line) ||
    ROLE_PREFIX.test(line) ||
    isSignerRole(line) ||
    isSignatureMark(line) ||
    documentNumberLine(line) !== undefined ||
    /^Số\s*:/u.test(line) ||
    placeAndDate(line) !== undefined ||
    documentType(line) !== undefined ||
    nationalLine(line) !== undefined ||
    appendixLabel(line) !== undefined ||
    // A table's unit stands on its line under the caption (`Đơn vị tính: triệu đồng`).
    tableUnitLine(line) !== undefined ||
    /^(?:Kính gửi|Căn cứ)\b/u.test(line)
  );
}

/** The text width of a document: most body lines are about this long (the 90th percentile). */
export function textWidth(lines: readonly Line[]): number {
  const lengths = lines
    .map((line) => line.text.length)
    .filter((length) => length >= 20)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 80;
}

/**
 * Whether `line` starts a new block after `previous` (the last line of the open block), in a
 * document whose text width is `width`; `blankBefore` when a blank line stood between them.
 */
export function breaksBefore(
  previous: string,
  line: string,
  width: number,
  blankBefore: boolean,
): boolean {
  return breaksAfterLine(previous, line, isShort(previous, width), blankBefore);
}

/**
 * The same rule with the line before's shortness already judged: a PDF reader knows it from where
 * the line ends on the page rather than from its length in characters.
 */
export function breaksAfterLine(
  previous: string,
  line: string,
  short: boolean,
  blankBefore: boolean,
): boolean {
  // A marker alone takes the text after it, unless that text has a marker of its own: pdftotext
  // prints a list's labels apart from their items, and a label may stand alone (`a)` / `b) …`).
  if (markerOnly.test(previous)) return leadingNumberingMarker(line).ok || bullet.test(line);
  // A marker alone on its line (`a)`, `•`: pdftotext puts a bullet glyph apart) starts a block.
  if (markerOnly.test(line)) return true;
  if (blankBefore || isSeparatorLine(previous) || isSeparatorLine(line)) return true;
  const finished = /[.!?:;…]["”')]*$/u.test(previous);
  const caps = !/\p{Ll}/u.test(previous);
  // A dash before a word in lower case after an unfinished line is a compound's, wrapped (`phát
  // triển kinh tế` / `- xã hội`), not a list's bullet.
  if (bullet.test(line)) return finished || ((short || caps) && !/^[-–]\s+\p{Ll}/u.test(line));
  if (startsBlock(line)) return true;
  if (startsBlockAfter(previous)) return true;
  // A table's first header cell as pdftotext prints a narrow one (`S` / `T` / `T` for `STT`,
  // `T Chỉ` / `T tiêu` beside the next cell): no caption or sentence goes on with it.
  if (indexHeader.test(line)) return true;
  if (indexStart.test(line) && appendixLabel(previous.split(':')[0] ?? '') !== undefined)
    return true;
  const capital = /^["“(]?\p{Lu}/u.test(line);
  // A short numbered line is a heading's (`5. Chuyển đổi số và cải cách hành chính`): a share
  // after it starts the paragraph under it (`100% cơ sở giáo dục …`), not the heading's rest (a
  // year is: `PHẦN THỨ NHẤT: KẾT QUẢ … NĂM` / `2023`).
  if (short && /^\d[\d.,]*%\s/u.test(line) && leadingNumberingMarker(previous).ok) return true;
  if (!capital) return false;
  // Lines in capitals (an issuer over two lines, a long heading) go on in capitals.
  if (caps && !/\p{Ll}/u.test(line)) return false;
  return short || /[.!?:]["”')]*$/u.test(previous);
}

/**
 * A line after which a new block starts whatever follows: `Nơi nhận:`, the signature lines, and
 * the header's own lines (`BÁO CÁO` before its summary `sơ kết công tác …`, the number, the motto).
 */
function startsBlockAfter(previous: string): boolean {
  return (
    isRecipientsHeading(previous) ||
    isSignerRole(previous) ||
    isSignatureMark(previous) ||
    documentType(previous) !== undefined ||
    documentNumberLine(previous) !== undefined ||
    nationalLine(previous) !== undefined
  );
}

/**
 * Where the signature column starts in a foot line that an extractor ran together with the
 * recipients column (`- Văn phòng Chính phủ; KT. CHỦ TỊCH`, `- Lưu: VT, TH. Nguyễn Trọng Hài`):
 * a capacity (`TM.`, `KT.` …), a role in capitals or a name after the recipient's own punctuation.
 */
export function signatureColumn(line: string): number | undefined {
  const prefix = /[\s](?=(?:T\/M|TM|KT|TL|TUQ)\.\s*\p{Lu})/u.exec(line);
  if (prefix && prefix.index > 0) return prefix.index + 1;
  const after = /[;:,.]\s+(?=\S)/gu;
  for (const match of line.matchAll(after)) {
    const at = (match.index ?? 0) + match[0].length;
    const rest = line.slice(at);
    if (isSignerRole(rest) || isSignatureMark(rest) || isPersonName(rest)) return at;
  }
  return undefined;
}
