/**
 * The head's issuer line and a summary's type word (src/vi/document-parts.ts: issuerLine,
 * leadingType), and a table's continuation caption (isContinuationCaption).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isContinuationCaption, issuerLine, leadingType } from '../../src/vi/document-parts.js';

describe('issuerLine', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH HÀ GIANG', 'body'],
    ['UỶ BAN NHÂN DÂN TỈNH HÀ GIANG', 'body'],
    ['UBND TỈNH LÀO CAI', 'body'],
    ['ỦY BAN NHÂN DÂN', 'body'],
    ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'body'],
    ['BỘ TÀI CHÍNH', 'body'],
    ['TỔNG CỤC THỐNG KÊ', 'body'],
    ['CỤC THỐNG KÊ TỈNH BẮC NINH', 'body'],
    ['HUYỆN ỦY CAM LỘ', 'body'],
    ['TỈNH ỦY QUẢNG TRỊ', 'body'],
    ['THÀNH ỦY HẢI PHÒNG', 'body'],
    ['ĐẢNG BỘ TỈNH BẮC GIANG', 'body'],
    ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'body'],
    ['BAN TUYÊN GIÁO TỈNH ỦY', 'body'],
    ['HĐND TỈNH NGHỆ AN', 'body'],
    ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN', 'body'],
    ['HUYỆN ĐOÀN CAM LỘ', 'body'],
    ['CHÍNH PHỦ', 'body'],
    ['TAND TỈNH LẠNG SƠN', 'body'],
    ['BHXH TỈNH NGHỆ AN', 'body'],
    ['UBMTTQ VIỆT NAM HUYỆN CAM LỘ', 'body'],
    ['BCH ĐẢNG BỘ XÃ CAM THÀNH', 'body'],
    ['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH', 'body'],
    ['CHI NHÁNH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH', 'body'],
    // The unit a body's name wraps onto.
    ['TỈNH QUẢNG TRỊ', 'unit'],
    ['HUYỆN CAM LỘ', 'unit'],
    ['THÀNH PHỐ HẢI PHÒNG', 'unit'],
    // Headings in capitals, topics led by the same words, and what is not a name at all.
    ['KẾT QUẢ ĐẠT ĐƯỢC', undefined],
    ['PHỤ LỤC', undefined],
    ['BÁO CÁO', undefined],
    ['BAN HÀNH VĂN BẢN', undefined],
    ['BỘ MÁY TỔ CHỨC', undefined],
    ['PHÒNG, CHỐNG THAM NHŨNG', undefined],
    ['PHÒNG CHỐNG THIÊN TAI', undefined],
    ['TRƯỜNG HỢP ĐẶC BIỆT', undefined],
    ['I. TÌNH HÌNH KINH TẾ', undefined],
    ['Ủy ban nhân dân tỉnh Hà Giang', undefined],
    ['SỞ.', undefined],
    ['BỘI CHI NGÂN SÁCH', undefined],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', undefined],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', undefined],
    ['', undefined],
  ])('%s → %s', (line, expected) => {
    expect(issuerLine(line)).toBe(expected);
  });

  it('is undefined for any line with lower case', () => {
    fc.assert(
      fc.property(fc.string(), (tail) => {
        expect(issuerLine(`SỞ TÀI CHÍNH ${tail}a`)).toBeUndefined();
      }),
    );
  });
});

describe('leadingType', () => {
  it.each([
    ['Báo cáo tình hình kinh tế - xã hội quý I năm 2024', 'BÁO CÁO'],
    ['BÁO CÁO', 'BÁO CÁO'],
    ['Kế hoạch triển khai nhiệm vụ năm 2025', 'KẾ HOẠCH'],
    ['Chương trình hành động thực hiện Nghị quyết', 'CHƯƠNG TRÌNH'],
    ['Báo chí tỉnh phản ánh kịp thời', undefined],
    ['Tình hình kinh tế - xã hội quý I năm 2024', undefined],
    ['Các báo cáo định kỳ', undefined],
  ])('%s → %s', (line, expected) => {
    expect(leadingType(line)).toBe(expected);
  });
});

describe('isContinuationCaption', () => {
  it.each([
    ['(tiếp theo)', true],
    ['(Tiếp theo)', true],
    ['(Tiếp)', true],
    ['[tiếp theo]', true],
    ['Biểu số 01 (tiếp theo)', true],
    ['PHỤ LỤC II (tiếp theo)', true],
    ['Một số chỉ tiêu kinh tế - xã hội chủ yếu (tiếp theo)', true],
    ['(Tiếp theo Biểu số 01)', true],
    ['(tiếp theo trang trước)', true],
    ['Biểu số 01 (tiếp theo): Kết quả thu ngân sách', true],
    ['Tiếp theo', true],
    ['Tiếp', true],
    ['Biểu số 01 tiếp theo', true],
    ['BIỂU SỐ 01 (TIẾP THEO)', true],
    // A sentence that goes on, an item carried on, a caption of its own.
    ['Tiếp theo, Sở đã phối hợp với các huyện.', false],
    ['(tiếp tục thực hiện)', false],
    ['Các nhiệm vụ tiếp theo', false],
    ['Nhiệm vụ trọng tâm tiếp theo', false],
    ['Biểu số 02', false],
    ['Đã hoàn thành, (tiếp theo)', false],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(isContinuationCaption(line)).toBe(expected);
  });
});
