/**
 * Indicators (chỉ tiêu) named two ways, and figures compared across a sentence and a table.
 *
 *   indicatorKey('Tổng sản phẩm trên địa bàn thành phố (GRDP)')                 → 'grdp'
 *   indicatorKey('Tốc độ tăng trưởng tổng sản phẩm trên địa bàn GRDP (giá …)')   → 'grdp'
 *   indicatorKey('Thu hút đầu tư nước ngoài FDI')                               → 'fdi'
 *   indicatorKey('Thu từ hoạt động xuất nhập khẩu')  → 'thu từ hoạt động xuất nhập khẩu' (no alias:
 *       the text, lower case, brackets and punctuation dropped)
 *   unitScale('Tỷ đồng') → { factor: 1e9, unit: 'đồng' };  unitScale('1.000 lượt') → { factor: 1000, unit: 'lượt' }
 *   halfUnit('24.042,91') → 0.005 (half a unit of the last printed digit: the rounding a figure may carry)
 */
import { parseQuantity } from './quantity.js';

/**
 * The alias list: each indicator and the phrases that name it, most specific first (`thu nội địa`
 * is part of `thu ngân sách`, so it comes before). Phrases are lower case, NFC.
 */
export const INDICATOR_ALIASES: ReadonlyArray<{ key: string; phrases: readonly string[] }> = [
  { key: 'domestic-revenue', phrases: ['thu nội địa'] },
  { key: 'budget-revenue', phrases: ['thu ngân sách'] },
  {
    key: 'grdp',
    phrases: ['grdp', 'tổng sản phẩm trên địa bàn', 'tổng sản phẩm trong tỉnh'],
  },
  { key: 'iip', phrases: ['iip', 'chỉ số sản xuất công nghiệp'] },
  {
    key: 'total-investment',
    phrases: ['vốn đầu tư toàn xã hội', 'vốn đầu tư phát triển toàn xã hội'],
  },
  {
    key: 'fdi',
    phrases: ['fdi', 'đầu tư trực tiếp nước ngoài', 'đầu tư nước ngoài'],
  },
  { key: 'exports', phrases: ['kim ngạch xuất khẩu', 'giá trị xuất khẩu'] },
  { key: 'imports', phrases: ['kim ngạch nhập khẩu', 'giá trị nhập khẩu'] },
  {
    key: 'port-throughput',
    phrases: [
      'hàng hóa thông qua cảng',
      'hàng hoá thông qua cảng',
      'hàng hóa qua cảng',
      'hàng hoá qua cảng',
      'hàng qua cảng',
    ],
  },
  { key: 'tourists', phrases: ['khách du lịch'] },
  { key: 'retail-sales', phrases: ['tổng mức bán lẻ'] },
];

function containsPhrase(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    const before = text.charAt(at - 1);
    const after = text.charAt(at + phrase.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

/** The text of an indicator, compared loosely: lower case, brackets and punctuation dropped. */
export function normalizeIndicator(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(?:trong đó|bao gồm)\s*$/u, '')
    .trim();
}

/**
 * The key two names of the same indicator share: the alias list's key when the text names exactly
 * one listed indicator, else the normalized text. A text naming two (`thu ngân sách … thu nội
 * địa` in one label) picks the first listed, the most specific.
 */
export function indicatorKey(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  for (const { key, phrases } of INDICATOR_ALIASES) {
    if (phrases.some((phrase) => containsPhrase(lower, phrase))) return key;
  }
  return normalizeIndicator(text);
}

/**
 * What one unit of a figure is worth in base units, read from a unit as a table or a sentence
 * writes it (`Tỷ đồng`, `1.000 lượt`, `triệu USD`, `%`), or undefined when it cannot be read.
 */
export function unitScale(
  unit: string | null,
): { factor: number; unit: string | null } | undefined {
  if (unit === null || unit.trim() === '') return { factor: 1, unit: null };
  const written = /^\d/u.test(unit.trim()) ? unit : `1 ${unit}`;
  const read = parseQuantity(written);
  if (!read.ok || read.value.kind !== 'number') return undefined;
  return { factor: read.value.baseValue, unit: read.value.unit ?? null };
}

/** Half a unit of the last printed digit of a figure as written: `6,59` → 0.005, `8.132` → 0.5. */
export function halfUnit(raw: string): number {
  const decimals = /\d,(\d+)/u.exec(raw)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

/** Do two figures, each ± its rounding, overlap? */
export function agrees(a: number, halfA: number, b: number, halfB: number): boolean {
  return Math.abs(a - b) <= halfA + halfB + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
