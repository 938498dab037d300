/**
 * Text tests the repair stage needs to join paragraphs split across PDF pages.
 *
 *   startsLowercase('thể để phát triển …')  → true   (a continuation)
 *   startsLowercase('ở cơ sở'), startsLowercase('đảng viên') → true (Vietnamese letters)
 *   startsLowercase('54/350 đảng viên')     → false  (a figure is not lower case)
 *   endsSentence('… của Trung ương².')      → true   (footnote marks after or before the stop ignored)
 *   endsSentence('… bằng các giải pháp cụ') → false
 *   nameGoesOn('gieo trồng vụ Đông')          → true   (`Xuân` on the next line finishes it)
 *   nameGoesOn('Bộ Giáo dục và')              → true   (`Đào tạo` does)
 *   nameGoesOn('Xuân'), nameGoesOn('(GRDP)')  → false
 */
import { isSpaceAt } from './chars.js';

/** Opening quotes and brackets a sentence may start with: `“dân biết …`. */
const OPENERS = new Set(['"', "'", '“', '‘', '«', '(', '[']);
/** Closing quotes and brackets that may follow the full stop: `… mới".`, `(khóa X).` */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '*', '_']);
const SUPERSCRIPT_DIGITS = new Set(['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

/** Does the text (after spaces and opening quotes) start with a lower-case letter? */
export function startsLowercase(text: string): boolean {
  let i = 0;
  while (i < text.length && (isSpaceAt(text, i) || OPENERS.has(text.charAt(i)))) i++;
  const point = text.codePointAt(i);
  if (point === undefined) return false;
  const char = String.fromCodePoint(point).normalize('NFC');
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

function isAsciiAlnum(char: string): boolean {
  return /^[0-9A-Za-z]$/.test(char);
}

/**
 * The length of `text` without trailing footnote references: `¹⁴`, `<sup>14</sup>`, `[^14]`,
 * `^14^`. Returns `end` unchanged when there is none.
 */
function withoutFootnoteRef(text: string, end: number): number {
  let i = end;
  while (i > 0 && SUPERSCRIPT_DIGITS.has(text.charAt(i - 1))) i--;
  if (i < end) return i;
  if (text.endsWith('</sup>', end)) {
    const open = text.lastIndexOf('<sup>', end - 6);
    if (open >= 0 && end - open <= 24) return open;
  }
  if (text.charAt(end - 1) === ']') {
    let j = end - 2;
    while (j >= 0 && end - j <= 24 && isAsciiAlnum(text.charAt(j))) j--;
    if (j >= 1 && text.charAt(j) === '^' && text.charAt(j - 1) === '[') return j - 1;
  }
  if (text.charAt(end - 1) === '^') {
    let j = end - 2;
    while (j >= 0 && end - j <= 24 && isAsciiAlnum(text.charAt(j))) j--;
    if (j >= 0 && j < end - 2 && text.charAt(j) === '^') return j;
  }
  return end;
}

/**
 * Text that stops without a sentence end: `… bằng các giải pháp cụ`, `… Chỉ thị số 18-CT/TW,`.
 * A line in capitals (`BÁO CÁO`, `I. KẾT QUẢ LÃNH ĐẠO`) is a heading, which no sentence continues.
 */
export function isUnfinished(text: string): boolean {
  return /\p{Ll}/u.test(text) && !endsSentence(text);
}

/**
 * Does the text end a sentence (`.`, `!`, `?`, `…`), looking past trailing spaces, closing quotes
 * and brackets, and footnote references? A colon or semicolon does not end a sentence.
 */
export function endsSentence(text: string): boolean {
  let end = text.length;
  for (;;) {
    const before = end;
    while (end > 0 && isSpaceAt(text, end - 1)) end--;
    end = withoutFootnoteRef(text, end);
    while (end > 0 && CLOSERS.has(text.charAt(end - 1))) end--;
    if (end === before) break;
  }
  return end > 0 && SENTENCE_ENDS.has(text.charAt(end - 1));
}

/** Does the text hold any word at all: a letter or a digit (a line of `---` or `|---|` does not)? */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{Nd}]/u.test(text);
}

/**
 * The two words OCR ran together into one, where a word and a figure (`hiện6`: `hiện`, `6`) or an
 * abbreviation and a word (`KHnăm`: `KH`, `năm`) were; undefined for any other word.
 */
export function splitGlued(word: string): [string, string] | undefined {
  const glued = /^(\p{Ll}+)(\d+)$/u.exec(word) ?? /^(\p{Lu}{2,})(\p{Ll}+)$/u.exec(word);
  return glued ? [glued[1] as string, glued[2] as string] : undefined;
}

/** Words a name's own number follows: `Giai đoạn 1`, `Tổ 3`, `đợt 2`, `Dự án 4`, `năm 2023`. */
const NUMBER_TAKERS =
  /(?<![\p{L}])(?:giai đoạn|năm|đợt|khóa|khoá|kỳ|kì|lần|số|tổ|xóm|thôn|ấp|bản|khu|cụm|lô|tuyến|phần|chương|điều|khoản|mục|dự án|tiểu dự án|cấp|loại|nhóm|hạng|lớp|tầng|quận|phường|đường|vùng|tiểu khu|đội)$/u;

/**
 * Does the text end with a word that a number may follow as part of a name (`… Giai đoạn`, `Tổ`),
 * so that a small number after it may be the name's own rather than a figure?
 */
export function takesNumber(text: string): boolean {
  return NUMBER_TAKERS.test(text.trimEnd().toLocaleLowerCase('vi'));
}

/**
 * Does a wrapped line end where a proper name goes on, so that a capital starting the next line
 * is no new start: a capitalised word after another word (`… vụ Đông` / `Xuân`, `(huyện Kiến` /
 * `Xương)`), `và` between two names' parts (`Bộ Giáo dục và` / `Đào tạo`), or the kind of place
 * a name follows (`… Hội đồng nhân dân tỉnh` / `Quảng Ngãi`, `huyện` / `Hải Hậu`).
 */
export function nameGoesOn(line: string): boolean {
  return /\S\s+\p{Lu}\p{Ll}*$|\svà$|(?<![\p{L}])(?:tỉnh|huyện|thành phố|thị xã|thị trấn|quận|phường)$/u.test(
    line,
  );
}

/** Document kinds' names, longest first, as a line that opens a reference names one. */
const REFERENCE_OPENERS =
  /^(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Hướng dẫn|Thông tư|Thông tri|Thông báo|Công văn|Công điện|Báo cáo|Chương trình|Đề án|Tờ trình|Quy định|Quy chế|Luật)(?:\s+liên tịch)?\s+số\s+\d/u;

/**
 * Does the line open with a document's reference (`Nghị quyết số 85/NQ-HĐND …`, `Quyết định số
 * 1017/QĐ-UBND …`)? Such a line starts a note, never a proper name the line before began.
 */
export function opensReference(line: string): boolean {
  return REFERENCE_OPENERS.test(line);
}
