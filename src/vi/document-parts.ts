/**
 * The fixed parts of a Vietnamese administrative document (thể thức văn bản), recognised line by
 * line: the national motto and party line, the number, place and date, the document type, the
 * recipients heading, the signer's capacity and name, appendix captions.
 *
 *   nationalLine('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')    → 'motto'
 *   nationalLine('Độc lập - Tự do - Hạnh phúc')           → 'motto'
 *   nationalLine('ĐẢNG CỘNG SẢN VIỆT NAM')                → 'party'
 *   splitNationalLine('CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') → ['CHÍNH PHỦ', 'CỘNG HÒA …']
 *   documentNumberLine('Số: 123/BC-UBND')                  → '123/BC-UBND'
 *   placeAndDate('Hà Nội, ngày 15 tháng 4 năm 2024')       → { place: 'Hà Nội', date: '2024-04-15' }
 *   splitHeaderLine('Số: 5/BC-SYT Bắc Ninh, ngày 10/7/2024') → ['Số: 5/BC-SYT', 'Bắc Ninh, ngày 10/7/2024']
 *   documentType('BÁO CÁO')                                → 'BÁO CÁO'
 *   isRecipientsHeading('Nơi nhận:')                       → true
 *   isSignerRole('T/M BAN THƯỜNG VỤ'), isSignerRole('KT. CHỦ TỊCH') → true
 *   isPersonName('Đỗ Mạnh Hiến')                           → true
 *   appendixLabel('PHỤ LỤC'), appendixLabel('Biểu số 01')  → the label; else undefined
 */
import { findDates } from './date.js';
import { leadingNumberingMarker } from './numbering.js';

/** Lines are compared with their dashes and spaces folded: converters vary both. */
function fold(line: string): string {
  return line
    .normalize('NFC')
    .replace(/[‐‑‒–—―-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleUpperCase('vi')
    .replace(/HOÀ/g, 'HÒA');
}

const MOTTO_LINES = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'];
const PARTY_LINE = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** Quốc hiệu, tiêu ngữ (the national motto) or the party line: kept out of the body. */
export function nationalLine(line: string): 'motto' | 'party' | undefined {
  const folded = fold(line).replace(/ ?- ?/g, ' - ');
  if (MOTTO_LINES.includes(folded)) return 'motto';
  if (folded === PARTY_LINE) return 'party';
  return undefined;
}

/**
 * A two-column header converted onto one line (`CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
 * `Số: 87/BC-UBND Độc lập - Tự do - Hạnh phúc` from a PDF's text) split into its parts: the text
 * before the motto or party line, the line itself, the rest.
 * A line without either comes back whole.
 */
export function splitNationalLine(line: string): string[] {
  const upper = line.toLocaleUpperCase('vi').replace(/HOÀ/g, 'HÒA');
  for (const phrase of [...MOTTO_LINES, PARTY_LINE]) {
    const at = upper.indexOf(phrase);
    if (at < 0 || (at === 0 && upper.length === phrase.length)) continue;
    return [line.slice(0, at), line.slice(at, at + phrase.length), line.slice(at + phrase.length)]
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  return [line];
}

/**
 * A header line as the conversion may have merged it, split into the lines it was: the motto or
 * party line apart (see splitNationalLine), and a number line run into the place and date
 * (`Số: 512/BC-SYT Bắc Ninh, ngày 10 tháng 7 năm 2024`).
 */
export function splitHeaderLine(line: string): string[] {
  return splitNationalLine(line).flatMap((part) => {
    const merged = /^(Số(?:\s*:)?(?:\s*\S+)?)\s+(\p{Lu}[^,\d]{0,40},\s*ngày(?![\p{L}]).*)$/u.exec(
      part,
    );
    return merged ? [merged[1] ?? '', merged[2] ?? ''] : [part];
  });
}

/** A line that only separates (`-----`, `___`, `*`): part of the header's drawing. */
export function isSeparatorLine(line: string): boolean {
  return /^[-–—_*=.~\s]+$/.test(line) && line.trim() !== '';
}

/**
 * `Số: 123/BC-UBND`, `Số 45-BC/TU` → the number and code; a draft's blank number
 * (`Số:      /BC-UBND`, `Số: …/KH-UBND`) → ''; undefined for any other line.
 */
export function documentNumberLine(line: string): string | undefined {
  const text = line.trim();
  const match = /^Số(?:\s*:)?\s*(\d[\p{L}\p{N}./-]*)\s*$/u.exec(text);
  if (match) return match[1];
  return /^Số(?:\s*:)?[.…_\s]*\/\s*[\p{L}\p{N}.-]+$/u.test(text) ? '' : undefined;
}

/**
 * `Hà Nội, ngày 15 tháng 4 năm 2024` → the place and the ISO date. The place is short and
 * capitalised; the date is read day first (`ngày 15/4/2024` too).
 */
export function placeAndDate(line: string): { place: string; date: string | null } | undefined {
  const match = /^(\p{Lu}[^,\d]{0,40}),\s*(ngày(?![\p{L}]).*)$/u.exec(line.trim());
  if (!match) return undefined;
  const place = (match[1] ?? '').trim();
  const [date] = findDates(match[2] ?? '');
  if (date?.start === 0) return { place, date: date.date };
  // A draft leaves the day and month blank: `Lào Cai, ngày    tháng    năm 2024`.
  return /^ngày[\s.…_]*tháng[\s.…_]*năm/u.test(match[2] ?? '') ? { place, date: null } : undefined;
}

/** Loại văn bản: the kinds of document a report archive holds, as their type line reads. */
const DOCUMENT_TYPES = [
  'BÁO CÁO',
  'KẾ HOẠCH',
  'TỜ TRÌNH',
  'THÔNG BÁO',
  'NGHỊ QUYẾT',
  'QUYẾT ĐỊNH',
  'CHỈ THỊ',
  'KẾT LUẬN',
  'CHƯƠNG TRÌNH',
  'ĐỀ ÁN',
  'HƯỚNG DẪN',
  'QUY ĐỊNH',
  'QUY CHẾ',
  'THÔNG TRI',
  'CÔNG VĂN',
  'BIÊN BẢN',
  'NGHỊ ĐỊNH',
  'THÔNG TƯ',
];

/**
 * The document type line (`BÁO CÁO`, `BÁO CÁO TÓM TẮT`, `KẾ HOẠCH`), as written in capitals; a
 * line in lower case or longer than a type's few words is not one.
 */
export function documentType(line: string): string | undefined {
  const text = line.trim();
  if (/\p{Ll}/u.test(text) || text.split(/\s+/).length > 5) return undefined;
  const folded = fold(text);
  return DOCUMENT_TYPES.some((type) => folded === type || folded.startsWith(`${type} `))
    ? text
    : undefined;
}

/** `Nơi nhận:`: the heading of the recipients list, at the foot of the document. */
export function isRecipientsHeading(line: string): boolean {
  return /^nơi nhận\s*:?$/iu.test(line.normalize('NFC').trim());
}

/** Kính gửi / trích yếu markers that open the body rather than continue the title. */
export function opensBody(line: string): boolean {
  return /^(?:kính gửi|căn cứ|thực hiện|theo)(?![\p{L}\p{N}])/iu.test(line.trim());
}

const ROLE_PREFIX = /^(?:T\/M|TM|KT|Q|TL|TUQ|TƯQ)\.?\s+\S/u;
/** Vietnamese letters are not `\w`, so word edges are spelled out instead of `\b`. */
const ROLE_WORDS =
  /(?<![\p{L}\p{N}])(?:BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG|CHÁNH VĂN PHÒNG|THỦ TRƯỞNG|ỦY VIÊN|THỦ TƯỚNG|BỘ TRƯỞNG|CHÁNH ÁN|VIỆN TRƯỞNG)(?![\p{L}\p{N}])/u;

/**
 * The capacity a signer signs in: `T/M BAN THƯỜNG VỤ` (on behalf of), `KT. CHỦ TỊCH` (for),
 * `PHÓ CHỦ TỊCH`, `BÍ THƯ`. Written in capitals.
 */
export function isSignerRole(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 80 || /\p{Ll}/u.test(text)) return false;
  // `IV. KIẾN NGHỊ VỚI BỘ TRƯỞNG` is a heading, whatever words it holds.
  if (leadingNumberingMarker(text).ok) return false;
  return ROLE_PREFIX.test(text) || ROLE_WORDS.test(text);
}

/** `(Đã ký)`, `(đã ký và đóng dấu)`: where a signature stood. */
export function isSignatureMark(line: string): boolean {
  return /^\((?:đã ký|ký tên|ký|đã ký và đóng dấu)[^)]*\)$/iu.test(line.trim());
}

/** A person's name as signed: two to six capitalised words, no digits: `Đỗ Mạnh Hiến`. */
export function isPersonName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((word) => /^\p{Lu}\p{Ll}*$/u.test(word)) &&
    !/\d/.test(line)
  );
}

/**
 * The label of an appendix (phụ lục) or of a statistical form (biểu): `PHỤ LỤC`, `Phụ lục II`,
 * `PHỤ LỤC 01`, `Biểu số 01`, `Biểu 2`.
 */
export function appendixLabel(line: string): string | undefined {
  const match =
    /^(?:phụ lục(?:\s+(?:số\s+)?[\divxlc]+)?|biểu(?:\s+số)?\s+\d[\p{L}\d./-]*)(?=\s*(?:[:.]\s*)?$)/iu.exec(
      line.normalize('NFC').trim(),
    );
  return match?.[0];
}

/** The longest header part: a place and date spelled out (`Thành phố Hồ Chí Minh, ngày …`). */
const MAX_PART = 90;

/** The metadata fields a line of a document's head or foot can show. */
export type HeadField =
  | 'issuer'
  | 'documentNumber'
  | 'issuedOn'
  | 'documentType'
  | 'recipients'
  | 'signer';

/**
 * The metadata fields a line shows, wherever in the line they stand: a layout that put two
 * columns side by side (runs of spaces, tabs or `|` between them) or ran them together. The motto
 * or party line stands beside the issuer, so it shows that an issuer is there. A draft's blank
 * number (`Số:   /BC-UBND`) or undated date line shows no value to read.
 *
 *   headFields('THÀNH ỦY HẢI PHÒNG        ĐẢNG CỘNG SẢN VIỆT NAM')          → ['issuer']
 *   headFields('Số 45-BC/TU    Hải Phòng, ngày 15 tháng 4 năm 2023')       → ['documentNumber', 'issuedOn']
 *   headFields('BÁO CÁO')                                                  → ['documentType']
 *   headFields('Nơi nhận:            T/M BAN THƯỜNG VỤ')                  → ['recipients', 'signer']
 *   headFields('Thành ủy lãnh đạo, chỉ đạo triển khai.')                   → []
 */
export function headFields(line: string): HeadField[] {
  const fields = new Set<HeadField>();
  for (const column of line.split(/\s*\|\s*|\t+| {3,}/)) {
    for (const part of splitHeaderLine(column.trim())) {
      // Every part of a header is a short line; a sentence of the body is none of them.
      if (part === '' || part.length > MAX_PART) continue;
      if (nationalLine(part)) fields.add('issuer');
      if (documentNumberLine(part)) fields.add('documentNumber');
      if (placeAndDate(part)?.date) fields.add('issuedOn');
      if (documentType(part)) fields.add('documentType');
      if (isRecipientsHeading(part)) fields.add('recipients');
      if (isSignerRole(part)) fields.add('signer');
    }
  }
  return [...fields];
}
