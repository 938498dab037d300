import { describe, expect, it } from 'vitest';
import {
  formatCellValue,
  formatPeriod,
  formatShare,
  formatSpans,
} from '../../src/review/format.js';

describe('formatPeriod', () => {
  it.each([
    [{ year: 2023, quarter: 1 }, 'Q1 2023'],
    [{ year: 2024, half: 1 }, 'H1 2024'],
    [{ year: 2024, months: 6 }, 'first 6 months 2024'],
    [{ year: 2023, month: 3 }, '3/2023'],
    [{ year: 2023 }, '2023'],
    [{ from: '2021-01-01', to: '2025-12-31' }, '2021-01-01 – 2025-12-31'],
    [null, ''],
  ])('%j → %s', (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
  });
});

describe('formatCellValue', () => {
  it.each([
    [{ raw: '24.042,91', kind: 'number' as const, value: 24042.91 }, '24042.91'],
    [{ raw: '12,7 - 13', kind: 'range' as const, min: 12.7, max: 13 }, '12.7 … 13'],
    [{ raw: '-', kind: 'empty' as const }, '–'],
    [{ raw: 'Tỷ đồng', kind: 'text' as const }, ''],
  ])('%j → %s', (cell, expected) => {
    expect(formatCellValue(cell)).toBe(expected);
  });
});

describe('formatSpans and formatShare', () => {
  it('writes lines and shares briefly', () => {
    expect(
      formatSpans([
        { startLine: 23, endLine: 23 },
        { startLine: 43, endLine: 45 },
      ]),
    ).toBe('23, 43–45');
    expect(formatShare(1)).toBe('100 %');
    expect(formatShare(0.99874)).toBe('99.87 %');
  });
});
