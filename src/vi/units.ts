/**
 * Scale words and units after a figure. Units are an open list: the defaults below cover what
 * reports count and measure, and callers may add their own (`units: ['tàu', 'container']`).
 *
 *   readScale('tỷ đồng', 0)         → { word: 'tỷ', exponent: 9, end: 2 }
 *   readScale('nghìn tỷ', 0)        → { word: 'nghìn tỷ', exponent: 12, end: 8 }
 *   readScale('tỷ lệ', 0)           → undefined   (tỷ lệ is a rate; also tỷ trọng, tỷ giá, tỷ suất, triệu tập)
 *   unitTable().read('vnđ', 0)      → { unit: 'đồng', currency: 'VND', end: 3 }  (text lower-cased)
 *   unitTable().read('đồng chí', 0) → { unit: 'đồng chí', end: 8 }   (longest match: not currency)
 */
import {
  isAlnumAt,
  letterRunEnd,
  lowerSameLength,
  matchPhrase,
  skipInlineSpaces,
} from './chars.js';

export interface Scale {
  /** Canonical scale word: `nghìn` (also written `ngàn`), `triệu`, `tỷ` (also `tỉ`), `nghìn tỷ`. */
  word: 'nghìn' | 'triệu' | 'tỷ' | 'nghìn tỷ';
  /** Power of ten it multiplies by. */
  exponent: 3 | 6 | 9 | 12;
}

const SCALES: ReadonlyArray<readonly [string, Scale]> = [
  ['nghìn tỷ', { word: 'nghìn tỷ', exponent: 12 }],
  ['nghìn tỉ', { word: 'nghìn tỷ', exponent: 12 }],
  ['ngàn tỷ', { word: 'nghìn tỷ', exponent: 12 }],
  ['ngàn tỉ', { word: 'nghìn tỷ', exponent: 12 }],
  ['nghìn', { word: 'nghìn', exponent: 3 }],
  ['ngàn', { word: 'nghìn', exponent: 3 }],
  ['triệu', { word: 'triệu', exponent: 6 }],
  ['tỷ', { word: 'tỷ', exponent: 9 }],
  ['tỉ', { word: 'tỷ', exponent: 9 }],
];

export interface UnitInfo {
  /** Canonical unit: `đồng`, `USD`, `%`, `tấn`, `lượt`, `m²` … */
  unit: string;
  /** ISO 4217 code for currencies: `VND`, `USD`, `EUR`. */
  currency?: string;
}

/** [as written (matched case-insensitively), canonical unit, currency]. */
const DEFAULT_UNIT_TABLE: ReadonlyArray<readonly [string, string, string?]> = [
  ['%', '%'],
  ['phần trăm', '%'],
  // currencies
  ['đồng', 'đồng', 'VND'],
  ['vnđ', 'đồng', 'VND'],
  ['vnd', 'đồng', 'VND'],
  ['đ', 'đồng', 'VND'],
  ['usd', 'USD', 'USD'],
  ['đô la mỹ', 'USD', 'USD'],
  ['đô la', 'USD', 'USD'],
  ['đôla', 'USD', 'USD'],
  ['eur', 'EUR', 'EUR'],
  ['euro', 'EUR', 'EUR'],
  // measures
  ['tấn', 'tấn'],
  ['tạ', 'tạ'],
  ['kg', 'kg'],
  ['km²', 'km²'],
  ['km2', 'km²'],
  ['km', 'km'],
  ['m²', 'm²'],
  ['m2', 'm²'],
  ['m³', 'm³'],
  ['m3', 'm³'],
  ['mét', 'm'],
  ['m', 'm'],
  ['ha', 'ha'],
  ['héc ta', 'ha'],
  ['hecta', 'ha'],
  ['lít', 'lít'],
  ['kwh', 'kWh'],
  ['mw', 'MW'],
  ['teu', 'TEU'],
  // counts (đơn vị đếm)
  ['lượt người', 'lượt người'],
  ['lượt', 'lượt'],
  ['người', 'người'],
  ['hồ sơ', 'hồ sơ'],
  ['đảng viên', 'đảng viên'],
  ['tổ chức đảng', 'tổ chức đảng'],
  ['tổ chức cơ sở đảng', 'tổ chức cơ sở đảng'],
  ['tổ chức', 'tổ chức'],
  ['cấp ủy viên', 'cấp ủy viên'],
  ['cấp uỷ viên', 'cấp ủy viên'],
  ['đồng chí', 'đồng chí'],
  ['cán bộ', 'cán bộ'],
  ['trường hợp', 'trường hợp'],
  ['đơn thư', 'đơn thư'],
  ['đơn vị', 'đơn vị'],
  ['đơn', 'đơn'],
  ['vụ việc', 'vụ việc'],
  ['vụ', 'vụ'],
  ['công trình', 'công trình'],
  ['dự án', 'dự án'],
  ['nhiệm vụ', 'nhiệm vụ'],
  ['xã', 'xã'],
  ['phường', 'phường'],
  ['thị trấn', 'thị trấn'],
  ['huyện', 'huyện'],
  ['quận', 'quận'],
  ['tỉnh', 'tỉnh'],
  ['hộ gia đình', 'hộ gia đình'],
  ['hộ', 'hộ'],
  ['suất quà', 'suất quà'],
  ['suất', 'suất'],
  ['quầy', 'quầy'],
  ['giải', 'giải'],
  ['đoàn', 'đoàn'],
  ['sản phẩm', 'sản phẩm'],
  ['doanh nghiệp', 'doanh nghiệp'],
  ['lao động', 'lao động'],
  ['phiên', 'phiên'],
  ['hội đồng', 'hội đồng'],
  ['hợp đồng', 'hợp đồng'],
  ['điểm', 'điểm'],
  ['học sinh', 'học sinh'],
  ['giấy phép', 'giấy phép'],
  // a land office's and an inspectorate's counts (`1.427 giấy chứng nhận`, `24 trạm`, `7 cuộc`)
  ['giấy chứng nhận', 'giấy chứng nhận'],
  ['giấy', 'giấy'],
  ['trạm', 'trạm'],
  ['cuộc', 'cuộc'],
  ['hội nghị', 'hội nghị'],
  ['báo cáo', 'báo cáo'],
  ['quyết định', 'quyết định'],
  ['văn bản', 'văn bản'],
  ['cơ sở', 'cơ sở'],
  ['chi bộ', 'chi bộ'],
  ['chỉ tiêu', 'chỉ tiêu'],
  ['tuổi', 'tuổi'],
  // a health report's counts (`6 ca mắc sởi`, `9.800 liều`, `1.200 giường bệnh`)
  ['ca', 'ca'],
  ['liều', 'liều'],
  ['giường bệnh', 'giường bệnh'],
  ['giường', 'giường'],
  // classifiers a statistics table counts in (`Nghìn con`, `Triệu cái`)
  ['con', 'con'],
  ['cái', 'cái'],
  ['chiếc', 'chiếc'],
  ['trường', 'trường'],
  // times and durations (`8 giờ 30 phút`, a time of day, is not a quantity: see quantity.ts)
  ['lần', 'lần'],
  ['năm', 'năm'],
  ['tháng', 'tháng'],
  ['ngày', 'ngày'],
  ['giờ', 'giờ'],
  ['phút', 'phút'],
];

export interface UnitRead extends UnitInfo {
  end: number;
}

/** Is the unit at `[index, end)` a whole word (no letter or digit glued after it)? */
function endsWord(text: string, end: number): boolean {
  return !isAlnumAt(text, end);
}

/**
 * Words that turn a scale word into the first half of another word: tỷ lệ (rate), tỷ trọng
 * (share), tỷ giá (exchange rate), tỷ suất (ratio); triệu tập (to convene). `với 3 tỷ lệ` has no
 * scale.
 */
const TY_COMPOUNDS: ReadonlySet<string> = new Set(['lệ', 'trọng', 'giá', 'suất']);
const NOT_A_SCALE_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tỷ', TY_COMPOUNDS],
  ['tỉ', TY_COMPOUNDS],
  ['triệu', new Set(['tập'])],
]);

/** Does the word after a scale written `written`, ending at `end`, make it another word? */
function compoundAfter(lower: string, written: string, end: number): boolean {
  const last = written.slice(written.lastIndexOf(' ') + 1);
  const blocked = NOT_A_SCALE_BEFORE.get(last);
  if (blocked === undefined) return false;
  const next = skipInlineSpaces(lower, end);
  return next > end && blocked.has(lower.slice(next, letterRunEnd(lower, next)));
}

export interface ScaleRead extends Scale {
  end: number;
}

/** A scale word at `index` of `lower` (lower-cased text), unless the next word makes it another word. */
export function readScale(lower: string, index: number): ScaleRead | undefined {
  const first = lower.charAt(index);
  if (first !== 'n' && first !== 't') return undefined; // every scale word starts with n or t
  for (const [written, scale] of SCALES) {
    const end = matchPhrase(lower, index, written);
    if (end >= 0 && endsWord(lower, end) && !compoundAfter(lower, written, end)) {
      return { ...scale, end };
    }
  }
  return undefined;
}

/** A unit list, bucketed by first character so each lookup tries only a few entries. */
export interface UnitTable {
  read(lower: string, index: number): UnitRead | undefined;
}

function buildTable(entries: ReadonlyArray<readonly [string, string, string?]>): UnitTable {
  const buckets = new Map<string, Array<readonly [string, UnitInfo]>>();
  const sorted = [...entries].sort((a, b) => b[0].length - a[0].length);
  for (const [written, unit, currency] of sorted) {
    const key = written.charAt(0);
    const info: UnitInfo = currency === undefined ? { unit } : { unit, currency };
    const bucket = buckets.get(key) ?? [];
    bucket.push([written, info]);
    buckets.set(key, bucket);
  }
  return {
    read(lower, index) {
      const bucket = buckets.get(lower.charAt(index));
      if (bucket === undefined) return undefined;
      for (const [written, info] of bucket) {
        const end = matchPhrase(lower, index, written);
        // `%` needs no word boundary; words do (`đ` must not match the start of `đảng`).
        if (end >= 0 && (written === '%' || endsWord(lower, end))) return { ...info, end };
      }
      return undefined;
    },
  };
}

export const DEFAULT_UNITS: readonly string[] = DEFAULT_UNIT_TABLE.map(([written]) => written);

/**
 * Whether a text is the first word or words of a unit of more words, and no unit itself: `Tổ` of
 * `tổ chức`, `Đảng` of `đảng viên`, a scale's word alone (`Triệu` of `Triệu đồng`); not `Lượt` (a
 * unit, and of `lượt người`).
 *
 *   startsUnit('Tổ') → true;  startsUnit('Triệu') → true;  startsUnit('Lượt') → false
 */
export function startsUnit(text: string): boolean {
  const lower = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  if (lower === '' || DEFAULT_UNITS.includes(lower)) return false;
  // A scale's word alone (`Triệu` of `Triệu đồng`) is no unit either.
  if (readScale(lower, 0)?.end === lower.length) return true;
  return DEFAULT_UNITS.some((unit) => unit.startsWith(`${lower} `));
}

const DEFAULT_TABLE = buildTable(DEFAULT_UNIT_TABLE);

/** The default units plus `extra` (each kept as written, matched case-insensitively). */
export function unitTable(extra: readonly string[] = []): UnitTable {
  if (extra.length === 0) return DEFAULT_TABLE;
  const added = extra
    .map((unit) => unit.normalize('NFC').trim().replace(/\s+/g, ' '))
    .filter((unit) => unit !== '' && unit.length <= 40)
    .map((unit) => [lowerSameLength(unit), unit] as const);
  return buildTable([...DEFAULT_UNIT_TABLE, ...added]);
}
