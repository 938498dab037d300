/**
 * The words of appendix tables (biểu): what a column holds, read from its header, and what a row's
 * label says about the rows under it.
 *
 *   columnRole('TT')                                  → 'order'
 *   columnRole('Chỉ tiêu')                            → 'label'
 *   columnRole('Đơn vị tính'), columnRole('ĐVT')      → 'unit'
 *   columnRole('Kế hoạch năm 2023')                   → 'plan'
 *   columnRole("U' TH Quý I/ 2023")                   → 'estimate'   (OCR of Ước TH)
 *   columnRole('Thực hiện quý I')                     → 'actual'
 *   columnRole("U' TH Quý I/2023 so với cùng kỳ (%)") → 'yoy'        (the comparison decides)
 *   columnRole('So với KH 2023 (%)')                  → 'share_of_plan'
 *   headerUnit('so với cùng kỳ (%)')                  → '%'
 *   namesPeriod('Tháng 10/2024'), namesPeriod('Lũy kế 10 tháng') → true
 *   namesCount('Số trường'), namesCount('Bình quân học sinh/lớp') → true
 *   tableUnitLine('Đơn vị tính: triệu đồng')        → 'triệu đồng'
 *   rowGroup('Bao gồm:')                              → 'comprising'  (children add up)
 *   rowGroup('Tổng thu ngân sách, trong đó:')         → 'of_which'    (children are part of it)
 *   rowLabel('- Thu nội địa')                         → { text: 'Thu nội địa', bullet: '-', mark: null }
 *   rowLabel('a) Thu điều tiết')                      → { text: 'Thu điều tiết', bullet: null, mark: 'a)' }
 *   isTotalLabel('Tổng cộng'), isTotalLabel('Toàn tỉnh') → true
 *   startsTotal('Tổng số thu ngân sách'), startsTotal('Cộng 130,600') → true; startsTotal('Cộng đồng') → false
 *   isRateUnit('%'), isRateUnit('Chỉ số'), isRateUnit(null) → true; isRateUnit('Tỷ đồng') → false
 *   isFigureCell('7.125,6'), isFigureCell('-'), isFigureCell('-1.533'), isFigureCell('7,0 - 7,5') → true
 *   isUnitCell('Tỷ đồng'), isUnitCell('%'), isUnitCell('Triệu USD'), isUnitCell('tạ/ha') → true; isUnitCell('Tỷ') → false
 *   isQuantityCell('1.246 lượt'), isQuantityCell('93,4%') → true; isQuantityCell('Trạm Y tế') → false
 */
import type { ColumnRole, Period } from '../schema/document.js';
import { findPeriods, joinCutYears, mainPeriod } from './period.js';
import { findQuantities } from './quantity.js';
import { readScale, unitTable } from './units.js';

/** Headers are matched folded: lower case, one space, OCR `U'`/`Ư'` read as `ước`. */
function fold(header: string): string {
  return header
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/(?<![\p{L}])[uư]['’`]\s*(?=th)/gu, 'ước ')
    .trim();
}

/** Word edges spelled out: Vietnamese letters are not `\w`, so `\b` cannot be used. */
const edge = (pattern: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'u');

const ROLES: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  // (Its letters a narrow column set apart: `S T T`, `ST T`.)
  ['order', /^(?:s ?t ?t|t ?t|số tt|số thứ tự|thứ tự)$/u],
  // A comparison names the figure it compares, so it is tested before plan and estimate.
  ['share_of_plan', edge('so (?:với|sánh)(?: \\(%\\))?(?: /)? (?:kh|kế hoạch|dự toán|chỉ tiêu)')],
  // Compared with last year (`so với cùng kỳ`, `Tăng (+), giảm (-) so với cùng kỳ`). `Cùng kỳ
  // năm 2023` alone is last year's figure itself: an actual, in the row's unit.
  [
    'yoy',
    /^(?=.*(?:cùng kỳ|cùng kì|năm trước|(?<![\p{L}])ck(?![\p{L}])))(?=.*(?:so (?:với|sánh)|tăng|giảm))/u,
  ],
  ['actual', edge('cùng kỳ|cùng kì')],
  // `Đơn vị` alone heads a column of districts or agencies, not units.
  ['unit', edge('đơn vị tính|đvt|đơn vị đo')],
  // A target set (`Chỉ tiêu giao năm 2023`, `Chỉ tiêu được giao`) is a plan, not the names.
  ['plan', edge('chỉ tiêu (?:được |đã )?giao(?! thông)|chỉ tiêu kế hoạch|chỉ tiêu năm \\d{4}')],
  [
    'label',
    edge(
      'chỉ tiêu|nội dung|danh mục|hạng mục|tên chỉ tiêu|lĩnh vực|nguồn vốn|tên dự án|tên công trình',
    ),
  ],
  ['estimate', edge('ước thực hiện|ước th|ước tính|ước')],
  ['plan', edge('kế hoạch|kh|dự toán|mục tiêu')],
  ['actual', edge('thực hiện|th|kết quả')],
];

export function columnRole(header: string): ColumnRole {
  const folded = fold(header);
  for (const [role, pattern] of ROLES) if (pattern.test(folded)) return role;
  return 'other';
}

/**
 * A header's role where it stands: right after the name's header (`afterName`), `Đơn vị` alone
 * heads the units; elsewhere it heads a column of districts or agencies.
 *
 *   headerRole('Đơn vị', true) → 'unit';  headerRole('Đơn vị', false) → 'other'
 */
export function headerRole(header: string, afterName: boolean): ColumnRole {
  return afterName && fold(header) === 'đơn vị' ? 'unit' : columnRole(header);
}

/**
 * The unit a header gives its column: `(%)`, `(tỷ đồng)`; undefined when it gives none, and for
 * a note in brackets that is no unit (`(điều chỉnh)`, `(sơ bộ)`).
 */
export function headerUnit(header: string): string | undefined {
  const match = /\(([^()]{1,20})\)\s*$/u.exec(header.trim());
  const unit = match?.[1]?.trim();
  if (unit === undefined) return undefined;
  if (unit === '%') return unit;
  const [quantity] = findQuantities(`1 ${unit}`);
  const known =
    quantity?.end === unit.length + 2 &&
    (quantity.unit !== undefined || quantity.scale !== undefined);
  return known ? unit : undefined;
}

/**
 * How much a header read from scattered words makes sense, to choose between readings: one for
 * naming its column's role, one for a period read whole, one for a comparison written whole, one
 * for each sign in its place after its word (`Tăng (+)`, `giảm (-)`).
 *
 *   headerSense('So với KH (%)') → 2;  headerSense('Tăng (+), giảm (-) so với năm 2023') → 3
 *   headerSense('Thực hiện 6 tháng đầu năm 2024') → 2;  headerSense('Kế thực hoạch') → 0
 */
export function headerSense(header: string): number {
  const folded = fold(header);
  const signs = folded.match(/(?:tăng|giảm) \([+-]\)/gu)?.length ?? 0;
  const period = findPeriods(header).length > 0 ? 1 : 0;
  const whole = COMPARISONS.some((pattern) => pattern.test(folded)) ? 1 : 0;
  return (columnRole(header) === 'other' ? 0 : 1) + period + signs + whole;
}

/** A comparison's header as written whole: `So với KH năm (%)`, `So với cùng kỳ (%)`. */
const COMPARISONS: readonly RegExp[] = [
  /^so (?:với|sánh) (?:kh|kế hoạch|dự toán|chỉ tiêu)(?: năm)?(?: \d{4})?(?: \(%\))?$/u,
  /^so (?:với|sánh) cùng kỳ(?: năm trước)?(?: \(%\))?$/u,
];

/**
 * A header that names a count, an average or a rate, as a column of figures does (`Số trường`,
 * `Số học sinh (trẻ)`, `Bình quân học sinh/lớp`, `Tỷ lệ`).
 */
export function namesCount(header: string): boolean {
  return /^(?:số|tổng số|bình quân|tỷ lệ|tỉ lệ)(?:\s|$)/u.test(fold(header));
}

/**
 * A header that says its column holds figures: it names a measure or a comparison, a period, a
 * unit in brackets or a count (`Kế hoạch`, `Quý I/2024`, `Tăng, giảm (%)`, `Số trường`); never
 * the order's, the names' or the units' header.
 */
export function namesFigureColumn(header: string): boolean {
  const role = columnRole(header);
  if (role === 'label' || role === 'order' || role === 'unit') return false;
  return (
    role !== 'other' ||
    namesPeriod(header) ||
    namesCount(header) ||
    headerUnit(header) !== undefined
  );
}

/**
 * A names' column's header that names no role (`Cây trồng`, `Môn học`, `Loại hình, cấp học`): a
 * few words, nothing that ends a sentence. It heads the names only where a
 * figure column's header comes after it (`namesFigureColumn`), which the caller sees.
 */
export function namesHeaderNamingNoRole(header: string): boolean {
  const text = header.trim();
  return (
    text.split(/\s+/u).length <= NAMES_HEADER_WORDS &&
    !/[.:;]$/u.test(text) &&
    columnRole(text) === 'other'
  );
}

/** The most words a names' header that names no role takes. */
export const NAMES_HEADER_WORDS = 6;

/**
 * A header that names a period or a span of months, as a column of figures for it does
 * (`Tháng 10/2024`, `Quý I/2024`, `Lũy kế 10 tháng`, `9 tháng năm 2023`).
 */
export function namesPeriod(header: string): boolean {
  return findPeriods(header).length > 0 || /(?<![\p{L}\d])\d{1,2} tháng(?![\p{L}])/iu.test(header);
}

/** A line that gives a table's unit: `Đơn vị tính: triệu đồng`, `(ĐVT: tỷ đồng)`. */
const UNIT_LINE = /^\(?(?:đơn vị tính|đvt|đơn vị) ?: ?([^()\s][^()]{0,29})\)?$/iu;

/**
 * The unit a line under a table's caption gives its figures, where the line is only that:
 * `Đơn vị tính: triệu đồng` → `triệu đồng`; undefined for any other line, and where the words
 * after it name no unit.
 */
export function tableUnitLine(line: string): string | undefined {
  const unit = UNIT_LINE.exec(line.trim())?.[1]?.trim();
  return unit !== undefined && headerUnit(`(${unit})`) !== undefined ? unit : undefined;
}

/** A comparison column that gives the change itself (`Tăng (+), giảm (-) so với cùng kỳ`), not an index. */
export function isChangeColumn(header: string): boolean {
  return /(?<![\p{L}])(?:tăng|giảm)(?![\p{L}])|\+\s*(?:\/\s*)?-/u.test(fold(header));
}

/** What a label row says of the rows under it: they add up (`Bao gồm`), or are part of it. */
export function rowGroup(label: string): 'comprising' | 'of_which' | undefined {
  const folded = fold(label).replace(/[:.]$/, '').trim();
  if (/(?:^|, ?)(?:bao gồm|gồm|chia ra|cụ thể)$/u.test(folded)) return 'comprising';
  if (/(?:^|, ?)trong đó$/u.test(folded)) return 'of_which';
  return undefined;
}

/** A label row says only that: `Bao gồm:`, `Trong đó:` with nothing before. */
export function isLabelOnly(label: string): boolean {
  return /^(?:bao gồm|gồm|chia ra|cụ thể|trong đó)\s*:?$/u.test(fold(label));
}

/**
 * A row that totals the rows above it, never one of them: `Tổng cộng`, `Cộng`, `Tổng số`, `Toàn
 * tỉnh`, `Toàn thành phố`.
 */
export function isTotalLabel(label: string): boolean {
  return /^(?:tổng cộng|cộng|tổng số|toàn (?:tỉnh|thành phố|huyện|quốc|ngành))\s*:?$/u.test(
    fold(label),
  );
}

/**
 * A row's label that starts with the words of a total, the rest of its name after them or its
 * figures (`Tổng số thu ngân sách …`, `Cộng 130,600 …`): an unnumbered row of a table, never a
 * phrase that only starts with the word (`Cộng đồng dân cư`, `Tổng mức bán lẻ`).
 */
export function startsTotal(label: string): boolean {
  const folded = fold(label);
  return (
    /^(?:tổng cộng|tổng số|toàn (?:tỉnh|thành phố|huyện|quốc|ngành))(?![\p{L}])/u.test(folded) ||
    /^cộng(?=\s*(?:$|:|[-–\d(]))/u.test(folded)
  );
}

/**
 * A label that names a sum by its first word, `tổng` (total): `TỔNG THU NGÂN SÁCH NHÀ NƯỚC`, `Tổng
 * vốn đầu tư`; a group's capital letter before it heads a total row that has figures of its own.
 *
 *   namesSum('TỔNG THU NGÂN SÁCH') → true;  namesSum('Tổ chức') → false
 */
export function namesSum(label: string): boolean {
  return /^tổng(?![\p{L}])/u.test(fold(label));
}

/**
 * A row whose unit makes its figures rates or indexes, which neither add up nor compare as
 * amounts: no unit, `%`, or a unit naming an index, a speed or a ratio (`chỉ số`, `tốc độ`, `tỷ lệ`).
 */
export function isRateUnit(unit: string | null): boolean {
  return unit === null || unit.includes('%') || RATE_UNIT.test(fold(unit));
}

/**
 * Whether a row's name names a rate, where the table gives no unit (`Tỷ lệ hộ nghèo`, `Tỉ lệ …`,
 * `Tốc độ tăng trưởng GRDP`, `Chỉ số giá`, `… (%)`).
 */
export function namesRate(name: string): boolean {
  return RATE_NAME.test(fold(name));
}

/** An index's, a speed's or a ratio's words (folded). */
const RATE_UNIT = /chỉ số|tốc độ|tỷ lệ/u;
/** The same words as a rate unit's, and `tỉ lệ`, a growth (`tăng trưởng`), a percent. */
const RATE_NAME = /%|(?<![\p{L}])(?:chỉ số|tốc độ|tỷ lệ|tỉ lệ|tăng trưởng)(?![\p{L}])/u;

/**
 * A rate's row: by its unit where the table has a unit column (`isRateUnit`: none read is a
 * rate's), else by its name (`namesRate`).
 */
export function isRateRow(unitColumn: boolean, unit: string | null, name: string): boolean {
  return unitColumn ? isRateUnit(unit) : namesRate(name);
}

/**
 * A row label without its bullet (`- Thu nội địa`, `+ Dịch vụ`, `• …`) or its sub-row's letter
 * (`a) Thu điều tiết`): a mark that numbers the row, written in the label's cell where the table
 * has no order column or left it empty; it is the row's order, not part of its name.
 */
export function rowLabel(label: string): {
  text: string;
  bullet: string | null;
  mark: string | null;
} {
  const bullet = /^([-–+•*])\s+/u.exec(label);
  if (bullet)
    return { text: label.slice(bullet[0].length).trim(), bullet: bullet[1] ?? null, mark: null };
  const letter = /^([a-zđ]\))\s+(?=\S)/u.exec(label);
  if (letter)
    return { text: label.slice(letter[0].length).trim(), bullet: null, mark: letter[1] ?? null };
  return { text: label.trim(), bullet: null, mark: null };
}

/** A figure as a table's cell holds it: `475`, `7.125,6`, `104,0`, `-6` (a fall), `-` for none. */
const FIGURE_CELL = /^(?:[-–]|[-–+]?(?:\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?))$/u;
/** Two figures as a range, one cell: a plan given as `7,0 - 7,5`. */
const RANGE_CELL = /^\d+(?:[.,]\d+)*\s*[-–]\s*\d+(?:[.,]\d+)*$/u;

/** A table cell that is one figure: a number, `-` for none, or a range (`7,0 - 7,5`). */
export function isFigureCell(text: string, ranges = true): boolean {
  return FIGURE_CELL.test(text) || (ranges && RANGE_CELL.test(text));
}

/**
 * A header whose text holds a span's header and a measure's under it run together, the two tiers
 * of a merged cell a reader printed as one block (`Năm 2024 Kế hoạch`, `Năm 2023 Thực hiện`):
 * where it stands, the header's other blocks are out of their tiers' order too.
 *
 *   gluesTiers('Năm 2024 Kế hoạch') → true;  gluesTiers('Kế hoạch năm 2024') → false
 */
export function gluesTiers(header: string): boolean {
  const [first] = findPeriods(header);
  if (!first || header.slice(0, first.start).trim() !== '') return false;
  const rest = header.slice(first.end).trim();
  const role = columnRole(rest);
  return /^\p{Lu}/u.test(rest) && (role === 'plan' || role === 'actual' || role === 'estimate');
}

/**
 * How many figures with digits end a text, one after another: a table row's cells after its name
 * (`Thu tiền sử dụng đất 420.000 520.000 268.350 63,9 89,0` → 5); a heading's title ends in one
 * at most (`Kết quả năm 2024`).
 */
export function trailingFigures(text: string): number {
  const tokens = text.trim().split(/\s+/u);
  let count = 0;
  while (count < tokens.length && /\d/u.test(tokens[tokens.length - 1 - count] as string)) {
    if (!isFigureCell(tokens[tokens.length - 1 - count] as string, false)) break;
    count++;
  }
  return count;
}

/**
 * A figure's first part where a narrow column wrapped it, its rest starting the next line: after
 * its decimal comma (`10.486,` / `3`), a thousands group short of its three digits (`286.4` /
 * `50`, `26.33` / `0`, `1.842.` / `370`), a bracket left open (`(17.21` / `8)`, `(` / `6)`), or a
 * sign alone (`-` / `1.533`), a change's sign too (`+24.1` / `76`). No whole figure is written so.
 *
 *   isCutFigure('286.4') → true;  isCutFigure('286.450') → false;  isCutFigure('70,3') → false
 */
export function isCutFigure(text: string): boolean {
  return CUT_FIGURE.test(text);
}

const CUT_FIGURE =
  /^(?:[-–+]|[-–+]?\d{1,3}(?:\.\d{3})*(?:,|\.\d{0,2})|\((?:\d{1,3}(?:\.\d{3})*(?:[.,]\d*)?)?)$/u;

/**
 * The rest of a cut figure on the next line: digits, maybe its bracket closed (`50`, `3`, `8)`), or
 * its decimals or last thousands where the wrap fell before the comma or the dot (`,6` of `35.214`
 * / `,6`, `.000` of `8.750` / `.000`).
 */
export function isFigureRest(text: string): boolean {
  return /^(?:\d+(?:[.,]\d+)*|,\d+|\.\d{3}(?:\.\d{3})*(?:,\d+)?)\)?$/u.test(text);
}

/**
 * Whether a figure's first part and the rest the next line starts with are one figure a narrow
 * column cut: after a cut (`isCutFigure`: `10.486,` / `3`, `286.4` / `50`), or before the decimal
 * comma or a thousands dot, the first part a whole number (`35.214` / `,6`, `8.750` / `.000`).
 *
 *   cutFigureJoins('286.4', '50') → true;  cutFigureJoins('35.214', ',6') → true;  cutFigureJoins('70,3', '5') → false
 */
export function cutFigureJoins(first: string, rest: string): boolean {
  if (/^[.,]\d/u.test(rest)) {
    return (
      /^[-–(]?\d{1,3}(?:\.\d{3})*$/u.test(first) &&
      isFigureRest(rest) &&
      isWholeFigure(first + rest)
    );
  }
  return isCutFigure(first) && isFigureRest(rest);
}

/** A cut figure and its rest made whole again: a figure, or a negative in brackets (`(17.218)`). */
export function isWholeFigure(text: string): boolean {
  return isFigureCell(text, false) || /^\(\d{1,3}(?:\.\d{3})*(?:,\d+)?\)$/u.test(text);
}

/**
 * A cell that is a figure with its unit written after it, where the table has no unit column
 * (`1.246 lượt`, `18/19 trẻ`, `93,4%`, `0 ca`): a number, then `%` or a word or two in lower case.
 */
export function isQuantityCell(text: string): boolean {
  return /^[-–+]?\d[\d.,/]*\s*(?:%|\p{Ll}+(?: \p{Ll}+)?)$/u.test(text.trim());
}

/**
 * A unit as a table's unit column writes it, a scale before it or not: `Tỷ đồng`, `Triệu USD`,
 * `Nghìn lượt`, `%`, `Người`. A scale alone (`Tỷ`) is not one, nor a column's header (`Đơn vị`).
 */
export function isUnitCell(text: string): boolean {
  if (columnRole(text) !== 'other' || /^(?:đơn vị|đvt)(?![\p{L}])/iu.test(text)) return false;
  // A rate of two units: `tạ/ha`, `người/km²`.
  const [per, over, ...more] = text.split('/');
  if (over !== undefined && more.length === 0) {
    return per !== undefined && isUnitCell(per.trim()) && isUnitCell(over.trim());
  }
  const lower = text.toLocaleLowerCase('vi');
  const scale = readScale(lower, 0)?.end ?? 0;
  const from = scale === 0 ? 0 : scale + 1;
  return from <= lower.length && unitTable().read(lower, from)?.end === lower.length;
}

/**
 * What a table's percent column says of the order its figures were read in. A column headed in
 * percent (`So sánh (%)`, `Tỷ lệ (%)`) often is one figure column over another × 100 (`743,5` /
 * `728,2` → `102,10`), to its own decimals. Where one such pair of columns gives every row's
 * percent that has the three figures (at least two rows), the order is `proven`; where none does
 * but one gives most rows' (at least two) and not the others', those rows' figures were read out
 * of order: `contradicted`. Else `unknown` (the percent compares with a figure the table lacks).
 * `figures`: the figure columns' headers; `rows`: each row's figures in those columns.
 */
export function ratioOrder(
  figures: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): 'proven' | 'contradicted' | 'unknown' {
  let proven = false;
  let contradicted = false;
  for (const { agree, differ } of ratioPairs(figures, rows)) {
    if (agree.length >= 2 && differ.length === 0) proven = true;
    else if (agree.length >= 2 && agree.length > differ.length) contradicted = true;
  }
  if (proven) return 'proven';
  return contradicted ? 'contradicted' : 'unknown';
}

/**
 * The order of each row's figures where `ratioOrder` finds the table `contradicted`: a row whose
 * percent does not follow from its pair of columns is put in the one order in which it does (its
 * other figures keep theirs: `728,2 760,0 743,5 102,10` under `cùng kỳ`, `ước`, `%`, `kế hoạch` is
 * `728,2 743,5 102,10 760,0`). For each row, the indices of its figures in their new order, or
 * undefined where the row stays; undefined in all when a row has no such order, or more than one,
 * or the table is not contradicted by one pair of columns.
 */
export function ratioReorder(
  figures: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): Array<number[] | undefined> | undefined {
  const pairs = ratioPairs(figures, rows);
  if (pairs.some(({ agree, differ }) => agree.length >= 2 && differ.length === 0)) return undefined;
  const found = pairs.filter(
    ({ agree, differ }) => agree.length >= 2 && agree.length > differ.length,
  );
  const pair = found.length === 1 ? found[0] : undefined;
  if (!pair) return undefined;
  const { a, b, p } = pair;
  // A percent is a percent in every row: one far out of the others' range is another column's
  // figure (`743,5` / `102,10` × 100 is `728,2` too, the same relation turned round).
  const percents = pair.agree.map((r) => cellValue(rows[r]?.[p]) as number);
  const low = percents.reduce((min, value) => Math.min(min, value), Number.POSITIVE_INFINITY);
  const high = percents.reduce((max, value) => Math.max(max, value), Number.NEGATIVE_INFINITY);
  const likePercent = (text: string) => {
    const value = cellValue(text);
    const floor = low > 0 ? low / 3 : Number.NEGATIVE_INFINITY;
    return value !== undefined && value >= floor && value <= Math.abs(high) * 3;
  };
  const orders: Array<number[] | undefined> = rows.map(() => undefined);
  for (const r of pair.differ) {
    const row = rows[r] as readonly string[];
    // A percent the report printed wrong stays as printed: only a row whose percent cell holds
    // another column's figure was read out of order (else the table stays text).
    if (likePercent(row[p] as string)) return undefined;
    const ways: number[][] = [];
    row.forEach((_, x) => {
      row.forEach((_, y) => {
        row.forEach((_, z) => {
          if (x === y || y === z || x === z) return;
          // The other columns take the other figures in their printed order.
          const rest = row.map((_, k) => k).filter((k) => k !== x && k !== y && k !== z);
          const order = row.map((_, column) => {
            if (column === a) return x;
            if (column === b) return y;
            if (column === p) return z;
            return rest.shift() as number;
          });
          const figures = order.map((k) => row[k] as string);
          if (!likePercent(figures[p] as string)) return;
          if (ratioHolds(figures, a, b, p) === true) ways.push(order);
        });
      });
    });
    if (ways.length !== 1) return undefined;
    orders[r] = ways[0];
  }
  return orders;
}

/** A figure cell as the table writes it: `.` thousands, `,` decimals (`74,310` is 74.31 here). */
function cellValue(text: string | undefined): number | undefined {
  if (text === undefined || !/\d/u.test(text) || !isFigureCell(text, false)) return undefined;
  return Number(text.replace(/[–]/gu, '-').replace(/\./gu, '').replace(',', '.'));
}

/**
 * Whether the row's figure `p` is `b` over `a` × 100, to the figures' decimals; undefined when a
 * figure is missing.
 */
function ratioHolds(row: readonly string[], a: number, b: number, p: number): boolean | undefined {
  const [base, part, percent] = [cellValue(row[a]), cellValue(row[b]), cellValue(row[p])];
  if (base === undefined || part === undefined || percent === undefined || base === 0) {
    return undefined;
  }
  // Each figure is rounded to its decimals: the percent may be off by what that moves.
  const half = (text: string | undefined) =>
    0.5 * 10 ** -(/,(\d+)$/u.exec(text ?? '')?.[1]?.length ?? 0);
  const within =
    half(row[p]) +
    Math.abs(percent) * (half(row[a]) / Math.abs(base) + half(row[b]) / Math.abs(part || 1)) +
    1e-9;
  return Math.abs((part / base) * 100 - percent) <= within;
}

/**
 * Each pair of figure columns and a percent column, with the rows where the percent follows from
 * the pair and those where it does not.
 */
function ratioPairs(
  figures: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): Array<{ a: number; b: number; p: number; agree: number[]; differ: number[] }> {
  const pairs: Array<{ a: number; b: number; p: number; agree: number[]; differ: number[] }> = [];
  figures.forEach((header, p) => {
    if (!/%/u.test(header)) return;
    figures.forEach((_, a) => {
      figures.forEach((_, b) => {
        if (a === p || b === p || a === b) return;
        const agree: number[] = [];
        const differ: number[] = [];
        rows.forEach((row, r) => {
          const holds = ratioHolds(row, a, b, p);
          if (holds === true) agree.push(r);
          else if (holds === false) differ.push(r);
        });
        pairs.push({ a, b, p, agree, differ });
      });
    });
  });
  return pairs;
}

/** A header that names a measure, maybe of a span of months (`Kế hoạch`, `Ước TH 9 tháng`), no percent. */
function namesMeasure(header: string): boolean {
  const role = columnRole(header);
  return (role === 'plan' || role === 'actual' || role === 'estimate') && !/%/u.test(header);
}

/** A header that names a measure and nothing else: `Kế hoạch`, `Thực hiện`, `Ước TH` (no period). */
function isMeasureOnly(header: string): boolean {
  const role = columnRole(header);
  return (
    (role === 'plan' || role === 'actual' || role === 'estimate') &&
    !/\d/u.test(header) &&
    !/%/u.test(header)
  );
}

/**
 * A line that lists measures' headers side by side, as a text extractor prints a lower tier
 * (`Kế hoạch Thực hiện`): each header, from its capital; undefined unless there are two or more
 * and each names a measure and nothing else.
 *
 *   measureHeaders('Kế hoạch Thực hiện') → ['Kế hoạch', 'Thực hiện'];  measureHeaders('Kế hoạch năm') → undefined
 */
export function measureHeaders(line: string): string[] | undefined {
  const headers: string[] = [];
  for (const word of line.trim().split(/\s+/u)) {
    const last = headers.length - 1;
    if (last >= 0 && !/^\p{Lu}/u.test(word)) headers[last] = `${headers[last]} ${word}`;
    else headers.push(word);
  }
  return headers.length > 1 && headers.every(isMeasureOnly) ? headers : undefined;
}

/**
 * The spans of a header printed in two tiers, as a text extractor or a converter that writes a
 * cell at a time lists it (or a comparison over its bases, see `comparisonSpans`): the upper
 * tier's figure headers (`top`: periods over their measures,
 * `Năm 2022`, `Năm 2023`, and headers of their own that take both tiers, `Tăng (+), giảm (-) …`),
 * then the lower tier's measures (`lower`: `Thực hiện`, `Kế hoạch`, `Thực hiện`). Each period
 * heads a run of measures: a run ends where a measure repeats or a plan comes after another measure
 * (a year's plan is printed before its actual). For each upper header, how many lower ones it
 * heads (0: its own column over both tiers); undefined when the runs are not one a period.
 * `columns`: how many figures the table's rows hold, where known; it lets one period head its
 * measures, since it then says the header is not flat.
 *
 *   tierSpans(['Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)'], ['Thực hiện', 'Kế hoạch', 'Thực hiện'])
 *     → [1, 2, 0]
 *   tierSpans(['6 tháng năm 2024', 'So với kế hoạch (%)'], ['Kế hoạch', 'Thực hiện'], 3) → [2, 0]
 */
export function tierSpans(
  top: readonly string[],
  lower: readonly string[],
  columns?: number,
): number[] | undefined {
  const comparison = comparisonSpans(top, lower) ?? mixedSpans(top, lower);
  if (comparison) return comparison;
  if (lower.length === 0 || !lower.every(isMeasureOnly)) return undefined;
  const heads = top.map(isPeriodHead);
  // Two periods at least: one period over measures (`Năm 2023 | Kế hoạch | Thực hiện`) reads as a
  // flat header just as well, unless the rows' figures say which.
  const count = heads.filter(Boolean).length;
  const tiered = top.length - count + lower.length;
  if (count < 2 && !(count === 1 && columns === tiered && columns !== top.length + lower.length)) {
    return undefined;
  }
  const runs: number[] = [];
  let run: string[] = [];
  for (const header of count === 1 ? [] : lower) {
    const role = columnRole(header);
    const repeats = run.some((seen) => columnRole(seen) === role);
    const planAfter = role === 'plan' && run.length > 0;
    if (run.length > 0 && (repeats || planAfter)) {
      runs.push(run.length);
      run = [];
    }
    run.push(header);
  }
  runs.push(count === 1 ? lower.length : run.length);
  if (runs.length !== count) return undefined;
  let next = 0;
  return heads.map((head) => (head ? (runs[next++] as number) : 0));
}

/** A period over measures: a year or a span of months, and no measure or comparison of its own. */
function isPeriodHead(header: string): boolean {
  return (
    /\d{4}|tháng|quý/iu.test(header) &&
    columnRole(header) === 'other' &&
    !isChangeColumn(header) &&
    !/(?<![\p{L}])so (?:với|sánh)(?![\p{L}])|%/iu.test(header)
  );
}

/** A comparison that names no base: `So sánh (%)`, `Tăng, giảm`, `Tỷ lệ (%)`. */
function isComparisonHead(header: string): boolean {
  return (
    columnRole(header) === 'other' &&
    (isChangeColumn(header) ||
      /(?<![\p{L}])(?:so (?:với|sánh)|tỷ lệ)(?![\p{L}])/u.test(fold(header)))
  );
}

/** A comparison's lower header: its base alone (`Kế hoạch`, `CK`) or with it (`So với KH`). */
function comparesWith(header: string): boolean {
  const folded = fold(header);
  return COMPARISON_BASE.test(folded) || /^so (?:với|sánh) \S/u.test(folded);
}

/**
 * Periods over their measures and comparisons over what they compare with, side by side (`Năm
 * 2024` over `Kế hoạch`, `Ước TH 9 tháng`; `So sánh (%)` over `So với KH`, `So với cùng kỳ`),
 * and a measure over the parts it is given in (`Dự toán năm 2024` over `Tỉnh giao`, `Huyện giao`),
 * over its periods (`Thực hiện` over `Quý III năm 2024`, `9 tháng năm 2024`) or over none, taking
 * both tiers (`Thực hiện 9 tháng năm 2024`): each upper header over the run of lower ones of its
 * kind, in order, every lower one taken.
 */
function mixedSpans(top: readonly string[], lower: readonly string[]): number[] | undefined {
  if (
    !top.some(isComparisonHead) ||
    !top.some((header) => isPeriodHead(header) || namesMeasure(header))
  )
    return undefined;
  const spans: number[] = [];
  let next = 0;
  for (const header of top) {
    const period = isPeriodHead(header);
    const comparison = !period && isComparisonHead(header);
    const measure = !period && !comparison && namesMeasure(header);
    if (!period && !comparison && !measure) return undefined;
    const start = next;
    // A measure under a year may name the months of it it covers (`Ước TH 9 tháng`); a measure's
    // parts name no role of their own (`Tỉnh giao`); a measure that names no period may stand over
    // its periods (`Thực hiện` over `Quý III năm 2024`, `9 tháng năm 2024`).
    const periodOnly = (text: string) =>
      !namesPeriod(header) &&
      namesPeriod(text) &&
      isPeriodHead(text) &&
      headerUnit(text) === undefined;
    const fits = (text: string) =>
      period
        ? namesMeasure(text)
        : comparison
          ? comparesWith(text)
          : isPart(text) || periodOnly(text);
    while (next < lower.length && fits(lower[next] as string)) next++;
    // A comparison spans two bases at least, a measure two parts or none (one alone is a flat
    // header's next column).
    const span = next - start;
    if (comparison ? span < 2 : measure ? span === 1 : span === 0) return undefined;
    spans.push(span);
  }
  return next === lower.length ? spans : undefined;
}

/** A part a measure is given in, naming no role, period or unit of its own: `Tỉnh giao`, `Huyện giao`. */
function isPart(header: string): boolean {
  return (
    columnRole(header) === 'other' &&
    !namesPeriod(header) &&
    headerUnit(header) === undefined &&
    !isComparisonHead(header) &&
    !comparesWith(header)
  );
}

/** What a comparison is made with, and nothing else: `Dự toán`, `Kế hoạch`, `KH`, `Cùng kỳ`, `CK`. */
const COMPARISON_BASE = /^(?:dự toán|kế hoạch|kh|cùng kỳ|cùng kì|ck|cùng kỳ năm trước|năm trước)$/u;

/**
 * A comparison over what it compares with (`So sánh (%)` over `Dự toán` and `Cùng kỳ`): the last
 * upper header a comparison that names no base, the lower ones two bases or more, so that the
 * comparison spans them all and every other upper header takes both tiers.
 */
function comparisonSpans(top: readonly string[], lower: readonly string[]): number[] | undefined {
  const last = top.at(-1);
  if (last === undefined || lower.length < 2) return undefined;
  if (!isComparisonHead(last) || !lower.every((header) => COMPARISON_BASE.test(fold(header)))) {
    return undefined;
  }
  return top.map((_, k) => (k === top.length - 1 ? lower.length : 0));
}

/**
 * Headers in the order a reader lists them (the upper tier's, then the lower's), as the two header
 * rows of a merged cell, where they are two tiers (`tierSpans`, tried at each place the lower tier
 * may start): each period over its measures, `blank` after it where it spans more, and under a
 * header of its own. `texts`: each header's text.
 *
 *   twoTiers(['Năm 2022', 'Năm 2023', 'Tăng', 'TH', 'KH', 'TH'], …) → { upper: [Năm 2022, Năm 2023,
 *     blank, Tăng], lower: [TH, KH, TH, blank] }
 */
export function twoTiers<T>(
  headers: readonly T[],
  texts: readonly string[],
  blank: () => T,
  columns?: number,
): { upper: T[]; lower: T[] } | undefined {
  for (let split = 1; split < headers.length; split++) {
    const spans = tierSpans(texts.slice(0, split), texts.slice(split), columns);
    if (!spans) continue;
    const upper: T[] = [];
    const lower: T[] = [];
    let next = split;
    spans.forEach((span, k) => {
      upper.push(headers[k] as T);
      if (span === 0) lower.push(blank());
      for (let more = 0; more < span; more++) {
        if (more > 0) upper.push(blank());
        lower.push(headers[next++] as T);
      }
    });
    return { upper, lower };
  }
  return undefined;
}

/**
 * Headers in the order a reader lists them, tier after tier, where the lowest tier repeats under
 * each header of the tier above (`Số doanh nghiệp`, `Vốn đăng ký (tỷ đồng)` over `9 tháng 2023`,
 * `9 tháng 2024`, `So sánh (%)` twice), and that tier stands under one header over it all
 * (`Doanh nghiệp thành lập mới`) or under none; the other upper headers take their own column over
 * every tier (`Doanh nghiệp giải thể 9 tháng 2024`). The header rows, top first, a merged cell
 * written once and `blank` after it and under a column of its own. Undefined unless the lowest
 * tier repeats whole and exactly one upper header can be over it: one that names no role, period
 * or unit (a column of its own names what its figures are).
 *
 *   repeatedTiers(['Doanh nghiệp thành lập mới', 'Giải thể 9 tháng 2024', 'Số doanh nghiệp',
 *     'Vốn đăng ký', '9 tháng 2023', '9 tháng 2024', '9 tháng 2023', '9 tháng 2024'], …)
 *     → [[Doanh nghiệp thành lập mới, blank, blank, blank, Giải thể 9 tháng 2024],
 *        [Số doanh nghiệp, blank, Vốn đăng ký, blank, blank],
 *        [9 tháng 2023, 9 tháng 2024, 9 tháng 2023, 9 tháng 2024, blank]]
 */
export function repeatedTiers<T>(
  headers: readonly T[],
  texts: readonly string[],
  blank: () => T,
): T[][] | undefined {
  const n = texts.length;
  for (let width = 2; width * 2 <= n; width++) {
    const run = texts.slice(n - width);
    let times = 1;
    while (
      (times + 1) * width <= n &&
      texts.slice(n - (times + 1) * width, n - times * width).every((t, k) => t === run[k])
    ) {
      times++;
    }
    // The tier above: one header over each run; then the upper headers, if any.
    const leavesAt = n - times * width;
    const middleAt = leavesAt - times;
    if (times < 2 || middleAt < 0) continue;
    const middle = headers.slice(middleAt, leavesAt);
    if (texts.slice(middleAt, leavesAt).some((text) => run.includes(text))) return undefined;
    const leaves = headers.slice(leavesAt);
    const spread = (over: readonly T[]) =>
      over.flatMap((header) => [header, ...Array.from({ length: width - 1 }, blank)]);
    if (middleAt === 0) return [spread(middle), [...leaves]];
    const upper = texts.slice(0, middleAt);
    const spanning = upper.flatMap((text, k) =>
      columnRole(text) === 'other' && !namesPeriod(text) && headerUnit(text) === undefined
        ? [k]
        : [],
    );
    if (spanning.length !== 1) return undefined;
    const over = spanning[0] as number;
    const rows: T[][] = [[], [], []];
    headers.slice(0, middleAt).forEach((header, k) => {
      if (k !== over) {
        rows[0]?.push(header);
        rows[1]?.push(blank());
        rows[2]?.push(blank());
        return;
      }
      rows[0]?.push(header, ...Array.from({ length: times * width - 1 }, blank));
      rows[1]?.push(...spread(middle));
      rows[2]?.push(...leaves);
    });
    return rows;
  }
  return undefined;
}

/**
 * Headers in the order a reader lists them, as the header rows of their tiers, top first: two
 * (`twoTiers`) or three (`repeatedTiers`); undefined where they are one row. `columns`: how many
 * figures the rows hold, where known (`tierSpans`).
 */
export function headerTiers<T>(
  headers: readonly T[],
  texts: readonly string[],
  blank: () => T,
  columns?: number,
): T[][] | undefined {
  const two = twoTiers(headers, texts, blank, columns);
  return two ? [two.upper, two.lower] : repeatedTiers(headers, texts, blank);
}

/**
 * The figure columns whose header names a unit of its own (`Kế hoạch vốn (triệu đồng)`, `Tỷ lệ
 * (%)`), from the header rows' texts over the figure columns, top first, `''` where blank: a blank
 * in the top row is the merged cell before it, whose unit holds for each column under it. The
 * others measure in the row's unit (`Khối lượng thực hiện`), so a row without one has none there.
 *
 *   ownUnitColumns([['Khối lượng', 'Kế hoạch (triệu đồng)', 'Tỷ lệ (%)']]) → [1, 2]
 */
export function ownUnitColumns(rows: ReadonlyArray<readonly string[]>): number[] {
  const width = rows[0]?.length ?? 0;
  const own: number[] = [];
  for (let c = 0; c < width; c++) {
    const named = rows.some((row, tier) => {
      let k = c;
      if (tier === 0) while (k > 0 && row[k] === '') k--;
      return headerUnit(row[k] ?? '') !== undefined;
    });
    if (named) own.push(c);
  }
  return own;
}

/** The header of a table's notes column: `Ghi chú`. */
export const NOTES_HEADER = 'Ghi chú';

/** A column of the report's actuals or estimates (`Thực hiện`, `Ước thực hiện`, `Cùng kỳ`). */
export function isActual(role: ColumnRole): boolean {
  return role === 'actual' || role === 'estimate';
}

/** What a figure column's header says of it: its role, and the days its period spans, if it names one. */
export interface ColumnSense {
  role: ColumnRole;
  period?: { from: string; to: string };
  /**
   * An actual the others compare with, not the report's own: last year's (`Cùng kỳ năm 2023`), or
   * one of an earlier year than another actual's (`Thực hiện 6 tháng năm 2023` beside `… 2024`).
   */
  base?: true;
}

/** A column's number in a row of them: `A`, `(1)`, `3`, `3=2/1`, `(4)=(3)/(2)`. */
export const COLUMN_INDEX = /^\(?[0-9A-Z]{1,2}\)?(?:\s*=\s*[0-9A-Z()+\-*/×:. ]{1,24})?$/;

/**
 * A column's number in brackets, as a row of them under a header writes it (`(1)`, `(6)=(5)-(4)`):
 * never a figure, where a bare `3` may be one.
 */
export const COLUMN_NUMBER = /^\([0-9A-Z]{1,2}\)(?:\s*=\s*[0-9A-Z()+\-*/×:. ]{1,24})?$/;

/**
 * Columns' names from their header's tiers (each tier a row of the columns' texts): a column's
 * tiers joined with ` / `; a column number, or the cell above written again (merged over both
 * tiers), adds nothing; an upper tier's cell merged over several columns, written once and left
 * blank after it, names each of them (`Doanh nghiệp thành lập mới` / `Vốn đăng ký` / `9 tháng
 * 2024`); a year a narrow column's wrap cut is whole again (`31/12/20 23`).
 *
 *   columnNames([['Kế hoạch', 'Thực hiện', ''], ['', 'Quý III', '9 tháng']])
 *   → ['Kế hoạch', 'Thực hiện / Quý III', 'Thực hiện / 9 tháng']
 */
export function columnNames(tiers: ReadonlyArray<readonly string[]>): string[] {
  const [top = [], ...below] = tiers;
  const names = top.map((name, i) => {
    const parts = [name];
    for (const row of below) {
      const cell = row[i] ?? '';
      parts.push(COLUMN_INDEX.test(cell) || (cell !== '' && cell === parts.at(-1)) ? '' : cell);
    }
    return parts;
  });
  for (let i = 1; i < names.length; i++) {
    const parts = names[i] ?? [];
    for (let tier = 0; tier < parts.length - 1; tier++) {
      if (parts[tier] === '' && parts.slice(tier + 1).some((p) => p !== '')) {
        parts[tier] = names[i - 1]?.[tier] ?? '';
      }
    }
  }
  return names.map((parts) => joinCutYears(parts.filter((part) => part !== '').join(' / ')));
}

/**
 * The period each column's name gives (`mainPeriod`), a quarter or a span of months with no year
 * of its own given the year of the table's others where they name one (`Thực hiện quý I` beside
 * `Kế hoạch năm 2024`).
 */
export function columnPeriods(names: readonly string[]): Array<Period | undefined> {
  const periods = names.map((name) => mainPeriod(headerText(name)));
  const years = new Set(periods.flatMap((period) => period?.year ?? []));
  const [year] = years;
  if (years.size !== 1 || year === undefined) return periods;
  return periods.map((period, k) => {
    const text = headerText(names[k] ?? '');
    if (period || findPeriods(text).length === 0) return period;
    return mainPeriod(`${text} năm ${year}`);
  });
}

/**
 * `Quý I/ 2023` as the period reader reads it: `Quý I/2023`; so too a year a narrow column's wrap
 * cut (`quý I/202 4`, `năm 202 4`: its lines joined with a space).
 */
function headerText(name: string): string {
  return joinCutYears(name.replace(/\/\s+/g, '/'));
}

/**
 * The figure columns' senses from their headers' tiers (`columnNames`, `columnPeriods`):
 *
 *   columnSenses([['Kế hoạch năm 2024', 'Thực hiện', '', 'So sánh 9 tháng (%)', ''],
 *                 ['', 'Quý III năm 2024', '9 tháng năm 2024', 'So với KH năm', 'So với cùng kỳ']])
 *   → [{ role: 'plan', period: 2024 }, { role: 'actual', period: Q3 2024 },
 *      { role: 'actual', period: 9 months of 2024 }, { role: 'share_of_plan' }, { role: 'yoy' }]
 */
export function columnSenses(tiers: ReadonlyArray<ReadonlyArray<string>>): ColumnSense[] {
  const names = columnNames(tiers);
  const periods = columnPeriods(names);
  const senses = names.map((name, column): ColumnSense => {
    const period = periods[column];
    const role = columnRole(name);
    return {
      role,
      ...(period?.from && period.to ? { period: { from: period.from, to: period.to } } : {}),
      ...(role === 'actual' && /cùng k[ỳì]|năm trước/u.test(fold(name)) ? { base: true } : {}),
    };
  });
  const actual = (sense: ColumnSense) => isActual(sense.role);
  for (const sense of senses) {
    const { period } = sense;
    if (!actual(sense) || !period) continue;
    // (Of an earlier year: a quarter's estimate after the nine months' actual is no base.)
    const year = period.to.slice(0, 4);
    const later = senses.some(
      (other) =>
        actual(other) && other.period !== undefined && other.period.from.slice(0, 4) > year,
    );
    if (later) sense.base = true;
  }
  return senses;
}
