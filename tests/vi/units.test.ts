import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/vi/quantity.js';
import { startsUnit } from '../../src/vi/units.js';

describe('startsUnit: the first words of a unit of more words', () => {
  it.each([
    ['Tổ', true],
    ['Đảng', true],
    ['Triệu', true],
    ['Tỷ', true],
    ['Lượt', false],
    ['Tỷ đồng', false],
    ['Tổ chức', false],
    ['Người', false],
    ['', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(startsUnit(text)).toBe(expected);
  });
});

describe("a land office's and an inspectorate's counts are units", () => {
  it.each([
    ['cấp lần đầu 1.427 giấy chứng nhận', 'giấy chứng nhận'],
    ['cấp 31 giấy phép môi trường', 'giấy phép'],
    ['có 24 trạm quan trắc', 'trạm'],
    ['tiến hành 7 cuộc thanh tra', 'cuộc'],
    ['tổ chức 03 hội nghị', 'hội nghị'],
  ] as const)('%s → %s', (text, unit) => {
    expect(findQuantities(text).map((quantity) => quantity.unit)).toEqual([unit]);
  });
});
