import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendixLabel,
  appendixWithCaption,
  archiveOffice,
  citesBasis,
  documentNumberLine,
  documentType,
  embeddedHeadingStart,
  headColumnCut,
  isAttachmentNote,
  isCompleteNumber,
  isEnactingFormula,
  isPageNumberLine,
  isPersonName,
  isRecipientsHeading,
  isSeparatorLine,
  isSignatureMark,
  isSignerRole,
  isTableCaption,
  nationalLine,
  nationalLinePart,
  opensBody,
  opensHeadPart,
  placeAndDate,
  recipientFixedForms,
  splitHeaderLine,
  splitNationalLine,
  splitRecipientsRun,
  splitSideBySide,
  splitSignatureRun,
} from '../../src/vi/document-parts.js';

describe('nationalLine', () => {
  it.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'motto'],
    ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'motto'],
    ['Độc lập - Tự do - Hạnh phúc', 'motto'],
    ['Độc lập – Tự do – Hạnh phúc', 'motto'],
    ['Độc lập-Tự do-Hạnh phúc', 'motto'],
    // pdf2md drops the dashes.
    ['Độc lập Tự do Hạnh phúc', 'motto'],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', 'party'],
    ['THÀNH ỦY HẢI PHÒNG', undefined],
    ['Mặt trận Tổ quốc Việt Nam', undefined],
    // OCR that lost the tone marks.
    ['CONG HOA XA HOI CHU NGHIA VIET NAM', 'motto'],
    ['Doc lap - Tu do - Hanh phuc', 'motto'],
  ])('%s → %s', (line, expected) => {
    expect(nationalLine(line)).toBe(expected);
  });

  it('splits a two-column header merged onto one line', () => {
    expect(splitNationalLine('CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([
      'CHÍNH PHỦ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
    expect(splitNationalLine('THÀNH ỦY HẢI PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual([
      'THÀNH ỦY HẢI PHÒNG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
    ]);
    expect(splitNationalLine('ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(splitNationalLine('Báo cáo quý I')).toEqual(['Báo cáo quý I']);
    expect(
      splitNationalLine('Độc lập Tự do Hạnh phúc Vĩnh Phúc, ngày 07 tháng 10 năm 2024'),
    ).toEqual(['Độc lập Tự do Hạnh phúc', 'Vĩnh Phúc, ngày 07 tháng 10 năm 2024']);
  });
});

describe('headColumnCut: a head read across its two columns', () => {
  it.each([
    ['ĐẢNG BỘ TỈNH QUẢNG TRỊ _ ĐẢNG CỘNG SẢN VIỆT NAM', [], 25, []],
    ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', [], 16, ['NAM']],
    ['TỈNH QUẢNG TRỊ NAM', ['NAM'], 15, []],
    ['ỦY BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ', [], 21, ['NGHĨA', 'VIỆT', 'NAM']],
    ['LÀO CAI NGHĨA VIỆT NAM', ['NGHĨA', 'VIỆT', 'NAM'], 8, []],
    ['Số: 58/BC-UBND Độc lập - Tự do - Hạnh phúc', [], 15, []],
    ['Số: 58/BC-UBND Độc lập – Tự do –', [], 15, ['HẠNH', 'PHÚC']],
    ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', [], 0, []],
    ['% UYỆN UY C “ Cam Lộ, ngày 28 tháng 6 năm 2024', [], 14, []],
    ['Số: 12/BC-SYT Hà Nội, ngày 15 tháng 4 năm 2024', [], 14, []],
    ['Quảng Trị, ngày 12 tháng 4 năm 2024', [], 0, []],
    ['ĐẢNG ỦY XÃ YÊN THẮNG Yên Thắng, ngày 18 tháng 12 năm', [], 21, []],
    // OCR that lost the tone marks of the motto's end.
    ['SƠ Y TE VIET NAM', ['VIỆT', 'NAM'], 8, []],
  ])('%s (awaiting %j) → the right column at %i', (line, pending, at, rest) => {
    expect(headColumnCut(line, pending)).toEqual({ at, pending: rest });
  });

  it.each([
    // An issuer alone, one that ends like a motto's last words, a body sentence with a date.
    ['ỦY BAN NHÂN DÂN TỈNH LÀO CAI'],
    ['NGÂN HÀNG NHÀ NƯỚC VIỆT NAM'],
    ['HỘI NÔNG DÂN VIỆT NAM'],
    ['tổ chức hội nghị ngày 12 tháng 4 năm 2024 tại Hà Nội'],
    ['Số: 87/BC-UBND'],
  ])('%s → no cut', (line) => {
    expect(headColumnCut(line)).toBeUndefined();
  });

  it('finds what it awaits only at the end of the line', () => {
    expect(headColumnCut('NAM ĐỊNH TỈNH X', ['NAM'])).toBeUndefined();
  });

  it('cuts an issuer run into the motto wrapped anywhere, and finds the rest on the next line', () => {
    const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'.split(' ');
    const issuer = fc
      .array(fc.constantFrom('ỦY', 'BAN', 'NHÂN', 'DÂN', 'TỈNH', 'SỞ', 'Y', 'TẾ', 'BẮC', 'NINH'), {
        minLength: 1,
        maxLength: 6,
      })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(issuer, issuer, fc.integer({ min: 2, max: motto.length }), (first, second, k) => {
        const line = `${first} ${motto.slice(0, k).join(' ')}`;
        const cut = headColumnCut(line);
        expect(cut).toEqual({ at: first.length + 1, pending: motto.slice(k) });
        if (k === motto.length) return;
        const next = `${second} ${motto.slice(k).join(' ')}`;
        expect(headColumnCut(next, cut?.pending)).toEqual({ at: second.length + 1, pending: [] });
      }),
    );
  });
});

describe('header lines', () => {
  it.each([
    ['Số: 123/BC-UBND', '123/BC-UBND'],
    ['Số 45-BC/TU', '45-BC/TU'],
    ['Số:45/BC-CP', '45/BC-CP'],
    ['Luật số: 15/2024/QH15', '15/2024/QH15'],
    ['Nghị quyết số 103/2023/QH15', '103/2023/QH15'],
    // A draft's blank number: what is written of it, which isCompleteNumber rejects.
    ['Số:     /BC-SNNMT', '/BC-SNNMT'],
    ['Số: …/KH-UBND', '…/KH-UBND'],
    ['Số lượng đảng viên tăng', undefined],
    ['Số 142 Lê Lai', undefined],
  ])('documentNumberLine(%s) → %s', (line, expected) => {
    expect(documentNumberLine(line)).toBe(expected);
  });

  it.each([
    ['Hà Nội, ngày 15 tháng 4 năm 2024', { place: 'Hà Nội', date: '2024-04-15', year: 2024 }],
    ['Hải Phòng, ngày 12/4/2023', { place: 'Hải Phòng', date: '2023-04-12', year: 2023 }],
    // A draft's blanks: no date, the year kept.
    ['Hà Tĩnh, ngày      tháng      năm 2026', { place: 'Hà Tĩnh', date: null, year: 2026 }],
    ['Lào Cai, ngày … tháng … năm 20…', undefined],
    ['Lào Cai, ngày    tháng    năm', { place: 'Lào Cai', date: null, year: null }],
    ['Lào Cai, ngày 31 tháng 2 năm 2023', undefined],
    ['Tính đến ngày 31/3/2023, đã kết nạp', undefined],
    ['kết quả, ngày 15 tháng 4 năm 2024', undefined],
    // OCR's `l` after lower-case letters, and the breve of `năm` misread.
    ['Đắk MiI, ngày 07 tháng 10 năm 2024', { place: 'Đắk Mil', date: '2024-10-07', year: 2024 }],
    ['Đắk Mi], ngày 07 tháng 10 nắm 2024', { place: 'Đắk Mil', date: '2024-10-07', year: 2024 }],
    ['Quận XI, ngày 07 tháng 10 năm 2024', { place: 'Quận XI', date: '2024-10-07', year: 2024 }],
  ])('placeAndDate(%s)', (line, expected) => {
    expect(placeAndDate(line)).toEqual(expected);
  });

  it.each([
    ['Sở Tài chính tỉnh (b/C)', 'Sở Tài chính tỉnh (b/c)'],
    ['Thủ tướng Chính phủ (để B/c)', 'Thủ tướng Chính phủ (để b/c)'],
    ['Các sở, ngành (Đ/B)', 'Các sở, ngành (đ/b)'],
    ['Lưu: VI, TCKH', 'Lưu: VT, TCKH'],
    ['Lưu: VI', 'Lưu: VT'],
    ['Lưu: VT, VI', 'Lưu: VT, VI'],
    ['Lưu: VIP', 'Lưu: VIP'],
    ['Bộ Giáo dục và Đào tạo (b/c)', 'Bộ Giáo dục và Đào tạo (b/c)'],
    ['Công ty A/C (chi nhánh)', 'Công ty A/C (chi nhánh)'],
  ])('recipientFixedForms(%s) → %s', (recipient, expected) => {
    expect(recipientFixedForms(recipient)).toBe(expected);
  });

  it.each([
    ['BÁO CÁO', 'BÁO CÁO'],
    ['KẾ HOẠCH', 'KẾ HOẠCH'],
    ['BÁO CÁO TÓM TẮT', 'BÁO CÁO TÓM TẮT'],
    ['TỜ TRÌNH', 'TỜ TRÌNH'],
    ['Báo cáo', undefined],
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2023', undefined],
    ['I. KẾT QUẢ', undefined],
  ])('documentType(%s) → %s', (line, expected) => {
    expect(documentType(line)).toBe(expected);
  });

  it('tells separators, recipients headings and body openers', () => {
    expect(isSeparatorLine('-----------')).toBe(true);
    expect(isSeparatorLine('*')).toBe(true);
    expect(isSeparatorLine('- 3 -')).toBe(false);
    expect(isRecipientsHeading('Nơi nhận:')).toBe(true);
    expect(isRecipientsHeading('NƠI NHẬN')).toBe(true);
    expect(isRecipientsHeading('Nơi nhận hồ sơ')).toBe(false);
    expect(opensBody('Kính gửi: Bộ Kế hoạch và Đầu tư')).toBe(true);
    expect(opensBody('Căn cứ Luật Tổ chức chính quyền địa phương')).toBe(true);
    expect(opensBody('Kết quả thực hiện')).toBe(false);
  });
});

describe('signature', () => {
  it.each([
    ['T/M BAN THƯỜNG VỤ', true],
    ['KT. CHỦ TỊCH', true],
    ['TM. ỦY BAN NHÂN DÂN', true],
    ['PHÓ CHỦ TỊCH', true],
    ['BÍ THƯ', true],
    ['PHÓ BÍ THƯ THƯỜNG TRỰC', true],
    ['THỦ TƯỚNG', true],
    ['II. ĐÁNH GIÁ CHUNG', false],
    ['Chủ tịch', false],
  ])('isSignerRole(%s) → %s', (line, expected) => {
    expect(isSignerRole(line)).toBe(expected);
  });

  it.each([
    ['Đỗ Mạnh Hiến', true],
    ['Nguyễn Văn Minh', true],
    ['Phạm Minh Chính', true],
    ['Hải Phòng', true],
    ['Đỗ', false],
    ['Đỗ Mạnh Hiến 2023', false],
    ['kết quả thực hiện', false],
  ])('isPersonName(%s) → %s', (line, expected) => {
    expect(isPersonName(line)).toBe(expected);
  });

  it('reads signature marks', () => {
    expect(isSignatureMark('(Đã ký)')).toBe(true);
    expect(isSignatureMark('(đã ký và đóng dấu)')).toBe(true);
    expect(isSignatureMark('(1) Về công tác')).toBe(false);
  });
});

describe('appendixLabel', () => {
  it.each([
    ['PHỤ LỤC', 'PHỤ LỤC'],
    ['Phụ lục II', 'Phụ lục II'],
    ['PHỤ LỤC 01', 'PHỤ LỤC 01'],
    ['Phụ lục số 2:', 'Phụ lục số 2'],
    ['Biểu số 01', 'Biểu số 01'],
    ['Biểu 2', 'Biểu 2'],
    ['Phụ lục kèm theo Báo cáo số 45', undefined],
    ['Biểu dương 20 tập thể', undefined],
  ])('%s → %s', (line, expected) => {
    expect(appendixLabel(line)).toBe(expected);
  });
});

describe('header lines a converter ran together', () => {
  it.each([
    ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG # BÁO CÁO', ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'BÁO CÁO']],
    ['BÁO CÁO Tình hình kinh tế - xã hội quý I', ['BÁO CÁO', 'Tình hình kinh tế - xã hội quý I']],
    [
      'BÁO CÁO sơ kết công tác 6 tháng đầu năm 2024',
      ['BÁO CÁO', 'sơ kết công tác 6 tháng đầu năm 2024'],
    ],
    ['BÁO CÁO TÓM TẮT', ['BÁO CÁO TÓM TẮT']],
    [
      'BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2024',
      ['BÁO CÁO', 'TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2024'],
    ],
    ['Số: 5/BC-SYT Bắc Ninh, ngày 10/7/2024', ['Số: 5/BC-SYT', 'Bắc Ninh, ngày 10/7/2024']],
  ])('splitHeaderLine(%s)', (line, expected) => {
    expect(splitHeaderLine(line)).toEqual(expected);
  });

  it.each([
    ['123/BC-UBND', true],
    ['45-BC/TU', true],
    ['/BC-SNNMT', false],
    ['…/KH-UBND', false],
  ])('isCompleteNumber(%s) → %s', (number, expected) => {
    expect(isCompleteNumber(number)).toBe(expected);
  });

  it.each([
    ['Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', true],
    ['Theo đề nghị của Bộ trưởng Bộ Kế hoạch và Đầu tư;', true],
    ['Căn cứ vào kết quả, năm 2024 tăng 5%', true],
    ['Căng thẳng thương mại kéo dài', false],
    ['Tình hình kinh tế 6 tháng đầu năm 2024', false],
  ])('citesBasis(%s) → %s', (line, expected) => {
    expect(citesBasis(line)).toBe(expected);
  });
});

describe('signer roles of every capacity', () => {
  it.each([
    ['T/M BAN THƯỜNG VỤ', true],
    ['TM. ỦY BAN NHÂN DÂN', true],
    ['TM.ỦY BAN NHÂN DÂN', true],
    ['KT. CHỦ TỊCH', true],
    ['Q. CHỦ TỊCH', true],
    ['TL. BỘ TRƯỞNG', true],
    ['TUQ. CHỦ TỊCH', true],
    ['T/M ĐẢNG ĐOÀN', true],
    ['PHÓ BÍ THƯ', true],
    ['A. ĐÁNH GIÁ KẾT QUẢ', false],
    ['IV. KIẾN NGHỊ VỚI BỘ TRƯỞNG', false],
  ])('isSignerRole(%s) → %s', (line, expected) => {
    expect(isSignerRole(line)).toBe(expected);
  });
});

describe('isEnactingFormula', () => {
  it.each([
    ['QUYẾT NGHỊ:', true],
    ['QUYẾT ĐỊNH:', true],
    ['QUYẾT ĐỊNH', true],
    ['QUYẾT ĐỊNH CỦA THỦ TƯỚNG', false],
    ['Quyết nghị:', false],
    ['KẾT QUẢ ĐẠT ĐƯỢC', false],
  ])('%s → %s', (line, expected) => {
    expect(isEnactingFormula(line)).toBe(expected);
  });
});

describe('splitSideBySide', () => {
  it.each([
    ['Nơi nhận:                 TUQ. CHỦ TỊCH', ['Nơi nhận:', 'TUQ. CHỦ TỊCH']],
    ['- Như trên;               CHÁNH VĂN PHÒNG', ['- Như trên;', 'CHÁNH VĂN PHÒNG']],
    ['- Lưu: VT.\t\t(Đã ký)', ['- Lưu: VT.', '(Đã ký)']],
    ['- Lưu: VT.                 Phạm Văn Bình', ['- Lưu: VT.', 'Phạm Văn Bình']],
    ['- Sở Tài chính;', ['- Sở Tài chính;']],
    // Spaces alone split nothing: the right part must be a signature line.
    ['Tổng thu      đạt 5.000 tỷ đồng', ['Tổng thu      đạt 5.000 tỷ đồng']],
  ])('%j', (line, expected) => {
    expect(splitSideBySide(line)).toEqual(expected);
  });
});

describe('page numbers and the archive line', () => {
  it.each([
    ['3', true],
    ['- 3 -', true],
    ['– 12 –', true],
    ['Trang 3', true],
    ['trang 3/12', true],
    ['Page 3', true],
    ['Trang chủ', false],
    ['3 tỷ đồng', false],
  ])('isPageNumberLine(%j) → %s', (line, expected) => {
    expect(isPageNumberLine(line)).toBe(expected);
  });

  it.each([
    ['Lưu Văn phòng Thành ủy', 'Thành ủy'],
    ['Lưu: VT, Văn phòng Tỉnh ủy', 'Tỉnh ủy'],
    ['Lưu: VT, TH', undefined],
    ['Như trên', undefined],
  ])('archiveOffice(%s) → %s', (line, expected) => {
    expect(archiveOffice(line)).toBe(expected);
  });
});

describe('a foot run onto one line', () => {
  it.each([
    [
      'Nơi nhận: - Bộ Nội vụ; - TT Tỉnh ủy; - Lưu: VT.',
      ['Nơi nhận:', '- Bộ Nội vụ;', '- TT Tỉnh ủy;', '- Lưu: VT.'],
    ],
    ['Nơi nhận:', ['Nơi nhận:']],
    ['Nơi nhận:        TUQ. CHỦ TỊCH', ['Nơi nhận:        TUQ. CHỦ TỊCH']],
    ['- Bộ Nội vụ;', ['- Bộ Nội vụ;']],
  ])('splitRecipientsRun(%j)', (line, expected) => {
    expect(splitRecipientsRun(line)).toEqual(expected);
  });

  it.each([
    [
      'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Song Tùng',
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Song Tùng'],
    ],
    ['T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ', ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']],
    ['TL. BỘ TRƯỞNG VỤ TRƯỞNG Trần Quân', ['TL. BỘ TRƯỞNG VỤ TRƯỞNG', 'Trần Quân']],
    ['KT. CHỦ TỊCH', ['KT. CHỦ TỊCH']],
    ['PHÓ BÍ THƯ', ['PHÓ BÍ THƯ']],
    ['Tổng thu ngân sách đạt', ['Tổng thu ngân sách đạt']],
  ])('splitSignatureRun(%j)', (line, expected) => {
    expect(splitSignatureRun(line)).toEqual(expected);
  });
});

describe('opensHeadPart: a run that reads as a line of its own', () => {
  it.each([
    ['BÁO CÁO Tình hình kinh tế - xã hội quý I năm 2024', 'type'],
    ['KẾ HOẠCH', 'type'],
    ['PHỤ LỤC Một số chỉ tiêu chủ yếu', 'appendix'],
    ['Nơi nhận:', 'foot'],
    ['KT. CHỦ TỊCH', 'foot'],
    ['Quảng Trị, ngày 12 tháng 4 năm 2024', 'date'],
    ['II. LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI', 'numbered'],
    ['1. Công tác chính trị, tư tưởng', 'numbered'],
    ['a) Về nông nghiệp', 'numbered'],
    ['Đồng thời', undefined],
    ['báo cáo tình hình', undefined],
    ['Phụ lục kèm theo', undefined],
    ['', undefined],
  ])('%s → %s', (run, kind) => {
    expect(opensHeadPart(run)).toBe(kind);
  });
});

describe('embeddedHeadingStart: a second heading inside a merged bold run', () => {
  it.each([
    [
      'BÁO CÁO sơ kết công tác 6 tháng đầu năm 2024 I. CÔNG TÁC XÂY DỰNG ĐẢNG',
      'I. CÔNG TÁC XÂY DỰNG ĐẢNG',
    ],
    ['Hoàng Nam PHỤ LỤC Một số chỉ tiêu quý I năm 2024', 'PHỤ LỤC Một số chỉ tiêu quý I năm 2024'],
    // A Roman numeral inside the title (quý I), or a heading not in capitals, is no second line.
    ['Tình hình kinh tế quý I năm 2024', undefined],
    ['BÁO CÁO kết quả II. Nhiệm vụ trọng tâm', undefined],
    ['PHỤ LỤC Một số chỉ tiêu', undefined],
    ['I. KẾT QUẢ', undefined],
    // A part's heading after the title, its roman number no heading of its own.
    ['BÁO CÁO tổng kết năm 2023 PHẦN I KẾT QUẢ LÃNH ĐẠO', 'PHẦN I KẾT QUẢ LÃNH ĐẠO'],
    ['PHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ', undefined],
    // A numbered heading's first child run on after it; a later child, or prose, is not.
    ['1. Tăng trưởng và sản xuất 1.1. Tăng trưởng toàn ngành', '1.1. Tăng trưởng toàn ngành'],
    ['1. Năm 2024 đạt 1.2. Mức', undefined],
    ['2. Về công tác 1.1. Tăng', undefined],
  ])('%s', (run, heading) => {
    const at = embeddedHeadingStart(run);
    expect(at === undefined ? undefined : run.slice(at)).toBe(heading);
  });
});

describe('appendixWithCaption: the label and its caption on one line', () => {
  it.each([
    [
      'PHỤ LỤC Biểu số 02: Một số chỉ tiêu chủ yếu năm 2023',
      { label: 'PHỤ LỤC', caption: 'Biểu số 02: Một số chỉ tiêu chủ yếu năm 2023' },
    ],
    ['PHỤ LỤC II: TÌNH HÌNH THU CHI', { label: 'PHỤ LỤC II', caption: 'TÌNH HÌNH THU CHI' }],
    ['Phụ lục kèm theo báo cáo', undefined],
    ['PHỤ LỤC này gồm các biểu', undefined],
    ['PHỤ LỤC Kèm theo Báo cáo số 12/BC-UBND.', undefined],
    ['PHỤ LỤC', undefined],
  ])('%s', (line, expected) => {
    expect(appendixWithCaption(line)).toEqual(expected);
  });
});

describe('run-in lines, as properties', () => {
  const words = fc
    .array(
      fc.constantFrom(
        'BÁO CÁO',
        'PHỤ LỤC',
        'I.',
        'II.',
        '1.',
        'a)',
        'KẾT QUẢ',
        'tình hình',
        'Hoàng Nam',
        'quý I',
        ':',
        ' ',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(' '));
  it('a second heading found inside a run starts after a space and opens a line of its own', () => {
    fc.assert(
      fc.property(fc.oneof(words, fc.string({ maxLength: 60 })), (run) => {
        const kind = opensHeadPart(run);
        expect([undefined, 'type', 'appendix', 'foot', 'date', 'numbered']).toContain(kind);
        const at = embeddedHeadingStart(run);
        if (at === undefined) return;
        expect(at).toBeGreaterThan(0);
        expect(run.charAt(at - 1)).toBe(' ');
        expect(['appendix', 'numbered']).toContain(opensHeadPart(run.slice(at)));
      }),
    );
  });
});

describe('nationalLinePart', () => {
  it.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA', true],
    ['VIỆT NAM', true],
    ['Độc lập - Tự do -', true],
    ['Hạnh phúc', true],
    ['ĐẢNG CỘNG SẢN', true],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', false],
    ['NAM ĐỊNH', false],
    ['CỘNG', false],
    ['SỞ Y TẾ', false],
  ])('nationalLinePart(%s) → %s', (line, expected) => {
    expect(nationalLinePart(line)).toBe(expected);
  });
});

describe('isTableCaption', () => {
  it.each([
    ['Biểu số 01: Một số chỉ tiêu chủ yếu', true],
    ['Biểu 2 - Kết quả thu ngân sách', true],
    ['Bảng 1. Một số chỉ tiêu', true],
    ['BIỂU SỐ 03', true],
    ['Biểu dương 12 tập thể', false],
    ['TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU', false],
    ['Bảng tổng hợp kết quả', false],
  ])('%j → %j', (text, expected) => {
    expect(isTableCaption(text)).toBe(expected);
  });
});

describe('isAttachmentNote', () => {
  it.each([
    ['(Kèm theo Báo cáo số 87/BC-STNMT ngày 05/4/2024 của Sở Tài nguyên và Môi trường)', true],
    ['Kèm theo Kế hoạch số 12/KH-UBND', true],
    ['( kèm theo Tờ trình số 5/TTr-UBND)', true],
    ['Kèm theolời', false],
    ['Các văn bản kèm theo', false],
  ])('%j → %j', (text, expected) => {
    expect(isAttachmentNote(text)).toBe(expected);
  });
});
