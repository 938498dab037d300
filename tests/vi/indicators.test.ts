import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agrees,
  halfUnit,
  INDICATOR_ALIASES,
  indicatorKey,
  normalizeIndicator,
  unitScale,
} from '../../src/vi/indicators.js';

describe('indicatorKey: the same indicator as a sentence and as a table row name it', () => {
  it.each([
    ['Tổng sản phẩm trên địa bàn thành phố (GRDP)', 'grdp'],
    ['Tốc độ tăng trưởng tổng sản phẩm trên địa bàn GRDP (giá so sánh 2010)', 'grdp'],
    ['Chỉ số sản xuất công nghiệp (IIP)', 'iip'],
    ['Thu ngân sách nhà nước', 'budget-revenue'],
    ['Tổng thu ngân sách trên địa bàn, trong đó:', 'budget-revenue'],
    ['thu nội địa', 'domestic-revenue'],
    ['- Thu nội địa', 'domestic-revenue'],
    ['Tổng vốn đầu tư toàn xã hội', 'total-investment'],
    ['Kim ngạch xuất khẩu', 'exports'],
    ['Sản lượng hàng hóa thông qua cảng', 'port-throughput'],
    ['Sản lượng hàng hoá thông qua cảng', 'port-throughput'],
    ['Thu hút đầu tư nước ngoài FDI', 'fdi'],
    ['Thu hút vốn đầu tư nước ngoài (tính đến hết ngày 31/3/2023)', 'fdi'],
    ['Số lượng khách du lịch', 'tourists'],
    ['Số lượt khách du lịch đến Hải Phòng', 'tourists'],
    // Not an alias: the text itself, loosely.
    ['Thu từ hoạt động xuất nhập khẩu', 'thu từ hoạt động xuất nhập khẩu'],
    ['Công nghiệp và xây dựng (giá 2010)', 'công nghiệp và xây dựng'],
    // A word containing an alias is not the alias.
    ['Thu ngân sáchx', 'thu ngân sáchx'],
  ] as const)('%s → %s', (text, key) => {
    expect(indicatorKey(text)).toBe(key);
  });

  it('lists each key once, its phrases lower case and NFC', () => {
    const keys = INDICATOR_ALIASES.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { phrases } of INDICATOR_ALIASES) {
      for (const phrase of phrases) expect(phrase).toBe(phrase.normalize('NFC').toLowerCase());
    }
  });

  it('normalizes the same however it is cased, spaced or composed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const key = normalizeIndicator(text);
        expect(normalizeIndicator(text.toUpperCase().normalize('NFD'))).toBe(
          normalizeIndicator(key.toUpperCase()),
        );
        expect(normalizeIndicator(` ${text}  `)).toBe(key);
      }),
    );
  });
});

describe('unitScale', () => {
  it.each([
    ['Tỷ đồng', 1e9, 'đồng'],
    ['tỷ đồng', 1e9, 'đồng'],
    ['Triệu USD', 1e6, 'USD'],
    ['Triệu tấn', 1e6, 'tấn'],
    ['nghìn lượt', 1e3, 'lượt'],
    ['1.000 lượt', 1e3, 'lượt'],
    ['%', 1, '%'],
    [null, 1, null],
  ] as const)('%s → × %d %s', (unit, factor, base) => {
    expect(unitScale(unit)).toEqual({ factor, unit: base });
  });

  it('cannot read what is no unit', () => {
    expect(unitScale('1.000 lượt / năm (ước)')).toBeUndefined();
  });
});

describe('rounding', () => {
  it.each([
    ['24.042,91', 0.005],
    ['8.132', 0.5],
    ['8.132,00', 0.005],
    ['12,7% - 13%', 0.05],
  ] as const)('halfUnit(%s) = %d', (raw, half) => {
    expect(halfUnit(raw)).toBeCloseTo(half, 12);
  });

  it('figures agree within their rounding, and not beyond', () => {
    expect(agrees(8132, 0.5, 8132.0, 0.005)).toBe(true);
    expect(agrees(90.54, 0.005, 100 - 9.46, 0.005)).toBe(true);
    expect(agrees(90.54, 0.005, 90.56, 0.005)).toBe(false);
  });

  it('agreement is symmetric', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, h) => {
          expect(agrees(a, h, b, h)).toBe(agrees(b, h, a, h));
        },
      ),
    );
  });
});
