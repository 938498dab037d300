import { describe, expect, it } from 'vitest';
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
