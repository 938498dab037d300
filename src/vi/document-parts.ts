/**
 * The fixed parts of a Vietnamese administrative document (thể thức văn bản), recognised line by
 * line: the national motto and party line, the number, place and date, the document type, the
 * recipients heading, the signer's capacity and name, appendix captions, the issuer's name.
 *
 *   nationalLine('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')    → 'motto'
 *   nationalLine('Độc lập - Tự do - Hạnh phúc')           → 'motto'
 *   nationalLine('ĐẢNG CỘNG SẢN VIỆT NAM')                → 'party'
 *   splitNationalLine('CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') → ['CHÍNH PHỦ', 'CỘNG HÒA …']
 *   documentNumberLine('Số: 123/BC-UBND')                  → '123/BC-UBND'
 *   documentNumberLine('Số:     /BC-SNNMT')                → '/BC-SNNMT' (isCompleteNumber: false)
 *   placeAndDate('Hà Nội, ngày 15 tháng 4 năm 2024')       → { place: 'Hà Nội', date: '2024-04-15', year: 2024 }
 *   placeAndDate('Hà Tĩnh, ngày   tháng   năm 2026')       → { place: 'Hà Tĩnh', date: null, year: 2026 }
 *   splitHeaderLine('Số: 5/BC-SYT Bắc Ninh, ngày 10/7/2024') → ['Số: 5/BC-SYT', 'Bắc Ninh, ngày 10/7/2024']
 *   documentType('BÁO CÁO')                                → 'BÁO CÁO'
 *   leadingType('Báo cáo tình hình kinh tế quý I')         → 'BÁO CÁO'
 *   issuerLine('UBND TỈNH LÀO CAI')                        → 'body'; issuerLine('TỈNH LÀO CAI') → 'unit'
 *   isRecipientsHeading('Nơi nhận:')                       → true
 *   isSignerRole('T/M BAN THƯỜNG VỤ'), isSignerRole('KT. CHỦ TỊCH') → true
 *   isPersonName('Đỗ Mạnh Hiến')                           → true
 *   appendixLabel('PHỤ LỤC'), appendixLabel('Biểu số 01')  → the label; else undefined
 *   isContinuationCaption('Biểu số 01 (tiếp theo)')        → true: a table goes on from the page before
 */
import { isReportYear } from './calendar.js';
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

/**
 * A folded line without its tone and vowel marks: the fixed lines of a head are long enough to be
 * known without them, as OCR sometimes reads them (`SỞ Y TẾ VIET NAM`).
 */
function bare(folded: string): string {
  return folded.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').normalize('NFC');
}

const MOTTO_LINES = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'];
/** A line without its dashes, as pdf2md writes the motto: `ĐỘC LẬP TỰ DO HẠNH PHÚC`. */
const dashless = (line: string) => line.replace(/ - /g, ' ');
const PARTY_LINE = 'ĐẢNG CỘNG SẢN VIỆT NAM';

const NATIONAL_LINE_MAX =
  2 * MOTTO_LINES.reduce((longest, line) => Math.max(longest, line.length), PARTY_LINE.length);

/** The same lines bare, as `nationalLine` compares them (computed once: a head's every line asks). */
const BARE_MOTTO_LINES = MOTTO_LINES.map(bare);
const BARE_PARTY_LINE = bare(PARTY_LINE);

/**
 * A line that is a piece of the motto or the party line a converter broke over two lines or
 * headings (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA` / `VIỆT NAM`, `Độc lập - Tự do -` / `Hạnh phúc`): its first
 * or last two words or more.
 *
 *   nationalLinePart('CỘNG HÒA XÃ HỘI CHỦ NGHĨA') → true
 *   nationalLinePart('VIỆT NAM')                   → true
 *   nationalLinePart('NAM ĐỊNH')                   → false
 */
export function nationalLinePart(line: string): boolean {
  if (line.length > NATIONAL_LINE_MAX) return false;
  const words = bare(fold(line).replace(/ ?- ?/g, ' - '))
    .split(' ')
    .filter((word) => word !== '-' && word !== '');
  if (words.length < 2) return false;
  return NATIONAL_PHRASES.some(({ bare: phrase }) => {
    const plain = phrase.filter((word) => word !== '-');
    if (words.length >= plain.length) return false;
    const head = plain.slice(0, words.length);
    const tail = plain.slice(plain.length - words.length);
    return words.every((word, k) => word === head[k]) || words.every((word, k) => word === tail[k]);
  });
}

/** Quốc hiệu, tiêu ngữ (the national motto) or the party line: kept out of the body. */
export function nationalLine(line: string): 'motto' | 'party' | undefined {
  // A body line is far longer than the longest of them, spaced out as a converter may write it.
  if (line.length > NATIONAL_LINE_MAX) return undefined;
  const folded = bare(fold(line).replace(/ ?- ?/g, ' - '));
  // pdf2md drops the motto's dashes (`Độc lập Tự do Hạnh phúc`).
  if (BARE_MOTTO_LINES.includes(folded) || BARE_MOTTO_LINES.map(dashless).includes(folded))
    return 'motto';
  if (folded === BARE_PARTY_LINE) return 'party';
  return undefined;
}

/**
 * Cơ quan ban hành: the words an issuer's line (top left of the head) starts with, the kinds of
 * body that issue reports: state (`ỦY BAN` for `ỦY BAN NHÂN DÂN`, `UBND`, `HỘI ĐỒNG`, `SỞ`, `BỘ`,
 * `CỤC` …), party (`TỈNH ỦY`, `HUYỆN ỦY`, `ĐẢNG BỘ`, `BAN` …) and mass organisations (`MẶT TRẬN
 * TỔ QUỐC`, `LIÊN ĐOÀN LAO ĐỘNG` …), with their usual abbreviations. A word is matched whole.
 */
const ISSUER_LEADS = [
  'UBND',
  'HĐND',
  'HỘI ĐỒNG',
  'THƯỜNG TRỰC',
  'CHÍNH PHỦ',
  'THỦ TƯỚNG CHÍNH PHỦ',
  'QUỐC HỘI',
  'VĂN PHÒNG',
  'BỘ',
  'SỞ',
  'TỔNG CỤC',
  'CỤC',
  'CHI CỤC',
  'BAN',
  'PHÒNG',
  'TRUNG TÂM',
  'THANH TRA',
  'KHO BẠC',
  'NGÂN HÀNG',
  'BẢO HIỂM XÃ HỘI',
  'CÔNG AN',
  'TÒA ÁN NHÂN DÂN',
  'TAND',
  'VKSND',
  'BHXH',
  'CHI NHÁNH',
  'KIỂM TOÁN NHÀ NƯỚC',
  'VIỆN',
  'HỌC VIỆN',
  'ĐẠI HỌC',
  'TRƯỜNG',
  'BỆNH VIỆN',
  'TẬP ĐOÀN',
  'TỔNG CÔNG TY',
  'CÔNG TY',
  'TỈNH ỦY',
  'THÀNH ỦY',
  'HUYỆN ỦY',
  'QUẬN ỦY',
  'THỊ ỦY',
  'ĐẢNG ỦY',
  'ĐẢNG BỘ',
  'ĐẢNG ĐOÀN',
  'CHI BỘ',
  'ỦY BAN',
  'MẶT TRẬN TỔ QUỐC',
  'UBMTTQ',
  'MTTQ',
  'BCH',
  'LIÊN ĐOÀN LAO ĐỘNG',
  'TỔNG LIÊN ĐOÀN',
  'HỘI NÔNG DÂN',
  'HỘI LIÊN HIỆP',
  'HỘI CỰU CHIẾN BINH',
  'HỘI CHỮ THẬP ĐỎ',
  'ĐOÀN THANH NIÊN',
  'ĐOÀN TNCS',
  'ĐOÀN ĐẠI BIỂU',
  'ĐOÀN ĐBQH',
  'TỈNH ĐOÀN',
  'THÀNH ĐOÀN',
  'HUYỆN ĐOÀN',
];

/**
 * Words that make a line led by an issuer's word a topic instead (`BAN HÀNH`, `BỘ MÁY`, `PHÒNG
 * CHỐNG`, `TRƯỜNG HỢP`, `SỞ HỮU`): a heading in capitals, not a body's name.
 */
const TOPIC_LEADS =
  /^(?:BAN HÀNH|BAN ĐẦU|BỘ MÁY|BỘ PHẬN|BỘ TIÊU CHÍ|BỘ CHỈ SỐ|PHÒNG CHỐNG|PHÒNG NGỪA|PHÒNG TRÁNH|TRƯỜNG HỢP|SỞ HỮU|THANH TRA KIỂM TRA)(?![\p{L}\p{N}])/u;

/**
 * The administrative unit a body belongs to, when an issuer's name is wrapped onto a second line
 * (`ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG TRỊ`).
 */
const UNIT_LEADS = /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)(?![\p{L}\p{N}])/u;

/** The longest issuer's line: `BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ KHU KINH TẾ TỈNH …`. */
const MAX_ISSUER = 90;

/**
 * A line of the issuer (cơ quan ban hành) as a head writes it, in capitals: `'body'` when it
 * names an issuing body by its kind (`ỦY BAN NHÂN DÂN TỈNH LÀO CAI`, `UBND TỈNH X`, `SỞ KẾ HOẠCH
 * VÀ ĐẦU TƯ`, `HUYỆN ỦY CAM LỘ`), `'unit'` when it is the administrative unit wrapped under such a
 * name (`TỈNH QUẢNG TRỊ`), undefined for any other line: a heading in capitals (`KẾT QUẢ ĐẠT
 * ĐƯỢC`, `BAN HÀNH VĂN BẢN`), a line with lower case, a numbered or punctuated line, the motto.
 */
export function issuerLine(line: string): 'body' | 'unit' | undefined {
  const text = line.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > MAX_ISSUER || /\p{Ll}/u.test(text)) return undefined;
  // A name has no punctuation of a sentence or a list (`PHÒNG, CHỐNG THAM NHŨNG`).
  if (/[,;:.!?]/.test(text) || leadingNumberingMarker(text).ok || nationalLine(text)) {
    return undefined;
  }
  const folded = fold(text).replace(/UỶ/g, 'ỦY');
  if (TOPIC_LEADS.test(folded)) return undefined;
  // Before the units: `TỈNH ỦY`, `HUYỆN ĐOÀN` are bodies, `TỈNH QUẢNG TRỊ` a unit.
  const named = ISSUER_LEADS.some(
    (lead) => folded === lead || (folded.startsWith(lead) && folded.charAt(lead.length) === ' '),
  );
  if (named) return 'body';
  return UNIT_LEADS.test(folded) ? 'unit' : undefined;
}

/**
 * A two-column header converted onto one line (`CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
 * `Số: 87/BC-UBND Độc lập - Tự do - Hạnh phúc` from a PDF's text) split into its parts: the text
 * before the motto or party line, the line itself, the rest.
 * A line without either comes back whole.
 */
export function splitNationalLine(line: string): string[] {
  const upper = line.toLocaleUpperCase('vi').replace(/HOÀ/g, 'HÒA');
  for (const phrase of [...MOTTO_LINES, ...MOTTO_LINES.map(dashless), PARTY_LINE]) {
    const at = upper.indexOf(phrase);
    if (at < 0 || (at === 0 && upper.length === phrase.length)) continue;
    return [line.slice(0, at), line.slice(at, at + phrase.length), line.slice(at + phrase.length)]
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  return [line];
}

/** Where a head line's right column starts, and the words of its phrase still to come. */
export interface HeadColumnCut {
  /** Offset in the line where the right column starts (0: the whole line is the right column). */
  at: number;
  /** Words of the motto or party line the next line ends with (`NAM` after `… CHỦ NGHĨA VIỆT`). */
  pending: string[];
}

/**
 * The two columns of a head (issuer and number | motto, place and date) that OCR or a text
 * extractor reading across the page ran together, line by line: where the right column starts.
 *
 *   headColumnCut('ĐẢNG BỘ TỈNH QUẢNG TRỊ _ ĐẢNG CỘNG SẢN VIỆT NAM') → { at: 25, pending: [] }
 *   headColumnCut('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT')   → { at: 16, pending: ['NAM'] }
 *   headColumnCut('TỈNH QUẢNG TRỊ NAM', ['NAM'])                      → { at: 15, pending: [] }
 *   headColumnCut('% UYỆN UY C “ Cam Lộ, ngày 28 tháng 6 năm 2024')   → { at: 14, pending: [] }
 *   headColumnCut('ỦY BAN NHÂN DÂN TỈNH LÀO CAI')                      → undefined
 *
 * A motto or party line cut by the wrap is known by its first two words or more at the line's end
 * (`CỘNG HÒA XÃ HỘI CHỦ`), and its rest only on the next line, where `pending` says what to find.
 */
export function headColumnCut(
  line: string,
  pending: readonly string[] = [],
): HeadColumnCut | undefined {
  const words = [...line.matchAll(/\S+/g)].map((m) => ({
    at: m.index ?? 0,
    word: bare(fold(m[0])),
  }));
  const n = words.length;
  // Words compared bare: the phrases' once (NATIONAL_PHRASES), the pending words here.
  const matches = (from: number, phrase: readonly string[]) =>
    phrase.every((word, k) => words[from + k]?.word === word);
  if (pending.length > 0) {
    const wanted = pending.map((word) => bare(fold(word)));
    for (let from = 0; from < n; from++) {
      const tail = n - from;
      if (tail <= pending.length && matches(from, wanted.slice(0, tail))) {
        return { at: words[from]?.at ?? 0, pending: pending.slice(tail) };
      }
    }
  }
  for (const phrase of NATIONAL_PHRASES) {
    const length = phrase.words.length;
    for (let from = 0; from < n; from++) {
      const tail = n - from;
      if (
        tail >= length
          ? matches(from, phrase.bare)
          : tail >= 2 && matches(from, phrase.bare.slice(0, tail))
      ) {
        return { at: words[from]?.at ?? 0, pending: phrase.words.slice(Math.min(tail, length)) };
      }
    }
  }
  // `Cam Lộ, ngày 28 tháng 6 năm 2024` after the left column's text.
  for (const match of line.matchAll(
    /(?<!\S)(?:\p{Lu}[\p{Ll}\p{M}]*\s+){0,3}\p{Lu}[\p{Ll}\p{M}]*,\s*ngày\s/gu,
  )) {
    const at = match.index ?? 0;
    const rest = line.slice(at);
    // A date the wrap cut before its year (`… ngày 18 tháng 12 năm`) is one too.
    const cutYear = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm$/u.test(rest.trimEnd());
    if (placeAndDate(rest) !== undefined || cutYear) return { at, pending: [] };
  }
  return undefined;
}

/** The motto, the party line and the tiêu ngữ as words, and bare as `headColumnCut` compares them. */
const NATIONAL_PHRASES: ReadonlyArray<{ words: string[]; bare: string[] }> = [
  ...MOTTO_LINES,
  PARTY_LINE,
].map((phrase) => {
  const words = phrase.split(' ');
  return { words, bare: words.map((word) => bare(fold(word))) };
});

/**
 * A header line as the conversion may have merged it, split into the lines it was: the motto or
 * party line apart (see splitNationalLine), and a number line run into the place and date
 * (`Số: 512/BC-SYT Bắc Ninh, ngày 10 tháng 7 năm 2024`).
 */
export function splitHeaderLine(line: string): string[] {
  // Two headings run onto one line keep their second `#`: `SỞ NÔNG NGHIỆP # BÁO CÁO`.
  const parts = line
    .split(/(?<!\s)\s+#{1,6}\s+/)
    .flatMap(splitNationalLine)
    .flatMap(splitTypeLine);
  return parts.flatMap((part) => {
    const merged = /^(Số(?:\s*:)?(?:\s*\S+)?)\s+(\p{Lu}[^,\d]{0,40},\s*ngày(?![\p{L}]).*)$/u.exec(
      part,
    );
    return merged ? [merged[1] ?? '', merged[2] ?? ''] : [part];
  });
}

/**
 * A type line run into the summary under it: `BÁO CÁO Tình hình kinh tế - xã hội quý I` →
 * `BÁO CÁO`, `Tình hình …`. Only when the summary starts in lower case or with a capital followed
 * by lower case.
 */
function splitTypeLine(line: string): string[] {
  const text = line.trim();
  for (const type of DOCUMENT_TYPES) {
    if (!text.startsWith(`${type} `)) continue;
    const rest = text.slice(type.length).trim();
    // `Tình hình …`, or a summary in lower case (`BÁO CÁO sơ kết công tác …`), as pdf.js-based
    // converters run a bold type into the line under it.
    if (/^\p{Lu}\p{Ll}|^\p{Ll}/u.test(rest)) return [type, rest];
    // All in capitals and longer than a type line (`BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I`).
    if (!/\p{Ll}/u.test(rest) && text.split(/\s+/).length > MAX_TYPE_WORDS) return [type, rest];
  }
  return [line];
}

/**
 * A page number standing alone, as a conversion leaves it between paragraphs: `3`, `- 3 -`,
 * `– 3 –`, `Trang 3`, `Trang 3/12`, `Page 3`.
 */
export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER.test(line.normalize('NFC').trim());
}

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:trang|page)\s+\d{1,4}(?:\s*\/\s*\d{1,4})?$/iu;

/**
 * The office a document is archived by, from the recipients' archive line (`Lưu Văn phòng Thành
 * ủy`, `Lưu: VT, Văn phòng Tỉnh ủy`): the issuer's office, so the issuer. Undefined for any other line.
 *
 *   archiveOffice('Lưu Văn phòng Thành ủy') → 'Thành ủy'
 *   archiveOffice('Lưu: VT, TH')            → undefined
 */
export function archiveOffice(line: string): string | undefined {
  const match = /^Lưu\s*(?::\s*)?(?:VT\s*,\s*)?Văn phòng\s+(\S.*)$/iu.exec(
    line.normalize('NFC').trim(),
  );
  return match?.[1]?.trim();
}

/** A line that only separates (`-----`, `___`, `*`): part of the header's drawing. */
export function isSeparatorLine(line: string): boolean {
  return /^[-–—_*=.~\s]+$/.test(line) && line.trim() !== '';
}

/**
 * `Số: 123/BC-UBND`, `Số 45-BC/TU`, `Luật số: 15/2024/QH15` → the number and code as written;
 * a draft's number left blank (`Số:      /BC-UBND`, `Số: …/KH-UBND`) → what is written of it
 * (`/BC-UBND`, `…/KH-UBND`: see isCompleteNumber); undefined for any other line.
 */
export function documentNumberLine(line: string): string | undefined {
  const text = line.trim().normalize('NFC');
  const match = NUMBER_LINE.exec(text);
  if (match) return match[1];
  const lead = NUMBER_WORD.exec(text);
  if (!lead) return undefined;
  const rest = text.slice(lead[0].length).trimStart().replace(/^:/, '').trim();
  return /^[.…_ ]*\/ ?[\p{L}\p{N}.-]+$/u.test(rest) ? rest.replace(/ /g, '') : undefined;
}

const NUMBER_WORD =
  /^(?:(?:Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị) số|Số)/u;

/** `Số`, or the kind before it as laws and resolutions write it: `Luật số:`, `Nghị quyết số:`. */
const NUMBER_LINE =
  /^(?:(?:Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị)\s+số|Số)(?:\s*:)?\s*(\d[\p{L}\p{N}./-]*)\s*$/u;

/** A number with its figure: `123/BC-UBND`, not a draft's `/BC-UBND` or `…/KH-UBND`. */
export function isCompleteNumber(number: string): boolean {
  return /^\d/.test(number);
}

/**
 * `Hà Nội, ngày 15 tháng 4 năm 2024` → the place, the ISO date and its year. The place is short
 * and capitalised; the date is read day first (`ngày 15/4/2024` too). A draft leaves the day and
 * month blank (`Lào Cai, ngày    tháng    năm 2024`): no date, the year kept.
 */
export function placeAndDate(
  line: string,
): { place: string; date: string | null; year: number | null } | undefined {
  const match = /^(\p{Lu}[^,\d]{0,40}),\s*(ngày(?![\p{L}]).*)$/u.exec(line.trim());
  if (!match) return undefined;
  const place = withLowerL((match[1] ?? '').trim());
  const [date] = findDates(match[2] ?? '');
  if (date?.start === 0) return { place, date: date.date, year: Number(date.date.slice(0, 4)) };
  const blank = /^ngày[\s.…_]*tháng[\s.…_]*năm(?:\s*(\d{4}))?$/u.exec((match[2] ?? '').trim());
  if (!blank) return undefined;
  const year = blank[1] === undefined ? null : Number(blank[1]);
  return { place, date: null, year: year !== null && isReportYear(year) ? year : null };
}

/**
 * A place's `l` as OCR may read it after lower-case letters: `I`, `]` or `|` (`Đắk MiI`, `Đắk Mi]`
 * → `Đắk Mil`). No Vietnamese word has a capital or a bracket after its lower-case letters.
 */
function withLowerL(place: string): string {
  return place.replace(/(?<=\p{Ll})[I\]|](?![\p{L}\p{N}])/gu, 'l');
}

/**
 * A recipient's fixed forms as OCR may misread them, put right: the abbreviation of why it is sent
 * is in lower case (`(b/C)` → `(b/c)`, `(để B/c)` → `(để b/c)`: OCR takes `c` for `C`, the same
 * shape), and the archive line keeps the clerical office `VT` (văn thư), which OCR reads `VI`
 * (`Lưu: VI, TCKH` → `Lưu: VT, TCKH`).
 */
export function recipientFixedForms(recipient: string): string {
  return recipient
    .replace(/\((?:để\s+)?[bBđĐ]\/[cCbBhH]\)/gu, (form) => form.toLocaleLowerCase('vi'))
    .replace(/^(Lưu\s*:\s*)VI(?![\p{L}\p{N}])/u, '$1VT');
}

/** A type line is a few words: `BÁO CÁO TÓM TẮT`, `CHƯƠNG TRÌNH HÀNH ĐỘNG`. */
const MAX_TYPE_WORDS = 5;

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
  'LUẬT',
  'PHÁP LỆNH',
];

/**
 * The document type line (`BÁO CÁO`, `BÁO CÁO TÓM TẮT`, `KẾ HOẠCH`), as written in capitals; a
 * line in lower case or longer than a type's few words is not one.
 */
export function documentType(line: string): string | undefined {
  const text = line.trim();
  if (/\p{Ll}/u.test(text) || text.split(/\s+/).length > MAX_TYPE_WORDS) return undefined;
  const folded = fold(text);
  return DOCUMENT_TYPES.some((type) => folded === type || folded.startsWith(`${type} `))
    ? text
    : undefined;
}

/**
 * The type a summary opens with when no type line stands above it, in any case, as a sentence
 * starts: `Báo cáo tình hình kinh tế - xã hội quý I` → `BÁO CÁO`, `KẾ HOẠCH triển khai …` →
 * `KẾ HOẠCH`; undefined when the line opens with another word (`Báo chí …` is no `Báo cáo`).
 */
export function leadingType(line: string): string | undefined {
  const folded = fold(line);
  return DOCUMENT_TYPES.find((type) => folded === type || folded.startsWith(`${type} `));
}

/** `Nơi nhận:`: the heading of the recipients list, at the foot of the document. */
export function isRecipientsHeading(line: string): boolean {
  return /^nơi nhận\s*:?$/iu.test(line.normalize('NFC').trim());
}

/**
 * A legal basis (`Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;`, `Theo đề nghị của …`):
 * its dates are those of the laws it cites, never the reporting period.
 */
export function citesBasis(line: string): boolean {
  return /^(?:căn cứ|theo đề nghị|xét đề nghị|xét tờ trình)(?![\p{L}\p{N}])/iu.test(line.trim());
}

/**
 * The enacting words between a decision's preamble and its articles (`QUYẾT NGHỊ:`, `QUYẾT
 * ĐỊNH:`): a line of the text, not a heading over the articles.
 */
export function isEnactingFormula(line: string): boolean {
  return /^(?:QUYẾT NGHỊ|QUYẾT ĐỊNH|NGHỊ ĐỊNH|BAN HÀNH|CHỈ THỊ)\s*:?$/u.test(
    line.normalize('NFC').trim(),
  );
}

/** Kính gửi / trích yếu markers that open the body rather than continue the title. */
export function opensBody(line: string): boolean {
  return /^(?:kính gửi|căn cứ|thực hiện|theo)(?![\p{L}\p{N}])/iu.test(line.trim());
}

const ROLE_PREFIX = /^(?:T\/M|TM|KT|Q|TL|TUQ|TƯQ)(?:\.\s*|\s+)\S/u;
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
  // `Q. CHỦ TỊCH` (acting) reads like a lettered part `Q.`: the capacity prefix decides first.
  if (ROLE_PREFIX.test(text)) return true;
  // `IV. KIẾN NGHỊ VỚI BỘ TRƯỞNG` is a heading, whatever words it holds.
  if (leadingNumberingMarker(text).ok) return false;
  return ROLE_WORDS.test(text);
}

/** `(Đã ký)`, `(đã ký và đóng dấu)`: where a signature stood. */
export function isSignatureMark(line: string): boolean {
  return /^\((?:đã ký|ký tên|ký|đã ký và đóng dấu)[^)]*\)$/iu.test(line.trim());
}

/**
 * A foot laid out side by side on the same lines, as a text conversion keeps it (`Nơi nhận:` on
 * the left, the signature block on the right, apart by a run of spaces):
 *
 *   splitSideBySide('Nơi nhận:                 TUQ. CHỦ TỊCH') → ['Nơi nhận:', 'TUQ. CHỦ TỊCH']
 *   splitSideBySide('- Như trên;               CHÁNH VĂN PHÒNG') → ['- Như trên;', 'CHÁNH VĂN PHÒNG']
 *   splitSideBySide('- Sở Tài chính;')          → ['- Sở Tài chính;']
 *
 * The right part must be a signature line (a capacity, a signature mark or a name), or nothing is
 * split.
 */
export function splitSideBySide(line: string): [string] | [string, string] {
  const text = line.trim();
  // The first gap of three spaces or more, or of tabs (a run is matched from its first space).
  const gap = /(?<! ) {3,}|\t+/.exec(text);
  if (!gap || gap.index === 0) return [line];
  const left = text.slice(0, gap.index).trim();
  const right = text.slice(gap.index + gap[0].length).trim();
  const signs = isSignerRole(right) || isSignatureMark(right) || isPersonName(right);
  return signs && right !== '' ? [left, right] : [line];
}

/**
 * A foot run onto one line, as a converter that joins a cell's lines does (docling, web pages):
 *
 *   splitRecipientsRun('Nơi nhận: - Bộ Nội vụ; - Lưu: VT.') → ['Nơi nhận:', '- Bộ Nội vụ;', '- Lưu: VT.']
 *   splitSignatureRun('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Song Tùng')
 *     → ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Song Tùng']
 *
 * A line that is not such a run comes back whole.
 */
export function splitRecipientsRun(line: string): string[] {
  const text = line.trim();
  const head = /^nơi nhận\s*:/iu.exec(text);
  if (!head) return [line];
  const rest = text.slice(head[0].length).trim();
  // Only bullets run on: `Nơi nhận:      TUQ. CHỦ TỊCH` is a layout side by side (splitSideBySide).
  if (!/^[-–+•]\s/u.test(rest)) return [line];
  const items = rest.split(/(?<!\S)(?=[-–+•]\s)/u).map((item) => item.trim());
  return [head[0], ...items.filter((item) => item !== '')];
}

export function splitSignatureRun(line: string): string[] {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length < 3 || !ROLE_PREFIX.test(text)) return [line];
  // The name: the capitalised words after the last word in capitals.
  let nameAt = words.length;
  while (nameAt > 0 && /^\p{Lu}\p{Ll}+$/u.test(words[nameAt - 1] ?? '')) nameAt--;
  const name = nameAt < words.length - 1 ? words.slice(nameAt).join(' ') : undefined;
  const capacity = (name === undefined ? words : words.slice(0, nameAt)).join(' ');
  if (/\p{Ll}/u.test(capacity)) return [line];
  // A new capacity starts at each prefix (`KT.`, `TL.` …) and at `PHÓ` after the first.
  const parts = capacity
    .split(/ (?=(?:T\/M|TM|KT|Q|TL|TUQ|TƯQ)\.? |PHÓ )/u)
    .map((part) => part.trim());
  return name === undefined ? parts : [...parts, name];
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

/** An appendix's label alone on its line; a table's caption's start (`Biểu số 01`, `Bảng 1`). */
const APPENDIX_LABEL =
  /^(?:phụ lục(?:\s+(?:số\s+)?[\divxlc]+)?|biểu(?:\s+số)?\s+\d[\p{L}\d./-]*)(?=\s*(?:[:.]\s*)?$)/iu;
const TABLE_CAPTION = /^(?:biểu|bảng)(?:\s+số)?\s+\d/iu;

/**
 * The label of an appendix (phụ lục) or of a statistical form (biểu): `PHỤ LỤC`, `Phụ lục II`,
 * `PHỤ LỤC 01`, `Biểu số 01`, `Biểu 2`.
 */
export function appendixLabel(line: string): string | undefined {
  const match = APPENDIX_LABEL.exec(line.normalize('NFC').trim());
  return match?.[0];
}

/**
 * An appendix's label in capitals with its caption run on after it on one line, as a converter
 * that joins a page's lines writes them: `PHỤ LỤC Biểu số 02: Một số chỉ tiêu …`, `PHỤ LỤC II: TÌNH
 * HÌNH …`. Not prose that names an appendix (`Phụ lục kèm theo …`, `PHỤ LỤC này …`): the caption
 * starts with a capital and is no sentence.
 *
 *   appendixWithCaption('PHỤ LỤC Biểu số 02: Một số chỉ tiêu') → { label: 'PHỤ LỤC', caption: 'Biểu số 02: Một số chỉ tiêu' }
 */
export function appendixWithCaption(line: string): { label: string; caption: string } | undefined {
  const text = line.normalize('NFC').trim();
  if (text.length > MAX_CAPTION_LINE || /[.;]$/u.test(text)) return undefined;
  const match = /^(PHỤ LỤC(?: (?:SỐ )?(?:\d{1,2}|[IVXL]{1,5}))?)[:.]? (?=\p{Lu})/u.exec(text);
  if (!match) return undefined;
  return { label: match[1] as string, caption: text.slice(match[0].length) };
}

/**
 * A line that says what a document is attached to (`(Kèm theo Báo cáo số 87/BC-STNMT ngày …)`,
 * `Kèm theo Kế hoạch số …`), under an appendix's caption: no heading, whatever its type.
 */
export function isAttachmentNote(line: string): boolean {
  return /^\(?\s*kèm theo(?![\p{L}])/iu.test(line.normalize('NFC').trim());
}

/**
 * A table's caption (`Biểu số 01: Một số chỉ tiêu …`, `Biểu 2 - …`, `Bảng 1: …`), not an
 * appendix's own title.
 *
 *   isTableCaption('Biểu số 01: Một số chỉ tiêu chủ yếu') → true
 *   isTableCaption('TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU') → false
 */
export function isTableCaption(text: string): boolean {
  return TABLE_CAPTION.test(text.normalize('NFC').trim());
}

/** An appendix's caption is a title: longer is prose. */
const MAX_CAPTION_LINE = 250;

/**
 * A caption printed over the rest of a table that goes on from the page before: `(tiếp theo)`,
 * `(Tiếp)`, `Biểu số 01 (tiếp theo)`, `PHỤ LỤC II (tiếp theo)`, `Một số chỉ tiêu chủ yếu (tiếp
 * theo)`, `(Tiếp theo Biểu số 01)`, `(tiếp theo trang trước)`, or `Tiếp theo` alone or after a
 * label (`Biểu số 01 tiếp theo`). Not a sentence that goes on (`Tiếp theo, Sở đã …`), nor
 * `(tiếp tục thực hiện)`.
 */
export function isContinuationCaption(line: string): boolean {
  const text = line.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 300) return false;
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('['));
  const close = text.indexOf(text.charAt(open) === '(' ? ')' : ']', open);
  if (open >= 0 && close > open) {
    const mark = text.slice(open + 1, close).trim();
    // What stands before the brackets repeats the caption (a label, the title): no sentence.
    const before = text.slice(0, open).trim();
    // What may follow: the title after a colon or a dash (`Biểu số 01 (tiếp theo): Thu ngân sách`).
    const after = text.slice(close + 1).trim();
    return (
      /^tiếp(?: theo(?: \S.*)?)?$/iu.test(mark) &&
      before.length <= 200 &&
      !/[.;:,]$/.test(before) &&
      (after === '' || (/^[:.–-]/.test(after) && !/[.;:]/.test(after.slice(1))))
    );
  }
  const bare = /(?:^| )tiếp(?: theo)?[.:]?$/iu.exec(text);
  if (!bare) return false;
  const label = text.slice(0, bare.index).trim();
  return label === '' || appendixLabel(label) !== undefined;
}

/**
 * A type in capitals running into its summary line, as a converter that merged the head's lines
 * leaves it: `BÁO CÁO sơ kết công tác 6 tháng đầu năm …`.
 */
function typeRunsIn(column: string): boolean {
  return DOCUMENT_TYPES.some((type) => {
    const at = column.indexOf(`${type} `);
    if (at < 0 || (at > 0 && /\p{L}/u.test(column.charAt(at - 1)))) return false;
    return /\p{Ll}/u.test(column.charAt(at + type.length + 1));
  });
}

/**
 * Whether a run of text opens a part of the document's head or a new heading, as a line of its
 * own would: a type in capitals (`BÁO CÁO Tình hình …`, the summary run in), an appendix
 * (`PHỤ LỤC Một số chỉ tiêu …`), `Nơi nhận:`, a signer's capacity, a place and date, or a
 * numbering marker (`II. LÃNH ĐẠO …`, `1. Công tác …`). A converter that joins a page's lines
 * (pdf.js-based ones) runs such lines into the paragraph before or after them.
 */
export function opensHeadPart(
  run: string,
): 'type' | 'appendix' | 'foot' | 'date' | 'numbered' | undefined {
  const text = run.normalize('NFC').trim();
  if (text === '') return undefined;
  if (DOCUMENT_TYPES.some((type) => text === type || text.startsWith(`${type} `))) return 'type';
  if (/^PHỤ LỤC(?:\s|$)/u.test(text)) return 'appendix';
  if (isRecipientsHeading(text) || isSignerRole(text)) return 'foot';
  if (placeAndDate(text)) return 'date';
  if (leadingNumberingMarker(text).ok) return 'numbered';
  return undefined;
}

/**
 * Where a second heading starts inside a run that a converter merged from two lines in bold:
 * `BÁO CÁO sơ kết … năm 2024 I. CÔNG TÁC XÂY DỰNG ĐẢNG` (a title and the first Roman heading),
 * `Hoàng Nam PHỤ LỤC Một số chỉ tiêu …` (the signer's name and the appendix). A Roman heading
 * or a part's (`PHẦN I KẾT QUẢ …`) counts only in capitals to the end, an appendix only as
 * `PHỤ LỤC` in capitals; the offset of its first character, or undefined.
 */
export function embeddedHeadingStart(run: string): number | undefined {
  // A numbered heading's first child run on after it (`1. Tăng trưởng và sản xuất 1.1. Tăng
  // trưởng toàn ngành`): the child's marker goes on from the run's own (`1.` → `1.1.`).
  const own = leadingNumberingMarker(run);
  const path = own.ok && own.value.end < run.length ? own.value.path : undefined;
  for (let at = run.indexOf(' '); at >= 0; at = run.indexOf(' ', at + 1)) {
    const start = at + 1;
    const rest = run.slice(start);
    if (rest.startsWith('PHỤ LỤC') && /\p{L}/u.test(run.slice(0, at))) return start;
    // The roman number of a part's or a chapter's marker (`PHẦN I. KẾT QUẢ`) is no heading's start.
    if (/(?:^|\s)(?:phần|chương|mục)$/iu.test(run.slice(0, at))) continue;
    const marker = leadingNumberingMarker(rest);
    if (
      path &&
      marker.ok &&
      marker.value.numbering === 'multilevel' &&
      marker.value.path.length === path.length + 1 &&
      path.every((step, k) => marker.value.path[k] === step) &&
      marker.value.path.at(-1) === 1 &&
      /^\s*\p{Lu}/u.test(rest.slice(marker.value.end))
    ) {
      return start;
    }
    if (
      marker.ok &&
      (marker.value.numbering === 'roman' || marker.value.numbering === 'part') &&
      /\p{Lu}/u.test(rest.slice(marker.value.end)) &&
      !/\p{Ll}/u.test(rest)
    ) {
      return start;
    }
  }
  return undefined;
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
 * or party line stands beside the issuer, so it shows that an issuer is there, as does a line that
 * names an issuing body (issuerLine). A draft's blank
 * number (`Số:   /BC-UBND`) or undated date line shows no value to read.
 *
 *   headFields('THÀNH ỦY HẢI PHÒNG        ĐẢNG CỘNG SẢN VIỆT NAM')          → ['issuer']
 *   headFields('Số 45-BC/TU    Hải Phòng, ngày 15 tháng 4 năm 2023')       → ['documentNumber', 'issuedOn']
 *   headFields('BÁO CÁO')                                                  → ['documentType']
 *   headFields('UBND TỈNH LÀO CAI')                                        → ['issuer']
 *   headFields('Nơi nhận:            T/M BAN THƯỜNG VỤ')                  → ['recipients', 'signer']
 *   headFields('Thành ủy lãnh đạo, chỉ đạo triển khai.')                   → []
 */
export function headFields(line: string): HeadField[] {
  const fields = new Set<HeadField>();
  for (const column of line.split('|').flatMap((cell) => cell.split(/\t+| {3,}/))) {
    if (typeRunsIn(column)) fields.add('documentType');
    for (const part of splitHeaderLine(column.trim())) {
      // Every part of a header is a short line; a sentence of the body is none of them.
      if (part === '' || part.length > MAX_PART) continue;
      if (nationalLine(part) || issuerLine(part) === 'body') fields.add('issuer');
      if (documentNumberLine(part)) fields.add('documentNumber');
      if (placeAndDate(part)?.date) fields.add('issuedOn');
      if (documentType(part)) fields.add('documentType');
      if (isRecipientsHeading(part)) fields.add('recipients');
      if (isSignerRole(part)) fields.add('signer');
    }
  }
  return [...fields];
}
