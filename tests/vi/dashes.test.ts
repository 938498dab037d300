import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreDroppedDashes } from '../../src/vi/dashes.js';

describe('restoreDroppedDashes: the dashes pdf2md dropped', () => {
  it.each([
    ['giai đoạn 2021 2025', 'giai đoạn 2021 - 2025'],
    [
      'Vụ Đông Xuân 2023 2024 sản lượng đạt 20,8 triệu tấn',
      'Vụ Đông Xuân 2023 - 2024 sản lượng đạt 20,8 triệu tấn',
    ],
    ['năm học 2023 2024.', 'năm học 2023 - 2024.'],
    ['phát triển kinh tế xã hội năm 2024', 'phát triển kinh tế - xã hội năm 2024'],
    ['Kinh tế xã hội', 'Kinh tế - xã hội'],
    ['bảo đảm quốc phòng an ninh', 'bảo đảm quốc phòng - an ninh'],
    ['các tổ chức chính trị xã hội', 'các tổ chức chính trị - xã hội'],
    ['Độc lập Tự do Hạnh phúc', 'Độc lập - Tự do - Hạnh phúc'],
    // Kept: a span already written, years too far apart or backwards, figures and dates.
    ['giai đoạn 2021 - 2025', 'giai đoạn 2021 - 2025'],
    ['từ năm 1990 2024', 'từ năm 1990 2024'],
    ['2024 2023', '2024 2023'],
    ['năm 2023 2.315 hồ sơ', 'năm 2023 2.315 hồ sơ'],
    ['ngày 15/12/2023 2024', 'ngày 15/12/2023 2024'],
    ['12.2023 2024', '12.2023 2024'],
    ['kinh tế xã hộii', 'kinh tế xã hộii'],
    ['kinh tế - xã hội', 'kinh tế - xã hội'],
  ])('%s → %s', (text, expected) => {
    expect(restoreDroppedDashes(text)).toBe(expected);
  });

  it('is idempotent, and adds nothing but dashes and their spaces', () => {
    const words = fc.constantFrom(
      'kinh tế',
      'xã hội',
      'quốc phòng',
      'an ninh',
      '2021',
      '2025',
      'năm',
      '2.315',
      '-',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const once = restoreDroppedDashes(text);
        expect(restoreDroppedDashes(once)).toBe(once);
        expect(once.replaceAll(' - ', ' ')).toBe(text.replaceAll(' - ', ' '));
      }),
    );
  });
});
