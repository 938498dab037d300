import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headFields } from '../../src/vi/document-parts.js';

describe('headFields', () => {
  it.each([
    ['THÀNH ỦY HẢI PHÒNG        ĐẢNG CỘNG SẢN VIỆT NAM', ['issuer']],
    ['ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ['issuer']],
    ['CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ['issuer']],
    ['Độc lập - Tự do - Hạnh phúc', ['issuer']],
    ['Số 45-BC/TU    Hải Phòng, ngày 15 tháng 4 năm 2023', ['documentNumber', 'issuedOn']],
    ['Số: 512/BC-SYT Bắc Ninh, ngày 10 tháng 7 năm 2024', ['documentNumber', 'issuedOn']],
    ['Số:      /BC-UBND          Lào Cai, ngày    tháng    năm 2024', []],
    ['BÁO CÁO', ['documentType']],
    ['UBND TỈNH LÀO CAI', ['issuer']],
    ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', ['issuer']],
    ['KẾT QUẢ ĐẠT ĐƯỢC', []],
    [
      'Cam Lộ, ngày 28 tháng 6 năm 2024 BÁO CÁO sơ kết công tác 6 tháng đầu năm, phương hướng, nhiệm vụ',
      ['documentType'],
    ],
    ['Ban Thường vụ đã ban hành KẾ HOẠCH', []],
    ['Nơi nhận:            T/M BAN THƯỜNG VỤ', ['recipients', 'signer']],
    ['KT. CHỦ TỊCH', ['signer']],
    ['Thành ủy lãnh đạo, chỉ đạo triển khai.', []],
    ['I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ', []],
    ['Tổng thu ngân sách   24.042,91   20,65', []],
    ['', []],
  ])('%s → %j', (line, expected) => {
    expect(headFields(line).sort()).toEqual([...expected].sort());
  });

  it('never throws, and names each field at most once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (line) => {
        const fields = headFields(line);
        expect(new Set(fields).size).toBe(fields.length);
      }),
    );
  });

  it('finds a column’s fields whatever stands beside it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('BÁO CÁO', 'Số: 12/BC-UBND', 'KT. CHỦ TỊCH'),
        fc.string({ maxLength: 40 }),
        (column, other) => {
          const before = headFields(column);
          const after = headFields(`${other.replace(/\s+/g, ' ').trim()}    ${column}`);
          expect(after).toEqual(expect.arrayContaining(before));
        },
      ),
    );
  });
});
